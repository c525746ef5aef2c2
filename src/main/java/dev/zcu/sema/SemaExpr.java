package dev.zcu.sema;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Full;
import dev.zcu.syntax.Node;
import dev.zcu.syntax.Token;
import dev.zcu.zir.StringLiterals;
import dev.zcu.zir.Zir;
import dev.zcu.zir.ZirContainer;
import dev.zcu.zir.ZirDecl;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expression analyser and comptime interpreter of one file and namespace, used by {@link Sema}: each AST
 * expression yields a {@link TypedValue} (comptime-known or runtime). In a comptime {@link Frame} code is
 * executed (loops run, calls are interpreted, with Zig's branch quota); in a runtime frame it is type-checked
 * (both branches of a runtime {@code if}, a loop body once), as Zig's Sema does for runtime code.
 */
final class SemaExpr {

    final Sema sema;
    final Zcu zcu;
    final InternPool ip;
    final int file;
    final Ast ast;
    final int namespace;
    /** The name a container expression analysed next should get (Zig's naming strategies). */
    private String typeNameHint;
    /**
     * The Nav whose value is the container declaration {@link #namedContainerNode} ({@code const S = struct {...}}):
     * it gets its value as soon as the type exists, before the fields are resolved, so that fields can refer to
     * the type ({@code next: ?*const S}) as in zig, where the type's resolution is a unit of its own.
     */
    private Nav namedContainer;
    private int namedContainerNode = -1;
    /** Error sets and error unions ({@link SemaErrors}). */
    private final SemaErrors errors;
    /** Tuples, anonymous struct literals and {@code inline for} ({@link SemaTuples}). */
    final SemaTuples tuples;
    /** {@code switch} on values other than errors and unions ({@link SemaSwitch}). */
    final SemaSwitch switches;
    /** Unions ({@link SemaUnions}). */
    private final SemaUnions unions;

    SemaExpr(Sema sema, int file, int namespace) {
        this.sema = sema;
        this.zcu = sema.zcu;
        this.ip = sema.ip;
        this.file = file;
        sema.requireZir(file);
        this.ast = zcu.file(file).zir().ast();
        this.namespace = namespace;
        this.errors = new SemaErrors(this, sema, ast, file);
        this.tuples = new SemaTuples(this);
        this.switches = new SemaSwitch(this);
        this.unions = new SemaUnions(this, sema, ast, file);
    }

    /** Control flow of the comptime interpreter. */
    enum Flow { NONE, RETURN, BREAK, CONTINUE }

    /** One function activation (or a declaration's comptime evaluation). */
    static final class Frame {
        final boolean comptime;
        int retType = -1;
        int retTypeNode;
        Flow flow = Flow.NONE;
        String label;
        TypedValue flowValue;
        /** Runtime frames: the values broken to each label, for the labeled block's type. */
        final Map<String, List<TypedValue>> breaks = new HashMap<>();
        /** The function whose inferred error set this frame collects ({@link SemaErrors}), and its errors. */
        int inferredFunc = -1;
        java.util.Set<String> inferredErrors;

        Frame(boolean comptime) {
            this.comptime = comptime;
        }
    }

    static final class Local {
        final int type;
        Value value;
        final boolean mutable;
        /** A {@code comptime var} of runtime code: its value is known and updated during analysis. */
        boolean comptimeVar;

        Local(int type, Value value, boolean mutable) {
            this.type = type;
            this.value = value;
            this.mutable = mutable;
        }
    }

    static final class Scope {
        final Scope parent;
        final Map<String, Local> locals = new HashMap<>();
        /** Comptime {@code defer}/{@code errdefer} statements registered in this block, run at its exit. */
        List<Integer> defers;

        Scope(Scope parent) {
            this.parent = parent;
        }

        Local find(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                Local l = s.locals.get(name);
                if (l != null) return l;
            }
            return null;
        }
    }

    // ================= units =================

    void analyseNav(Nav nav, ZirDecl decl) {
        Frame f = new Frame(true);
        Scope s = new Scope(null);
        int node = decl.node();
        if (decl.kind() == ZirDecl.Kind.FN) {
            Full.FnProto proto = Sema.proto(ast, node);
            if (ast.nodeTag(node) != Node.Tag.FN_DECL) throw unsupported(node, "extern functions");
            int func = ip.intern(new Key.Func(nav.index, 0));
            FnSig sig = signature(f, s, proto, func, nav.fqn);
            zcu.funcs.put(func, new Zcu.FuncInfo(nav.index, namespace, file, node, Map.of()));
            nav.type = sig.type;
            nav.value = new Value.Func(func);
            nav.status = NavStatus.FULLY_RESOLVED;
            if (decl.isExport()) {
                if (sig.generic) {
                    new SemaExport(this, ip, ast).checkGeneric(proto, te -> resolveType(f, s, te));
                    throw unsupported(node, "exporting generic functions");
                }
                new SemaExport(this, ip, ast).check(proto, sig.type);
                // zig's reference is the declaration itself: its first token (`export`).
                int at = ast.tokenStart(ast.firstToken(node));
                sema.reference(AnalUnit.func(func), file, new int[] {at, at, Sema.span(ast, node)[2]});
                zcu.queueFunc(func);
            }
            return;
        }
        Full.VarDecl v = ast.fullVarDecl(node).orElseThrow();
        if (decl.isExtern()) throw unsupported(node, "extern variables");
        if (v.initNode() == 0) throw fail(node, "variables must be initialized");
        int type = -1;
        if (v.typeNode() != 0) type = resolveType(f, s, v.typeNode());
        if (Lowering_isContainer(v.initNode())) {
            typeNameHint = nav.fqn;
            namedContainer = nav;
            namedContainerNode = v.initNode();
        }
        TypedValue tv = expr(f, s, v.initNode(), type);
        if (type >= 0) tv = coerce(f, tv, type, v.initNode(), null);
        if (!tv.isComptime()) throw fail(v.initNode(), "unable to resolve comptime value");
        nav.type = tv.type();
        nav.value = tv.value();
        nav.isConst = decl.kind() == ZirDecl.Kind.CONST;
        nav.status = NavStatus.FULLY_RESOLVED;
    }

    private static boolean isContainerTag(Node.Tag t) {
        return switch (t) {
            case CONTAINER_DECL, CONTAINER_DECL_TRAILING, CONTAINER_DECL_TWO, CONTAINER_DECL_TWO_TRAILING,
                 CONTAINER_DECL_ARG, CONTAINER_DECL_ARG_TRAILING, TAGGED_UNION, TAGGED_UNION_TRAILING,
                 TAGGED_UNION_TWO, TAGGED_UNION_TWO_TRAILING, TAGGED_UNION_ENUM_TAG,
                 TAGGED_UNION_ENUM_TAG_TRAILING -> true;
            default -> false;
        };
    }

    private boolean Lowering_isContainer(int node) {
        return isContainerTag(ast.nodeTag(node));
    }

    void analyseComptime(ZirDecl decl) {
        Frame f = new Frame(true);
        TypedValue r = expr(f, new Scope(null), ast.lhs(decl.node()), ip.voidType);
        if (f.flow == Flow.NONE && r.type() != ip.voidType && r.type() != ip.noreturnType) {
            ignored(r, ast.lhs(decl.node()));
        }
    }

    void analyseFuncBody(int func, Zcu.FuncInfo info) {
        Frame f = new Frame(false);
        Scope s = new Scope(null);
        Full.FnProto proto = Sema.proto(ast, ast.lhs(info.fnNode()));
        List<Full.Param> params = ast.fnProtoParams(proto);
        for (Full.Param p : params) {
            TypedValue bound = p.nameToken() >= 0 ? info.comptimeArgs().get(name(p.nameToken())) : null;
            if (bound != null) {
                s.locals.put(name(p.nameToken()), new Local(bound.type(), bound.value(), false));
                continue;
            }
            if (p.typeExpr() == 0) throw unsupported(info.fnNode(), "anytype parameters");
            int t = resolveType(f, s, p.typeExpr());
            if (p.nameToken() >= 0) s.locals.put(name(p.nameToken()), new Local(t, null, false));
        }
        errors.beginBody(func);
        f.retType = errors.returnType(f, s, proto, func, zcu.nav(info.nav()).fqn);
        f.retTypeNode = proto.returnType();
        int body = ast.rhs(info.fnNode());
        TypedValue r = block(f, new Scope(s), body, -1);
        if (r.type() != ip.noreturnType && !returnsVoid(f.retType) && f.retType != ip.noreturnType) {
            int rbrace = ast.lastToken(body);
            throw sema.fail(Sema.msg(file, Sema.span(ast, proto.returnType()),
                    "function with non-void return type '" + fmt(f.retType) + "' implicitly returns")
                    .withNote(Sema.msg(file, Sema.tokenSpan(ast, rbrace), "control flow reaches end of body here")));
        }
        errors.finishBody(f, func);
    }

    /** {@code void} or {@code E!void}: a body may end without {@code return}. */
    private boolean returnsVoid(int t) {
        return t == ip.voidType || ip.key(t) instanceof Key.ErrorUnion eu && eu.payload() == ip.voidType;
    }

    /** The {@code type N} unit's work: field types of a struct, tag names of an enum. */
    void resolveFields(int type) {
        ContainerType ct = ip.container(type);
        Zir zir = zcu.file(ct.file).zir();
        if (zir == null) throw sema.transitive();
        Optional<ZirContainer> c = zir.containers().stream().filter(x -> x.key().equals(ct.containerKey)).findFirst();
        if (c.isEmpty()) throw sema.transitive();
        ct.fieldNames.clear();
        ct.fieldTypes.clear();
        ct.fieldNodes.clear();
        ct.fieldDefaults.clear();
        Frame f = new Frame(true);
        Scope s = new Scope(null);
        if (ct.kind == Key.ContainerKind.ENUM) SemaEnums.begin(this, f, s, ct);
        for (int fieldNode : c.get().fields()) {
            Full.ContainerField cf = ast.fullContainerField(fieldNode).orElseThrow();
            String fname = name(cf.mainToken());
            if (ct.kind == Key.ContainerKind.ENUM && fname.equals("_")) {
                ct.nonExhaustive = true; // AstGen checked that `_` is last and that there is a tag type
                continue;
            }
            ct.fieldNames.add(fname);
            ct.fieldNodes.add(fieldNode);
            switch (ct.kind) {
                case STRUCT -> {
                    if (cf.tupleLike()) throw unsupported(fieldNode, "tuple-like struct fields");
                    int ft = resolveType(f, s, cf.typeExpr());
                    ct.fieldTypes.add(ft);
                    Value def = null;
                    if (cf.valueExpr() != 0) def = coerce(f, expr(f, s, cf.valueExpr(), ft), ft, cf.valueExpr(), null).value();
                    ct.fieldDefaults.add(def);
                }
                case ENUM -> {
                    ct.fieldTypes.add(type);
                    ct.fieldDefaults.add(SemaEnums.fieldTag(this, f, s, ct, cf, fieldNode, ct.fieldDefaults));
                }
                case UNION -> unions.resolveField(ct, cf, fieldNode, f, s);
                default -> throw unsupported(fieldNode, ct.kind.name().toLowerCase() + " fields");
            }
        }
        if (ct.kind == Key.ContainerKind.UNION) unions.finishFields(type, ct, f, s);
        if (ct.kind == Key.ContainerKind.STRUCT) structLayout(ct, f, s);
        ct.fieldsResolved = true;
    }

    /** A function type written as an expression ({@code fn (u8) bool}, as in {@code *const fn (u8) bool}). */
    private int fnProtoType(Frame f, Scope s, int node) {
        Full.FnProto proto = ast.fullFnProto(node).orElseThrow();
        if (proto.callconvExpr() != 0) throw unsupported(proto.callconvExpr(), "callconv");
        List<Integer> types = new ArrayList<>();
        List<Boolean> comptimes = new ArrayList<>();
        for (Full.Param p : ast.fnProtoParams(proto)) {
            boolean ct = p.comptimeNoalias() >= 0 && ast.tokenTag(p.comptimeNoalias()) == Token.Tag.KEYWORD_COMPTIME;
            if (ct || p.typeExpr() == 0) throw unsupported(node, "generic function types");
            types.add(resolveType(f, s, p.typeExpr()));
            comptimes.add(false);
        }
        int ret = resolveType(f, s, proto.returnType());
        return ip.intern(new Key.Fn(types, ret, comptimes, false));
    }

    /**
     * A call through a runtime function pointer ({@code cb(x)} with {@code cb: *const fn (u8) void}): the arguments
     * are checked against the pointer's function type, the result is runtime.
     */
    private TypedValue indirectCall(Frame f, Scope s, Full.Call c, int fnExpr, Key.Fn ft) {
        if (f.comptime) throw fail(fnExpr, "unable to resolve comptime value");
        if (c.params().length != ft.params().size()) {
            throw fail(fnExpr, "expected " + ft.params().size() + " argument(s), found " + c.params().length);
        }
        for (int i = 0; i < c.params().length; i++) {
            int pt = ft.params().get(i);
            coerce(f, expr(f, s, c.params()[i], pt), pt, c.params()[i], null);
        }
        return TypedValue.runtime(ft.ret());
    }

    /**
     * The layout of a struct from its declaration: {@code extern} (C's, fields in order) or {@code packed} (its
     * fields' bits in a backing integer, {@code packed struct(uN)} or inferred), checked as zig does.
     */
    private void structLayout(ContainerType ct, Frame f, Scope s) {
        ct.layout = ContainerType.Layout.AUTO;
        ct.backingInt = -1;
        if (ct.node <= 0) return;
        Optional<Full.ContainerDecl> cd = ast.fullContainerDecl(ct.node);
        if (cd.isEmpty() || cd.get().layoutToken() < 0) return;
        if (ast.tokenTag(cd.get().layoutToken()) == Token.Tag.KEYWORD_EXTERN) {
            ct.layout = ContainerType.Layout.EXTERN;
            return;
        }
        ct.layout = ContainerType.Layout.PACKED;
        long bits = 0;
        for (int i = 0; i < ct.fieldTypes.size(); i++) {
            int ft = ct.fieldTypes.get(i);
            long b = packedBits(ft);
            if (b < 0) throw unsupported(ct.fieldNodes.get(i), "packed struct fields of type '" + fmt(ft) + "'");
            bits += b;
        }
        int arg = cd.get().arg();
        if (arg != 0) {
            int backing = resolveType(f, s, arg);
            if (!isInt(backing)) throw fail(arg, "expected backing integer type, found '" + fmt(backing) + "'");
            if (bits(backing) != bits) {
                throw fail(arg, "backing integer type '" + fmt(backing) + "' has bit size " + bits(backing)
                        + " but the struct fields have a total bit size of " + bits);
            }
            ct.backingInt = backing;
        } else {
            ct.backingInt = ip.intern(new Key.Int(false, (int) bits));
        }
    }

    /** The bits a field of this type takes in a packed struct, or -1 when zcu does not lay it out. */
    private long packedBits(int t) {
        if (isInt(t)) return bits(t);
        if (t == ip.boolType) return 1;
        if (t == ip.voidType) return 0;
        ContainerType ct = ip.container(t);
        if (ct != null && ct.kind == Key.ContainerKind.ENUM) return bits(SemaBuiltins.enumTagType(this, ct));
        if (ct != null && ct.kind == Key.ContainerKind.STRUCT && ct.layout == ContainerType.Layout.PACKED
                && ct.backingInt >= 0) {
            return bits(ct.backingInt);
        }
        if (SemaFloat.isFloatLike(ip, t) && t != ip.comptimeFloatType) return SemaFloat.floatBits(ip, t);
        return -1;
    }

    // ================= signatures =================

    record FnSig(int type, boolean generic) {}

    private FnSig signature(Frame f, Scope s, Full.FnProto proto, int func, String fqn) {
        List<Full.Param> params = ast.fnProtoParams(proto);
        boolean generic = false;
        List<Integer> types = new ArrayList<>();
        List<Boolean> comptimes = new ArrayList<>();
        for (Full.Param p : params) {
            boolean ct = p.comptimeNoalias() >= 0 && ast.tokenTag(p.comptimeNoalias()) == Token.Tag.KEYWORD_COMPTIME;
            if (ct || p.typeExpr() == 0) {
                generic = true;
                break;
            }
            int t = resolveType(f, s, p.typeExpr());
            if (t == ip.typeType) generic = true;
            types.add(t);
            comptimes.add(false);
        }
        if (generic) return new FnSig(ip.intern(new Key.Fn(List.of(), ip.voidType, List.of(), true)), true);
        if (proto.callconvExpr() != 0) throw unsupported(proto.callconvExpr(), "callconv");
        int ret = errors.returnType(f, s, proto, func, fqn);
        return new FnSig(ip.intern(new Key.Fn(types, ret, comptimes, false)), false);
    }

    // ================= expressions =================

    int resolveType(Frame f, Scope s, int node) {
        TypedValue tv = expr(f, s, node, ip.typeType);
        if (tv.type() != ip.typeType) {
            throw fail(node, "expected type 'type', found '" + fmt(tv.type()) + "'");
        }
        if (!(tv.value() instanceof Value.Type t)) throw fail(node, "unable to resolve comptime value");
        return t.index();
    }

    TypedValue expr(Frame f, Scope s, int node, int rt) {
        Node.Tag tag = ast.nodeTag(node);
        switch (tag) {
            case NUMBER_LITERAL: return number(node);
            case CHAR_LITERAL: return charLiteral(node);
            case STRING_LITERAL: return stringValue(StringLiterals.bytes(ast.tokenSlice(ast.mainToken(node))));
            case MULTILINE_STRING_LITERAL: return multiline(node);
            case IDENTIFIER: return identifier(f, s, node, rt);
            case ENUM_LITERAL: {
                if (errors.isErrorUnion(rt)) return coerce(f, expr(f, s, node, errors.payloadOf(rt)), rt, node, null);
                String lname = name(ast.mainToken(node));
                if (rt >= 0 && ip.container(rt) != null) return typeMember(f, rt, lname, node, Sema.span(ast, node));
                if (rt >= 0 && ip.key(rt) instanceof Key.Optional o && ip.container(o.child()) != null) {
                    return coerce(f, typeMember(f, o.child(), lname, node, Sema.span(ast, node)), rt, node, null);
                }
                return new TypedValue(ip.enumLiteralType, new Value.EnumLiteral(lname));
            }
            case GROUPED_EXPRESSION: return expr(f, s, ast.lhs(node), rt);
            case UNREACHABLE_LITERAL:
                if (f.comptime) throw fail(node, "reached unreachable code");
                return TypedValue.runtime(ip.noreturnType);
            case FIELD_ACCESS: return fieldAccess(f, s, node);
            case CALL_ONE: case CALL_ONE_COMMA: case CALL: case CALL_COMMA: return call(f, s, node);
            case BUILTIN_CALL_TWO: case BUILTIN_CALL_TWO_COMMA: case BUILTIN_CALL: case BUILTIN_CALL_COMMA:
                return builtin(f, s, node, rt);
            case ADD: case SUB: case MUL: case DIV: case MOD: case ADD_WRAP: case SUB_WRAP: case MUL_WRAP:
            case BIT_AND: case BIT_OR: case BIT_XOR: case SHL: case SHR:
                return arith(f, node, tag, expr(f, s, ast.lhs(node), -1), expr(f, s, ast.rhs(node), -1), ast.lhs(node), ast.rhs(node));
            case EQUAL_EQUAL: case BANG_EQUAL: case LESS_THAN: case GREATER_THAN: case LESS_OR_EQUAL: case GREATER_OR_EQUAL:
                return compare(f, node, tag, expr(f, s, ast.lhs(node), -1), expr(f, s, ast.rhs(node), -1));
            case BOOL_AND: case BOOL_OR: return boolOp(f, s, node, tag);
            case BOOL_NOT: {
                TypedValue v = coerce(f, expr(f, s, ast.lhs(node), ip.boolType), ip.boolType, ast.lhs(node), null);
                return v.isComptime() ? new TypedValue(ip.boolType, Value.Bool.of(!((Value.Bool) v.value()).value())) : v;
            }
            case NEGATION: {
                TypedValue v = expr(f, s, ast.lhs(node), rt);
                if (SemaFloat.isFloatLike(ip, v.type())) return SemaFloat.negate(v);
                return arith(f, node, Node.Tag.SUB, new TypedValue(v.type(), comptimeZero(v.type())), v, node, ast.lhs(node));
            }
            case ADDRESS_OF: return addressOf(f, s, node);
            case DEREF: {
                TypedValue p = expr(f, s, ast.lhs(node), -1);
                if (!(ip.key(p.type()) instanceof Key.Ptr ptr) || ptr.size() != Key.PtrSize.ONE) {
                    throw fail(node, "cannot dereference non-pointer type '" + fmt(p.type()) + "'");
                }
                return new TypedValue(ptr.child(), Value.pointee(p.value()));
            }
            case OPTIONAL_TYPE: return typeValue(ip.intern(new Key.Optional(resolveType(f, s, ast.lhs(node)))));
            case PTR_TYPE_ALIGNED: case PTR_TYPE_SENTINEL: case PTR_TYPE: case PTR_TYPE_BIT_RANGE: return ptrType(f, s, node);
            case ARRAY_TYPE: case ARRAY_TYPE_SENTINEL: return arrayType(f, s, node);
            case STRUCT_INIT_ONE: case STRUCT_INIT_ONE_COMMA: case STRUCT_INIT_DOT_TWO: case STRUCT_INIT_DOT_TWO_COMMA:
            case STRUCT_INIT_DOT: case STRUCT_INIT_DOT_COMMA: case STRUCT_INIT: case STRUCT_INIT_COMMA:
                return structInit(f, s, node, rt);
            case ARRAY_INIT_ONE: case ARRAY_INIT_ONE_COMMA: case ARRAY_INIT_DOT_TWO: case ARRAY_INIT_DOT_TWO_COMMA:
            case ARRAY_INIT_DOT: case ARRAY_INIT_DOT_COMMA: case ARRAY_INIT: case ARRAY_INIT_COMMA:
                return arrayInit(f, s, node, rt);
            case ARRAY_ACCESS: return index(f, s, node);
            case SLICE_OPEN: case SLICE: case SLICE_SENTINEL: return slice(f, s, node);
            case BLOCK_TWO: case BLOCK_TWO_SEMICOLON: case BLOCK: case BLOCK_SEMICOLON: return block(f, new Scope(s), node, rt);
            case IF_SIMPLE: case IF: return ifExpr(f, s, node, rt);
            case WHILE_SIMPLE: case WHILE_CONT: case WHILE: return whileExpr(f, s, node);
            case FOR_SIMPLE: case FOR: return forExpr(f, s, node);
            case SWITCH: case SWITCH_COMMA: return switchExpr(f, s, node, rt);
            case RETURN: return returnExpr(f, s, node);
            case BREAK: return breakExpr(f, s, node);
            case CONTINUE: return ast.rhs(node) != 0 ? switches.continueSwitch(f, s, node) : continueExpr(f, node);
            case COMPTIME: {
                Frame cf = f.comptime ? f : new Frame(true);
                TypedValue v = expr(cf, s, ast.lhs(node), rt);
                if (!v.isComptime() && v.type() != ip.noreturnType) throw fail(ast.lhs(node), "unable to resolve comptime value");
                return v;
            }
            case CONTAINER_DECL: case CONTAINER_DECL_TRAILING: case CONTAINER_DECL_TWO: case CONTAINER_DECL_TWO_TRAILING:
            case CONTAINER_DECL_ARG: case CONTAINER_DECL_ARG_TRAILING:
            case TAGGED_UNION: case TAGGED_UNION_TRAILING: case TAGGED_UNION_TWO: case TAGGED_UNION_TWO_TRAILING:
            case TAGGED_UNION_ENUM_TAG: case TAGGED_UNION_ENUM_TAG_TRAILING:
                return containerDecl(f, s, node);
            case ASSIGN: case ASSIGN_ADD: case ASSIGN_SUB: case ASSIGN_MUL: case ASSIGN_DIV: case ASSIGN_MOD:
            case ASSIGN_ADD_WRAP: case ASSIGN_SUB_WRAP: case ASSIGN_MUL_WRAP: case ASSIGN_BIT_AND: case ASSIGN_BIT_OR:
            case ASSIGN_BIT_XOR: case ASSIGN_SHL: case ASSIGN_SHR:
                return assign(f, s, node, tag);
            case ORELSE: return orelse(f, s, node, rt);
            case ERROR_VALUE: return errors.errorValue(node);
            case ERROR_SET_DECL: return errors.errorSetDecl(node);
            case MERGE_ERROR_SETS: return errors.merge(f, s, node);
            case ERROR_UNION: return errors.errorUnionType(f, s, node);
            case TRY: return errors.tryExpr(f, s, node);
            case CATCH: return errors.catchExpr(f, s, node, rt, false);
            case UNWRAP_OPTIONAL: {
                TypedValue v = expr(f, s, ast.lhs(node), -1);
                if (!(ip.key(v.type()) instanceof Key.Optional o)) {
                    throw fail(node, "expected optional type, found '" + fmt(v.type()) + "'", errors.considerNotes(v.type(), node));
                }
                if (v.value() instanceof Value.Null) throw fail(node, "unable to unwrap null");
                return new TypedValue(o.child(), v.value() instanceof Value.Some sm ? sm.payload() : null);
            }
            case FN_PROTO_SIMPLE: case FN_PROTO_MULTI: case FN_PROTO_ONE: case FN_PROTO:
                return typeValue(fnProtoType(f, s, node));
            default:
                throw unsupported(node, describe(tag));
        }
    }

    private static String describe(Node.Tag tag) {
        return tag.name().toLowerCase().replace('_', ' ') + " expressions";
    }

    // ---- literals ----

    private TypedValue number(int node) {
        String text = ast.tokenSlice(ast.mainToken(node)).replace("_", "");
        int radix = 10;
        String digits = text;
        if (text.startsWith("0x")) {
            radix = 16;
            digits = text.substring(2);
        } else if (text.startsWith("0o")) {
            radix = 8;
            digits = text.substring(2);
        } else if (text.startsWith("0b")) {
            radix = 2;
            digits = text.substring(2);
        }
        boolean isFloat = radix == 10 ? (digits.contains(".") || digits.contains("e") || digits.contains("E"))
                : radix == 16 && (digits.contains(".") || digits.contains("p") || digits.contains("P"));
        if (isFloat) {
            return new TypedValue(ip.comptimeFloatType, SemaFloat.parse(text));
        }
        try {
            return new TypedValue(ip.comptimeIntType, new Value.Int(new BigInteger(digits, radix)));
        } catch (NumberFormatException e) {
            throw fail(node, "invalid number literal");
        }
    }

    private TypedValue charLiteral(int node) {
        String tok = ast.tokenSlice(ast.mainToken(node));
        byte[] b = StringLiterals.bytes("\"" + tok.substring(1, tok.length() - 1) + "\"");
        String str = new String(b, StandardCharsets.UTF_8);
        return new TypedValue(ip.comptimeIntType, Value.Int.of(str.codePointAt(0)));
    }

    private TypedValue multiline(int node) {
        StringBuilder sb = new StringBuilder();
        for (int t = ast.lhs(node); t <= ast.rhs(node); t++) {
            String line = ast.tokenSlice(t);
            String content = line.substring(2);
            if (content.endsWith("\n")) content = content.substring(0, content.length() - 1);
            if (content.endsWith("\r")) content = content.substring(0, content.length() - 1);
            if (t > ast.lhs(node)) sb.append('\n');
            sb.append(content);
        }
        return stringValue(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    TypedValue stringValue(byte[] bytes) {
        int arr = ip.intern(new Key.Array(bytes.length, ip.u8Type, "0"));
        int ptr = ip.intern(new Key.Ptr(Key.PtrSize.ONE, true, arr, null));
        return new TypedValue(ptr, new Value.ConstPtr(new Value.Bytes(new String(bytes, StandardCharsets.ISO_8859_1))));
    }

    TypedValue typeValue(int t) {
        return new TypedValue(ip.typeType, new Value.Type(t));
    }

    // ---- identifiers and declarations ----

    String name(int token) {
        String s = ast.tokenSlice(token);
        return s.startsWith("@\"") ? StringLiterals.parse(s.substring(1)) : s;
    }

    private TypedValue identifier(Frame f, Scope s, int node, int rt) {
        String n = name(ast.mainToken(node));
        boolean quoted = ast.tokenSlice(ast.mainToken(node)).startsWith("@");
        Local l = s.find(n);
        if (l != null) return new TypedValue(l.type, l.mutable && !f.comptime && !l.comptimeVar ? null : l.value);
        if (!quoted) {
            Optional<TypedValue> prim = primitive(n);
            if (prim.isPresent()) return prim.get();
        }
        for (int nsi = namespace; nsi >= 0; nsi = zcu.namespace(nsi).parent) {
            Namespace ns = zcu.namespace(nsi);
            int nav = ns.lookup(n);
            if (nav >= 0) return navRef(f, nav, node);
            TypedValue cap = ns.captures.get(n);
            if (cap != null) return cap;
        }
        throw fail(node, "use of undeclared identifier '" + n + "'");
    }

    private Optional<TypedValue> primitive(String n) {
        switch (n) {
            case "true": return Optional.of(new TypedValue(ip.boolType, Value.Bool.TRUE));
            case "false": return Optional.of(new TypedValue(ip.boolType, Value.Bool.FALSE));
            case "null": return Optional.of(new TypedValue(ip.nullType, Value.NULL));
            case "undefined": return Optional.of(new TypedValue(ip.undefinedType, Value.UNDEF));
            case "void": case "bool": case "type": case "noreturn": case "comptime_int": case "comptime_float":
            case "usize": case "isize": case "anyopaque": case "f16": case "f32": case "f64": case "f80": case "f128":
            case "c_int": case "c_uint": case "c_long": case "c_ulong": case "c_char": case "c_short": case "c_ushort":
            case "c_longlong": case "c_ulonglong": case "c_longdouble":
                return Optional.of(typeValue(ip.simple(n)));
            case "anyerror": return Optional.of(typeValue(ip.anyerrorType));
            default: break;
        }
        if (n.length() > 1 && (n.charAt(0) == 'u' || n.charAt(0) == 'i') && n.substring(1).chars().allMatch(Character::isDigit)
                && !(n.length() > 2 && n.charAt(1) == '0')) {
            try {
                int bits = Integer.parseInt(n.substring(1));
                if (bits <= 65535) return Optional.of(typeValue(ip.intern(new Key.Int(n.charAt(0) == 'i', bits))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A reference to a Nav's value: declares {@code nav_val}, brings it up to date, fails transitively. */
    private TypedValue navRef(Frame f, int navIndex, int node) {
        sema.declare(new Dependee.NavVal(navIndex));
        sema.reference(AnalUnit.navVal(navIndex), file, node);
        Sema.ensureNavVal(zcu, navIndex);
        if (zcu.failed(AnalUnit.navVal(navIndex))) throw sema.transitive();
        Nav nav = zcu.nav(navIndex);
        boolean containerBeingResolved = nav.status == NavStatus.TYPE_RESOLVED && nav.value instanceof Value.Type;
        if (nav.status != NavStatus.FULLY_RESOLVED && !containerBeingResolved) {
            throw sema.fail(sema.dependencyLoop(navIndex, file, node));
        }
        if (!nav.isConst && !f.comptime) return TypedValue.runtime(nav.type);
        if (!nav.isConst) throw fail(node, "unable to evaluate comptime expression");
        return new TypedValue(nav.type, nav.value);
    }

    // ---- field access ----

    private TypedValue fieldAccess(Frame f, Scope s, int node) {
        String field = name(ast.rhs(node));
        TypedValue lhs = expr(f, s, ast.lhs(node), -1);
        return member(f, lhs, field, node, ast.lhs(node));
    }

    TypedValue member(Frame f, TypedValue lhs, String field, int node, int lhsNode) {
        if (lhs.type() == ip.typeType && lhs.value() instanceof Value.Type t) {
            return typeMember(f, t.index(), field, node, Sema.span(ast, node));
        }
        int type = lhs.type();
        Value val = lhs.value();
        if (ip.key(type) instanceof Key.Ptr p && p.size() == Key.PtrSize.ONE) {
            type = p.child();
            val = Value.pointee(val);
        }
        Key k = ip.key(type);
        if (k instanceof Key.Tuple) return tuples.member(type, val, field, node);
        if (field.equals("ptr") && k instanceof Key.Ptr sp && sp.size() == Key.PtrSize.SLICE) {
            // a comptime many-pointer is kept as the slice's start, without a length
            int many = ip.intern(new Key.Ptr(Key.PtrSize.MANY, sp.isConst(), sp.child(), sp.sentinel()));
            return new TypedValue(many, val instanceof Value.Slice sl ? new Value.Slice(sl.array(), sl.start(), 0) : null);
        }
        if (field.equals("len") && (k instanceof Key.Array || (k instanceof Key.Ptr sp && sp.size() == Key.PtrSize.SLICE))) {
            if (k instanceof Key.Array a) return new TypedValue(ip.usizeType, Value.Int.of(a.len()));
            if (val instanceof Value.Slice sl) return new TypedValue(ip.usizeType, Value.Int.of(sl.len()));
            return TypedValue.runtime(ip.usizeType);
        }
        ContainerType ct = ip.container(type);
        if (unions.isUnion(type)) return unions.member(type, val, field, node);
        if (ct != null && ct.kind == Key.ContainerKind.STRUCT) {
            ensureFields(type, node);
            int fi = ct.fieldIndex(field);
            if (fi >= 0) {
                Value fv = val instanceof Value.Aggregate ag ? ag.elems().get(fi) : null;
                return new TypedValue(ct.fieldTypes.get(fi), fv);
            }
            throw fail(Sema.tokenSpan(ast, ast.rhs(node)), "no field named '" + field + "' in struct '" + ct.name + "'",
                    declaredHere(type, "struct declared here"));
        }
        throw fail(node, "type '" + fmt(type) + "' does not support field access");
    }

    TypedValue typeMember(Frame f, int type, String field, int node, int[] where) {
        ContainerType ct = ip.container(type);
        if (ct == null && errors.isErrorSet(type)) return errors.member(f, type, field, node);
        if (ct == null) throw fail(node, "type '" + fmt(type) + "' has no members");
        Namespace ns = zcu.namespace(ct.namespace);
        sema.declare(new Dependee.NamespaceName(zcu.tracked(ct.file, "container:" + ct.containerKey), field));
        int nav = ns.lookup(field);
        if (nav >= 0) {
            if (!ns.pubDecls.containsKey(field) && ct.file != file) {
                sema.requireZir(ct.file);
                Nav n = zcu.nav(nav);
                ZirDecl d = zcu.trackedDecl(n.trackedInst).orElseThrow();
                Ast other = zcu.file(ct.file).zir().ast();
                throw fail(where, "'" + field + "' is not marked 'pub'",
                        new SemaMessage(ct.file, Sema.span(other, d.node())[0], Sema.span(other, d.node())[1],
                                Sema.span(other, d.node())[2], "declared here", List.of()));
            }
            return navRef(f, nav, node);
        }
        if (ct.kind == Key.ContainerKind.ENUM) {
            ensureFields(type, node);
            int fi = ct.fieldIndex(field);
            if (fi >= 0) return new TypedValue(type, new Value.EnumTag(fi));
        }
        if (ct.kind == Key.ContainerKind.UNION) {
            TypedValue tag = unions.tagMember(type, field, node);
            if (tag != null) return tag;
            if (ast.nodeTag(node) == Node.Tag.FIELD_ACCESS) where = Sema.tokenSpan(ast, ast.rhs(node));
        }
        String kind = ct.containerKey.isEmpty() ? "root source file struct" : ct.kind.name().toLowerCase();
        throw fail(where, kind + " '" + ct.name + "' has no member named '" + field + "'",
                declaredHere(type, kind.equals("root source file struct") ? "struct declared here" : kind + " declared here"));
    }

    SemaMessage declaredHere(int type, String text) {
        ContainerType ct = ip.container(type);
        sema.requireZir(ct.file);
        Ast other = zcu.file(ct.file).zir().ast();
        int node = zcu.containerNode(ct);
        // A file's root struct spans the file: zig's span shrinks to its main token, the file's first token.
        int[] sp = node < 0 ? new int[] {0, 0, 0} : node == 0 ? Sema.tokenSpan(other, 0) : Sema.span(other, node);
        return new SemaMessage(ct.file, sp[0], sp[1], sp[2], text, List.of());
    }

    void ensureFields(int type, int node) {
        sema.declare(new Dependee.Interned(type));
        Sema.ensureType(zcu, type);
        if (zcu.failed(AnalUnit.type(type))) throw sema.transitive();
    }

    // ---- calls ----

    private TypedValue call(Frame f, Scope s, int node) {
        Full.Call c = ast.fullCall(node).orElseThrow();
        List<TypedValue> args = new ArrayList<>();
        List<Integer> argNodes = new ArrayList<>();
        TypedValue callee;
        int fnExpr = c.fnExpr();
        if (ast.nodeTag(fnExpr) == Node.Tag.FIELD_ACCESS) {
            TypedValue lhs = expr(f, s, ast.lhs(fnExpr), -1);
            String field = name(ast.rhs(fnExpr));
            Optional<TypedValue> method = methodOf(f, lhs, field, fnExpr);
            if (method.isPresent()) {
                callee = method.get();
                args.add(lhs);
                argNodes.add(ast.lhs(fnExpr));
            } else {
                noFieldOrMethod(lhs, field, fnExpr);
                callee = member(f, lhs, field, fnExpr, ast.lhs(fnExpr));
            }
        } else {
            callee = expr(f, s, fnExpr, -1);
        }
        // Through a pointer to a function: a known function is called as itself, a runtime one indirectly.
        if (ip.key(callee.type()) instanceof Key.Ptr fp && fp.size() == Key.PtrSize.ONE && ip.key(fp.child()) instanceof Key.Fn pft) {
            Value target = Value.pointee(callee.value());
            if (target instanceof Value.Func) {
                callee = new TypedValue(fp.child(), target);
            } else if (args.isEmpty() && !pft.generic()) {
                return indirectCall(f, s, c, fnExpr, pft);
            }
        }
        if (!(callee.value() instanceof Value.Func fn)) {
            throw fail(fnExpr, "type '" + fmt(callee.type()) + "' not a function");
        }
        Zcu.FuncInfo stale = zcu.funcs.get(fn.index());
        int fnNode = zcu.funcNode(stale);
        sema.requireZir(stale.file());
        if (fnNode < 0) throw sema.transitive();
        Zcu.FuncInfo info = new Zcu.FuncInfo(stale.nav(), stale.namespace(), stale.file(), fnNode, stale.comptimeArgs());
        Ast fast = zcu.file(info.file()).zir().ast();
        Full.FnProto proto = Sema.proto(fast, fast.lhs(info.fnNode()));
        List<Full.Param> params = fast.fnProtoParams(proto);
        int given = args.size() + c.params().length;
        if (given != params.size()) {
            int[] sp = Sema.span(fast, proto.protoNode());
            // a method call counts the arguments after the receiver, as zig's message does
            String what = args.isEmpty() ? "expected " + params.size() + " argument(s), found " + given
                    : "member function expected " + (params.size() - args.size()) + " argument(s), found "
                    + (given - args.size());
            throw fail(fnExpr, what, new SemaMessage(info.file(), sp[0], sp[1], sp[2], "function declared here", List.of()));
        }
        Key.Fn ft = (Key.Fn) ip.key(zcu.nav(info.nav()).type);
        if (ft.generic() && !f.comptime) {
            TypedValue r = SemaGeneric.callRuntime(this, f, s, fn.index(), info, args, argNodes, c.params(), node);
            if (r != null) return r;
        }
        if (ft.generic() || f.comptime || ft.ret() == ip.typeType) {
            return callComptime(f, s, fn.index(), info, args, argNodes, c.params(), node);
        }
        for (int i = 0; i < c.params().length; i++) {
            int pt = ft.params().get(args.size());
            Full.Param fp = params.get(args.size());
            SemaMessage note = Sema.msg(info.file(), Sema.span(fast, fp.typeExpr()), "parameter type declared here");
            args.add(coerce(f, expr(f, s, c.params()[i], pt), pt, c.params()[i], note));
            argNodes.add(c.params()[i]);
        }
        for (int i = 0; i < args.size() && i < c.params().length; i++) { /* coerced above */ }
        if (!argNodes.isEmpty() && args.size() > c.params().length) {
            int pt = ft.params().get(0);
            SemaMessage note = Sema.msg(info.file(), Sema.span(fast, params.get(0).typeExpr()), "parameter type declared here");
            args.set(0, coerceReceiverAt(f, s, args.get(0), pt, argNodes.get(0), fnExpr, note));
        }
        sema.reference(AnalUnit.func(fn.index()), file, node);
        zcu.queueFunc(fn.index());
        return TypedValue.runtime(ft.ret());
    }

    /**
     * The receiver of a method call: {@code x.m()} passes {@code &x} when {@code m} takes a pointer ({@code *const}
     * when {@code x} is constant; at comptime a pointer that writes to {@code x} when it is a {@code var}).
     */
    private TypedValue coerceReceiverAt(Frame f, Scope s, TypedValue recv, int paramType, int recvNode, int calleeNode,
                                        SemaMessage note) {
        if (ip.key(paramType) instanceof Key.Ptr p && p.size() == Key.PtrSize.ONE
                && !(ip.key(recv.type()) instanceof Key.Ptr)) {
            Place place = place(f, s, recvNode);
            Value ptr = f.comptime || recv.isComptime() ? place.pointer() : null;
            recv = new TypedValue(ip.intern(new Key.Ptr(Key.PtrSize.ONE, place.isConst(), recv.type(), null)), ptr);
        }
        // zig's place for a receiver that does not coerce is the callee (`x.m`), main at the dot.
        return coerce(f, recv, paramType, calleeNode, note);
    }

    /** {@code x.m()} on a struct value (or pointer) with neither a field nor a declaration {@code m}: zig's error. */
    private void noFieldOrMethod(TypedValue lhs, String field, int fnExpr) {
        if (lhs.type() == ip.typeType) return;
        int type = lhs.type();
        if (ip.key(type) instanceof Key.Ptr p && p.size() == Key.PtrSize.ONE) type = p.child();
        ContainerType ct = ip.container(type);
        if (ct == null || ct.kind != Key.ContainerKind.STRUCT || ct.fieldIndex(field) >= 0) return;
        if (zcu.namespace(ct.namespace).lookup(field) >= 0) return;
        throw fail(fnExpr, "no field or member function named '" + field + "' in '" + fmt(type) + "'",
                declaredHere(type, "struct declared here"));
    }

    /** The receiver of a method call: {@code x.m()} passes {@code &x} when {@code m} takes a pointer. */
    TypedValue coerceReceiver(Frame f, TypedValue recv, int paramType, int node) {
        if (ip.key(paramType) instanceof Key.Ptr p && p.size() == Key.PtrSize.ONE
                && !(ip.key(recv.type()) instanceof Key.Ptr)) {
            return coerce(f, TypedValue.runtime(ip.intern(new Key.Ptr(Key.PtrSize.ONE, p.isConst(), recv.type(), null))),
                    paramType, node, null);
        }
        return coerce(f, recv, paramType, node, null);
    }

    private Optional<TypedValue> methodOf(Frame f, TypedValue lhs, String field, int node) {
        if (lhs.type() == ip.typeType) return Optional.empty();
        int type = lhs.type();
        if (ip.key(type) instanceof Key.Ptr p && p.size() == Key.PtrSize.ONE) type = p.child();
        ContainerType ct = ip.container(type);
        if (ct == null) return Optional.empty();
        if (ct.kind == Key.ContainerKind.STRUCT) {
            ensureFields(type, node);
            if (ct.fieldIndex(field) >= 0) return Optional.empty();
        }
        Namespace ns = zcu.namespace(ct.namespace);
        sema.declare(new Dependee.NamespaceName(zcu.tracked(ct.file, "container:" + ct.containerKey), field));
        int nav = ns.lookup(field);
        if (nav < 0) return Optional.empty();
        TypedValue v = navRef(f, nav, node);
        return v.value() instanceof Value.Func ? Optional.of(v) : Optional.empty();
    }

    private TypedValue callComptime(Frame caller, Scope callerScope, int func, Zcu.FuncInfo info, List<TypedValue> pre,
                                    List<Integer> preNodes, int[] argNodes, int callNode) {
        countBranch(callNode);
        SemaExpr callee = new SemaExpr(sema, info.file(), info.namespace());
        Ast fast = callee.ast;
        Full.FnProto proto = Sema.proto(fast, fast.lhs(info.fnNode()));
        List<Full.Param> params = fast.fnProtoParams(proto);
        Frame f = new Frame(true);
        Scope s = new Scope(null);
        List<Object> memoKey = new ArrayList<>();
        memoKey.add(func);
        memoKey.add(sema.dependOnSource(info.nav())); // a comptime call depends on the callee's source
        List<String> argNames = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Full.Param p = params.get(i);
            boolean fromPre = i < pre.size();
            int argNode = fromPre ? preNodes.get(i) : argNodes[i - pre.size()];
            int pt = p.typeExpr() == 0 ? -1 : callee.resolveType(f, s, p.typeExpr());
            TypedValue arg = fromPre ? pre.get(i) : expr(caller.comptime ? caller : new Frame(true), callerScope, argNode, pt);
            // an argument that left the caller (`f(try g())` returning g's error) ends the call before it starts
            if (arg.type() == ip.noreturnType && caller.comptime && caller.flow != Flow.NONE) return arg;
            if (pt < 0) {
                pt = arg.type();
                memoKey.add(pt);
            } else if (fromPre && i == 0) {
                int fnExpr = ast.fullCall(callNode).map(Full.Call::fnExpr).orElse(argNode);
                arg = coerceReceiverAt(caller, callerScope, arg, pt, argNode, fnExpr,
                        Sema.msg(info.file(), Sema.span(fast, p.typeExpr()), "parameter type declared here"));
            } else {
                arg = coerce(caller, arg, pt, argNode,
                        Sema.msg(info.file(), Sema.span(fast, p.typeExpr()), "parameter type declared here"));
            }
            if (!arg.isComptime()) {
                if (!caller.comptime) throw unsupported(argNode, "runtime arguments to generic or comptime-called functions");
                throw fail(argNode, "unable to resolve comptime value");
            }
            memoKey.add(arg.value());
            argNames.add(argName(arg));
            if (p.nameToken() >= 0) s.locals.put(callee.name(p.nameToken()), new Local(pt, arg.value(), false));
        }
        f.retType = callee.errors.returnType(f, s, proto, func, zcu.nav(info.nav()).fqn);
        f.retTypeNode = proto.returnType();
        boolean memoise = f.retType == ip.typeType;
        if (memoise) {
            TypedValue memo = zcu.memo.get(memoKey);
            if (memo != null) return memo;
        }
        callee.typeNameHint = zcu.nav(info.nav()).fqn + "(" + String.join(",", argNames) + ")";
        TypedValue r;
        SemaMessage before = sema.state.error;
        try {
            r = callee.block(f, new Scope(s), fast.rhs(info.fnNode()), f.retType);
            if (f.flow != Flow.RETURN && r.type() != ip.noreturnType && !returnsVoid(f.retType)) {
                int rbrace = fast.lastToken(fast.rhs(info.fnNode()));
                throw sema.fail(Sema.msg(info.file(), Sema.span(fast, proto.returnType()),
                        "function with non-void return type '" + fmt(f.retType) + "' implicitly returns")
                        .withNote(Sema.msg(info.file(), Sema.tokenSpan(fast, rbrace), "control flow reaches end of body here")));
            }
        } catch (AnalysisFail e) {
            SemaMessage m = sema.state.error;
            if (m != null && m != before) sema.state.error = calledFromHere(m, callNode);
            throw e;
        }
        TypedValue result;
        if (f.flow == Flow.RETURN) {
            result = f.flowValue;
        } else if (r.type() == ip.noreturnType) {
            result = r;
        } else if (returnsVoid(f.retType)) {
            result = new TypedValue(f.retType, Value.VOID);
        } else {
            int rbrace = fast.lastToken(fast.rhs(info.fnNode()));
            throw sema.fail(Sema.msg(info.file(), Sema.span(fast, proto.returnType()),
                    "function with non-void return type '" + fmt(f.retType) + "' implicitly returns")
                    .withNote(Sema.msg(info.file(), Sema.tokenSpan(fast, rbrace), "control flow reaches end of body here")));
        }
        result = callee.errors.finishCall(f, result);
        if (memoise) zcu.memo.put(memoKey, result);
        return result;
    }

    /** Appends Zig's {@code called from here} note (repeats are folded into "(N times)" by the error bundle). */
    private SemaMessage calledFromHere(SemaMessage m, int callNode) {
        int[] sp = Sema.span(ast, callNode);
        List<SemaMessage> notes = new ArrayList<>(m.notes());
        notes.add(new SemaMessage(file, sp[0], sp[1], sp[2], "called from here", List.of()));
        return new SemaMessage(m.file(), m.spanStart(), m.spanMain(), m.spanEnd(), m.msg(), notes);
    }

    private String argName(TypedValue v) {
        if (v.value() instanceof Value.Type t) return fmt(t.index());
        if (v.value() instanceof Value.Int i) return i.value().toString();
        if (v.value() instanceof Value.Bool b) return String.valueOf(b.value());
        return "...";
    }

    void countBranch(int node) {
        sema.branches++;
        if (sema.branches > sema.branchQuota) {
            throw fail(node, "evaluation exceeded " + sema.branchQuota + " backwards branches",
                    Sema.msg(file, Sema.span(ast, node), "use @setEvalBranchQuota() to raise the branch limit from " + sema.branchQuota));
        }
    }

    // ---- builtins ----

    private TypedValue builtin(Frame f, Scope s, int node, int rt) {
        String b = ast.tokenSlice(ast.mainToken(node));
        int[] args = ast.builtinCallParams(node);
        switch (b) {
            case "@This": return typeValue(zcu.namespace(namespace).ownerType);
            case "@import": return importFile(args[0]);
            case "@embedFile": return embedFile(f, s, args[0]);
            case "@errorName": return errors.errorName(f, s, node, args[0]);
            case "@unionInit": return unions.unionInit(f, s, args);
            case "@compileError": {
                TypedValue m = expr(f, s, args[0], -1);
                String text = stringOf(m).orElseThrow(() -> fail(args[0], "expected type '[]const u8', found '" + fmt(m.type()) + "'"));
                throw fail(node, text);
            }
            case "@as": {
                int t = resolveType(f, s, args[0]);
                return coerce(f, expr(f, s, args[1], t), t, args[1], null);
            }
            case "@TypeOf": {
                if (args.length != 1) return SemaBuiltins.typeOfPeers(this, f, s, node, args);
                TypedValue v = expr(f, s, args[0], -1);
                return typeValue(v.type());
            }
            case "@intCast": {
                if (rt < 0) throw fail(node, "@intCast must have a known result type");
                TypedValue v = expr(f, s, args[0], -1);
                if (!isInt(rt)) throw fail(node, "expected integer type, found '" + fmt(rt) + "'");
                if (v.value() instanceof Value.Int i) {
                    if (!fits(i.value(), rt)) {
                        throw fail(args[0], "type '" + fmt(rt) + "' cannot represent integer value '" + i.value() + "'");
                    }
                    return new TypedValue(rt, v.value());
                }
                return TypedValue.runtime(rt);
            }
            case "@setEvalBranchQuota": {
                TypedValue v = coerce(f, expr(f, s, args[0], ip.intern(new Key.Int(false, 32))), ip.intern(new Key.Int(false, 32)), args[0], null);
                if (v.value() instanceof Value.Int i) sema.branchQuota = Math.max(sema.branchQuota, i.value().intValue());
                return new TypedValue(ip.voidType, Value.VOID);
            }
            case "@sizeOf": case "@bitSizeOf": {
                int t = resolveType(f, s, args[0]);
                Optional<Long> bits = bitSize(t);
                if (bits.isEmpty()) return SemaBuiltins.sizeOf(this, node, b, t);
                long v = b.equals("@bitSizeOf") ? bits.get() : abiSize(t, bits.get());
                return new TypedValue(ip.comptimeIntType, Value.Int.of(v));
            }
            default: {
                TypedValue r = SemaBuiltins.call(this, f, s, node, rt, b, args);
                if (r == null) throw unsupported(node, "the builtin " + b);
                return r;
            }
        }
    }

    private Optional<Long> bitSize(int t) {
        if (t == ip.boolType) return Optional.of(1L);
        if (t == ip.voidType) return Optional.of(0L);
        if (t == ip.usizeType || t == ip.isizeType) return Optional.of(64L);
        if (ip.key(t) instanceof Key.Int i) return Optional.of((long) i.bits());
        return Optional.empty();
    }

    private long abiSize(int t, long bits) {
        if (bits == 0) return 0;
        long bytes = (bits + 7) / 8;
        long align = 1;
        while (align < bytes && align < 16) align *= 2;
        return (bytes + align - 1) / align * align;
    }

    Optional<String> stringOf(TypedValue v) {
        Value x = v.value();
        if (x instanceof Value.ConstPtr cp) x = cp.pointee();
        if (x instanceof Value.Slice sl && sl.array() instanceof Value.Bytes by) {
            x = new Value.Bytes(by.latin1().substring(sl.start(), sl.start() + sl.len()));
        }
        if (x instanceof Value.Bytes by) {
            return Optional.of(new String(by.latin1().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    /** {@code @embedFile("path")}: the file's bytes as {@code *const [N:0]u8}; the unit depends on the file. */
    private TypedValue embedFile(Frame f, Scope s, int argNode) {
        TypedValue operand = expr(new Frame(true), s, argNode, -1);
        Optional<String> path = stringOf(operand);
        if (path.isEmpty()) throw fail(argNode, "expected type '[]const u8', found '" + fmt(operand.type()) + "'");
        FileProvider.Embed e = zcu.embedFile(file, path.get());
        if (e.index() >= 0) sema.declare(new Dependee.EmbedFile(e.index()));
        if (!e.ok()) throw fail(argNode, e.error());
        return stringValue(e.bytes());
    }

    private TypedValue importFile(int argNode) {
        String operand = StringLiterals.parse(ast.tokenSlice(ast.mainToken(argNode)));
        FileProvider.Import target = zcu.importFile(sema, file, operand);
        if (!target.ok()) throw fail(argNode, target.error());
        sema.requireZir(target.file());
        int type = Sema.ensureFileRoot(zcu, target.file());
        sema.reference(AnalUnit.type(type), file, argNode);
        return typeValue(type);
    }

    // ---- operators ----

    boolean isInt(int t) {
        return ip.key(t) instanceof Key.Int || t == ip.usizeType || t == ip.isizeType;
    }

    int bits(int t) {
        return ip.key(t) instanceof Key.Int i ? i.bits() : 64;
    }

    boolean signed(int t) {
        return ip.key(t) instanceof Key.Int i ? i.signed() : t == ip.isizeType;
    }

    boolean fits(BigInteger v, int t) {
        int bits = bits(t);
        if (signed(t)) {
            if (bits == 0) return v.signum() == 0;
            BigInteger max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            BigInteger min = BigInteger.ONE.shiftLeft(bits - 1).negate();
            return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
        }
        return v.signum() >= 0 && v.bitLength() <= bits;
    }

    private Value comptimeZero(int t) {
        if (isInt(t) || t == ip.comptimeIntType) return Value.Int.of(0);
        return SemaFloat.zero(false);
    }

    /** Zig's peer type resolution for two operands of an arithmetic or comparison operator. */
    int peer(TypedValue a, TypedValue b, int node, int lhsNode, int rhsNode) {
        int ta = a.type();
        int tb = b.type();
        if (ta == tb) return ta;
        if (ta == ip.comptimeIntType && (isInt(tb) || isFloat(tb))) return tb;
        if (tb == ip.comptimeIntType && (isInt(ta) || isFloat(ta))) return ta;
        if (ta == ip.comptimeFloatType && isFloat(tb)) return tb;
        if (tb == ip.comptimeFloatType && isFloat(ta)) return ta;
        if (ta == ip.comptimeIntType && tb == ip.comptimeFloatType) return tb;
        if (isFloat(ta) && isFloat(tb)) return SemaFloat.widerFloat(ip, ta, tb);
        if (tb == ip.comptimeIntType && ta == ip.comptimeFloatType) return ta;
        if (isInt(ta) && isInt(tb)) {
            if (intCoercible(ta, tb)) return tb;
            if (intCoercible(tb, ta)) return ta;
        }
        throw fail(node, "incompatible types: '" + fmt(ta) + "' and '" + fmt(tb) + "'",
                Sema.msg(file, Sema.span(ast, lhsNode), "type '" + fmt(ta) + "' here"),
                Sema.msg(file, Sema.span(ast, rhsNode), "type '" + fmt(tb) + "' here"));
    }

    boolean isFloat(int t) {
        return ip.key(t) instanceof Key.Simple sm && sm.name().matches("f(16|32|64|80|128)");
    }

    boolean intCoercible(int from, int to) {
        if (from == to) return true;
        if ((from == ip.usizeType || from == ip.isizeType) != (to == ip.usizeType || to == ip.isizeType)) {
            if (from == ip.usizeType || from == ip.isizeType) return false;
        }
        boolean fs = signed(from);
        boolean ts = signed(to);
        int fb = bits(from);
        int tb = bits(to);
        if (fs == ts) return tb >= fb;
        return !fs && ts && tb > fb;
    }

    private TypedValue arith(Frame f, int node, Node.Tag op, TypedValue a, TypedValue b, int lhsNode, int rhsNode) {
        if (a.type() == ip.noreturnType || b.type() == ip.noreturnType) return TypedValue.runtime(ip.noreturnType);
        boolean shift = (op == Node.Tag.SHL || op == Node.Tag.SHR) && (isInt(a.type()) || a.type() == ip.comptimeIntType)
                && (isInt(b.type()) || b.type() == ip.comptimeIntType);
        if (shift) b = SemaBuiltins.shiftAmount(this, f, a, b, node, rhsNode);
        int t = shift ? a.type() : peer(a, b, node, lhsNode, rhsNode);
        if (!isInt(t) && t != ip.comptimeIntType) {
            if (SemaFloat.isFloatLike(ip, t)) return SemaFloat.arith(this, f, node, op, a, b, t, lhsNode, rhsNode);
            throw fail(node, "invalid operands to binary expression: '" + fmt(a.type()) + "' and '" + fmt(b.type()) + "'");
        }
        int origA = a.type();
        int origB = b.type();
        a = coerce(f, a, t, lhsNode, null);
        if (!shift) b = coerce(f, b, t, rhsNode, null);
        if (a.value() instanceof Value.Undef || b.value() instanceof Value.Undef) {
            throw fail(a.value() instanceof Value.Undef ? lhsNode : rhsNode, "use of undefined value here causes undefined behavior");
        }
        if (!(a.value() instanceof Value.Int x) || !(b.value() instanceof Value.Int y)) {
            if ((op == Node.Tag.DIV || op == Node.Tag.MOD) && b.value() instanceof Value.Int y2 && y2.value().signum() == 0) {
                throw fail(rhsNode, "division by zero here causes undefined behavior");
            }
            return TypedValue.runtime(t);
        }
        BigInteger r;
        BigInteger u = x.value();
        BigInteger v = y.value();
        switch (op) {
            case ADD, ADD_WRAP -> r = u.add(v);
            case SUB, SUB_WRAP -> r = u.subtract(v);
            case MUL, MUL_WRAP -> r = u.multiply(v);
            case DIV, MOD -> {
                if (v.signum() == 0) throw fail(rhsNode, "division by zero here causes undefined behavior");
                if (op == Node.Tag.DIV) {
                    if (signed(t) && t != ip.comptimeIntType && (u.signum() < 0 || v.signum() < 0)) {
                        throw fail(node, "division with '" + fmt(t) + "' and '" + fmt(t)
                                + "': signed integers must use @divTrunc, @divFloor, or @divExact");
                    }
                    r = u.divide(v);
                } else {
                    if (u.signum() < 0 || v.signum() < 0) {
                        throw fail(u.signum() < 0 ? lhsNode : rhsNode, "remainder division with '" + fmt(origA) + "' and '"
                                + fmt(origB) + "': signed integers and floats must use @rem or @mod");
                    }
                    r = u.mod(v);
                }
            }
            case BIT_AND -> r = u.and(v);
            case BIT_OR -> r = u.or(v);
            case BIT_XOR -> r = u.xor(v);
            case SHL -> r = u.shiftLeft(v.intValue());
            case SHR -> r = u.shiftRight(v.intValue());
            default -> throw unsupported(node, "this operator");
        }
        if (t != ip.comptimeIntType && !fits(r, t)) {
            if (op == Node.Tag.ADD_WRAP || op == Node.Tag.SUB_WRAP || op == Node.Tag.MUL_WRAP || op == Node.Tag.SHL) {
                r = wrap(r, t);
            } else {
                throw fail(node, "overflow of integer type '" + fmt(t) + "' with value '" + r + "'");
            }
        }
        return new TypedValue(t, new Value.Int(r));
    }

    BigInteger wrap(BigInteger r, int t) {
        int bits = bits(t);
        BigInteger mod = BigInteger.ONE.shiftLeft(bits);
        BigInteger w = r.mod(mod);
        if (signed(t) && w.testBit(bits - 1)) w = w.subtract(mod);
        return w;
    }

    private TypedValue compare(Frame f, int node, Node.Tag op, TypedValue a, TypedValue b) {
        int ta = a.type();
        int tb = b.type();
        if (SemaFloat.isFloatLike(ip, ta) || SemaFloat.isFloatLike(ip, tb)) {
            TypedValue r = SemaFloat.compare(this, f, node, op, a, b);
            if (r != null) return r;
        }
        // `x == null` where x cannot be null (zig: not an optional, a C pointer, or null itself).
        if ((ta == ip.nullType) != (tb == ip.nullType) && (op == Node.Tag.EQUAL_EQUAL || op == Node.Tag.BANG_EQUAL)) {
            int other = ta == ip.nullType ? tb : ta;
            boolean nullable = ip.key(other) instanceof Key.Optional
                    || ip.key(other) instanceof Key.Ptr p && p.size() == Key.PtrSize.C;
            if (!nullable) throw fail(node, "comparison of '" + fmt(other) + "' with null");
        }
        boolean numeric = (isInt(ta) || ta == ip.comptimeIntType) && (isInt(tb) || tb == ip.comptimeIntType);
        if (numeric) {
            if (a.value() instanceof Value.Int x && b.value() instanceof Value.Int y) {
                int c = x.value().compareTo(y.value());
                boolean r = switch (op) {
                    case EQUAL_EQUAL -> c == 0;
                    case BANG_EQUAL -> c != 0;
                    case LESS_THAN -> c < 0;
                    case GREATER_THAN -> c > 0;
                    case LESS_OR_EQUAL -> c <= 0;
                    default -> c >= 0;
                };
                return new TypedValue(ip.boolType, Value.Bool.of(r));
            }
            if (ta != ip.comptimeIntType && tb != ip.comptimeIntType && !intCoercible(ta, tb) && !intCoercible(tb, ta)) {
                peer(a, b, node, ast.lhs(node), ast.rhs(node));
            }
            return TypedValue.runtime(ip.boolType);
        }
        if (op != Node.Tag.EQUAL_EQUAL && op != Node.Tag.BANG_EQUAL) {
            throw fail(node, "operator " + ast.tokenSlice(ast.mainToken(node)) + " not allowed for type '" + fmt(ta) + "'");
        }
        if (errors.isErrorSet(ta) && errors.isErrorSet(tb) || errors.isErrorUnion(ta) && errors.isErrorSet(tb)
                || errors.isErrorSet(ta) && errors.isErrorUnion(tb)) {
            return errors.compare(op, a, b);
        }
        if (ip.key(ta) instanceof Key.Optional && tb == ip.nullType || ta == ip.nullType && ip.key(tb) instanceof Key.Optional) {
            TypedValue opt = ta == ip.nullType ? b : a;
            if (!opt.isComptime()) return TypedValue.runtime(ip.boolType);
            return new TypedValue(ip.boolType, Value.Bool.of(op == Node.Tag.EQUAL_EQUAL == (opt.value() instanceof Value.Null)));
        }
        TypedValue viaUnions = unions.compare(f, node, op, a, b);
        if (viaUnions != null) return viaUnions;
        if (ip.container(ta) != null && tb == ip.enumLiteralType) b = coerce(f, b, ta, ast.rhs(node), null);
        else if (ip.container(tb) != null && ta == ip.enumLiteralType) a = coerce(f, a, tb, ast.lhs(node), null);
        else if (ta != tb) peer(a, b, node, ast.lhs(node), ast.rhs(node));
        if (a.isComptime() && b.isComptime()) {
            boolean eq = a.value().equals(b.value());
            return new TypedValue(ip.boolType, Value.Bool.of(op == Node.Tag.EQUAL_EQUAL == eq));
        }
        return TypedValue.runtime(ip.boolType);
    }

    private TypedValue boolOp(Frame f, Scope s, int node, Node.Tag op) {
        TypedValue a = coerce(f, expr(f, s, ast.lhs(node), ip.boolType), ip.boolType, ast.lhs(node), null);
        if (a.value() instanceof Value.Bool x) {
            if (op == Node.Tag.BOOL_AND && !x.value()) return a;
            if (op == Node.Tag.BOOL_OR && x.value()) return a;
        }
        TypedValue b = coerce(f, expr(f, s, ast.rhs(node), ip.boolType), ip.boolType, ast.rhs(node), null);
        if (a.isComptime() && b.isComptime()) return b;
        return TypedValue.runtime(ip.boolType);
    }

    private TypedValue orelse(Frame f, Scope s, int node, int rt) {
        TypedValue a = expr(f, s, ast.lhs(node), -1);
        if (!(ip.key(a.type()) instanceof Key.Optional o)) {
            throw fail(node, "expected optional type, found '" + fmt(a.type()) + "'", errors.considerNotes(a.type(), node));
        }
        if (a.value() instanceof Value.Some sm) return new TypedValue(o.child(), sm.payload());
        TypedValue b = expr(f, s, ast.rhs(node), o.child());
        if (b.type() != ip.noreturnType) b = coerce(f, b, o.child(), ast.rhs(node), null);
        if (a.value() instanceof Value.Null) return b;
        return TypedValue.runtime(o.child());
    }

    // ---- pointers, arrays ----

    /** An assignable (or addressable) location: its type, whether it is const, and for comptime locals, a setter. */
    record Place(int type, boolean isConst, java.util.function.Consumer<Value> store, TypedValue current,
                 java.util.function.Supplier<Value> load) {
        Place(int type, boolean isConst, java.util.function.Consumer<Value> store, TypedValue current) {
            this(type, isConst, store, current, current::value);
        }

        /** The place a comptime pointer's location stands for. */
        static Place at(int type, boolean isConst, Value.Location location) {
            return new Place(type, isConst, location::store, new TypedValue(type, location.load()), location::load);
        }

        /** A comptime pointer to this place: mutable when it can be written, else to its current value. */
        Value pointer() {
            if (store != null && !isConst) return new Value.MutPtr(new Value.Location(load, store));
            return current.isComptime() ? new Value.ConstPtr(current.value()) : null;
        }
    }

    /** Whether {@code node} names a constant place (a {@code |*v|} capture of it gives {@code *const T}). */
    boolean placeIsConst(Frame f, Scope s, int node) {
        return place(f, s, node).isConst();
    }

    /** The comptime location of a writable place ({@code null} when it cannot be written at comptime). */
    Value.Location locationOf(Frame f, Scope s, int node) {
        Place p = place(f, s, node);
        return p.store() != null && !p.isConst() ? new Value.Location(p.load(), p.store()) : null;
    }

    private Place place(Frame f, Scope s, int node) {
        Node.Tag tag = ast.nodeTag(node);
        switch (tag) {
            case IDENTIFIER: {
                String n = name(ast.mainToken(node));
                Local l = s.find(n);
                if (l != null) {
                    return new Place(l.type, !l.mutable, v -> l.value = v,
                            new TypedValue(l.type, l.mutable && !f.comptime && !l.comptimeVar ? null : l.value),
                            () -> l.value);
                }
                TypedValue v = identifier(f, s, node, -1);
                boolean isConst = true;
                for (int nsi = namespace; nsi >= 0; nsi = zcu.namespace(nsi).parent) {
                    int nav = zcu.namespace(nsi).lookup(n);
                    if (nav >= 0) {
                        isConst = zcu.nav(nav).isConst;
                        break;
                    }
                }
                return new Place(v.type(), isConst, null, v);
            }
            case FIELD_ACCESS: {
                String field = name(ast.rhs(node));
                int lhs = ast.lhs(node);
                TypedValue base = expr(f, s, lhs, -1);
                if (ip.key(base.type()) instanceof Key.Ptr p && p.size() == Key.PtrSize.ONE) {
                    TypedValue m = member(f, base, field, node, lhs);
                    if (base.value() instanceof Value.MutPtr mp && !p.isConst()) {
                        return fieldPlace(Place.at(p.child(), false, mp.location()), field, m);
                    }
                    return new Place(m.type(), p.isConst(), null, m);
                }
                Place bp = place(f, s, lhs);
                TypedValue m = member(f, bp.current(), field, node, lhs);
                return fieldPlace(bp, field, m);
            }
            case ARRAY_ACCESS: {
                int lhs = ast.lhs(node);
                TypedValue base = expr(f, s, lhs, -1);
                Key k = ip.key(base.type());
                if (k instanceof Key.Ptr p) {
                    boolean viaPtr = p.size() == Key.PtrSize.ONE;
                    TypedValue e = index(f, s, node);
                    if (viaPtr && !p.isConst() && base.value() instanceof Value.MutPtr mp) {
                        return elementPlace(Place.at(p.child(), false, mp.location()), f, s, node, e);
                    }
                    if (p.size() == Key.PtrSize.SLICE && !p.isConst() && base.value() instanceof Value.Slice sl
                            && sl.array() instanceof Value.MutPtr mp) {
                        int viewType = ip.intern(new Key.Array(sl.len(), p.child(), null));
                        Value.Location view = mp.location().range(sl.start(), sl.start() + sl.len());
                        return elementPlace(Place.at(viewType, false, view), f, s, node, e);
                    }
                    return new Place(e.type(), viaPtr ? p.isConst() : p.isConst(), null, e);
                }
                Place bp = place(f, s, lhs);
                TypedValue e = index(f, s, node);
                return elementPlace(bp, f, s, node, e);
            }
            case DEREF: {
                TypedValue p = expr(f, s, ast.lhs(node), -1);
                if (!(ip.key(p.type()) instanceof Key.Ptr ptr)) {
                    throw fail(node, "cannot dereference non-pointer type '" + fmt(p.type()) + "'");
                }
                if (p.value() instanceof Value.MutPtr mp) return Place.at(ptr.child(), ptr.isConst(), mp.location());
                if (p.value() instanceof Value.ConstPtr cp) {
                    return new Place(ptr.child(), true, null, new TypedValue(ptr.child(), cp.pointee()));
                }
                return new Place(ptr.child(), ptr.isConst(), null, TypedValue.runtime(ptr.child()));
            }
            default:
                TypedValue v = expr(f, s, node, -1);
                return new Place(v.type(), true, null, v);
        }
    }

    /** The place of field {@code field} of the place {@code bp}, writable when {@code bp} is and its value is known. */
    private Place fieldPlace(Place bp, String field, TypedValue m) {
        java.util.function.Consumer<Value> store = null;
        java.util.function.Supplier<Value> load = m::value;
        ContainerType ct = ip.container(bp.type());
        if (bp.store() != null && ct != null && ct.kind == Key.ContainerKind.STRUCT
                && bp.current().value() instanceof Value.Aggregate) {
            int fi = ct.fieldIndex(field);
            load = () -> bp.load().get() instanceof Value.Aggregate ag ? ag.elems().get(fi) : null;
            store = v -> {
                if (!(bp.load().get() instanceof Value.Aggregate ag)) return;
                List<Value> el = new ArrayList<>(ag.elems());
                el.set(fi, v);
                bp.store().accept(new Value.Aggregate(el));
            };
        } else if (bp.store() != null && unions.isUnion(bp.type()) && bp.current().value() instanceof Value.UnionValue uv) {
            load = () -> bp.load().get() instanceof Value.UnionValue now ? now.payload() : null;
            store = v -> bp.store().accept(new Value.UnionValue(uv.field(), v));
        }
        return new Place(m.type(), bp.isConst(), store, m, load);
    }

    /** The place of element {@code node} ({@code a[i]}) of the place {@code bp}: writable for a known array and index. */
    private Place elementPlace(Place bp, Frame f, Scope s, int node, TypedValue e) {
        if (bp.store() == null || !(ip.key(bp.type()) instanceof Key.Array array)
                || !(bp.current().value() instanceof Value.Aggregate || bp.current().value() instanceof Value.Undef)) {
            return new Place(e.type(), bp.isConst(), null, e);
        }
        TypedValue idx = expr(f, s, ast.rhs(node), ip.usizeType);
        if (!(idx.value() instanceof Value.Int iv)) return new Place(e.type(), bp.isConst(), null, e);
        Value.Location element = new Value.Location(bp.load(), bp.store()).element(iv.value().intValueExact(),
                (int) array.len());
        return new Place(e.type(), bp.isConst(), element::store, e, element::load);
    }

    private TypedValue addressOf(Frame f, Scope s, int node) {
        int operand = ast.lhs(node);
        Place p = place(f, s, operand);
        int ptr = ip.intern(new Key.Ptr(Key.PtrSize.ONE, p.isConst(), p.type(), null));
        if (p.isConst() && p.current().isComptime()) return new TypedValue(ptr, new Value.ConstPtr(p.current().value()));
        if (f.comptime && p.store() != null) return new TypedValue(ptr, p.pointer());
        if (f.comptime) throw unsupported(node, "pointers to comptime variables");
        return TypedValue.runtime(ptr);
    }

    private TypedValue index(Frame f, Scope s, int node) {
        TypedValue base = expr(f, s, ast.lhs(node), -1);
        if (tuples.isTuple(base.type())) return tuples.index(f, s, node, base);
        TypedValue idx = coerce(f, expr(f, s, ast.rhs(node), ip.usizeType), ip.usizeType, ast.rhs(node), null);
        int type = base.type();
        Value val = base.value();
        Key k = ip.key(type);
        if (k instanceof Key.Ptr p && p.size() == Key.PtrSize.ONE && ip.key(p.child()) instanceof Key.Array) {
            type = p.child();
            k = ip.key(type);
            val = Value.pointee(val);
        }
        int elem;
        long len = -1;
        if (k instanceof Key.Array a) {
            elem = a.child();
            len = a.len();
        } else if (k instanceof Key.Ptr p && p.size() != Key.PtrSize.ONE) {
            elem = p.child();
            if (val instanceof Value.Slice sl) len = sl.len();
        } else {
            throw fail(node, "type '" + fmt(base.type()) + "' does not support indexing");
        }
        if (idx.value() instanceof Value.Int i && len >= 0 && i.value().compareTo(BigInteger.valueOf(len)) >= 0) {
            throw fail(ast.rhs(node), "index " + i.value() + " outside array of length " + len);
        }
        if (idx.value() instanceof Value.Int i) {
            Value arr = val instanceof Value.Slice sl ? sl.array() : val;
            int off = val instanceof Value.Slice sl ? sl.start() : 0;
            int at = i.value().intValue() + off;
            if (arr instanceof Value.Aggregate ag) return new TypedValue(elem, ag.elems().get(at));
            if (arr instanceof Value.Bytes by) return new TypedValue(elem, Value.Int.of(by.latin1().charAt(at)));
        }
        return TypedValue.runtime(elem);
    }

    private TypedValue slice(Frame f, Scope s, int node) {
        Full.Slice sl = ast.fullSlice(node).orElseThrow();
        if (sl.sentinel() != 0) throw unsupported(node, "slices with sentinels");
        Place p = place(f, s, sl.sliced());
        TypedValue start = coerce(f, expr(f, s, sl.start(), ip.usizeType), ip.usizeType, sl.start(), null);
        TypedValue end = sl.end() == 0 ? null : coerce(f, expr(f, s, sl.end(), ip.usizeType), ip.usizeType, sl.end(), null);
        int elem;
        boolean isConst = p.isConst();
        Key k = ip.key(p.type());
        long len = -1;
        if (k instanceof Key.Array a) {
            elem = a.child();
            len = a.len();
        } else if (k instanceof Key.Ptr ptr && ptr.size() == Key.PtrSize.ONE && ip.key(ptr.child()) instanceof Key.Array a) {
            elem = a.child();
            len = a.len();
            isConst = ptr.isConst();
        } else if (k instanceof Key.Ptr ptr && (ptr.size() == Key.PtrSize.SLICE || ptr.size() == Key.PtrSize.MANY)) {
            elem = ptr.child();
            isConst = ptr.isConst();
        } else {
            throw fail(node, "slice of non-array type '" + fmt(p.type()) + "'");
        }
        if (start.value() instanceof Value.Int a && end != null && end.value() instanceof Value.Int b) {
            if (len >= 0 && b.value().compareTo(BigInteger.valueOf(len)) > 0) {
                throw fail(sl.end(), "end index " + b.value() + " out of bounds for array of length " + len);
            }
            if (a.value().compareTo(b.value()) > 0) {
                throw fail(sl.start(), "start index " + a.value() + " is larger than end index " + b.value());
            }
            int arr = ip.intern(new Key.Array(b.value().subtract(a.value()).longValueExact(), elem, null));
            int type = ip.intern(new Key.Ptr(Key.PtrSize.ONE, isConst, arr, null));
            Value v = slicedValue(p, k, a.value().intValueExact(), b.value().intValueExact(), true);
            return v == null ? TypedValue.runtime(type) : new TypedValue(type, v);
        }
        int type = ip.intern(new Key.Ptr(Key.PtrSize.SLICE, isConst, elem, null));
        if (start.value() instanceof Value.Int a) {
            int from = a.value().intValueExact();
            int to = -1;
            if (end != null && end.value() instanceof Value.Int b) to = b.value().intValueExact();
            if (end == null && len >= 0) to = (int) len;
            if (end == null && p.current().value() instanceof Value.Slice whole) to = whole.len();
            if (to >= from) {
                Value v = slicedValue(p, k, from, to, false);
                if (v != null) return new TypedValue(type, v);
            }
        }
        return TypedValue.runtime(type);
    }

    /**
     * The comptime value of {@code x[from..to]}: a slice (or, with {@code asArrayPointer}, a pointer to the
     * sub-array) of the array that {@code p} holds or points to, a view that sees and makes writes when the array is
     * a comptime {@code var}; {@code null} when not comptime-known.
     */
    private Value slicedValue(Place p, Key k, int from, int to, boolean asArrayPointer) {
        Value base = p.current().value();
        if (base == null || base instanceof Value.Undef) return null; // a runtime value
        Value array;
        if (k instanceof Key.Array) {
            array = p.store() != null && !p.isConst() ? p.pointer() : base;
        } else if (base instanceof Value.Slice sl) {
            array = sl.array();
            from += sl.start();
            to += sl.start();
        } else if (base instanceof Value.ConstPtr || base instanceof Value.MutPtr) {
            array = base;
        } else {
            return null;
        }
        if (array == null) return null;
        if (!asArrayPointer) return new Value.Slice(array, from, to - from);
        if (array instanceof Value.MutPtr mp) return new Value.MutPtr(mp.location().range(from, to));
        Value whole = Value.pointee(array) != null ? Value.pointee(array) : array;
        List<Value> elems = new ArrayList<>();
        for (int i = from; i < to; i++) elems.add(elementAt(whole, i));
        return new Value.ConstPtr(new Value.Aggregate(elems));
    }

    private TypedValue ptrType(Frame f, Scope s, int node) {
        Full.PtrType p = ast.fullPtrType(node).orElseThrow();
        if (p.alignNode() != 0 || p.addrspaceNode() != 0 || p.volatileToken() >= 0 || p.allowzeroToken() >= 0) {
            throw unsupported(node, "pointer attributes");
        }
        int child = resolveType(f, s, p.childType());
        String sentinel = null;
        if (p.sentinel() != 0) {
            TypedValue sv = coerce(f, expr(f, s, p.sentinel(), child), child, p.sentinel(), null);
            sentinel = valueText(sv.value());
        }
        Key.PtrSize size = switch (p.size()) {
            case ONE -> Key.PtrSize.ONE;
            case MANY -> Key.PtrSize.MANY;
            case SLICE -> Key.PtrSize.SLICE;
            case C -> Key.PtrSize.C;
        };
        return typeValue(ip.intern(new Key.Ptr(size, p.constToken() >= 0, child, sentinel)));
    }

    private TypedValue arrayType(Frame f, Scope s, int node) {
        Full.ArrayType a = ast.fullArrayType(node).orElseThrow();
        TypedValue len = coerce(f, expr(f, s, a.elemCount(), ip.usizeType), ip.usizeType, a.elemCount(), null);
        if (!(len.value() instanceof Value.Int n)) throw fail(a.elemCount(), "unable to resolve comptime value");
        int child = resolveType(f, s, a.elemType());
        String sentinel = null;
        if (a.sentinel() != 0) {
            sentinel = valueText(coerce(f, expr(f, s, a.sentinel(), child), child, a.sentinel(), null).value());
        }
        return typeValue(ip.intern(new Key.Array(n.value().longValueExact(), child, sentinel)));
    }

    private String valueText(Value v) {
        if (v instanceof Value.Int i) return i.value().toString();
        if (v instanceof Value.Bool b) return String.valueOf(b.value());
        return "...";
    }

    // ---- aggregates ----

    private TypedValue structInit(Frame f, Scope s, int node, int rt) {
        Full.StructInit init = ast.fullStructInit(node).orElseThrow();
        int type = rt;
        if (init.typeExpr() != 0) type = resolveType(f, s, init.typeExpr());
        if (type < 0) return tuples.anonStruct(f, s, node, init.fields());
        if (ip.key(type) instanceof Key.Optional o) {
            TypedValue inner = structInit(f, s, node, o.child());
            return coerce(f, inner, type, node, null);
        }
        if (errors.isErrorUnion(type)) return coerce(f, structInit(f, s, node, errors.payloadOf(type)), type, node, null);
        ContainerType ct = ip.container(type);
        if (type == ip.voidType && init.fields().length == 0) return new TypedValue(ip.voidType, Value.VOID);
        if (unions.isUnion(type)) return unions.init(f, s, node, init, type);
        if (ct == null || ct.kind != Key.ContainerKind.STRUCT) {
            if (init.fields().length == 0 && ip.key(type) instanceof Key.Array a && a.len() == 0) {
                return new TypedValue(type, new Value.Aggregate(List.of()));
            }
            throw fail(node, "type '" + fmt(type) + "' does not support struct initialization syntax");
        }
        ensureFields(type, node);
        Value[] values = new Value[ct.fieldNames.size()];
        boolean[] set = new boolean[values.length];
        boolean comptime = true;
        for (int fv : init.fields()) {
            int nameTok = ast.firstToken(fv) - 2;
            String fname = name(nameTok);
            int fi = ct.fieldIndex(fname);
            if (fi < 0) {
                throw fail(Sema.tokenSpan(ast, nameTok), "no field named '" + fname + "' in struct '" + ct.name + "'",
                        declaredHere(type, "struct declared here"));
            }
            int ft = ct.fieldTypes.get(fi);
            // zig's place for a field's value is the whole `.name = value`, main at the name.
            int[] where = Sema.tokensSpan(ast, nameTok - 1, ast.lastToken(fv), nameTok);
            TypedValue v = coerceAt(f, expr(f, s, fv, ft), ft, fv, where, null);
            set[fi] = true;
            values[fi] = v.value();
            if (!v.isComptime()) comptime = false;
        }
        for (int i = 0; i < values.length; i++) {
            if (set[i]) continue;
            if (ct.fieldDefaults.get(i) != null) {
                values[i] = ct.fieldDefaults.get(i);
                continue;
            }
            throw fail(node, "missing struct field: " + ct.fieldNames.get(i), declaredHere(type, "struct declared here"));
        }
        return new TypedValue(type, comptime ? new Value.Aggregate(List.of(values)) : null);
    }

    private TypedValue arrayInit(Frame f, Scope s, int node, int rt) {
        Full.ArrayInit init = ast.fullArrayInit(node).orElseThrow();
        int type = rt;
        if (init.typeExpr() != 0) {
            int te = init.typeExpr();
            Optional<Full.ArrayType> at = ast.fullArrayType(te);
            if (at.isPresent() && ast.nodeTag(at.get().elemCount()) == Node.Tag.IDENTIFIER
                    && ast.tokenSlice(ast.mainToken(at.get().elemCount())).equals("_")) {
                int child = resolveType(f, s, at.get().elemType());
                type = ip.intern(new Key.Array(init.elements().length, child, null));
            } else {
                type = resolveType(f, s, te);
            }
        }
        if (errors.isErrorUnion(type)) return coerce(f, arrayInit(f, s, node, errors.payloadOf(type)), type, node, null);
        if (type < 0) return tuples.literal(f, s, node, init.elements());
        if (tuples.isTuple(type)) return tuples.literalWithType(f, s, node, init.elements(), type);
        if (!(ip.key(type) instanceof Key.Array a)) {
            throw unsupported(node, "array literals with a result type of '" + fmt(type) + "'");
        }
        if (a.len() != init.elements().length) {
            throw fail(node, "expected " + a.len() + " array elements; found " + init.elements().length);
        }
        List<Value> values = new ArrayList<>();
        boolean comptime = true;
        for (int e : init.elements()) {
            TypedValue v = coerce(f, expr(f, s, e, a.child()), a.child(), e, null);
            values.add(v.value());
            if (!v.isComptime()) comptime = false;
        }
        return new TypedValue(type, comptime ? new Value.Aggregate(values) : null);
    }

    // ---- containers ----

    private TypedValue containerDecl(Frame f, Scope s, int node) {
        Zir zir = zcu.file(file).zir();
        int ci = zir.containerOfNode(node).orElseThrow();
        ZirContainer c = zir.containers().get(ci);
        Full.ContainerDecl cd = ast.fullContainerDecl(node).orElseThrow();
        Key.ContainerKind kind = switch (ast.tokenTag(cd.mainToken())) {
            case KEYWORD_ENUM -> Key.ContainerKind.ENUM;
            case KEYWORD_UNION -> Key.ContainerKind.UNION;
            case KEYWORD_OPAQUE -> Key.ContainerKind.OPAQUE;
            default -> Key.ContainerKind.STRUCT;
        };
        if (cd.layoutToken() >= 0 && kind != Key.ContainerKind.STRUCT) throw unsupported(node, "extern and packed unions");
        boolean packed = cd.layoutToken() >= 0 && ast.tokenTag(cd.layoutToken()) == Token.Tag.KEYWORD_PACKED;
        if (cd.arg() != 0 && kind == Key.ContainerKind.STRUCT && !packed) {
            throw unsupported(cd.arg(), "container arguments (backing integers)");
        }
        if (kind == Key.ContainerKind.STRUCT && tuples.isTupleDecl(cd)) return tuples.tupleType(f, s, cd);
        Map<String, TypedValue> captures = new LinkedHashMap<>();
        List<Scope> chain = new ArrayList<>();
        for (Scope x = s; x != null; x = x.parent) chain.add(0, x);
        for (Scope x : chain) {
            for (Map.Entry<String, Local> e : x.locals.entrySet()) {
                if (e.getValue().value != null && !e.getValue().mutable) {
                    captures.put(e.getKey(), new TypedValue(e.getValue().type, e.getValue().value));
                }
            }
        }
        String key = file + "|" + c.key() + "|" + namespace + "|" + captures;
        Integer existing = zcu.containerTypes.get(key);
        if (existing != null && !ip.container(existing).dead) {
            int current = Sema.refreshType(zcu, existing); // recreated if its declaration changed
            namedBeforeFields(node, current);
            Sema.ensureType(zcu, current);
            int now = zcu.containerTypes.get(key);
            sema.declare(new Dependee.Interned(now));
            sema.reference(AnalUnit.type(now), file, node);
            return typeValue(now);
        }
        String tname = typeNameHint != null ? typeNameHint
                : ip.container(zcu.namespace(namespace).ownerType).name + "__" + kind.name().toLowerCase() + "_" + ip.size();
        typeNameHint = null;
        int ns = zcu.createNamespace(file, namespace);
        zcu.namespace(ns).captures.putAll(captures);
        ContainerType ct = new ContainerType(kind, tname, file, c.key(), node, ns, c.srcHash(),
                zcu.tracked(file, "container:" + c.key()));
        int type = zcu.createType(ct);
        zcu.namespace(ns).ownerType = type;
        zcu.containerTypes.put(key, type);
        zcu.scanNamespace(ns, file, c, tname);
        sema.declare(new Dependee.Interned(type));
        sema.reference(AnalUnit.type(type), file, node);
        namedBeforeFields(node, type);
        Sema.ensureType(zcu, type);
        return typeValue(type);
    }

    /** Gives the Nav declared as this container its value (the type) before the type's fields are resolved. */
    private void namedBeforeFields(int node, int type) {
        if (namedContainer == null || namedContainerNode != node) return;
        namedContainer.type = ip.typeType;
        namedContainer.value = new Value.Type(type);
        namedContainer.status = NavStatus.TYPE_RESOLVED;
    }

    // ---- statements and control flow ----

    TypedValue block(Frame f, Scope s, int node, int rt) {
        int traceMark = sema.errorReturnTrace.size();
        TypedValue r = blockBody(f, s, node, rt);
        if (s.defers != null) errors.runDefers(f, s, s.defers);
        errors.restoreTrace(f, traceMark, r);
        return r;
    }

    private TypedValue blockBody(Frame f, Scope s, int node, int rt) {
        String label = null;
        int lbrace = ast.mainToken(node);
        if (lbrace >= 2 && ast.tokenTag(lbrace - 1) == Token.Tag.COLON && ast.tokenTag(lbrace - 2) == Token.Tag.IDENTIFIER) {
            label = ast.tokenSlice(lbrace - 2);
        }
        boolean noreturn = false;
        for (int stmt : ast.blockStatements(node)) {
            TypedValue r = statement(f, s, stmt);
            if (f.flow != Flow.NONE) {
                if (label != null && f.flow == Flow.BREAK && label.equals(f.label)) {
                    f.flow = Flow.NONE;
                    TypedValue v = f.flowValue;
                    return rt >= 0 ? coerce(f, v, rt, node, null) : v;
                }
                return TypedValue.runtime(ip.noreturnType);
            }
            if (r.type() == ip.noreturnType) noreturn = true;
        }
        if (label != null && !f.comptime) {
            List<TypedValue> bs = f.breaks.remove(label);
            if (rt >= 0) return TypedValue.runtime(rt);
            if (bs == null || bs.isEmpty()) return TypedValue.runtime(ip.voidType);
            TypedValue acc = bs.get(0);
            for (TypedValue b : bs.subList(1, bs.size())) acc = TypedValue.runtime(peer(acc, b, node, node, node));
            return TypedValue.runtime(acc.type());
        }
        return noreturn ? TypedValue.runtime(ip.noreturnType) : new TypedValue(ip.voidType, Value.VOID);
    }

    private TypedValue statement(Frame f, Scope s, int stmt) {
        switch (ast.nodeTag(stmt)) {
            case SIMPLE_VAR_DECL: case LOCAL_VAR_DECL: case ALIGNED_VAR_DECL:
                localVar(f, s, stmt);
                return new TypedValue(ip.voidType, Value.VOID);
            case DEFER: case ERRDEFER:
                if (f.comptime) {
                    if (s.defers == null) s.defers = new ArrayList<>();
                    s.defers.add(stmt);
                } else {
                    errors.deferRuntime(f, s, stmt);
                }
                return new TypedValue(ip.voidType, Value.VOID);
            default:
                TypedValue r = expr(f, s, stmt, -1);
                if (f.flow == Flow.NONE && r.type() != ip.voidType && r.type() != ip.noreturnType) ignored(r, stmt);
                return r;
        }
    }

    private void ignored(TypedValue r, int node) {
        errors.ignored(r, node);
        if (ip.key(r.type()) instanceof Key.ErrorUnion) {
            throw fail(node, "error union is ignored", Sema.msg(file, Sema.span(ast, node), "consider using 'try', 'catch', or 'if'"));
        }
        throw fail(node, "value of type '" + fmt(r.type()) + "' ignored",
                Sema.msg(file, Sema.span(ast, node), "all non-void values must be used"),
                Sema.msg(file, Sema.span(ast, node), "to discard the value, assign it to '_'"));
    }

    private void localVar(Frame f, Scope s, int node) {
        Full.VarDecl v = ast.fullVarDecl(node).orElseThrow();
        boolean mutable = ast.tokenTag(v.mutToken()) == Token.Tag.KEYWORD_VAR;
        String n = name(v.mutToken() + 1);
        int type = v.typeNode() == 0 ? -1 : resolveType(f, s, v.typeNode());
        if (v.initNode() != 0 && isContainerTag(ast.nodeTag(v.initNode())) && !mutable) {
            typeNameHint = null;
        }
        TypedValue init = expr(f, s, v.initNode(), type);
        if (type >= 0) init = coerce(f, init, type, v.initNode(), null);
        int t = init.type();
        boolean comptimeVar = v.comptimeToken() >= 0;
        if (comptimeVar && !f.comptime) {
            if (!init.isComptime()) throw fail(v.initNode(), "unable to resolve comptime value");
            Local l = new Local(t, init.value(), mutable);
            l.comptimeVar = true;
            s.locals.put(n, l);
            return;
        }
        if (mutable && !f.comptime && (t == ip.comptimeIntType || t == ip.comptimeFloatType)) {
            throw fail(Sema.tokenSpan(ast, v.mutToken() + 1), "variable of type '" + fmt(t) + "' must be const or comptime",
                    Sema.msg(file, Sema.tokenSpan(ast, v.mutToken() + 1), "to modify this variable at runtime, it must be given an explicit fixed-size number type"));
        }
        s.locals.put(n, new Local(t, mutable && !f.comptime ? null : init.value(), mutable));
    }

    private TypedValue assign(Frame f, Scope s, int node, Node.Tag tag) {
        int lhs = ast.lhs(node);
        int rhs = ast.rhs(node);
        if (tag == Node.Tag.ASSIGN && ast.nodeTag(lhs) == Node.Tag.IDENTIFIER && ast.tokenSlice(ast.mainToken(lhs)).equals("_")) {
            if (ast.nodeTag(rhs) == Node.Tag.CATCH) return errors.catchExpr(f, s, rhs, -1, true);
            TypedValue v = expr(f, s, rhs, -1);
            if (v.type() == ip.noreturnType) return v;
            errors.discarded(v, rhs);
            return new TypedValue(ip.voidType, Value.VOID);
        }
        Place p = place(f, s, lhs);
        if (p.isConst()) throw fail(tag == Node.Tag.ASSIGN ? lhs : node, "cannot assign to constant");
        TypedValue v;
        if (tag == Node.Tag.ASSIGN) {
            v = coerce(f, expr(f, s, rhs, p.type()), p.type(), rhs, null);
        } else {
            Node.Tag op = switch (tag) {
                case ASSIGN_ADD -> Node.Tag.ADD;
                case ASSIGN_SUB -> Node.Tag.SUB;
                case ASSIGN_MUL -> Node.Tag.MUL;
                case ASSIGN_DIV -> Node.Tag.DIV;
                case ASSIGN_MOD -> Node.Tag.MOD;
                case ASSIGN_ADD_WRAP -> Node.Tag.ADD_WRAP;
                case ASSIGN_SUB_WRAP -> Node.Tag.SUB_WRAP;
                case ASSIGN_MUL_WRAP -> Node.Tag.MUL_WRAP;
                case ASSIGN_BIT_AND -> Node.Tag.BIT_AND;
                case ASSIGN_BIT_OR -> Node.Tag.BIT_OR;
                case ASSIGN_BIT_XOR -> Node.Tag.BIT_XOR;
                case ASSIGN_SHL -> Node.Tag.SHL;
                default -> Node.Tag.SHR;
            };
            TypedValue r = coerce(f, expr(f, s, rhs, p.type()), p.type(), rhs, null);
            v = arith(f, node, op, p.current(), r, lhs, rhs);
            v = coerce(f, v, p.type(), node, null);
        }
        if (!f.comptime && tuples.isComptimeVar(s, lhs)) {
            if (!v.isComptime()) throw fail(rhs, "unable to resolve comptime value");
            p.store().accept(v.value());
        } else if (f.comptime) {
            if (p.store() == null) throw unsupported(lhs, "assignment through pointers at comptime");
            p.store().accept(v.value());
        }
        return new TypedValue(ip.voidType, Value.VOID);
    }

    private TypedValue ifExpr(Frame f, Scope s, int node, int rt) {
        Full.If i = ast.fullIf(node).orElseThrow();
        if (i.errorToken() >= 0) return errors.ifError(f, s, node, i, rt);
        TypedValue cond = expr(f, s, i.condExpr(), i.payloadToken() >= 0 ? -1 : ip.boolType);
        Scope thenScope = new Scope(s);
        boolean taken;
        Boolean known = null;
        if (i.payloadToken() >= 0) {
            if (!(ip.key(cond.type()) instanceof Key.Optional o)) {
                throw fail(i.condExpr(), "expected optional type, found '" + fmt(cond.type()) + "'", errors.considerNotes(cond.type(), i.condExpr()));
            }
            int pt = i.payloadToken();
            boolean byRef = ast.tokenTag(pt) == Token.Tag.ASTERISK;
            if (byRef) throw unsupported(node, "pointer captures");
            Value payload = cond.value() instanceof Value.Some sm ? sm.payload() : null;
            if (cond.isComptime()) known = cond.value() instanceof Value.Some;
            String pn = name(pt);
            if (!pn.equals("_")) thenScope.locals.put(pn, new Local(o.child(), payload, false));
        } else {
            cond = coerce(f, cond, ip.boolType, i.condExpr(), null);
            if (cond.value() instanceof Value.Bool b) known = b.value();
        }
        if (known != null) {
            if (known) return expr(f, thenScope, i.thenExpr(), rt);
            if (i.elseExpr() == 0) return new TypedValue(ip.voidType, Value.VOID);
            return expr(f, new Scope(s), i.elseExpr(), rt);
        }
        if (f.comptime) throw fail(i.condExpr(), "unable to resolve comptime value");
        TypedValue a = expr(f, thenScope, i.thenExpr(), rt);
        if (i.elseExpr() == 0) return TypedValue.runtime(ip.voidType);
        TypedValue b = expr(f, new Scope(s), i.elseExpr(), rt);
        return TypedValue.runtime(branchType(a, b, rt, i.thenExpr(), i.elseExpr(), node));
    }

    private int branchType(TypedValue a, TypedValue b, int rt, int an, int bn, int node) {
        if (a.type() == ip.noreturnType) return b.type();
        if (b.type() == ip.noreturnType) return a.type();
        if (rt >= 0) return rt;
        return peer(a, b, node, an, bn);
    }

    private TypedValue whileExpr(Frame f, Scope s, int node) {
        Full.While w = ast.fullWhile(node).orElseThrow();
        if (w.inlineToken() >= 0) return tuples.inlineWhile(f, s, node, w);
        if (w.errorToken() >= 0) return errors.whileError(f, s, node, w);
        String label = w.labelToken() >= 0 ? ast.tokenSlice(w.labelToken()) : null;
        boolean optional = w.payloadToken() >= 0;
        if (optional && ast.tokenTag(w.payloadToken()) == Token.Tag.ASTERISK) throw unsupported(node, "pointer captures of optionals in while");
        if (!f.comptime) {
            Scope body = new Scope(s);
            whileCondition(f, s, body, w, optional);
            expr(f, body, w.thenExpr(), -1);
            if (w.contExpr() != 0) expr(f, body, w.contExpr(), -1);
            if (w.elseExpr() != 0) expr(f, new Scope(s), w.elseExpr(), -1);
            return TypedValue.runtime(ip.voidType);
        }
        boolean broke = false;
        while (true) {
            Scope body = new Scope(s);
            Boolean go = whileCondition(f, s, body, w, optional);
            if (go == null) throw fail(w.condExpr(), "unable to resolve comptime value");
            if (!go) break;
            countBranch(node);
            TypedValue r = expr(f, body, w.thenExpr(), -1);
            if (f.flow == Flow.NONE && r.type() != ip.voidType && r.type() != ip.noreturnType) ignored(r, w.thenExpr());
            if (loopExit(f, label)) {
                broke = f.flow == Flow.NONE;
                if (broke) break;
            }
            if (f.flow != Flow.NONE) return TypedValue.runtime(ip.noreturnType);
            if (w.contExpr() != 0) expr(f, body, w.contExpr(), -1);
        }
        if (f.flow != Flow.NONE) return TypedValue.runtime(ip.noreturnType);
        if (!broke && w.elseExpr() != 0) {
            TypedValue r = expr(f, new Scope(s), w.elseExpr(), -1);
            if (f.flow != Flow.NONE) return TypedValue.runtime(ip.noreturnType);
            if (r.type() != ip.voidType && r.type() != ip.noreturnType) ignored(r, w.elseExpr());
        }
        return new TypedValue(ip.voidType, Value.VOID);
    }

    /**
     * A {@code while} condition: a bool, or with {@code |x|} an optional whose payload is bound in {@code body}.
     * Returns whether to run the body, {@code null} when that is not comptime-known.
     */
    private Boolean whileCondition(Frame f, Scope s, Scope body, Full.While w, boolean optional) {
        if (!optional) {
            TypedValue c = coerce(f, expr(f, s, w.condExpr(), ip.boolType), ip.boolType, w.condExpr(), null);
            return c.value() instanceof Value.Bool b ? b.value() : null;
        }
        TypedValue cond = expr(f, s, w.condExpr(), -1);
        if (!(ip.key(cond.type()) instanceof Key.Optional o)) {
            throw fail(w.condExpr(), "expected optional type, found '" + fmt(cond.type()) + "'",
                    errors.considerNotes(cond.type(), w.condExpr()));
        }
        String pn = name(w.payloadToken());
        Value payload = cond.value() instanceof Value.Some sm ? sm.payload() : null;
        if (!pn.equals("_")) body.locals.put(pn, new Local(o.child(), payload, false));
        if (!cond.isComptime()) return null;
        return cond.value() instanceof Value.Some;
    }

    /** After a loop body: consumes a break/continue aimed at this loop; true when the loop must stop. */
    boolean loopExit(Frame f, String label) {
        if (f.flow == Flow.CONTINUE && (f.label == null || f.label.equals(label))) {
            f.flow = Flow.NONE;
            return false;
        }
        if (f.flow == Flow.BREAK && (f.label == null || f.label.equals(label))) {
            f.flow = Flow.NONE;
            return true;
        }
        return false;
    }

    private TypedValue forExpr(Frame f, Scope s, int node) {
        Full.For fr = ast.fullFor(node).orElseThrow();
        if (fr.inlineToken() >= 0) return tuples.inlineFor(f, s, node, fr);
        if (fr.elseExpr() != 0) throw unsupported(node, "for with else");
        String label = fr.labelToken() >= 0 ? ast.tokenSlice(fr.labelToken()) : null;
        List<String> names = new ArrayList<>();
        List<Integer> refCaptures = new ArrayList<>();
        int t = fr.payloadToken();
        while (t < ast.tokenCount() && ast.tokenTag(t) != Token.Tag.PIPE) {
            if (ast.tokenTag(t) == Token.Tag.ASTERISK) refCaptures.add(t + 1);
            if (ast.tokenTag(t) == Token.Tag.IDENTIFIER) names.add(name(t));
            t++;
        }
        List<Integer> elemTypes = new ArrayList<>();
        List<TypedValue> inputs = new ArrayList<>();
        long count = -1;
        for (int in : fr.inputs()) {
            if (ast.nodeTag(in) == Node.Tag.FOR_RANGE) {
                TypedValue lo = coerce(f, expr(f, s, ast.lhs(in), ip.usizeType), ip.usizeType, ast.lhs(in), null);
                elemTypes.add(ip.usizeType);
                inputs.add(lo);
                if (ast.rhs(in) != 0) {
                    TypedValue hi = coerce(f, expr(f, s, ast.rhs(in), ip.usizeType), ip.usizeType, ast.rhs(in), null);
                    if (lo.value() instanceof Value.Int a && hi.value() instanceof Value.Int b) {
                        count = b.value().subtract(a.value()).longValue();
                    }
                }
                continue;
            }
            TypedValue v = expr(f, s, in, -1);
            inputs.add(v);
            Key k = ip.key(v.type());
            if (k instanceof Key.Ptr p && p.size() == Key.PtrSize.ONE && ip.key(p.child()) instanceof Key.Array a) {
                elemTypes.add(a.child());
                count = a.len();
            } else if (k instanceof Key.Array a) {
                elemTypes.add(a.child());
                count = a.len();
            } else if (k instanceof Key.Ptr p && p.size() == Key.PtrSize.SLICE) {
                elemTypes.add(p.child());
                if (v.value() instanceof Value.Slice sl) count = sl.len();
            } else if (f.comptime && tuples.isTuple(v.type())) {
                return tuples.inlineFor(f, s, node, fr);
            } else {
                throw fail(in, "type '" + fmt(v.type()) + "' is not indexable and not a range",
                        Sema.msg(file, Sema.span(ast, in), "for loop operand must be a range, array, slice, tuple, or vector"));
            }
        }
        if (!f.comptime) {
            Scope body = new Scope(s);
            for (int i = 0; i < names.size() && i < elemTypes.size(); i++) {
                int et = elemTypes.get(i);
                if (!refCaptures.isEmpty()) et = tuples.forCaptureType(fr, i, inputs.get(i), et, refCaptures);
                if (!names.get(i).equals("_")) body.locals.put(names.get(i), new Local(et, null, false));
            }
            expr(f, body, fr.thenExpr(), -1);
            return TypedValue.runtime(ip.voidType);
        }
        if (count < 0) throw fail(node, "unable to resolve comptime value");
        // |*x| at comptime: where the elements live, so that the capture can point to (and write) them.
        List<Value.Location> bases = new ArrayList<>();
        List<Integer> captureTypes = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            boolean byRef = k < names.size() && captureIsRef(fr, k, refCaptures);
            bases.add(byRef ? elementsLocation(f, s, fr.inputs()[k], inputs.get(k)) : null);
            captureTypes.add(byRef ? tuples.forCaptureType(fr, k, inputs.get(k), elemTypes.get(k), refCaptures) : elemTypes.get(k));
        }
        for (long i = 0; i < count; i++) {
            countBranch(node);
            Scope body = new Scope(s);
            for (int k = 0; k < names.size() && k < inputs.size(); k++) {
                TypedValue in = inputs.get(k);
                Value ev;
                if (ast.nodeTag(fr.inputs()[k]) == Node.Tag.FOR_RANGE) {
                    ev = new Value.Int(((Value.Int) in.value()).value().add(BigInteger.valueOf(i)));
                } else if (bases.get(k) != null) {
                    ev = new Value.MutPtr(bases.get(k).element((int) i, (int) count));
                } else if (captureIsRef(fr, k, refCaptures)) {
                    Value e = elementAt(in.value(), (int) i);
                    ev = e == null ? null : new Value.ConstPtr(e);
                } else {
                    ev = elementAt(in.value(), (int) i);
                }
                if (!names.get(k).equals("_")) body.locals.put(names.get(k), new Local(captureTypes.get(k), ev, false));
            }
            expr(f, body, fr.thenExpr(), -1);
            if (loopExit(f, label)) break;
            if (f.flow != Flow.NONE) return TypedValue.runtime(ip.noreturnType);
        }
        return new TypedValue(ip.voidType, Value.VOID);
    }

    private boolean captureIsRef(Full.For fr, int index, List<Integer> refCaptures) {
        int k = 0;
        for (int t = fr.payloadToken(); t < ast.tokenCount() && ast.tokenTag(t) != Token.Tag.PIPE; t++) {
            if (ast.tokenTag(t) == Token.Tag.IDENTIFIER) {
                if (k == index) return refCaptures.contains(t);
                k++;
            }
        }
        return false;
    }

    /**
     * The mutable location holding the elements of a comptime {@code for} operand: a {@code var} array (or a field
     * or element of one), a pointer to one, or a slice of one; {@code null} when they cannot be written.
     */
    private Value.Location elementsLocation(Frame f, Scope s, int inputNode, TypedValue input) {
        Value v = input.value();
        if (v instanceof Value.MutPtr mp) return mp.location();
        if (v instanceof Value.Slice sl && sl.array() instanceof Value.MutPtr mp) {
            return mp.location().range(sl.start(), sl.start() + sl.len());
        }
        if (ip.key(input.type()) instanceof Key.Array) {
            Place p = place(f, s, inputNode);
            if (p.store() != null && !p.isConst()) return new Value.Location(p.load(), p.store());
        }
        return null;
    }

    private Value elementAt(Value v, int i) {
        if (v instanceof Value.ConstPtr || v instanceof Value.MutPtr) v = Value.pointee(v);
        if (v instanceof Value.Slice sl) return elementAt(sl.array(), sl.start() + i);
        if (v instanceof Value.Aggregate ag) return ag.elems().get(i);
        if (v instanceof Value.Bytes by) return Value.Int.of(by.latin1().charAt(i));
        return null;
    }

    private TypedValue switchExpr(Frame f, Scope s, int node, int rt) {
        Full.Switch sw = ast.fullSwitch(node).orElseThrow();
        TypedValue cond = expr(f, s, sw.condition(), -1);
        if (sw.labelToken() >= 0 && (errors.isErrorSet(cond.type()) || unions.isUnion(cond.type()))) {
            throw unsupported(node, "labeled switch on errors and unions");
        }
        if (errors.isErrorSet(cond.type()) || errors.isErrorUnion(cond.type())) return errors.switchExpr(f, s, node, sw, cond, rt);
        if (unions.isUnion(cond.type())) return unions.switchExpr(f, s, node, sw, cond, rt);
        return switches.switchExpr(f, s, node, sw, cond, rt);
    }

    private TypedValue returnExpr(Frame f, Scope s, int node) {
        int operand = ast.lhs(node);
        TypedValue v;
        SemaMessage note = f.retTypeNode != 0 ? Sema.msg(fileOfFrame(), Sema.span(ast, f.retTypeNode), "function return type declared here") : null;
        if (f.retType < 0) throw fail(node, "'return' outside function");
        if (operand == 0) {
            v = coerce(f, new TypedValue(ip.voidType, Value.VOID), f.retType, node, note);
        } else {
            v = expr(f, s, operand, f.retType);
            if (v.type() == ip.noreturnType) return v;
            v = coerce(f, v, f.retType, operand, note);
        }
        if (f.comptime) {
            errors.noteReturn(f, v, node, operand);
            f.flow = Flow.RETURN;
            f.flowValue = v;
        }
        return TypedValue.runtime(ip.noreturnType);
    }

    /** The file this analyser works in. */
    int fileIndex() {
        return file;
    }

    /** The {@code function return type declared here} note of a frame, or null outside functions. */
    SemaMessage returnTypeNote(Frame f) {
        return f.retTypeNode != 0 ? Sema.msg(file, Sema.span(ast, f.retTypeNode), "function return type declared here") : null;
    }

    private int fileOfFrame() {
        return file;
    }

    private TypedValue breakExpr(Frame f, Scope s, int node) {
        String label = ast.lhs(node) != 0 ? ast.tokenSlice(ast.lhs(node)) : null;
        TypedValue v = ast.rhs(node) != 0 ? expr(f, s, ast.rhs(node), -1) : new TypedValue(ip.voidType, Value.VOID);
        if (v.type() == ip.noreturnType) return v;
        if (f.comptime) {
            f.flow = Flow.BREAK;
            f.label = label;
            f.flowValue = v;
        } else if (label != null) {
            f.breaks.computeIfAbsent(label, k -> new ArrayList<>()).add(v);
        }
        return TypedValue.runtime(ip.noreturnType);
    }

    private TypedValue continueExpr(Frame f, int node) {
        if (f.comptime) {
            f.flow = Flow.CONTINUE;
            f.label = ast.lhs(node) != 0 ? ast.tokenSlice(ast.lhs(node)) : null;
        }
        return TypedValue.runtime(ip.noreturnType);
    }

    // ================= coercion =================

    TypedValue coerce(Frame f, TypedValue v, int dest, int node, SemaMessage note) {
        return coerceAt(f, v, dest, node, null, note);
    }

    /** Coerces {@code v} to {@code dest}; errors point at {@code span} when given, else at {@code node}. */
    TypedValue coerceAt(Frame f, TypedValue v, int dest, int node, int[] span, SemaMessage note) {
        if (span != null) {
            try {
                return coerce(f, v, dest, node, note);
            } catch (AnalysisFail e) {
                SemaMessage m = sema.state.error;
                if (m != null && m.spanMain() == Sema.span(ast, node)[1] && m.file() == file) {
                    sema.state.error = new SemaMessage(file, span[0], span[1], span[2], m.msg(), m.notes());
                }
                throw e;
            }
        }
        int from = v.type();
        if (from == dest || from == ip.noreturnType) return v;
        Key dk = ip.key(dest);
        if (from == ip.undefinedType) return new TypedValue(dest, Value.UNDEF);
        TypedValue tv = tuples.coerce(f, v, dest, node);
        if (tv != null) return tv;
        if (isInt(dest) && (from == ip.comptimeIntType || isInt(from))) {
            if (v.value() instanceof Value.Int i) {
                if (!fits(i.value(), dest)) {
                    throw fail(node, "type '" + fmt(dest) + "' cannot represent integer value '" + i.value() + "'");
                }
                return new TypedValue(dest, v.value());
            }
            if (isInt(from) && intCoercible(from, dest)) return new TypedValue(dest, v.value());
            if (isInt(from)) {
                SemaMessage why = Sema.msg(file, Sema.span(ast, node), intDescription(dest) + " cannot represent all possible "
                        + intDescription(from).replace(" int", "") + " values");
                throw fail(node, "expected type '" + fmt(dest) + "', found '" + fmt(from) + "'",
                        note == null ? new SemaMessage[] {why} : new SemaMessage[] {why, note});
            }
        }
        TypedValue fv = SemaFloat.coerce(this, v, dest, node, note);
        if (fv != null) return fv;
        if (dk instanceof Key.Optional o) {
            if (from == ip.nullType) return new TypedValue(dest, Value.NULL);
            TypedValue inner = coerce(f, v, o.child(), node, note);
            return new TypedValue(dest, inner.value() == null ? null : new Value.Some(inner.value()));
        }
        ContainerType ct = ip.container(dest);
        if (ct != null && ct.kind == Key.ContainerKind.ENUM && v.value() instanceof Value.EnumLiteral lit) {
            ensureFields(dest, node);
            int fi = ct.fieldIndex(lit.name());
            if (fi < 0) {
                throw fail(node, "no field named '" + lit.name() + "' in enum '" + ct.name + "'",
                        declaredHere(dest, "enum declared here"));
            }
            return new TypedValue(dest, new Value.EnumTag(fi));
        }
        Key fk = ip.key(from);
        if (dk instanceof Key.Ptr dp && dp.size() == Key.PtrSize.ONE && dp.isConst() && fk instanceof Key.Fn
                && ip.key(dp.child()) instanceof Key.Fn) {
            // A function coerces to a pointer to it (zig takes its address).
            TypedValue ptr = new TypedValue(ip.intern(new Key.Ptr(Key.PtrSize.ONE, true, from, null)),
                    v.value() == null ? null : new Value.ConstPtr(v.value()));
            return coerce(f, ptr, dest, node, note);
        }
        if (dk instanceof Key.Ptr dp && fk instanceof Key.Ptr fp) {
            boolean constOk = dp.isConst() || !fp.isConst();
            if (constOk && fp.size() == dp.size() && fp.child() == dp.child()
                    && (dp.sentinel() == null || dp.sentinel().equals(fp.sentinel()))) {
                return new TypedValue(dest, v.value());
            }
            boolean arrayToSlice = fp.size() == Key.PtrSize.ONE && ip.key(fp.child()) instanceof Key.Array arr
                    && arr.child() == dp.child() && dp.size() != Key.PtrSize.ONE
                    && (dp.sentinel() == null || dp.sentinel().equals(arr.sentinel()));
            if (constOk && arrayToSlice) {
                Key.Array arr = (Key.Array) ip.key(fp.child());
                Value pointee = Value.pointee(v.value());
                if (pointee == null) return new TypedValue(dest, null);
                // A slice of a comptime var array stays a view of it (reads see writes, |*x| can write).
                Value array = v.value() instanceof Value.MutPtr ? v.value() : pointee;
                return new TypedValue(dest, new Value.Slice(array, 0, (int) arr.len()));
            }
            if (fp.size() == Key.PtrSize.ONE && dp.size() == Key.PtrSize.ONE && ip.key(fp.child()) instanceof Key.Fn srcFn
                    && ip.key(dp.child()) instanceof Key.Fn to && constOk) {
                List<SemaMessage> why = new ArrayList<>();
                int[] sp = Sema.span(ast, node);
                why.add(Sema.msg(file, sp, "pointer type child '" + fmt(fp.child()) + "' cannot cast into pointer type child '"
                        + fmt(dp.child()) + "'"));
                if (srcFn.ret() != to.ret()) {
                    why.add(Sema.msg(file, sp, "return type '" + fmt(srcFn.ret()) + "' cannot cast into return type '"
                            + fmt(to.ret()) + "'"));
                } else if (srcFn.params().size() != to.params().size()) {
                    why.add(Sema.msg(file, sp, "function with " + srcFn.params().size()
                            + " parameters cannot cast into a function with " + to.params().size() + " parameters"));
                } else {
                    for (int i = 0; i < srcFn.params().size(); i++) {
                        if (!srcFn.params().get(i).equals(to.params().get(i))) {
                            why.add(Sema.msg(file, sp, "parameter " + i + " '" + fmt(srcFn.params().get(i))
                                    + "' cannot cast into '" + fmt(to.params().get(i)) + "'"));
                            break;
                        }
                    }
                }
                if (note != null) why.add(note);
                throw fail(node, "expected type '" + fmt(dest) + "', found '" + fmt(v.type()) + "'",
                        why.toArray(new SemaMessage[0]));
            }
            boolean sameShape = fp.size() == dp.size() && fp.child() == dp.child()
                    && (dp.sentinel() == null || dp.sentinel().equals(fp.sentinel()));
            if (!constOk && (sameShape || arrayToSlice)) {
                SemaMessage why = Sema.msg(file, Sema.span(ast, node), "cast discards const qualifier");
                throw fail(node, "expected type '" + fmt(dest) + "', found '" + fmt(from) + "'",
                        note == null ? new SemaMessage[] {why} : new SemaMessage[] {why, note});
            }
        }
        TypedValue viaErrors = errors.coerce(f, v, dest, node, note);
        if (viaErrors != null) return viaErrors;
        TypedValue viaUnions = unions.coerce(f, v, dest, node);
        if (viaUnions != null) return viaUnions;
        throw fail(node, "expected type '" + fmt(dest) + "', found '" + fmt(from) + "'", note == null ? new SemaMessage[0] : new SemaMessage[] {note});
    }

    private String intDescription(int t) {
        return (signed(t) ? "signed " : "unsigned ") + bits(t) + "-bit int";
    }

    // ================= errors =================

    String fmt(int type) {
        return TypeNames.fmt(ip, type);
    }

    AnalysisFail fail(int node, String text, SemaMessage... notes) {
        return fail(Sema.span(ast, node), text, notes);
    }

    AnalysisFail fail(int[] span, String text, SemaMessage... notes) {
        SemaMessage m = Sema.msg(file, span, text);
        for (SemaMessage n : notes) m = m.withNote(n);
        return sema.fail(m);
    }

    AnalysisFail unsupported(int node, String what) {
        return fail(node, "zcu does not support " + what + " yet");
    }
}
