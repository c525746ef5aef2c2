package dev.zcu.sema;

import dev.zcu.sema.SemaExpr.Frame;
import dev.zcu.sema.SemaExpr.Scope;
import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Full;
import dev.zcu.syntax.Node;
import dev.zcu.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Unions for {@link SemaExpr}, Zig's {@code Sema} union handling: {@code union {...}}, {@code union(enum)} (with
 * the generated tag enum Zig names {@code @typeInfo(T).@"union".tag_type.?}), {@code union(E)}; field resolution
 * (the {@code type N} unit), initialisation {@code U{ .a = 1 }} / {@code .{ .a = 1 }}, field access (the active
 * field is checked at comptime), tag access {@code U.a}, coercion of a tagged union to its tag and of an enum
 * literal to a union with a {@code void} field, comparison with an enum literal, and {@code switch} on tagged
 * unions with payload captures ({@code |v|}, {@code |*v|} in runtime code) and exhaustiveness.
 *
 * <p>A comptime-known union value is {@link Value.UnionValue}: the active field's index and its payload.
 */
final class SemaUnions {

    private final SemaExpr x;
    private final Sema sema;
    private final Zcu zcu;
    private final InternPool ip;
    private final Ast ast;
    private final int file;

    SemaUnions(SemaExpr x, Sema sema, Ast ast, int file) {
        this.x = x;
        this.sema = sema;
        this.zcu = sema.zcu;
        this.ip = sema.ip;
        this.ast = ast;
        this.file = file;
    }

    ContainerType union(int type) {
        ContainerType ct = type >= 0 ? ip.container(type) : null;
        return ct != null && ct.kind == Key.ContainerKind.UNION ? ct : null;
    }

    boolean isUnion(int type) {
        return union(type) != null;
    }

    static boolean isTaggedUnionNode(Node.Tag t) {
        return switch (t) {
            case TAGGED_UNION, TAGGED_UNION_TRAILING, TAGGED_UNION_TWO, TAGGED_UNION_TWO_TRAILING,
                 TAGGED_UNION_ENUM_TAG, TAGGED_UNION_ENUM_TAG_TRAILING -> true;
            default -> false;
        };
    }

    // ================= fields (the type N unit) =================

    /** One union field: its type ({@code void} when omitted). */
    void resolveField(ContainerType ct, Full.ContainerField cf, int fieldNode, Frame f, Scope s) {
        if (cf.valueExpr() != 0) throw x.unsupported(cf.valueExpr(), "union field values");
        if (cf.alignExpr() != 0) throw x.unsupported(cf.alignExpr(), "aligned union fields");
        boolean bare = cf.typeExpr() == 0 || cf.tupleLike();
        int ft = bare ? ip.voidType : x.resolveType(f, s, cf.typeExpr());
        ct.fieldTypes.add(ft);
        ct.fieldDefaults.add(null);
    }

    /** After the fields: the tag type, generated for {@code union(enum)}, checked against {@code union(E)}. */
    void finishFields(int type, ContainerType ct, Frame f, Scope s) {
        int node = zcu.containerNode(ct);
        if (node <= 0) throw sema.transitive();
        Full.ContainerDecl cd = ast.fullContainerDecl(node).orElseThrow();
        if (cd.enumToken() >= 0) {
            int intTag = -1;
            if (cd.arg() != 0) {
                intTag = x.resolveType(f, s, cd.arg());
                // zig points at `enum(T)`, its caret on T
                int rparen = ast.lastToken(cd.arg()) + 1;
                int[] where = {ast.tokenStart(cd.enumToken()), Sema.span(ast, cd.arg())[1],
                        ast.tokenStart(rparen) + ast.tokenLength(rparen)};
                if (!x.isInt(intTag)) throw x.fail(where, "expected integer tag type, found '" + x.fmt(intTag) + "'");
                int n = ct.fieldNames.size();
                if (n > 0 && !x.fits(java.math.BigInteger.valueOf(n - 1), intTag)) {
                    throw x.fail(where, "specified integer tag type cannot represent every field",
                            Sema.msg(file, where, "type '" + x.fmt(intTag) + "' cannot fit values in range 0..."
                                    + (n - 1)));
                }
            }
            ct.tagType = generatedTag(ct);
            ip.container(ct.tagType).tagType = intTag;
            return;
        }
        if (cd.arg() == 0) {
            ct.tagType = -1;
            return;
        }
        int tag = x.resolveType(f, s, cd.arg());
        ContainerType et = ip.container(tag);
        if (et == null || et.kind != Key.ContainerKind.ENUM) {
            throw x.fail(cd.arg(), "expected enum tag type, found '" + x.fmt(tag) + "'");
        }
        x.ensureFields(tag, cd.arg());
        for (int i = 0; i < ct.fieldNames.size(); i++) {
            if (et.fieldIndex(ct.fieldNames.get(i)) < 0) {
                throw x.fail(fieldOrNodeSpan(ast, ct.fieldNodes.get(i)), "no field named '" + ct.fieldNames.get(i) + "' in enum '" + et.name + "'",
                        x.declaredHere(tag, "enum declared here"));
            }
        }
        List<SemaMessage> notes = new ArrayList<>();
        for (int i = 0; i < et.fieldNames.size(); i++) {
            if (ct.fieldIndex(et.fieldNames.get(i)) < 0) {
                notes.add(at(et.file, et.fieldNodes.get(i), "field '" + et.fieldNames.get(i) + "' missing, declared here"));
            }
        }
        if (!notes.isEmpty()) {
            notes.add(x.declaredHere(tag, "enum declared here"));
            throw x.fail(node, "enum field(s) missing in union", notes.toArray(new SemaMessage[0]));
        }
        ct.tagType = tag;
    }

