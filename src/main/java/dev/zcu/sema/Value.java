package dev.zcu.sema;

import java.math.BigInteger;
import java.util.List;

/**
 * A comptime-known value of the interpreter (Zig's {@code Value} over {@code InternPool} keys). Immutable records,
 * so values compare by content (memoised generic instantiations key on them).
 */
public sealed interface Value {

    record Int(BigInteger value) implements Value {
        public static Int of(long v) {
            return new Int(BigInteger.valueOf(v));
        }
    }

    /**
     * A float, exactly {@code (neg ? -1 : 1) * mag * 2^exp} when {@code kind == FINITE} (normalised: {@code mag}
     * odd, or zero with {@code exp == 0}), else an infinity or NaN; arithmetic is in {@link SemaFloat}.
     */
    record Float(boolean neg, java.math.BigInteger mag, int exp, int kind) implements Value {
        public static final int FINITE = 0;
        public static final int INF = 1;
        public static final int NAN = 2;
    }

    record Bool(boolean value) implements Value {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }
    }

    /** The single value of {@code void}. */
    record Void() implements Value {}

    record Undef() implements Value {}

    record Null() implements Value {}

    /** A type, by InternPool index. */
    record Type(int index) implements Value {}

    /** A function, by InternPool index. */
    record Func(int index) implements Value {}

    record EnumLiteral(String name) implements Value {}

    /** A tag of an enum type: the field index. */
    record EnumTag(int field) implements Value {}

    /** A struct, tuple or array value: its elements in order. */
    record Aggregate(List<Value> elems) implements Value {
        public Aggregate {
            elems = List.copyOf(elems);
        }
    }

    /** Bytes of a string literal (array of u8), stored as ISO-8859-1 characters. */
    record Bytes(String latin1) implements Value {}

    /** A pointer to a comptime-known constant value (string literals, {@code &const}). */
    record ConstPtr(Value pointee) implements Value {}

    /**
     * A pointer to a mutable comptime location (a comptime {@code var}, or a field or element of one): reading
     * through it sees the location's current value, writing through it changes the location. Equal only to itself.
     */
    record MutPtr(Location location) implements Value {}

    /** The location a {@link MutPtr} points to: how to read and write it (compared by identity). */
    final class Location {
        private final java.util.function.Supplier<Value> load;
        private final java.util.function.Consumer<Value> store;

        public Location(java.util.function.Supplier<Value> load, java.util.function.Consumer<Value> store) {
            this.load = load;
            this.store = store;
        }

        public Value load() {
            return load.get();
        }

        public void store(Value v) {
            store.accept(v);
        }

        /**
         * Element {@code i} of the array of {@code len} elements here; writing one element of an undefined array
         * makes the others undefined elements.
         */
        public Location element(int i, int len) {
            java.util.function.Supplier<Aggregate> whole = () -> load() instanceof Aggregate ag ? ag
                    : new Aggregate(java.util.Collections.nCopies(len, UNDEF));
            return new Location(() -> whole.get().elems().get(i), v -> {
                List<Value> el = new java.util.ArrayList<>(whole.get().elems());
                el.set(i, v);
                store(new Aggregate(el));
            });
        }

        /** Elements {@code from..to} of the array here, as an array of their own (a slice's or sub-array's view). */
        public Location range(int from, int to) {
            return new Location(() -> load() instanceof Aggregate ag ? new Aggregate(ag.elems().subList(from, to)) : null,
                    v -> {
                        if (!(load() instanceof Aggregate ag) || !(v instanceof Aggregate part)) return;
                        List<Value> el = new java.util.ArrayList<>(ag.elems());
                        for (int i = from; i < to; i++) el.set(i, part.elems().get(i - from));
                        store(new Aggregate(el));
                    });
        }
    }

    /** What a pointer value points to now ({@code null} when it is not comptime-known). */
    static Value pointee(Value ptr) {
        if (ptr instanceof ConstPtr cp) return cp.pointee();
        if (ptr instanceof MutPtr mp) return mp.location().load();
        return null;
    }

    /** A slice of a comptime-known array: pointer to {@code array} elements {@code start..start+len}. */
    record Slice(Value array, int start, int len) implements Value {}

    /** {@code ?T} holding a value. */
    record Some(Value payload) implements Value {}

    record ErrorValue(String name) implements Value {}

    /** A union value: the active field (index into the union's fields) and its payload ({@link SemaUnions}). */
    record UnionValue(int field, Value payload) implements Value {}

    Void VOID = new Void();
    Undef UNDEF = new Undef();
    Null NULL = new Null();
}
