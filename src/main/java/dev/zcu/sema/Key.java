package dev.zcu.sema;

import java.util.List;

/**
 * What an {@link InternPool} index stands for, Zig's {@code InternPool.Key}: types and functions. Keys are
 * immutable records, so equal keys intern to the same index; container types carry a unique id instead of
 * their contents (they are created, never interned by structure), as in Zig.
 */
public sealed interface Key {

    /** {@code void}, {@code bool}, {@code type}, {@code comptime_int}, {@code usize}, {@code f32}, ... */
    record Simple(String name) implements Key {}

    /** {@code uN} / {@code iN}. */
    record Int(boolean signed, int bits) implements Key {}

    /** Pointer sizes, Zig's {@code std.builtin.Type.Pointer.Size}. */
    enum PtrSize { ONE, MANY, SLICE, C }

    /** A pointer or slice type; {@code sentinel} is the printed sentinel value or {@code null}. */
    record Ptr(PtrSize size, boolean isConst, int child, String sentinel) implements Key {}

    /** {@code [len]child} or {@code [len:sentinel]child}. */
    record Array(long len, int child, String sentinel) implements Key {}

    /** {@code ?child}. */
    record Optional(int child) implements Key {}

    /** {@code E!T}. */
    record ErrorUnion(int errorSet, int payload) implements Key {}

    /** {@code error{A,B}} (names in the order Zig interned them, {@link SemaErrors#sorted}), or {@code anyerror} when {@code names} is null. */
    record ErrorSet(List<String> names) implements Key {}

    /**
     * The inferred error set of function {@code func} ({@code fn f() !T}), printed as Zig prints it:
     * {@code @typeInfo(@typeInfo(@TypeOf(fnFqn)).@"fn".return_type.?).error_union.error_set}. Its names are
     * known once the function's body was analysed ({@link SemaErrors}).
     */
    record InferredErrorSet(int func, String fnFqn) implements Key {}

    /** A function type. */
    record Fn(List<Integer> params, int ret, List<Boolean> comptimeParams, boolean generic) implements Key {}

    /**
     * A tuple type ({@code .{a, b}}, {@code struct { u8, bool }}) or, with {@code names}, the type of an anonymous
     * struct literal ({@code .{ .a = 1 }}); {@code values} holds each comptime field's value, or null for a
     * runtime field ({@code values} and {@code names} may contain nulls, so they are not copied with List.copyOf).
     */
    record Tuple(List<Integer> types, List<String> names, List<Value> values) implements Key {
        public Tuple {
            types = List.copyOf(types);
            names = names == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(names));
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(
                    values == null ? java.util.Collections.nCopies(types.size(), (Value) null) : values));
        }

        public Tuple(List<Integer> types) {
            this(types, null, null);
        }

        public boolean isTuple() {
            return names == null;
        }
    }

    /** Container kinds. */
    enum ContainerKind { STRUCT, ENUM, UNION, OPAQUE }

    /** A container type; {@code uid} makes each creation distinct. Details live in {@link ContainerType}. */
    record Container(ContainerKind kind, int uid) implements Key {}

    /** A function value (body owned by Nav {@code nav}); {@code instance} distinguishes generic instances. */
    record Func(int nav, int instance) implements Key {}
}
