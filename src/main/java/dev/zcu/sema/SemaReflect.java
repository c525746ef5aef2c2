package dev.zcu.sema;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code @typeInfo} and {@code @Type}: values of std's own {@code std.builtin.Type} (a {@code union(enum)} loaded
 * from the lib directory like any std code), so field access, {@code switch} and {@code inline for} over
 * {@code @typeInfo(T).@"struct".fields} work as in Zig. Covered: void-like types, integers, floats, pointers and
 * slices, arrays, optionals, structs and tuples (fields, public declarations), enums; {@code @Type} builds
 * integers, floats, optionals, arrays and pointers back.
 */
final class SemaReflect {

    private final SemaExpr x;
    private final InternPool ip;

    SemaReflect(SemaExpr x) {
        this.x = x;
        this.ip = x.ip;
    }

    /** {@code std.builtin.Type} or one of its nested declarations ({@code "Type", "Int"} ...). */
    private int stdType(SemaExpr.Frame f, int node, String... path) {
        FileProvider.Import target = x.zcu.importFile(x.sema, x.file, "std");
        if (!target.ok()) throw x.fail(node, target.error());
        x.sema.requireZir(target.file());
        int t = Sema.ensureFileRoot(x.zcu, target.file());
        TypedValue v = x.typeMember(f, t, "builtin", node, Sema.span(x.ast, node));
        for (String p : path) {
            if (!(v.value() instanceof Value.Type vt)) throw x.sema.transitive();
            v = x.typeMember(f, vt.index(), p, node, Sema.span(x.ast, node));
        }
        if (!(v.value() instanceof Value.Type vt)) throw x.sema.transitive();
        return vt.index();
    }

    private ContainerType resolved(int type, int node) {
        x.ensureFields(type, node);
        return ip.container(type);
    }

