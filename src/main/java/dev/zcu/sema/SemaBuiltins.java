package dev.zcu.sema;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Builtin functions beyond the core ones in {@link SemaExpr}: numeric conversions ({@code @floatFromInt},
 * {@code @intFromFloat}, {@code @floatCast}, {@code @truncate}, {@code @bitCast}, {@code @intFromBool}),
 * {@code @min}/{@code @max} with Zig's result-type refinement, the division builtins, exact shifts and bit
 * counting. {@link #call} returns {@code null} for a builtin it does not know, which the caller reports as not
 * supported yet.
 */
final class SemaBuiltins {

    private SemaBuiltins() {}

    static TypedValue call(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int rt, String name, int[] args) {
        return switch (name) {
            case "@floatFromInt" -> floatFromInt(x, f, s, node, rt, args);
            case "@intFromFloat" -> intFromFloat(x, f, s, node, rt, args);
            case "@floatCast" -> floatCast(x, f, s, node, rt, args);
            case "@min", "@max" -> minMax(x, f, s, node, name.equals("@min"), args);
            case "@truncate" -> truncate(x, f, s, node, rt, args);
            case "@bitCast" -> bitCast(x, f, s, node, rt, args);
            case "@inComptime" -> new TypedValue(x.ip.boolType, Value.Bool.of(f.comptime));
            case "@intFromBool" -> {
                TypedValue v = x.coerce(f, x.expr(f, s, args[0], x.ip.boolType), x.ip.boolType, args[0], null);
                int u1 = x.ip.intern(new Key.Int(false, 1));
                yield v.value() instanceof Value.Bool b ? new TypedValue(u1, Value.Int.of(b.value() ? 1 : 0)) : TypedValue.runtime(u1);
            }
            case "@divTrunc", "@divFloor", "@divExact", "@mod", "@rem" -> division(x, f, s, node, name, args);
            case "@shlExact", "@shrExact" -> exactShift(x, f, s, node, name.equals("@shlExact"), args);
            case "@clz", "@ctz", "@popCount" -> bitCount(x, f, s, node, name, args);
            case "@intFromEnum" -> intFromEnum(x, f, s, args);
            case "@enumFromInt" -> enumFromInt(x, f, s, node, rt, args);
            case "@tagName" -> tagName(x, f, s, node, args);
            case "@field" -> field(x, f, s, node, args);
            case "@hasDecl", "@hasField" -> has(x, f, s, name.equals("@hasDecl"), args);
            case "@typeName" -> x.stringValue(x.fmt(x.resolveType(f, s, args[0])).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case "@alignOf" -> {
                int t = x.resolveType(f, s, args[0]);
                if (x.ip.container(t) != null) x.ensureFields(t, node);
                long a = SemaLayout.align(x, t);
                if (a < 0) throw x.unsupported(node, "@alignOf of '" + x.fmt(t) + "'");
                yield new TypedValue(x.ip.comptimeIntType, Value.Int.of(a));
            }
            case "@addWithOverflow", "@subWithOverflow", "@mulWithOverflow", "@shlWithOverflow" ->
                    withOverflow(x, f, s, node, name, args);
            case "@compileLog" -> compileLog(x, f, s, node, args);
            case "@typeInfo" -> new SemaReflect(x).typeInfo(f, s, node, args);
            case "@Type" -> new SemaReflect(x).type(f, s, node, args);
            default -> null;
        };
    }

    private static AnalysisFail needResultType(SemaExpr x, int node, String name) {
        return x.fail(node, name + " must have a known result type",
                Sema.msg(x.file, Sema.span(x.ast, node), "use @as to provide explicit result type"));
    }

    private static boolean isIntLike(SemaExpr x, int t) {
        return x.isInt(t) || t == x.ip.comptimeIntType;
    }

    private static TypedValue floatFromInt(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int rt, int[] args) {
        if (rt < 0) throw needResultType(x, node, "@floatFromInt");
        if (!SemaFloat.isFloatLike(x.ip, rt)) throw x.fail(node, "expected float type, found '" + x.fmt(rt) + "'");
        TypedValue v = x.expr(f, s, args[0], -1);
        if (!isIntLike(x, v.type())) throw x.fail(args[0], "expected integer type, found '" + x.fmt(v.type()) + "'");
        if (v.value() instanceof Value.Int i) return new TypedValue(rt, SemaFloat.fromInt(i.value(), SemaFloat.formatOf(x.ip, rt)));
        return TypedValue.runtime(rt);
    }

    private static TypedValue intFromFloat(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int rt, int[] args) {
        if (rt < 0) throw needResultType(x, node, "@intFromFloat");
        if (!isIntLike(x, rt)) throw x.fail(node, "expected integer type, found '" + x.fmt(rt) + "'");
        TypedValue v = x.expr(f, s, args[0], -1);
        if (!SemaFloat.isFloatLike(x.ip, v.type())) throw x.fail(args[0], "expected float type, found '" + x.fmt(v.type()) + "'");
        if (v.value() instanceof Value.Float fv) {
            if (!SemaFloat.isFinite(fv)) {
                throw x.fail(args[0], "float value '" + SemaFloat.format(fv) + "' cannot be stored in integer type '" + x.fmt(rt) + "'");
            }
            BigInteger i = SemaFloat.truncate(fv);
            if (rt != x.ip.comptimeIntType && !x.fits(i, rt)) {
                throw x.fail(args[0], "float value '" + SemaFloat.format(fv) + "' cannot be stored in integer type '" + x.fmt(rt) + "'");
            }
            return new TypedValue(rt, new Value.Int(i));
        }
        return TypedValue.runtime(rt);
    }

    private static TypedValue floatCast(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int rt, int[] args) {
        if (rt < 0) throw needResultType(x, node, "@floatCast");
        if (!SemaFloat.isFloatLike(x.ip, rt)) throw x.fail(node, "expected float or vector type, found '" + x.fmt(rt) + "'");
        TypedValue v = x.expr(f, s, args[0], -1);
        if (!SemaFloat.isFloatLike(x.ip, v.type())) {
            throw x.fail(args[0], "expected float or vector type, found '" + x.fmt(v.type()) + "'");
        }
        if (v.value() instanceof Value.Float fv) return new TypedValue(rt, SemaFloat.convert(fv, SemaFloat.formatOf(x.ip, rt)));
        return TypedValue.runtime(rt);
    }

    /** {@code @min}/{@code @max}: peer type, then (for fixed-width ints) the smallest type holding the result's range. */
    private static TypedValue minMax(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, boolean isMin, int[] args) {
        if (args.length < 2) throw x.fail(node, "expected at least 2 arguments, found " + args.length);
        List<TypedValue> vals = new ArrayList<>();
        for (int a : args) {
            TypedValue v = x.expr(f, s, a, -1);
            if (!isIntLike(x, v.type()) && !SemaFloat.isFloatLike(x.ip, v.type())) {
                throw x.fail(a, "expected number, found '" + x.fmt(v.type()) + "'");
            }
            vals.add(v);
        }
        TypedValue acc = vals.get(0);
        int accNode = args[0];
        for (int i = 1; i < vals.size(); i++) {
            acc = TypedValue.runtime(x.peer(acc, vals.get(i), node, accNode, args[i]));
            accNode = args[i];
        }
        int t = acc.type();
        List<TypedValue> coerced = new ArrayList<>();
        for (int i = 0; i < vals.size(); i++) coerced.add(x.coerce(f, vals.get(i), t, args[i], null));
        if (x.isInt(t)) {
            BigInteger lo = null;
            BigInteger hi = null;
            Value.Int best = null;
            boolean allKnown = true;
            for (int i = 0; i < coerced.size(); i++) {
                TypedValue v = coerced.get(i);
                BigInteger vlo;
                BigInteger vhi;
                if (v.value() instanceof Value.Int iv) {
                    vlo = iv.value();
                    vhi = iv.value();
                    if (best == null || (isMin ? iv.value().compareTo(best.value()) < 0 : iv.value().compareTo(best.value()) > 0)) {
                        best = iv;
                    }
                } else {
                    allKnown = false;
                    int own = x.isInt(vals.get(i).type()) ? vals.get(i).type() : t;
                    vlo = minOf(x, own);
                    vhi = maxOf(x, own);
                }
                if (lo == null) {
                    lo = vlo;
                    hi = vhi;
                } else if (isMin) {
                    lo = lo.min(vlo);
                    hi = hi.min(vhi);
                } else {
                    lo = lo.max(vlo);
                    hi = hi.max(vhi);
                }
            }
            int refined = fittingRange(x.ip, lo, hi);
            if (allKnown) return new TypedValue(refined, best);
            return TypedValue.runtime(refined);
        }
        Value best = null;
        for (TypedValue v : coerced) {
            if (!v.isComptime()) return TypedValue.runtime(t);
            if (best == null || better(isMin, v.value(), best)) best = v.value();
        }
        return new TypedValue(t, best);
    }

    private static boolean better(boolean isMin, Value a, Value b) {
        int c;
        if (a instanceof Value.Int ia && b instanceof Value.Int ib) {
            c = ia.value().compareTo(ib.value());
        } else if (a instanceof Value.Float fa && b instanceof Value.Float fb) {
            Integer r = SemaFloat.compare(fa, fb);
            if (r == null) return fa.kind() != Value.Float.NAN && fb.kind() == Value.Float.NAN;
            c = r;
        } else {
            return false;
        }
        return isMin ? c < 0 : c > 0;
    }

    static BigInteger minOf(SemaExpr x, int t) {
        if (!x.signed(t)) return BigInteger.ZERO;
        return BigInteger.ONE.shiftLeft(x.bits(t) - 1).negate();
    }

    static BigInteger maxOf(SemaExpr x, int t) {
        int bits = x.bits(t);
        if (x.signed(t)) return bits == 0 ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }

    /** Zig's {@code std.math.IntFittingRange(lo, hi)}. */
    static int fittingRange(InternPool ip, BigInteger lo, BigInteger hi) {
        if (lo.signum() >= 0) return ip.intern(new Key.Int(false, hi.bitLength()));
        int bits = Math.max(lo.bitLength(), hi.bitLength()) + 1;
        return ip.intern(new Key.Int(true, bits));
    }

    private static TypedValue truncate(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int rt, int[] args) {
        if (rt < 0) throw needResultType(x, node, "@truncate");
        if (!x.isInt(rt)) throw x.fail(node, "expected integer or vector, found '" + x.fmt(rt) + "'");
        TypedValue v = x.expr(f, s, args[0], -1);
        if (!isIntLike(x, v.type())) throw x.fail(args[0], "expected integer or vector, found '" + x.fmt(v.type()) + "'");
        if (v.type() != x.ip.comptimeIntType) {
            if (x.signed(v.type()) != x.signed(rt)) {
                throw x.fail(args[0], "expected " + (x.signed(rt) ? "signed" : "unsigned") + " integer type, found '"
                        + x.fmt(v.type()) + "'");
            }
            if (x.bits(rt) > x.bits(v.type())) {
                throw x.fail(node, "destination type '" + x.fmt(rt) + "' has more bits than source type '" + x.fmt(v.type()) + "'",
                        Sema.msg(x.file, Sema.span(x.ast, node), "destination type has " + x.bits(rt) + " bits"),
                        Sema.msg(x.file, Sema.span(x.ast, args[0]), "operand type has " + x.bits(v.type()) + " bits"));
            }
        }
        if (v.value() instanceof Value.Int i) return new TypedValue(rt, new Value.Int(wrapTo(x, i.value(), rt)));
        if (v.value() instanceof Value.Undef) return new TypedValue(rt, Value.UNDEF);
        return TypedValue.runtime(rt);
    }

    static BigInteger wrapTo(SemaExpr x, BigInteger v, int t) {
        int bits = x.bits(t);
        if (bits == 0) return BigInteger.ZERO;
        BigInteger mod = BigInteger.ONE.shiftLeft(bits);
        BigInteger w = v.mod(mod);
        if (x.signed(t) && w.testBit(bits - 1)) w = w.subtract(mod);
        return w;
    }

    /** Bit width of a type for {@code @bitCast}, or -1. */
    private static int castBits(SemaExpr x, int t) {
        if (x.isInt(t)) return x.bits(t);
        if (SemaFloat.isFloatLike(x.ip, t) && t != x.ip.comptimeFloatType) return SemaFloat.floatBits(x.ip, t);
        if (t == x.ip.boolType) return 1;
        return -1;
    }

    private static TypedValue bitCast(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int rt, int[] args) {
        if (rt < 0) throw needResultType(x, node, "@bitCast");
        TypedValue v = x.expr(f, s, args[0], -1);
        int db = castBits(x, rt);
        int sb = castBits(x, v.type());
        if (db < 0 || sb < 0) throw x.unsupported(node, "@bitCast between '" + x.fmt(v.type()) + "' and '" + x.fmt(rt) + "'");
        if (db != sb) {
            throw x.fail(node, "@bitCast size mismatch: destination type '" + x.fmt(rt) + "' has " + db
                    + " bits but source type '" + x.fmt(v.type()) + "' has " + sb + " bits");
        }
        if (!v.isComptime()) return TypedValue.runtime(rt);
        if (v.value() instanceof Value.Undef) return new TypedValue(rt, Value.UNDEF);
        BigInteger raw;
        if (v.value() instanceof Value.Int i) {
            raw = i.value().signum() < 0 ? i.value().add(BigInteger.ONE.shiftLeft(sb)) : i.value();
        } else if (v.value() instanceof Value.Float fv && (sb == 32 || sb == 64)) {
            double d = SemaFloat.toDouble(fv);
            raw = sb == 32 ? BigInteger.valueOf(Float.floatToRawIntBits((float) d) & 0xffffffffL)
                    : new BigInteger(Long.toUnsignedString(Double.doubleToRawLongBits(d)));
        } else {
            throw x.unsupported(node, "@bitCast of '" + x.fmt(v.type()) + "' values");
        }
        if (x.isInt(rt)) return new TypedValue(rt, new Value.Int(wrapTo(x, raw, rt)));
        if (db == 32) return new TypedValue(rt, SemaFloat.fromDouble(Float.intBitsToFloat(raw.intValue())));
        if (db == 64) return new TypedValue(rt, SemaFloat.fromDouble(Double.longBitsToDouble(raw.longValue())));
        throw x.unsupported(node, "@bitCast to '" + x.fmt(rt) + "'");
    }

    private static TypedValue division(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, String name, int[] args) {
        TypedValue a = x.expr(f, s, args[0], -1);
        TypedValue b = x.expr(f, s, args[1], -1);
        int t = x.peer(a, b, node, args[0], args[1]);
        boolean isFloat = SemaFloat.isFloatLike(x.ip, t);
        if (!isIntLike(x, t) && !isFloat) {
            throw x.fail(node, "invalid operands to binary expression: '" + SemaFloat.typeTag(x, a.type()) + "' and '"
                    + SemaFloat.typeTag(x, b.type()) + "'");
        }
        a = x.coerce(f, a, t, args[0], null);
        b = x.coerce(f, b, t, args[1], null);
        if (b.value() instanceof Value.Int bi && bi.value().signum() == 0
                || b.value() instanceof Value.Float bf && SemaFloat.isZero(bf)) {
            throw x.fail(args[1], "division by zero here causes undefined behavior");
        }
        if (!a.isComptime() || !b.isComptime()) return TypedValue.runtime(t);
        if (a.value() instanceof Value.Undef || b.value() instanceof Value.Undef) {
            throw x.fail(a.value() instanceof Value.Undef ? args[0] : args[1], "use of undefined value here causes undefined behavior");
        }
        if (isFloat) {
            Value.Float fa = (Value.Float) a.value();
            Value.Float fb = (Value.Float) b.value();
            SemaFloat.Format fmt = SemaFloat.formatOf(x.ip, t);
            SemaFloat.Op op = switch (name) {
                case "@divTrunc" -> SemaFloat.Op.DIV_TRUNC;
                case "@divFloor" -> SemaFloat.Op.DIV_FLOOR;
                case "@divExact" -> SemaFloat.Op.DIV;
                case "@mod" -> SemaFloat.Op.MOD;
                default -> SemaFloat.Op.REM;
            };
            if (name.equals("@divExact") && !SemaFloat.isZero(SemaFloat.arith(SemaFloat.Op.REM, fa, fb, fmt))) {
                throw x.fail(node, "exact division produced remainder");
            }
            return new TypedValue(t, SemaFloat.arith(op, fa, fb, fmt));
        }
        BigInteger u = ((Value.Int) a.value()).value();
        BigInteger v = ((Value.Int) b.value()).value();
        BigInteger r;
        switch (name) {
            case "@divTrunc" -> r = u.divide(v);
            case "@divFloor" -> {
                BigInteger[] qr = u.divideAndRemainder(v);
                r = qr[1].signum() != 0 && (qr[1].signum() < 0) != (v.signum() < 0) ? qr[0].subtract(BigInteger.ONE) : qr[0];
            }
            case "@divExact" -> {
                BigInteger[] qr = u.divideAndRemainder(v);
                if (qr[1].signum() != 0) throw x.fail(node, "exact division produced remainder");
                r = qr[0];
            }
            case "@mod" -> {
                BigInteger m = u.remainder(v);
                r = m.signum() != 0 && (m.signum() < 0) != (v.signum() < 0) ? m.add(v) : m;
            }
            default -> r = u.remainder(v);
        }
        if (t != x.ip.comptimeIntType && !x.fits(r, t)) {
            throw x.fail(node, "overflow of integer type '" + x.fmt(t) + "' with value '" + r + "'");
        }
        return new TypedValue(t, new Value.Int(r));
    }

    private static TypedValue exactShift(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, boolean left, int[] args) {
        TypedValue a = x.expr(f, s, args[0], -1);
        if (!isIntLike(x, a.type())) throw x.fail(args[0], "expected integer type, found '" + x.fmt(a.type()) + "'");
        int amtType = a.type() == x.ip.comptimeIntType ? x.ip.comptimeIntType
                : x.ip.intern(new Key.Int(false, Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(0, x.bits(a.type()) - 1)))));
        TypedValue b = x.coerce(f, x.expr(f, s, args[1], amtType), amtType, args[1], null);
        if (!(a.value() instanceof Value.Int ai) || !(b.value() instanceof Value.Int bi)) return TypedValue.runtime(a.type());
        if (bi.value().signum() < 0 || bi.value().compareTo(BigInteger.valueOf(65535)) > 0) {
            throw x.unsupported(args[1], "exact shifts by negative amounts or more than 65535 bits");
        }
        int amt = bi.value().intValue();
        BigInteger u = ai.value();
        if (left) {
            BigInteger r = u.shiftLeft(amt);
            if (a.type() != x.ip.comptimeIntType && !x.fits(r, a.type())) throw x.fail(node, "operation caused overflow");
            return new TypedValue(a.type(), new Value.Int(r));
        }
        BigInteger lost = u.and(BigInteger.ONE.shiftLeft(amt).subtract(BigInteger.ONE));
        if (lost.signum() != 0) throw x.fail(node, "exact shift shifted out 1 bits");
        return new TypedValue(a.type(), new Value.Int(u.shiftRight(amt)));
    }

    private static TypedValue bitCount(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, String name, int[] args) {
        TypedValue a = x.expr(f, s, args[0], -1);
        if (!x.isInt(a.type())) throw x.fail(args[0], "expected integer or vector, found '" + x.fmt(a.type()) + "'");
        int bits = x.bits(a.type());
        int rt = x.ip.intern(new Key.Int(false, BigInteger.valueOf(bits).bitLength()));
        if (!(a.value() instanceof Value.Int ai)) return TypedValue.runtime(rt);
        BigInteger raw = ai.value().signum() < 0 ? ai.value().add(BigInteger.ONE.shiftLeft(bits)) : ai.value();
        long r = switch (name) {
            case "@clz" -> bits - raw.bitLength();
            case "@ctz" -> raw.signum() == 0 ? bits : raw.getLowestSetBit();
            default -> raw.bitCount();
        };
        return new TypedValue(rt, Value.Int.of(r));
    }

    /** {@code @TypeOf(a, b, ...)}: Zig's peer type resolution of the operands. */
    static TypedValue typeOfPeers(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int[] args) {
        if (args.length == 0) throw x.fail(node, "expected at least 1 argument, found 0");
        TypedValue acc = null;
        int accNode = args[0];
        for (int a : args) {
            TypedValue v = x.expr(f, s, a, -1);
            if (acc == null || acc.type() == x.ip.noreturnType) {
                acc = v;
                accNode = a;
                continue;
            }
            if (v.type() == x.ip.noreturnType) continue;
            acc = TypedValue.runtime(peerType(x, acc, v, node, accNode, a));
            accNode = a;
        }
        return x.typeValue(acc.type());
    }

    /** Peer type of two operands: numbers as {@link SemaExpr#peer}, plus null/optionals and equal types. */
    static int peerType(SemaExpr x, TypedValue a, TypedValue b, int node, int an, int bn) {
        InternPool ip = x.ip;
        int ta = a.type();
        int tb = b.type();
        if (ta == tb) return ta;
        if (ta == ip.nullType) return tb >= 0 && ip.key(tb) instanceof Key.Optional ? tb : ip.intern(new Key.Optional(tb));
        if (tb == ip.nullType) return ta >= 0 && ip.key(ta) instanceof Key.Optional ? ta : ip.intern(new Key.Optional(ta));
        if (ip.key(ta) instanceof Key.Optional o) {
            return ip.intern(new Key.Optional(peerType(x, TypedValue.runtime(o.child()), b, node, an, bn)));
        }
        if (ip.key(tb) instanceof Key.Optional o) {
            return ip.intern(new Key.Optional(peerType(x, a, TypedValue.runtime(o.child()), node, an, bn)));
        }
        return x.peer(a, b, node, an, bn);
    }

    /** {@code @sizeOf}/{@code @bitSizeOf} of the types that are not plain integers (see {@link SemaLayout}). */
    static TypedValue sizeOf(SemaExpr x, int node, String name, int t) {
        if (x.ip.container(t) != null) x.ensureFields(t, node);
        long size = SemaLayout.size(x, t);
        if (size < 0) throw x.unsupported(node, name + " of '" + x.fmt(t) + "'");
        long v = size;
        if (name.equals("@bitSizeOf")) {
            v = SemaFloat.isFloatLike(x.ip, t) && t != x.ip.comptimeFloatType ? SemaFloat.floatBits(x.ip, t) : size * 8;
            ContainerType ct = x.ip.container(t);
            if (ct != null && ct.kind == Key.ContainerKind.ENUM) v = x.bits(enumTagType(x, ct));
            if (ct != null && ct.layout == ContainerType.Layout.PACKED && ct.backingInt >= 0) v = x.bits(ct.backingInt);
        }
        return new TypedValue(x.ip.comptimeIntType, Value.Int.of(v));
    }

    private static ContainerType enumOf(SemaExpr x, int t, int node) {
        ContainerType ct = x.ip.container(t);
        if (ct == null || ct.kind != Key.ContainerKind.ENUM) return null;
        x.ensureFields(t, node);
        return ct;
    }

    /** The integer tag type of an enum: the {@code enum(T)} one, or the smallest that numbers its fields. */
    static int enumTagType(SemaExpr x, ContainerType ct) {
        if (ct.tagType >= 0 && x.isInt(ct.tagType)) return ct.tagType;
        return x.ip.intern(new Key.Int(false, SemaLayout.enumTagBits(ct)));
    }

    private static TypedValue intFromEnum(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int[] args) {
        TypedValue v = x.expr(f, s, args[0], -1);
        ContainerType uc = x.ip.container(v.type());
        if (uc != null && uc.kind == Key.ContainerKind.UNION) {
            x.ensureFields(v.type(), args[0]);
            if (uc.tagType < 0) {
                throw x.fail(args[0], "untagged union '" + uc.name + "' cannot be converted to integer",
                        x.declaredHere(v.type(), "union declared here"));
            }
            v = x.coerce(f, v, uc.tagType, args[0], null);
        }
        ContainerType ct = enumOf(x, v.type(), args[0]);
        if (ct == null) throw x.fail(args[0], "expected enum or tagged union, found '" + x.fmt(v.type()) + "'");
        int tag = enumTagType(x, ct);
        if (v.value() instanceof Value.EnumTag et) return new TypedValue(tag, ct.fieldDefaults.get(et.field()));
        if (v.value() instanceof Value.Int unnamed) return new TypedValue(tag, unnamed); // of a non-exhaustive enum
        return TypedValue.runtime(tag);
    }

    private static TypedValue enumFromInt(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int rt, int[] args) {
        if (rt < 0) throw needResultType(x, node, "@enumFromInt");
        ContainerType ct = enumOf(x, rt, node);
        if (ct == null) throw x.fail(node, "expected enum, found '" + x.fmt(rt) + "'");
        int tag = enumTagType(x, ct);
        TypedValue v = x.expr(f, s, args[0], -1);
        if (!isIntLike(x, v.type())) throw x.fail(args[0], "expected integer type, found '" + x.fmt(v.type()) + "'");
        if (!(v.value() instanceof Value.Int i)) return TypedValue.runtime(rt);
        for (int k = 0; k < ct.fieldDefaults.size(); k++) {
            if (ct.fieldDefaults.get(k) instanceof Value.Int tv && tv.value().equals(i.value())) return new TypedValue(rt, new Value.EnumTag(k));
        }
        // A non-exhaustive enum has a value for every integer of its tag type, named or not.
        if (ct.nonExhaustive && x.fits(i.value(), tag)) return new TypedValue(rt, i);
        throw x.fail(node, "enum '" + ct.name + "' has no tag with value '" + i.value() + "'",
                x.declaredHere(rt, "enum declared here"));
    }

    private static TypedValue tagName(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int[] args) {
        TypedValue v = x.expr(f, s, args[0], -1);
        ContainerType uc = x.ip.container(v.type());
        if (uc != null && uc.kind == Key.ContainerKind.UNION) {
            x.ensureFields(v.type(), args[0]);
            if (uc.tagType < 0) {
                throw x.fail(node, "union '" + uc.name + "' is untagged", x.declaredHere(v.type(), "union declared here"));
            }
            v = x.coerce(f, v, uc.tagType, args[0], null);
        }
        ContainerType ct = enumOf(x, v.type(), args[0]);
        if (v.value() instanceof Value.EnumLiteral el) {
            return x.stringValue(el.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (ct == null) {
            if (x.ip.container(v.type()) != null && x.ip.container(v.type()).kind == Key.ContainerKind.UNION) {
                throw x.unsupported(args[0], "@tagName of unions");
            }
            throw x.fail(args[0], "expected enum or union; found '" + x.fmt(v.type()) + "'");
        }
        if (v.value() instanceof Value.EnumTag et) {
            return x.stringValue(ct.fieldNames.get(et.field()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        int slice = x.ip.intern(new Key.Ptr(Key.PtrSize.SLICE, true, x.ip.u8Type, "0"));
        return TypedValue.runtime(slice);
    }

    private static String comptimeString(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node) {
        int slice = x.ip.intern(new Key.Ptr(Key.PtrSize.SLICE, true, x.ip.u8Type, null));
        TypedValue v = x.coerce(f, x.expr(f, s, node, slice), slice, node, null);
        return x.stringOf(v).orElseThrow(() -> x.fail(node, "unable to resolve comptime value"));
    }

    private static TypedValue field(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int[] args) {
        TypedValue lhs = x.expr(f, s, args[0], -1);
        String name = comptimeString(x, f, s, args[1]);
        if (lhs.type() == x.ip.typeType && lhs.value() instanceof Value.Type t) {
            return x.typeMember(f, t.index(), name, node, Sema.span(x.ast, node));
        }
        return x.member(f, lhs, name, node, args[0]);
    }

    private static TypedValue has(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, boolean decl, int[] args) {
        int t = x.resolveType(f, s, args[0]);
        String name = comptimeString(x, f, s, args[1]);
        Key k = x.ip.key(t);
        boolean r;
        if (!decl && k instanceof Key.Tuple tu) {
            r = x.tuples.fieldIndex(tu, name) >= 0;
        } else {
            ContainerType ct = x.ip.container(t);
            if (ct == null) {
                throw x.fail(args[0], "expected struct, enum, union, or opaque; found '" + x.fmt(t) + "'");
            }
            if (decl) {
                Namespace ns = x.zcu.namespace(ct.namespace);
                x.sema.declare(new Dependee.NamespaceName(x.zcu.tracked(ct.file, "container:" + ct.containerKey), name));
                r = ns.lookup(name) >= 0 && (ns.pubDecls.containsKey(name) || ct.file == x.file);
            } else {
                x.ensureFields(t, args[0]);
                r = ct.fieldIndex(name) >= 0;
            }
        }
        return new TypedValue(x.ip.boolType, Value.Bool.of(r));
    }

    /** {@code @addWithOverflow} and friends: a tuple {@code struct { T, u1 }} of the wrapped result and the overflow bit. */
    private static TypedValue withOverflow(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, String name, int[] args) {
        TypedValue a = x.expr(f, s, args[0], -1);
        TypedValue b = x.expr(f, s, args[1], -1);
        int t;
        if (name.equals("@shlWithOverflow")) {
            t = a.type();
        } else {
            t = x.peer(a, b, node, args[0], args[1]);
        }
        if (!x.isInt(t)) {
            if (t == x.ip.comptimeIntType) throw x.unsupported(node, name + " of comptime_int");
            throw x.fail(args[0], "expected vector of integers or integer tag type, found '" + x.fmt(t) + "'");
        }
        a = x.coerce(f, a, t, args[0], null);
        if (!name.equals("@shlWithOverflow")) b = x.coerce(f, b, t, args[1], null);
        int u1 = x.ip.intern(new Key.Int(false, 1));
        int tuple = x.ip.intern(new Key.Tuple(List.of(t, u1)));
        if (!(a.value() instanceof Value.Int ai) || !(b.value() instanceof Value.Int bi)) return TypedValue.runtime(tuple);
        BigInteger r = switch (name) {
            case "@addWithOverflow" -> ai.value().add(bi.value());
            case "@subWithOverflow" -> ai.value().subtract(bi.value());
            case "@mulWithOverflow" -> ai.value().multiply(bi.value());
            default -> ai.value().shiftLeft(bi.value().intValue());
        };
        boolean overflow = !x.fits(r, t);
        return new TypedValue(tuple, new Value.Aggregate(List.of(new Value.Int(wrapTo(x, r, t)), Value.Int.of(overflow ? 1 : 0))));
    }

    /** {@code @compileLog}: records the line zig prints under "Compile Log Output:" for the unit. */
    private static TypedValue compileLog(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, int node, int[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            TypedValue v = x.expr(f, s, args[i], -1);
            if (i > 0) sb.append(", ");
            sb.append("@as(").append(x.fmt(v.type())).append(", ");
            sb.append(v.isComptime() ? ValuePrinter.print(x.ip, v.type(), v.value()) : "[runtime value]").append(')');
        }
        x.sema.state.compileLogs.add(Sema.msg(x.file, Sema.span(x.ast, node), sb.toString()));
        return new TypedValue(x.ip.voidType, Value.VOID);
    }

    /**
     * The right operand of {@code <<}/{@code >>}: coerced to the log2 integer type of a fixed-width left operand
     * ({@code u3} for {@code u8}); with a {@code comptime_int} left operand it must be comptime-known.
     */
    static TypedValue shiftAmount(SemaExpr x, SemaExpr.Frame f, TypedValue lhs, TypedValue rhs, int node, int rhsNode) {
        if (lhs.type() == x.ip.comptimeIntType) {
            if (!rhs.isComptime()) {
                throw x.fail(node, "LHS of shift must be a fixed-width integer type, or RHS must be comptime-known");
            }
            if (rhs.value() instanceof Value.Int amt
                    && (amt.value().signum() < 0 || amt.value().compareTo(BigInteger.valueOf(65535)) > 0)) {
                throw x.unsupported(rhsNode, "shifts of comptime_int by negative amounts or more than 65535 bits");
            }
            return rhs;
        }
        int bits = x.bits(lhs.type());
        int log2 = x.ip.intern(new Key.Int(false, bits <= 1 ? 0 : BigInteger.valueOf(bits - 1).bitLength()));
        return x.coerce(f, rhs, log2, rhsNode, null);
    }
}
