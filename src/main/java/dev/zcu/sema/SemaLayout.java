package dev.zcu.sema;

/**
 * ABI sizes and alignments of types on zcu's target (x86_64-linux), as Zig computes them for {@code @sizeOf} and
 * {@code @alignOf}: integers padded to a power-of-two alignment (at most 16), floats, pointers and slices, arrays
 * (with their sentinel), optionals (pointer-like or payload plus a flag), enums (their tag integer), error unions,
 * unions (payload and tag; untagged unions carry Debug's safety tag), and structs and tuples in auto layout (fields
 * ordered by descending alignment, as Zig orders them). {@code -1} means not known
 * to zcu.
 */
final class SemaLayout {

    private SemaLayout() {}

    static long align(SemaExpr x, int t) {
        InternPool ip = x.ip;
        if (t == ip.boolType) return 1;
        if (t == ip.voidType) return 1;
        if (x.isInt(t)) return intAlign(x.bits(t));
        if (SemaFloat.isFloatLike(ip, t) && t != ip.comptimeFloatType) {
            int b = SemaFloat.floatBits(ip, t);
            return b >= 80 ? 16 : b / 8;
        }
        Key k = ip.key(t);
        if (k instanceof Key.Ptr) return 8;
        if (k instanceof Key.Array a) return align(x, a.child());
        if (k instanceof Key.Optional o) return isPointerLike(ip, o.child()) ? 8 : align(x, o.child());
        if (k instanceof Key.ErrorSet) return 2;
        if (k instanceof Key.Tuple tu) {
            long al = 1;
            for (int i = 0; i < tu.types().size(); i++) {
                if (tu.values().get(i) == null) al = Math.max(al, align(x, tu.types().get(i)));
            }
            return al;
        }
        ContainerType ct = ip.container(t);
        if (ct != null && ct.kind == Key.ContainerKind.ENUM) return align(x, SemaBuiltins.enumTagType(x, ct));
        if (k instanceof Key.ErrorUnion eu) {
            long pa = align(x, eu.payload());
            return pa < 0 ? -1 : Math.max(pa, 2);
        }
        if (ct != null && ct.kind == Key.ContainerKind.UNION) {
            long[] p = unionPayload(x, ct);
            return p == null ? -1 : Math.max(p[1], tagAlign(x, ct));
        }
        if (ct != null && ct.kind == Key.ContainerKind.STRUCT && ct.layout == ContainerType.Layout.PACKED && ct.backingInt >= 0) {
            return align(x, ct.backingInt);
        }
        if (ct != null && ct.kind == Key.ContainerKind.STRUCT) {
            enter(x, t, ct);
            try {
                long al = 1;
                for (int ft : ct.fieldTypes) {
                    long a = align(x, ft);
                    if (a < 0) return -1;
                    al = Math.max(al, a);
                }
                return al;
            } finally {
                x.sema.layoutInProgress.remove(t);
            }
        }
        return -1;
    }

    /** Starts the layout of a struct; a struct that contains itself by value is zig's "depends on itself". */
    private static void enter(SemaExpr x, int t, ContainerType ct) {
        if (!x.sema.layoutInProgress.add(t)) {
            int node = x.zcu.containerNode(ct);
            if (node <= 0 || x.zcu.file(ct.file).zir() == null) throw x.sema.transitive();
            dev.zcu.syntax.Ast other = x.zcu.file(ct.file).zir().ast();
            throw x.sema.fail(Sema.msg(ct.file, Sema.span(other, node), "struct '" + ct.name + "' depends on itself"));
        }
    }

    static long size(SemaExpr x, int t) {
        InternPool ip = x.ip;
        if (t == ip.boolType) return 1;
        if (t == ip.voidType) return 0;
        if (x.isInt(t)) return intSize(x.bits(t));
        if (SemaFloat.isFloatLike(ip, t) && t != ip.comptimeFloatType) {
            int b = SemaFloat.floatBits(ip, t);
            return b >= 80 ? 16 : b / 8;
        }
        Key k = ip.key(t);
        if (k instanceof Key.Ptr p) return p.size() == Key.PtrSize.SLICE ? 16 : 8;
        if (k instanceof Key.Array a) {
            long es = size(x, a.child());
            return es < 0 ? -1 : es * (a.len() + (a.sentinel() != null ? 1 : 0));
        }
        if (k instanceof Key.Optional o) {
            if (isPointerLike(ip, o.child())) return 8;
            long ps = size(x, o.child());
            long pa = align(x, o.child());
            if (ps < 0 || pa < 0) return -1;
            return alignForward(ps + 1, pa);
        }
        if (k instanceof Key.ErrorSet) return 2;
        if (k instanceof Key.Tuple tu) {
            java.util.List<Integer> types = new java.util.ArrayList<>();
            for (int i = 0; i < tu.types().size(); i++) {
                if (tu.values().get(i) == null) types.add(tu.types().get(i));
            }
            return autoLayoutSize(x, types);
        }
        ContainerType ct = ip.container(t);
        if (ct != null && ct.kind == Key.ContainerKind.ENUM) return size(x, SemaBuiltins.enumTagType(x, ct));
        if (ct != null && ct.kind == Key.ContainerKind.STRUCT) {
            if (ct.layout == ContainerType.Layout.PACKED && ct.backingInt >= 0) return size(x, ct.backingInt);
            enter(x, t, ct);
            try {
                if (ct.layout == ContainerType.Layout.EXTERN) return externLayoutSize(x, ct.fieldTypes);
                return autoLayoutSize(x, ct.fieldTypes);
            } finally {
                x.sema.layoutInProgress.remove(t);
            }
        }
        if (k instanceof Key.ErrorUnion eu) {
            long ps = size(x, eu.payload());
            long pa = align(x, eu.payload());
            if (ps < 0 || pa < 0) return -1;
            return layoutOf(new long[][] {{ps, pa}, {2, 2}});
        }
        if (ct != null && ct.kind == Key.ContainerKind.UNION) {
            long[] p = unionPayload(x, ct);
            if (p == null) return -1;
            return layoutOf(new long[][] {p, {tagSize(x, ct), tagAlign(x, ct)}});
        }
        return -1;
    }

