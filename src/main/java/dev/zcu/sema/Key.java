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

    /** A tuple type (anonymous list literal or {@code .{a, b}}). */
    record Tuple(List<Integer> types) implements Key {}

    /** Container kinds. */
    enum ContainerKind { STRUCT, ENUM, UNION, OPAQUE }

    /** A container type; {@code uid} makes each creation distinct. Details live in {@link ContainerType}. */
    record Container(ContainerKind kind, int uid) implements Key {}

    /** A function value (body owned by Nav {@code nav}); {@code instance} distinguishes generic instances. */
    record Func(int nav, int instance) implements Key {}
}
