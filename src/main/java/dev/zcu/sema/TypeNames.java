package dev.zcu.sema;

/**
 * Prints types as Zig's {@code Type.fmt} does in error messages ({@code *const [5:0]u8}, {@code main.Item},
 * {@code fn (u32) bool}) and as the seed's debug {@code printType} does ({@code *(attrs) u8},
 * {@code main.Foo[123]}).
 */
public final class TypeNames {

    private TypeNames() {}

    /** Zig's {@code Type.fmt}. */
    public static String fmt(InternPool ip, int type) {
        StringBuilder sb = new StringBuilder();
        fmt(ip, type, sb);
        return sb.toString();
    }

    private static void fmt(InternPool ip, int type, StringBuilder sb) {
        if (type < 0) {
            sb.append("(unknown)");
            return;
        }
        Key k = ip.key(type);
        if (k instanceof Key.Simple s) {
            sb.append(s.name());
        } else if (k instanceof Key.Int i) {
            sb.append(i.signed() ? 'i' : 'u').append(i.bits());
        } else if (k instanceof Key.Ptr p) {
            switch (p.size()) {
                case ONE -> sb.append('*');
                case MANY -> sb.append(p.sentinel() == null ? "[*]" : "[*:" + p.sentinel() + "]");
                case SLICE -> sb.append(p.sentinel() == null ? "[]" : "[:" + p.sentinel() + "]");
                case C -> sb.append("[*c]");
            }
            if (p.isConst()) sb.append("const ");
            fmt(ip, p.child(), sb);
        } else if (k instanceof Key.Array a) {
            sb.append('[').append(a.len());
            if (a.sentinel() != null) sb.append(':').append(a.sentinel());
            sb.append(']');
            fmt(ip, a.child(), sb);
        } else if (k instanceof Key.Optional o) {
            sb.append('?');
            fmt(ip, o.child(), sb);
        } else if (k instanceof Key.ErrorUnion e) {
            fmt(ip, e.errorSet(), sb);
            sb.append('!');
            fmt(ip, e.payload(), sb);
        } else if (k instanceof Key.ErrorSet e) {
            if (e.names() == null) {
                sb.append("anyerror");
            } else {
                sb.append("error{").append(String.join(",", e.names())).append('}');
            }
        } else if (k instanceof Key.InferredErrorSet ies) {
            sb.append("@typeInfo(@typeInfo(@TypeOf(").append(ies.fnFqn())
                    .append(")).@\"fn\".return_type.?).error_union.error_set");
        } else if (k instanceof Key.Fn f) {
            sb.append("fn (");
            for (int i = 0; i < f.params().size(); i++) {
                if (i > 0) sb.append(", ");
                if (f.comptimeParams().get(i)) sb.append("comptime ");
                fmt(ip, f.params().get(i), sb);
            }
            sb.append(") ");
            fmt(ip, f.ret(), sb);
        } else if (k instanceof Key.Tuple t) {
            if (t.types().isEmpty() && t.isTuple()) {
                sb.append("@TypeOf(.{})");
                return;
            }
            sb.append("struct {");
            for (int i = 0; i < t.types().size(); i++) {
                sb.append(i == 0 ? " " : ", ");
                Value cv = t.values().get(i);
                if (cv != null) sb.append("comptime ");
                if (t.names() != null) sb.append(t.names().get(i)).append(": ");
                fmt(ip, t.types().get(i), sb);
                if (cv != null) sb.append(" = ").append(ValuePrinter.print(ip, t.types().get(i), cv));
            }
            sb.append(t.types().isEmpty() ? "}" : " }");
        } else if (k instanceof Key.Container) {
            sb.append(ip.container(type).name);
        } else {
            sb.append("(function)");
        }
    }

    /** The seed's {@code printType} (debug REPL {@code nav_info}). */
    public static String debug(InternPool ip, int type) {
        Key k = ip.key(type);
        if (k instanceof Key.Int i) return (i.signed() ? "i" : "u") + i.bits();
        if (k instanceof Key.Tuple) return "(tuple)";
        if (k instanceof Key.ErrorSet || k instanceof Key.InferredErrorSet) return "(error set)";
        if (k instanceof Key.Array a) return "[" + a.len() + "]" + debug(ip, a.child());
        if (k instanceof Key.Optional o) return "?" + debug(ip, o.child());
        if (k instanceof Key.ErrorUnion e) return debug(ip, e.errorSet()) + "!" + debug(ip, e.payload());
        if (k instanceof Key.Ptr p) return "*(attrs) " + debug(ip, p.child());
        if (k instanceof Key.Simple s) return simpleTag(s.name());
        if (k instanceof Key.Container) return ip.container(type).name + "[" + type + "]";
        return "(function)";
    }

    private static String simpleTag(String name) {
        return switch (name) {
            case "@TypeOf(null)" -> "null";
            case "@TypeOf(undefined)" -> "undefined";
            case "@Type(.enum_literal)" -> "enum_literal";
            default -> name;
        };
    }
}