    /** A struct value of {@code type} from field values by name; missing fields take their defaults. */
    private Value struct(int type, int node, Map<String, Value> fields) {
        ContainerType ct = resolved(type, node);
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < ct.fieldNames.size(); i++) {
            Value v = fields.get(ct.fieldNames.get(i));
            if (v == null) v = ct.fieldDefaults.get(i);
            if (v == null) throw x.unsupported(node, "@typeInfo field '" + ct.fieldNames.get(i) + "' of '" + ct.name + "'");
            out.add(v);
        }
        return new Value.Aggregate(out);
    }

    private Value enumTag(int enumType, int node, String name) {
        ContainerType ct = resolved(enumType, node);
        int i = ct.fieldIndex(name);
        if (i < 0) throw x.sema.transitive();
        return new Value.EnumTag(i);
    }

    private static Value string(String s) {
        String latin1 = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return new Value.Slice(new Value.Bytes(latin1), 0, latin1.length());
    }

    private static Value slice(List<Value> elems) {
        return new Value.Slice(new Value.Aggregate(elems), 0, elems.size());
    }

    private Value declarations(SemaExpr.Frame f, int type, int node) {
        ContainerType ct = ip.container(type);
        int declType = stdType(f, node, "Type", "Declaration");
        List<Value> decls = new ArrayList<>();
        Namespace ns = x.zcu.namespace(ct.namespace);
        for (String name : ns.pubDecls.keySet()) {
            decls.add(struct(declType, node, Map.of("name", string(name))));
        }
        return slice(decls);
    }

    /** {@code @typeInfo(T)}. */
    TypedValue typeInfo(SemaExpr.Frame f, SemaExpr.Scope s, int node, int[] args) {
        int t = x.resolveType(f, s, args[0]);
        int typeType = stdType(f, node, "Type");
        ContainerType union = resolved(typeType, node);
        String tag;
        Value payload = Value.VOID;
        Map<String, Value> fields = new HashMap<>();
        Key k = ip.key(t);
        ContainerType ct = ip.container(t);
        if (t == ip.typeType || t == ip.voidType || t == ip.boolType || t == ip.noreturnType || t == ip.comptimeIntType
                || t == ip.comptimeFloatType || t == ip.undefinedType || t == ip.nullType || t == ip.enumLiteralType) {
            tag = switch (TypeNames.fmt(ip, t)) {
                case "@TypeOf(undefined)" -> "undefined";
                case "@TypeOf(null)" -> "null";
                case "@Type(.enum_literal)" -> "enum_literal";
                default -> TypeNames.fmt(ip, t);
            };
        } else if (x.isInt(t)) {
            tag = "int";
            fields.put("signedness", enumTag(stdType(f, node, "Signedness"), node, x.signed(t) ? "signed" : "unsigned"));
            fields.put("bits", Value.Int.of(x.bits(t)));
            payload = struct(stdType(f, node, "Type", "Int"), node, fields);
        } else if (SemaFloat.isFloatLike(ip, t)) {
            tag = "float";
            fields.put("bits", Value.Int.of(SemaFloat.floatBits(ip, t)));
            payload = struct(stdType(f, node, "Type", "Float"), node, fields);
        } else if (k instanceof Key.Ptr p) {
            tag = "pointer";
            String size = switch (p.size()) {
                case ONE -> "One";
                case MANY -> "Many";
                case SLICE -> "Slice";
                case C -> "C";
            };
            fields.put("size", enumTag(stdType(f, node, "Type", "Pointer", "Size"), node, size));
            fields.put("is_const", Value.Bool.of(p.isConst()));
            fields.put("is_volatile", Value.Bool.FALSE);
            long align = SemaLayout.align(x, p.child());
            fields.put("alignment", Value.Int.of(Math.max(align, 0)));
            fields.put("address_space", enumTag(stdType(f, node, "AddressSpace"), node, "generic"));
            fields.put("child", new Value.Type(p.child()));
            fields.put("is_allowzero", Value.Bool.FALSE);
            if (p.sentinel() != null) throw x.unsupported(node, "@typeInfo of pointers with sentinels");
            fields.put("sentinel", Value.NULL);
            payload = struct(stdType(f, node, "Type", "Pointer"), node, fields);
        } else if (k instanceof Key.Array a) {
            tag = "array";
            if (a.sentinel() != null) throw x.unsupported(node, "@typeInfo of arrays with sentinels");
            fields.put("len", Value.Int.of(a.len()));
            fields.put("child", new Value.Type(a.child()));
            fields.put("sentinel", Value.NULL);
            payload = struct(stdType(f, node, "Type", "Array"), node, fields);
        } else if (k instanceof Key.Optional o) {
            tag = "optional";
            fields.put("child", new Value.Type(o.child()));
            payload = struct(stdType(f, node, "Type", "Optional"), node, fields);
        } else if (k instanceof Key.Tuple tu) {
            tag = "struct";
            int fieldType = stdType(f, node, "Type", "StructField");
            List<Value> list = new ArrayList<>();
            for (int i = 0; i < tu.types().size(); i++) {
                Map<String, Value> sf = new HashMap<>();
                sf.put("name", string(tu.names() == null ? Integer.toString(i) : tu.names().get(i)));
                sf.put("type", new Value.Type(tu.types().get(i)));
                Value cv = tu.values().get(i);
                sf.put("default_value", cv == null ? Value.NULL : new Value.Some(new Value.ConstPtr(cv)));
                sf.put("is_comptime", Value.Bool.of(cv != null));
                sf.put("alignment", Value.Int.of(Math.max(0, SemaLayout.align(x, tu.types().get(i)))));
                list.add(struct(fieldType, node, sf));
            }
            fields.put("layout", enumTag(stdType(f, node, "Type", "ContainerLayout"), node, "auto"));
            fields.put("fields", slice(list));
            fields.put("decls", slice(List.of()));
            fields.put("is_tuple", Value.Bool.of(tu.isTuple()));
            payload = struct(stdType(f, node, "Type", "Struct"), node, fields);
        } else if (ct != null && ct.kind == Key.ContainerKind.STRUCT) {
            tag = "struct";
            resolved(t, node);
            int fieldType = stdType(f, node, "Type", "StructField");
            List<Value> list = new ArrayList<>();
            for (int i = 0; i < ct.fieldNames.size(); i++) {
                Map<String, Value> sf = new HashMap<>();
                sf.put("name", string(ct.fieldNames.get(i)));
                sf.put("type", new Value.Type(ct.fieldTypes.get(i)));
                Value def = ct.fieldDefaults.get(i);
                sf.put("default_value", def == null ? Value.NULL : new Value.Some(new Value.ConstPtr(def)));
                sf.put("is_comptime", Value.Bool.FALSE);
                long align = SemaLayout.align(x, ct.fieldTypes.get(i));
                if (align < 0) throw x.unsupported(node, "@typeInfo of the fields of '" + ct.name + "'");
                sf.put("alignment", Value.Int.of(align));
                list.add(struct(fieldType, node, sf));
            }
            fields.put("layout", enumTag(stdType(f, node, "Type", "ContainerLayout"), node, "auto"));
            fields.put("fields", slice(list));
            fields.put("decls", declarations(f, t, node));
            fields.put("is_tuple", Value.Bool.FALSE);
            payload = struct(stdType(f, node, "Type", "Struct"), node, fields);
        } else if (ct != null && ct.kind == Key.ContainerKind.ENUM) {
            tag = "enum";
            resolved(t, node);
            int fieldType = stdType(f, node, "Type", "EnumField");
            List<Value> list = new ArrayList<>();
            for (int i = 0; i < ct.fieldNames.size(); i++) {
                list.add(struct(fieldType, node, Map.of("name", string(ct.fieldNames.get(i)), "value", ct.fieldDefaults.get(i))));
            }
            fields.put("tag_type", new Value.Type(SemaBuiltins.enumTagType(x, ct)));
            fields.put("fields", slice(list));
            fields.put("decls", declarations(f, t, node));
            fields.put("is_exhaustive", Value.Bool.TRUE);
            payload = struct(stdType(f, node, "Type", "Enum"), node, fields);
        } else if (ct != null && ct.kind == Key.ContainerKind.UNION) {
            tag = "union";
            resolved(t, node);
            int fieldType = stdType(f, node, "Type", "UnionField");
            List<Value> list = new ArrayList<>();
            for (int i = 0; i < ct.fieldNames.size(); i++) {
                long align = SemaLayout.align(x, ct.fieldTypes.get(i));
                if (align < 0) throw x.unsupported(node, "@typeInfo of the fields of '" + ct.name + "'");
                list.add(struct(fieldType, node, Map.of("name", string(ct.fieldNames.get(i)),
                        "type", new Value.Type(ct.fieldTypes.get(i)), "alignment", Value.Int.of(align))));
            }
            fields.put("layout", enumTag(stdType(f, node, "Type", "ContainerLayout"), node, "auto"));
            fields.put("tag_type", ct.tagType < 0 ? Value.NULL : new Value.Some(new Value.Type(ct.tagType)));
            fields.put("fields", slice(list));
            fields.put("decls", declarations(f, t, node));
            payload = struct(stdType(f, node, "Type", "Union"), node, fields);
        } else if (k instanceof Key.ErrorSet es) {
            tag = "error_set";
            if (es.names() == null) {
                payload = Value.NULL;
            } else {
                int errorType = stdType(f, node, "Type", "Error");
                List<Value> list = new ArrayList<>();
                for (String n : es.names()) list.add(struct(errorType, node, Map.of("name", string(n))));
                payload = new Value.Some(slice(list));
            }
        } else if (k instanceof Key.ErrorUnion eu) {
            tag = "error_union";
            fields.put("error_set", new Value.Type(eu.errorSet()));
            fields.put("payload", new Value.Type(eu.payload()));
            payload = struct(stdType(f, node, "Type", "ErrorUnion"), node, fields);
        } else if (k instanceof Key.Fn fn && !fn.generic()) {
            tag = "fn";
            int paramType = stdType(f, node, "Type", "Fn", "Param");
            List<Value> list = new ArrayList<>();
            for (int p : fn.params()) {
                list.add(struct(paramType, node, Map.of("is_generic", Value.Bool.FALSE, "is_noalias", Value.Bool.FALSE,
                        "type", new Value.Some(new Value.Type(p)))));
            }
            int cc = stdType(f, node, "CallingConvention");
            ContainerType ccType = resolved(cc, node);
            int auto = ccType.fieldIndex("auto");
            if (auto < 0) throw x.sema.transitive();
            fields.put("calling_convention", new Value.UnionValue(auto, Value.VOID));
            fields.put("is_generic", Value.Bool.FALSE);
            fields.put("is_var_args", Value.Bool.FALSE);
            fields.put("return_type", new Value.Some(new Value.Type(fn.ret())));
            fields.put("params", slice(list));
            payload = struct(stdType(f, node, "Type", "Fn"), node, fields);
        } else {
            throw x.unsupported(node, "@typeInfo of '" + x.fmt(t) + "'");
        }
        int fi = union.fieldIndex(tag);
        if (fi < 0) throw x.sema.transitive();
        return new TypedValue(typeType, new Value.UnionValue(fi, payload));
    }

    /** {@code @Type(info)} for integers, floats, optionals, arrays and pointers without sentinels. */
    TypedValue type(SemaExpr.Frame f, SemaExpr.Scope s, int node, int[] args) {
        int typeType = stdType(f, node, "Type");
        TypedValue v = x.coerce(f, x.expr(f, s, args[0], typeType), typeType, args[0], null);
        if (!(v.value() instanceof Value.UnionValue uv)) throw x.fail(args[0], "unable to resolve comptime value");
        ContainerType union = ip.container(typeType);
        String tag = union.fieldNames.get(uv.field());
        int payloadType = union.fieldTypes.get(uv.field());
        switch (tag) {
            case "type", "void", "bool", "noreturn", "comptime_int", "comptime_float":
                return x.typeValue(ip.simple(tag));
            case "int": {
                int bits = intField(payloadType, uv.payload(), "bits", node);
                String sign = enumName(payloadType, uv.payload(), "signedness", node);
                return x.typeValue(ip.intern(new Key.Int(sign.equals("signed"), bits)));
            }
            case "float": {
                int bits = intField(payloadType, uv.payload(), "bits", node);
                if (bits != 16 && bits != 32 && bits != 64 && bits != 80 && bits != 128) {
                    throw x.unsupported(node, "@Type of a " + bits + "-bit float");
                }
                return x.typeValue(ip.simple("f" + bits));
            }
            case "optional":
                return x.typeValue(ip.intern(new Key.Optional(typeField(payloadType, uv.payload(), "child", node))));
            case "array": {
                if (!(field(payloadType, uv.payload(), "sentinel", node) instanceof Value.Null)) {
                    throw x.unsupported(node, "@Type of arrays with sentinels");
                }
                BigInteger len = ((Value.Int) field(payloadType, uv.payload(), "len", node)).value();
                return x.typeValue(ip.intern(new Key.Array(len.longValueExact(), typeField(payloadType, uv.payload(), "child", node), null)));
            }
            case "pointer": {
                if (!(field(payloadType, uv.payload(), "sentinel", node) instanceof Value.Null)) {
                    throw x.unsupported(node, "@Type of pointers with sentinels");
                }
                String size = enumName(payloadType, uv.payload(), "size", node);
                Key.PtrSize ps = switch (size) {
                    case "One" -> Key.PtrSize.ONE;
                    case "Many" -> Key.PtrSize.MANY;
                    case "Slice" -> Key.PtrSize.SLICE;
                    default -> Key.PtrSize.C;
                };
                boolean isConst = field(payloadType, uv.payload(), "is_const", node) instanceof Value.Bool b && b.value();
                return x.typeValue(ip.intern(new Key.Ptr(ps, isConst, typeField(payloadType, uv.payload(), "child", node), null)));
            }
            default:
                throw x.unsupported(node, "@Type of ." + tag);
        }
    }

    private Value field(int structType, Value v, String name, int node) {
        ContainerType ct = resolved(structType, node);
        int i = ct.fieldIndex(name);
        if (i < 0 || !(v instanceof Value.Aggregate ag)) throw x.fail(node, "unable to resolve comptime value");
        return ag.elems().get(i);
    }

    private int intField(int structType, Value v, String name, int node) {
        if (field(structType, v, name, node) instanceof Value.Int i) return i.value().intValueExact();
        throw x.fail(node, "unable to resolve comptime value");
    }

    private int typeField(int structType, Value v, String name, int node) {
        if (field(structType, v, name, node) instanceof Value.Type t) return t.index();
        throw x.fail(node, "unable to resolve comptime value");
    }

    private String enumName(int structType, Value v, String name, int node) {
        ContainerType ct = resolved(structType, node);
        int i = ct.fieldIndex(name);
        ContainerType et = resolved(ct.fieldTypes.get(i), node);
        if (field(structType, v, name, node) instanceof Value.EnumTag tag) return et.fieldNames.get(tag.field());
        throw x.fail(node, "unable to resolve comptime value");
    }
}