    /**
     * The largest payload of a union (size, alignment). Its tag (the tag enum, or in Debug builds the safety tag
     * of an untagged union) is laid out beside it like a struct field.
     */
    private static long[] unionPayload(SemaExpr x, ContainerType ct) {
        long size = 0;
        long al = 1;
        for (int ft : ct.fieldTypes) {
            long fs = size(x, ft);
            long fa = align(x, ft);
            if (fs < 0 || fa < 0) return null;
            size = Math.max(size, fs);
            al = Math.max(al, fa);
        }
        return new long[] {size, al};
    }

    private static long tagSize(SemaExpr x, ContainerType ct) {
        if (ct.tagType >= 0) return size(x, ct.tagType);
        int n = ct.fieldNames.size();
        return intSize(n <= 1 ? 0 : java.math.BigInteger.valueOf(n - 1).bitLength());
    }

    private static long tagAlign(SemaExpr x, ContainerType ct) {
        if (ct.tagType >= 0) return align(x, ct.tagType);
        int n = ct.fieldNames.size();
        return intAlign(n <= 1 ? 0 : java.math.BigInteger.valueOf(n - 1).bitLength());
    }

    /** Size of fields (size, alignment) in auto layout: ordered by descending alignment, padded to the largest. */
    private static long layoutOf(long[][] fields) {
        java.util.List<long[]> list = new java.util.ArrayList<>(java.util.List.of(fields));
        list.sort((p, q) -> Long.compare(q[1], p[1]));
        long off = 0;
        long maxAlign = 1;
        for (long[] fl : list) {
            if (fl[0] == 0) continue;
            off = alignForward(off, fl[1]) + fl[0];
            maxAlign = Math.max(maxAlign, fl[1]);
        }
        return alignForward(off, maxAlign);
    }

    /** C's layout: fields in declaration order, each at its alignment, the size rounded up to the largest. */
    private static long externLayoutSize(SemaExpr x, java.util.List<Integer> fieldTypes) {
        long off = 0;
        long maxAlign = 1;
        for (int ft : fieldTypes) {
            long s = size(x, ft);
            long a = align(x, ft);
            if (s < 0 || a < 0) return -1;
            off = alignForward(off, a) + s;
            maxAlign = Math.max(maxAlign, a);
        }
        return alignForward(off, maxAlign);
    }

    private static long autoLayoutSize(SemaExpr x, java.util.List<Integer> fieldTypes) {
        java.util.List<long[]> fields = new java.util.ArrayList<>();
        long maxAlign = 1;
        for (int ft : fieldTypes) {
            long s = size(x, ft);
            long a = align(x, ft);
            if (s < 0 || a < 0) return -1;
            fields.add(new long[] {s, a});
            maxAlign = Math.max(maxAlign, a);
        }
        fields.sort((p, q) -> Long.compare(q[1], p[1]));
        long off = 0;
        for (long[] fl : fields) off = alignForward(off, fl[1]) + fl[0];
        return alignForward(off, maxAlign);
    }

    static boolean isPointerLike(InternPool ip, int t) {
        return ip.key(t) instanceof Key.Ptr p && p.size() != Key.PtrSize.SLICE && p.size() != Key.PtrSize.C;
    }

    static int enumTagBits(ContainerType ct) {
        int n = ct.fieldNames.size();
        return n <= 1 ? 0 : java.math.BigInteger.valueOf(n - 1).bitLength();
    }

    static long intAlign(int bits) {
        if (bits == 0) return 1;
        long bytes = (bits + 7) / 8;
        long a = 1;
        while (a < bytes && a < 16) a *= 2;
        return a;
    }

    static long intSize(int bits) {
        if (bits == 0) return 0;
        return alignForward((bits + 7) / 8, intAlign(bits));
    }

    static long alignForward(long v, long a) {
        return (v + a - 1) / a * a;
    }
}