    /** Zig's generated tag enum of {@code union(enum)}: one tag per field, in order, declared at the union. */
    private int generatedTag(ContainerType ct) {
        String name = "@typeInfo(" + ct.name + ").@\"union\".tag_type.?";
        ContainerType et = ct.tagType >= 0 ? ip.container(ct.tagType) : null;
        int tag = ct.tagType;
        if (et == null || !et.name.equals(name) || et.dead) {
            int ns = zcu.createNamespace(ct.file, ct.namespace);
            et = new ContainerType(Key.ContainerKind.ENUM, name, ct.file, ct.containerKey, ct.node, ns, ct.srcHash,
                    ct.trackedInst);
            tag = zcu.createType(et);
            zcu.namespace(ns).ownerType = tag;
        }
        et.fieldNames.clear();
        et.fieldTypes.clear();
        et.fieldNodes.clear();
        et.fieldDefaults.clear();
        for (int i = 0; i < ct.fieldNames.size(); i++) {
            et.fieldNames.add(ct.fieldNames.get(i));
            et.fieldTypes.add(tag);
            et.fieldNodes.add(ct.fieldNodes.get(i));
            et.fieldDefaults.add(Value.Int.of(i));
        }
        et.fieldsResolved = true;
        return tag;
    }

    /** A message at a node; at a container field, zig's place is the field's name alone. */
    private SemaMessage at(int inFile, int node, String text) {
        Ast other = zcu.file(inFile).zir().ast();
        return Sema.msg(inFile, fieldOrNodeSpan(other, node), text);
    }

    private static int[] fieldOrNodeSpan(Ast ast, int node) {
        return switch (ast.nodeTag(node)) {
            case CONTAINER_FIELD, CONTAINER_FIELD_INIT, CONTAINER_FIELD_ALIGN -> Sema.tokenSpan(ast, ast.mainToken(node));
            default -> Sema.span(ast, node);
        };
    }

    // ================= values =================

    /** {@code U{ .a = v }} and {@code .{ .a = v }} with a union result type. */
    TypedValue init(Frame f, Scope s, int node, Full.StructInit init, int type) {
        ContainerType ct = union(type);
        x.ensureFields(type, node);
        if (init.fields().length == 0) throw x.fail(node, "union initializer must initialize one field");
        if (init.fields().length > 1) throw x.fail(node, "union initialization expects exactly one field");
        int fv = init.fields()[0];
        int nameTok = ast.firstToken(fv) - 2;
        String fname = x.name(nameTok);
        int fi = ct.fieldIndex(fname);
        if (fi < 0) {
            throw x.fail(Sema.tokenSpan(ast, nameTok), "no field named '" + fname + "' in union '" + ct.name + "'",
                    x.declaredHere(type, "union declared here"));
        }
        int ft = ct.fieldTypes.get(fi);
        // zig's place for the value is the whole `.name = value`, main at the name.
        int[] where = Sema.tokensSpan(ast, nameTok - 1, ast.lastToken(fv), nameTok);
        TypedValue v = x.coerceAt(f, x.expr(f, s, fv, ft), ft, fv, where, null);
        return new TypedValue(type, v.isComptime() ? new Value.UnionValue(fi, v.value()) : null);
    }

