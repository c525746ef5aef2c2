package dev.zcu.sema;

/**
 * The result of analysing an expression, Zig's {@code Air.Inst.Ref} reduced: its type (InternPool index) and,
 * when comptime-known, its value; {@code value == null} means runtime-known.
 */
public record TypedValue(int type, Value value) {

    public boolean isComptime() {
        return value != null;
    }

    public static TypedValue runtime(int type) {
        return new TypedValue(type, null);
    }
}
