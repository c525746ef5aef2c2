package dev.zcu.sema;

import java.util.List;

/**
 * Prints comptime values as Zig's {@code Value.fmtValue} does in messages, {@code @compileLog} output and tuple
 * types ({@code struct { comptime comptime_int = 1 }}): integers, floats (see {@link SemaFloat#format}),
 * {@code true}, {@code null}, {@code .tag}, types, strings as {@code "hi"}, byte arrays as {@code "\x01".*},
 * aggregates as {@code .{ .a = 1, .b = true }}.
 */
final class ValuePrinter {

    private ValuePrinter() {}

    static String print(InternPool ip, int type, Value v) {
        StringBuilder sb = new StringBuilder();
        print(ip, type, v, sb);
        return sb.toString();
    }

    private static void print(InternPool ip, int type, Value v, StringBuilder sb) {
        Key k = type >= 0 ? ip.key(type) : null;
        if (k instanceof Key.ErrorUnion eu && !(v instanceof Value.ErrorValue) && v != null) {
            print(ip, eu.payload(), v, sb);
        } else if (v instanceof Value.UnionValue uv) {
            ContainerType ct = ip.container(type);
            boolean known = ct != null && uv.field() < ct.fieldNames.size();
            sb.append(".{ .").append(known ? ct.fieldNames.get(uv.field()) : "?").append(" = ");
            print(ip, known ? ct.fieldTypes.get(uv.field()) : -1, uv.payload(), sb);
            sb.append(" }");
        } else if (v == null) {
            sb.append("(runtime value)");
        } else if (v instanceof Value.Int i) {
            sb.append(i.value());
        } else if (v instanceof Value.Float fl) {
            sb.append(SemaFloat.format(fl));
        } else if (v instanceof Value.Bool b) {
            sb.append(b.value());
        } else if (v instanceof Value.Void) {
            sb.append("{}");
        } else if (v instanceof Value.Undef) {
            sb.append("undefined");
        } else if (v instanceof Value.Null) {
            sb.append("null");
        } else if (v instanceof Value.Type t) {
            sb.append(TypeNames.fmt(ip, t.index()));
        } else if (v instanceof Value.EnumLiteral el) {
            sb.append('.').append(el.name());
        } else if (v instanceof Value.EnumTag et) {
            ContainerType ct = ip.container(type);
            sb.append('.').append(ct != null && et.field() < ct.fieldNames.size() ? ct.fieldNames.get(et.field()) : "?");
        } else if (v instanceof Value.ErrorValue ev) {
            sb.append("error.").append(ev.name());
        } else if (v instanceof Value.Some sm) {
            print(ip, k instanceof Key.Optional o ? o.child() : -1, sm.payload(), sb);
        } else if (v instanceof Value.ConstPtr cp) {
            int child = k instanceof Key.Ptr p ? p.child() : -1;
            if (cp.pointee() instanceof Value.Bytes by) {
                quote(by.latin1(), sb);
            } else {
                sb.append('&');
                print(ip, child, cp.pointee(), sb);
            }
        } else if (v instanceof Value.Bytes by) {
            quote(by.latin1(), sb);
            sb.append(".*");
        } else if (v instanceof Value.Slice sl) {
            if (sl.array() instanceof Value.Bytes by) {
                quote(by.latin1().substring(sl.start(), sl.start() + sl.len()), sb);
            } else {
                sb.append("(slice)");
            }
        } else if (v instanceof Value.Aggregate ag) {
            aggregate(ip, type, ag.elems(), sb);
        } else if (v instanceof Value.Func) {
            sb.append("(function)");
        } else {
            sb.append("(value)");
        }
    }

    private static void aggregate(InternPool ip, int type, List<Value> elems, StringBuilder sb) {
        Key k = type >= 0 ? ip.key(type) : null;
        ContainerType ct = ip.container(type);
        if (k instanceof Key.Array a && a.child() == ip.u8Type) {
            StringBuilder bytes = new StringBuilder();
            for (Value e : elems) bytes.append((char) (e instanceof Value.Int i ? i.value().intValue() & 0xff : 0));
            quote(bytes.toString(), sb);
            sb.append(".*");
            return;
        }
        if (elems.isEmpty()) {
            sb.append(".{}");
            return;
        }
        sb.append(".{ ");
        for (int i = 0; i < elems.size(); i++) {
            if (i > 0) sb.append(", ");
            int et = -1;
            if (ct != null && i < ct.fieldNames.size()) {
                sb.append('.').append(ct.fieldNames.get(i)).append(" = ");
                et = ct.fieldTypes.get(i);
            } else if (k instanceof Key.Tuple t) {
                if (t.names() != null) sb.append('.').append(t.names().get(i)).append(" = ");
                et = t.types().get(i);
            } else if (k instanceof Key.Array a) {
                et = a.child();
            }
            print(ip, et, elems.get(i), sb);
        }
        sb.append(" }");
    }

    /** A Zig string literal with zig's escapes. */
    static void quote(String latin1, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append(c);
                    } else {
                        sb.append(String.format("\\x%02x", (int) c));
                    }
                }
            }
        }
        sb.append('"');
    }
}