    /** {@code @unionInit(U, "name", value)}. */
    TypedValue unionInit(Frame f, Scope s, int[] args) {
        int type = x.resolveType(f, s, args[0]);
        ContainerType ct = union(type);
        if (ct == null) throw x.fail(args[0], "expected struct or union; found '" + x.fmt(type) + "'");
        x.ensureFields(type, args[0]);
        TypedValue nameValue = x.expr(f, s, args[1], -1);
        String name = x.stringOf(nameValue).orElseThrow(() -> x.fail(args[1], "unable to resolve comptime value"));
        int fi = ct.fieldIndex(name);
        if (fi < 0) {
            throw x.fail(args[1], "no field named '" + name + "' in union '" + ct.name + "'",
                    x.declaredHere(type, "union declared here"));
        }
        int ft = ct.fieldTypes.get(fi);
        TypedValue v = x.coerce(f, x.expr(f, s, args[2], ft), ft, args[2], null);
        return new TypedValue(type, v.isComptime() ? new Value.UnionValue(fi, v.value()) : null);
    }

    /** {@code u.a}: the payload of the active field (checked when comptime-known). */
    TypedValue member(int type, Value val, String field, int node) {
        ContainerType ct = union(type);
        x.ensureFields(type, node);
        int fi = ct.fieldIndex(field);
        if (fi < 0) {
            throw x.fail(Sema.tokenSpan(ast, ast.rhs(node)), "no field named '" + field + "' in union '" + ct.name + "'",
                    x.declaredHere(type, "union declared here"));
        }
        if (val instanceof Value.UnionValue uv) {
            if (uv.field() != fi) {
                throw x.fail(node, "access of union field '" + field + "' while field '" + ct.fieldNames.get(uv.field())
                        + "' is active", x.declaredHere(type, "union declared here"));
            }
            return new TypedValue(ct.fieldTypes.get(fi), uv.payload());
        }
        return TypedValue.runtime(ct.fieldTypes.get(fi));
    }

    /** {@code U.a} of a tagged union: the tag; {@code null} when {@code field} is no tag. */
    TypedValue tagMember(int type, String field, int node) {
        ContainerType ct = union(type);
        x.ensureFields(type, node);
        if (ct.tagType < 0) return null;
        ContainerType et = ip.container(ct.tagType);
        int fi = et.fieldIndex(field);
        return fi < 0 ? null : new TypedValue(ct.tagType, new Value.EnumTag(fi));
    }

    /** The tag of a union value (as a value of its tag enum), or a runtime tag. */
    private TypedValue tagOf(ContainerType ct, TypedValue v) {
        if (v.value() instanceof Value.UnionValue uv) {
            ContainerType et = ip.container(ct.tagType);
            return new TypedValue(ct.tagType, new Value.EnumTag(et.fieldIndex(ct.fieldNames.get(uv.field()))));
        }
        return TypedValue.runtime(ct.tagType);
    }

    // ================= coercion and comparison =================

    /** Union to its tag enum, enum literal or tag to a union with a {@code void} field; null when none applies. */
    TypedValue coerce(Frame f, TypedValue v, int dest, int node) {
        ContainerType from = union(v.type());
        if (from != null) {
            x.ensureFields(v.type(), node);
            if (from.tagType >= 0 && from.tagType == dest) return tagOf(from, v);
            return null;
        }
        ContainerType ct = union(dest);
        if (ct == null) return null;
        x.ensureFields(dest, node);
        if (ct.tagType < 0 || !(v.value() instanceof Value.EnumLiteral || v.type() == ct.tagType)) return null;
        TypedValue tag = x.coerce(f, v, ct.tagType, node, null);
        if (!(tag.value() instanceof Value.EnumTag et)) return null;
        String name = ip.container(ct.tagType).fieldNames.get(et.field());
        int fi = ct.fieldIndex(name);
        int ft = ct.fieldTypes.get(fi);
        if (ft != ip.voidType) {
            throw x.fail(node, "coercion from enum '" + x.fmt(ct.tagType) + "' to union '" + ct.name + "' must initialize '"
                    + x.fmt(ft) + "' field '" + name + "'", at(ct.file, ct.fieldNodes.get(fi), "field '" + name + "' declared here"),
                    x.declaredHere(dest, "union declared here"));
        }
        return new TypedValue(dest, new Value.UnionValue(fi, Value.VOID));
    }

    /** {@code u == .a}, {@code u != T.b}: compares the tag; null when no union is involved. */
    TypedValue compare(Frame f, int node, Node.Tag op, TypedValue a, TypedValue b) {
        boolean left = isUnion(a.type());
        if (!left && !isUnion(b.type())) return null;
        int unionType = left ? a.type() : b.type();
        int unionNode = left ? ast.lhs(node) : ast.rhs(node);
        ContainerType ct = union(unionType);
        x.ensureFields(unionType, unionNode);
        if (ct.tagType < 0) {
            throw x.fail(unionNode, "comparison of union and enum literal is only valid for tagged union types",
                    x.declaredHere(unionType, "union '" + ct.name + "' is not a tagged union"));
        }
        TypedValue ta = x.coerce(f, a, ct.tagType, ast.lhs(node), null);
        TypedValue tb = x.coerce(f, b, ct.tagType, ast.rhs(node), null);
        if (ta.isComptime() && tb.isComptime()) {
            boolean eq = ta.value().equals(tb.value());
            return new TypedValue(ip.boolType, Value.Bool.of(op == Node.Tag.EQUAL_EQUAL == eq));
        }
        return TypedValue.runtime(ip.boolType);
    }

    // ================= switch =================

    /** {@code switch} on a union: by tag, with payload and tag captures, {@code inline} prongs. */
    TypedValue switchExpr(Frame f, Scope s, int node, Full.Switch sw, TypedValue cond, int rt) {
        int type = cond.type();
        ContainerType ct = union(type);
        x.ensureFields(type, sw.condition());
        if (ct.tagType < 0) {
            throw x.fail(sw.condition(), "switch on union with no attached enum",
                    x.declaredHere(type, "consider 'union(enum)' here"));
        }
        ContainerType et = ip.container(ct.tagType);
        x.ensureFields(ct.tagType, sw.condition());
        boolean[] covered = new boolean[et.fieldNames.size()];
        int elseCase = -1;
        int chosen = -1;
        TypedValue tag = tagOf(ct, cond);
        java.util.Map<Integer, List<Integer>> prongFields = new java.util.HashMap<>();
        for (int caseNode : sw.cases()) {
            Full.SwitchCase sc = ast.fullSwitchCase(caseNode).orElseThrow();
            if (sc.values().length == 0) {
                elseCase = caseNode;
                continue;
            }
            List<Integer> fields = new ArrayList<>();
            for (int item : sc.values()) {
                if (ast.nodeTag(item) == Node.Tag.SWITCH_RANGE) {
                    throw x.fail(item, "ranges not allowed when switching on type '" + x.fmt(type) + "'");
                }
                TypedValue iv = x.coerce(f, x.expr(f, s, item, -1), ct.tagType, item, null);
                if (!(iv.value() instanceof Value.EnumTag t)) throw x.fail(item, "unable to resolve comptime value");
                covered[t.field()] = true;
                fields.add(ct.fieldIndex(et.fieldNames.get(t.field())));
                if (chosen < 0 && tag.value() != null && tag.value().equals(iv.value())) chosen = caseNode;
            }
            prongFields.put(caseNode, fields);
        }
        if (elseCase >= 0) {
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < covered.length; i++) if (!covered[i]) rest.add(ct.fieldIndex(et.fieldNames.get(i)));
            prongFields.put(elseCase, rest);
        } else {
            List<SemaMessage> notes = new ArrayList<>();
            for (int i = 0; i < covered.length; i++) {
                if (!covered[i]) notes.add(at(et.file, et.fieldNodes.get(i), "unhandled enumeration value: '" + et.fieldNames.get(i) + "'"));
            }
            if (!notes.isEmpty()) {
                notes.add(x.declaredHere(ct.tagType, "enum '" + et.name + "' declared here"));
                throw x.fail(node, "switch must handle all possibilities", notes.toArray(new SemaMessage[0]));
            }
        }
        if (cond.isComptime()) {
            int caseNode = chosen >= 0 ? chosen : elseCase;
            if (caseNode < 0) throw x.fail(node, "switch must handle all possibilities");
            Full.SwitchCase sc = ast.fullSwitchCase(caseNode).orElseThrow();
            Scope cs = new Scope(s);
            int active = ((Value.UnionValue) cond.value()).field();
            boolean inline = sc.inlineToken() >= 0;
            List<Integer> fields = inline ? List.of(active) : prongFields.get(caseNode);
            bind(f, s, cs, sc, caseNode, ct, fields, ((Value.UnionValue) cond.value()).payload(), tag.value(), sw.condition(), true);
            return x.expr(f, cs, sc.targetExpr(), rt);
        }
        if (f.comptime) throw x.fail(sw.condition(), "unable to resolve comptime value");
        TypedValue acc = null;
        int accNode = node;
        for (int caseNode : sw.cases()) {
            Full.SwitchCase sc = ast.fullSwitchCase(caseNode).orElseThrow();
            List<Integer> fields = prongFields.get(caseNode);
            List<List<Integer>> variants = new ArrayList<>();
            if (sc.inlineToken() >= 0) {
                for (int fi : fields) variants.add(List.of(fi));
            } else {
                variants.add(fields);
            }
            for (List<Integer> variant : variants) {
                Scope cs = new Scope(s);
                Value tagValue = variant.size() == 1 && sc.inlineToken() >= 0
                        ? new Value.EnumTag(et.fieldIndex(ct.fieldNames.get(variant.get(0)))) : null;
                bind(f, s, cs, sc, caseNode, ct, variant, null, tagValue, sw.condition(), false);
                TypedValue r = x.expr(f, cs, sc.targetExpr(), rt);
                if (r.type() == ip.noreturnType) continue;
                if (rt >= 0) r = x.coerce(f, r, rt, sc.targetExpr(), null);
                if (acc == null) {
                    acc = r;
                    accNode = sc.targetExpr();
                } else {
                    acc = TypedValue.runtime(x.peer(acc, r, node, accNode, sc.targetExpr()));
                }
            }
        }
        return TypedValue.runtime(acc == null ? ip.noreturnType : acc.type());
    }

    /**
     * Binds a prong's captures: {@code |v|} the payload (several fields: their peer type), {@code |*v|} a pointer to
     * it (runtime code only), and the tag capture {@code |v, tag|} of an inline prong (comptime-known).
     */
    private void bind(Frame f, Scope s, Scope cs, Full.SwitchCase sc, int caseNode, ContainerType ct, List<Integer> fields,
                      Value payload, Value tag, int condNode, boolean comptime) {
        int t = sc.payloadToken();
        if (t < 0) return;
        boolean byRef = ast.tokenTag(t) == Token.Tag.ASTERISK;
        int nameTok = byRef ? t + 1 : t;
        if (ast.tokenTag(nameTok + 1) == Token.Tag.COMMA) {
            String tagName = x.name(nameTok + 2);
            if (!tagName.equals("_")) cs.locals.put(tagName, new SemaExpr.Local(ct.tagType, tag, false));
        }
        String name = x.name(nameTok);
        if (name.equals("_")) return;
        if (fields.isEmpty()) throw x.unsupported(caseNode, "captures of prongs that match no field");
        int payloadType = -1;
        for (int fi : fields) {
            int ft = ct.fieldTypes.get(fi);
            payloadType = payloadType < 0 ? ft
                    : x.peer(TypedValue.runtime(payloadType), TypedValue.runtime(ft), caseNode, caseNode, caseNode);
        }
        if (byRef) {
            boolean isConst = x.placeIsConst(f, s, condNode);
            int ptr = ip.intern(new Key.Ptr(Key.PtrSize.ONE, isConst, payloadType, null));
            Value pv = null;
            if (comptime) {
                Value.Location whole = isConst ? null : x.locationOf(f, s, condNode);
                if (whole != null && fields.size() == 1) {
                    int fi = fields.get(0);
                    pv = new Value.MutPtr(new Value.Location(
                            () -> whole.load() instanceof Value.UnionValue uv ? uv.payload() : null,
                            v -> whole.store(new Value.UnionValue(fi, v))));
                } else if (isConst) {
                    pv = new Value.ConstPtr(payload);
                } else {
                    throw x.unsupported(caseNode, "pointer captures of this union at comptime");
                }
            }
            cs.locals.put(name, new SemaExpr.Local(ptr, pv, false));
            return;
        }
        cs.locals.put(name, new SemaExpr.Local(payloadType, comptime ? payload : null, false));
    }
}
