package dev.zcu.sema;

import dev.zcu.syntax.Node;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Comptime float arithmetic of the interpreter: IEEE binary formats {@code f16}, {@code f32}, {@code f64},
 * {@code f80}, {@code f128} and {@code comptime_float} (an {@code f128}, as in Zig), computed exactly on dyadic
 * rationals and rounded to nearest-even into the destination format, so results match Zig's bit for bit.
 * Values are printed as Zig's {@code Value.fmtValue} prints them in messages: converted to {@code f64}, shortest
 * round-trip digits in plain decimal notation ({@code 0.30000000000000004}, {@code 1e30} as all its digits).
 */
final class SemaFloat {

    private SemaFloat() {}

    /** An IEEE binary format: precision in bits (with the implicit bit) and exponent range of normals. */
    record Format(int precision, int emin, int emax) {}

    static final Format F16 = new Format(11, -14, 15);
    static final Format F32 = new Format(24, -126, 127);
    static final Format F64 = new Format(53, -1022, 1023);
    static final Format F80 = new Format(64, -16382, 16383);
    static final Format F128 = new Format(113, -16382, 16383);

    /** The format of a float type name, or {@code null}. */
    static Format format(String typeName) {
        return switch (typeName) {
            case "f16" -> F16;
            case "f32" -> F32;
            case "f64" -> F64;
            case "f80" -> F80;
            case "f128", "comptime_float" -> F128;
            default -> null;
        };
    }

    // ---- construction and rounding ----

    static Value.Float zero(boolean neg) {
        return new Value.Float(neg, BigInteger.ZERO, 0, Value.Float.FINITE);
    }

    static Value.Float inf(boolean neg) {
        return new Value.Float(neg, BigInteger.ZERO, 0, Value.Float.INF);
    }

    /**
     * A NaN made by an invalid operation: the hardware's default NaN for f16..f80 (x86's has its sign bit set, so
     * Zig prints '-nan'), a positive one for f128 and comptime_float (soft-float).
     */
    static Value.Float nan(Format fmt) {
        return new Value.Float(fmt != F128, BigInteger.ZERO, 0, Value.Float.NAN);
    }

    /** Rounds {@code num / den} (den positive; sign separate) to {@code fmt}. */
    static Value.Float round(boolean neg, BigInteger num, BigInteger den, Format fmt) {
        if (num.signum() == 0) return zero(neg);
        int p = fmt.precision();
        // e such that 2^(p-1) <= num/den * 2^-e < 2^p
        int e = num.bitLength() - den.bitLength() - p;
        BigInteger q;
        BigInteger r;
        BigInteger d;
        while (true) {
            BigInteger n = e <= 0 ? num.shiftLeft(-e) : num;
            d = e > 0 ? den.shiftLeft(e) : den;
            BigInteger[] qr = n.divideAndRemainder(d);
            q = qr[0];
            r = qr[1];
            if (q.bitLength() > p) {
                e++;
            } else if (q.bitLength() < p) {
                e--;
            } else {
                break;
            }
        }
        // subnormals: the lowest bit may not be below emin - (p - 1)
        int minE = fmt.emin() - (p - 1);
        if (e < minE) {
            BigInteger n = minE < 0 ? num.shiftLeft(-minE) : num;
            d = minE > 0 ? den.shiftLeft(minE) : den;
            BigInteger[] qr = n.divideAndRemainder(d);
            q = qr[0];
            r = qr[1];
            e = minE;
        }
        int cmp = r.shiftLeft(1).compareTo(d);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        if (q.bitLength() > p) {
            q = q.shiftRight(1);
            e++;
        }
        if (q.signum() == 0) return zero(neg);
        // largest finite: (2^p - 1) * 2^(emax - p + 1)
        if (e + q.bitLength() - 1 > fmt.emax()) return inf(neg);
        return normal(neg, q, e);
    }

    private static Value.Float normal(boolean neg, BigInteger mag, int exp) {
        if (mag.signum() == 0) return zero(neg);
        int tz = mag.getLowestSetBit();
        return new Value.Float(neg, mag.shiftRight(tz), exp + tz, Value.Float.FINITE);
    }

    /** Exact dyadic value {@code mag * 2^exp} as a fraction num/den. */
    private static BigInteger[] fraction(Value.Float v) {
        if (v.exp() >= 0) return new BigInteger[] {v.mag().shiftLeft(v.exp()), BigInteger.ONE};
        return new BigInteger[] {v.mag(), BigInteger.ONE.shiftLeft(-v.exp())};
    }

    static Value.Float fromInt(BigInteger i, Format fmt) {
        return round(i.signum() < 0, i.abs(), BigInteger.ONE, fmt);
    }

    static Value.Float convert(Value.Float v, Format fmt) {
        if (v.kind() != Value.Float.FINITE) return v;
        BigInteger[] fr = fraction(v);
        return round(v.neg(), fr[0], fr[1], fmt);
    }

    /** Parses a Zig float literal (decimal or hexadecimal, underscores removed), rounded to {@code comptime_float}. */
    static Value.Float parse(String text) {
        if (text.startsWith("0x") || text.startsWith("0X")) {
            String t = text.substring(2);
            int pi = Math.max(t.indexOf('p'), t.indexOf('P'));
            long exp2 = 0;
            if (pi >= 0) {
                exp2 = Long.parseLong(t.substring(pi + 1).replace("+", ""));
                t = t.substring(0, pi);
            }
            int dot = t.indexOf('.');
            if (dot >= 0) {
                exp2 -= 4L * (t.length() - dot - 1);
                t = t.substring(0, dot) + t.substring(dot + 1);
            }
            BigInteger m = new BigInteger(t.isEmpty() ? "0" : t, 16);
            if (exp2 > 40000) return m.signum() == 0 ? zero(false) : inf(false);
            if (exp2 < -40000) return zero(false);
            int e = (int) exp2;
            return e >= 0 ? round(false, m.shiftLeft(e), BigInteger.ONE, F128)
                    : round(false, m, BigInteger.ONE.shiftLeft(-e), F128);
        }
        BigDecimal bd = new BigDecimal(text);
        return fromDecimal(bd, F128);
    }

    static Value.Float fromDecimal(BigDecimal bd, Format fmt) {
        boolean neg = bd.signum() < 0;
        bd = bd.abs();
        if (bd.signum() == 0) return zero(neg);
        // out-of-range exponents: avoid huge BigIntegers
        long mag10 = (long) bd.precision() - bd.scale();
        if (mag10 > 5000) return inf(neg);
        if (mag10 < -5000) return zero(neg);
        BigInteger unscaled = bd.unscaledValue();
        int scale = bd.scale();
        if (scale <= 0) return round(neg, unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE, fmt);
        return round(neg, unscaled, BigInteger.TEN.pow(scale), fmt);
    }

    // ---- queries ----

    static boolean isFinite(Value.Float v) {
        return v.kind() == Value.Float.FINITE;
    }

    /** Whether {@code @rem(v, 1) != 0}: a fractional part, or not finite. */
    static boolean hasFraction(Value.Float v) {
        return !isFinite(v) || (v.mag().signum() != 0 && v.exp() < 0);
    }

    /** The integer part (truncated toward zero) of a finite value. */
    static BigInteger truncate(Value.Float v) {
        BigInteger m = v.exp() >= 0 ? v.mag().shiftLeft(v.exp()) : v.mag().shiftRight(-v.exp());
        return v.neg() ? m.negate() : m;
    }

    static boolean isZero(Value.Float v) {
        return isFinite(v) && v.mag().signum() == 0;
    }

    /** Compares two values; NaN compares unordered (returns {@code null}). */
    static Integer compare(Value.Float a, Value.Float b) {
        if (a.kind() == Value.Float.NAN || b.kind() == Value.Float.NAN) return null;
        int sa = sign(a);
        int sb = sign(b);
        if (a.kind() == Value.Float.INF || b.kind() == Value.Float.INF) {
            double da = a.kind() == Value.Float.INF ? sa * Double.POSITIVE_INFINITY : sa;
            double db = b.kind() == Value.Float.INF ? sb * Double.POSITIVE_INFINITY : sb;
            if (a.kind() == Value.Float.INF && b.kind() == Value.Float.INF) return Integer.compare(sa, sb);
            return Double.compare(da == 0 ? 0.0 : da, db == 0 ? 0.0 : db) == 0 ? 0 : (da < db ? -1 : 1);
        }
        BigInteger[] x = fraction(a);
        BigInteger[] y = fraction(b);
        BigInteger l = x[0].multiply(y[1]);
        BigInteger r = y[0].multiply(x[1]);
        if (a.neg()) l = l.negate();
        if (b.neg()) r = r.negate();
        return l.compareTo(r);
    }

    private static int sign(Value.Float v) {
        if (v.kind() == Value.Float.FINITE && v.mag().signum() == 0) return 0;
        return v.neg() ? -1 : 1;
    }

    // ---- arithmetic ----

    enum Op { ADD, SUB, MUL, DIV, REM, MOD, DIV_TRUNC, DIV_FLOOR }

    /** {@code a op b} rounded to {@code fmt}; division by zero gives IEEE results (callers check Zig's rules). */
    static Value.Float arith(Op op, Value.Float a, Value.Float b, Format fmt) {
        if (a.kind() == Value.Float.NAN) return a;
        if (b.kind() == Value.Float.NAN) return b;
        if (a.kind() != Value.Float.FINITE || b.kind() != Value.Float.FINITE) {
            return convertBack(ieee(op, toDouble(a), toDouble(b)), fmt);
        }
        BigInteger[] x = fraction(a);
        BigInteger[] y = fraction(b);
        BigInteger xn = a.neg() ? x[0].negate() : x[0];
        BigInteger yn = b.neg() ? y[0].negate() : y[0];
        BigInteger num;
        BigInteger den;
        switch (op) {
            case ADD, SUB -> {
                BigInteger yy = op == Op.SUB ? yn.negate() : yn;
                num = xn.multiply(y[1]).add(yy.multiply(x[1]));
                den = x[1].multiply(y[1]);
                if (num.signum() == 0) {
                    boolean negZero = a.neg() && (op == Op.SUB ? !b.neg() : b.neg()) && isZero(a) && isZero(b);
                    return zero(negZero);
                }
            }
            case MUL -> {
                num = xn.multiply(yn);
                den = x[1].multiply(y[1]);
                if (num.signum() == 0) return zero(a.neg() != b.neg());
            }
            case DIV -> {
                if (yn.signum() == 0) return convertBack(ieee(op, toDouble(a), toDouble(b)), fmt);
                num = xn.multiply(y[1]);
                den = x[1].multiply(yn);
                if (den.signum() < 0) {
                    num = num.negate();
                    den = den.negate();
                }
                if (num.signum() == 0) return zero(a.neg() != b.neg());
            }
            case DIV_TRUNC, DIV_FLOOR -> {
                if (yn.signum() == 0) return convertBack(ieee(Op.DIV, toDouble(a), toDouble(b)), fmt);
                BigInteger n = xn.multiply(y[1]);
                BigInteger d = x[1].multiply(yn);
                if (d.signum() < 0) {
                    n = n.negate();
                    d = d.negate();
                }
                BigInteger[] qr = n.divideAndRemainder(d);
                BigInteger q = qr[0];
                if (op == Op.DIV_FLOOR && qr[1].signum() != 0 && n.signum() < 0) q = q.subtract(BigInteger.ONE);
                if (q.signum() == 0) return zero(a.neg() != b.neg());
                return round(q.signum() < 0, q.abs(), BigInteger.ONE, fmt);
            }
            default -> {
                if (yn.signum() == 0) return nan(fmt);
                // align to a common denominator: x = X/D, y = Y/D
                BigInteger d = x[1].max(y[1]);
                BigInteger xs = xn.multiply(d.divide(x[1]));
                BigInteger ys = yn.multiply(d.divide(y[1]));
                BigInteger r = xs.remainder(ys);
                if (op == Op.MOD && r.signum() != 0 && (r.signum() < 0) != (ys.signum() < 0)) r = r.add(ys);
                if (r.signum() == 0) return zero(op == Op.REM ? a.neg() : b.neg());
                num = r;
                den = d;
            }
        }
        return round(num.signum() < 0, num.abs(), den, fmt);
    }

    private static double ieee(Op op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case REM -> a % b;
            case MOD -> {
                double r = a % b;
                yield r != 0 && (r < 0) != (b < 0) ? r + b : r;
            }
            case DIV_TRUNC -> {
                double q = a / b;
                yield q < 0 ? Math.ceil(q) : Math.floor(q);
            }
            case DIV_FLOOR -> Math.floor(a / b);
        };
    }

    private static Value.Float convertBack(double d, Format fmt) {
        if (Double.isNaN(d)) return nan(fmt);
        if (Double.isInfinite(d)) return inf(d < 0);
        return convert(fromDouble(d), fmt);
    }

    static Value.Float negate(Value.Float v) {
        if (v.kind() == Value.Float.NAN) return v;
        return new Value.Float(!v.neg(), v.mag(), v.exp(), v.kind());
    }

    static Value.Float fromDouble(double d) {
        if (Double.isNaN(d)) return nan(F64);
        if (Double.isInfinite(d)) return inf(d < 0);
        boolean neg = (Double.doubleToRawLongBits(d) & Long.MIN_VALUE) != 0;
        if (d == 0) return zero(neg);
        BigDecimal bd = new BigDecimal(Math.abs(d));
        return fromDecimal(neg ? bd.negate() : bd, F64);
    }

    /** The value rounded to {@code f64}, as a Java double. */
    static double toDouble(Value.Float v) {
        if (v.kind() == Value.Float.NAN) return Double.NaN;
        if (v.kind() == Value.Float.INF) return v.neg() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        Value.Float r = convert(v, F64);
        if (r.kind() == Value.Float.INF) return r.neg() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        double m = r.mag().doubleValue();
        double d = r.exp() < -1074 ? Math.scalb(Math.scalb(m, -1074), r.exp() + 1074) : Math.scalb(m, r.exp());
        return r.neg() ? -d : d;
    }

    // ---- printing ----

    /** Zig's {@code {d}} of the value as an {@code f64}: shortest round-trip digits, plain decimal notation. */
    static String format(Value.Float v) {
        double d = toDouble(v);
        if (v.kind() == Value.Float.NAN) return v.neg() ? "-nan" : "nan";
        if (Double.isInfinite(d)) return d < 0 ? "-inf" : "inf";
        if (d == 0) return (Double.doubleToRawLongBits(d) & Long.MIN_VALUE) != 0 ? "-0" : "0";
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) return r.stripTrailingZeros().toPlainString();
        }
        return exact.stripTrailingZeros().toPlainString();
    }

    // ================= Sema: types, coercion, operators =================

    static boolean isFloatLike(InternPool ip, int t) {
        return t >= 0 && ip.key(t) instanceof Key.Simple sm && format(sm.name()) != null;
    }

    static Format formatOf(InternPool ip, int t) {
        return format(((Key.Simple) ip.key(t)).name());
    }

    static int floatBits(InternPool ip, int t) {
        String n = ((Key.Simple) ip.key(t)).name();
        return n.equals("comptime_float") ? 128 : Integer.parseInt(n.substring(1));
    }

    /** Peer type of two fixed-width float types: the wider one. */
    static int widerFloat(InternPool ip, int a, int b) {
        return floatBits(ip, a) >= floatBits(ip, b) ? a : b;
    }

    /** Zig's {@code zigTypeTag} name of a numeric type, as in "invalid operands to binary expression". */
    static String typeTag(SemaExpr x, int t) {
        if (t == x.ip.comptimeFloatType) return "comptime_float";
        if (t == x.ip.comptimeIntType) return "comptime_int";
        if (isFloatLike(x.ip, t)) return "float";
        if (x.isInt(t)) return "int";
        if (t == x.ip.boolType) return "bool";
        return x.fmt(t);
    }

    static TypedValue negate(TypedValue v) {
        if (v.value() instanceof Value.Float fv) return new TypedValue(v.type(), negate(fv));
        return v;
    }

    private static Value.Float toFloat(Value v, Format fmt) {
        if (v instanceof Value.Float fv) return convert(fv, fmt);
        if (v instanceof Value.Int i) return fromInt(i.value(), fmt);
        return null;
    }

    /**
     * Coercions into and out of floats, or {@code null} when neither side is a float: comptime-known numbers
     * coerce to any float type (rounded); runtime floats only widen; comptime-known floats coerce to integer
     * types when integral and in range.
     */
    static TypedValue coerce(SemaExpr x, TypedValue v, int dest, int node, SemaMessage note) {
        InternPool ip = x.ip;
        int from = v.type();
        boolean destFloat = isFloatLike(ip, dest);
        boolean fromFloat = isFloatLike(ip, from);
        boolean fromNumber = fromFloat || x.isInt(from) || from == ip.comptimeIntType;
        if ((dest == ip.comptimeIntType || dest == ip.comptimeFloatType) && fromNumber && !v.isComptime()) {
            throw x.fail(node, "unable to resolve comptime value", Sema.msg(x.file, Sema.span(x.ast, node),
                    "value being casted to '" + x.fmt(dest) + "' must be comptime-known"));
        }
        if (dest == ip.comptimeIntType && x.isInt(from) && v.value() instanceof Value.Int) return new TypedValue(dest, v.value());
        if (destFloat && (fromFloat || from == ip.comptimeIntType || x.isInt(from))) {
            if (v.value() instanceof Value.Undef) return new TypedValue(dest, v.value());
            if (v.isComptime()) {
                Value.Float r = toFloat(v.value(), formatOf(ip, dest));
                if (r != null) return new TypedValue(dest, r);
            }
            if (fromFloat && from != ip.comptimeFloatType && dest != ip.comptimeFloatType
                    && floatBits(ip, dest) >= floatBits(ip, from)) {
                return TypedValue.runtime(dest);
            }
            return null;
        }
        if (fromFloat && (x.isInt(dest) || dest == ip.comptimeIntType) && v.value() instanceof Value.Float fv) {
            if (hasFraction(fv)) {
                throw x.fail(node, "fractional component prevents float value '" + format(fv)
                        + "' from coercion to type '" + x.fmt(dest) + "'");
            }
            BigInteger i = truncate(fv);
            if (dest != ip.comptimeIntType && !x.fits(i, dest)) {
                throw x.fail(node, "float value '" + format(fv) + "' cannot be stored in integer type '" + x.fmt(dest) + "'");
            }
            return new TypedValue(dest, new Value.Int(i));
        }
        return null;
    }

    /** A binary operator whose peer type {@code t} is a float type. */
    static TypedValue arith(SemaExpr x, SemaExpr.Frame f, int node, Node.Tag op, TypedValue a, TypedValue b, int t,
                            int lhsNode, int rhsNode) {
        InternPool ip = x.ip;
        switch (op) {
            case BIT_AND, BIT_OR, BIT_XOR -> throw x.fail(node, "invalid operands to binary bitwise expression: '"
                    + typeTag(x, a.type()) + "' and '" + typeTag(x, b.type()) + "'");
            case SHL, SHR -> throw x.fail(lhsNode, "bit shifting operation expected integer type, found '" + x.fmt(a.type()) + "'");
            case ADD_WRAP, SUB_WRAP, MUL_WRAP -> throw x.fail(node, "invalid operands to binary expression: '"
                    + typeTag(x, a.type()) + "' and '" + typeTag(x, b.type()) + "'");
            default -> { }
        }
        int origA = a.type();
        int origB = b.type();
        a = x.coerce(f, a, t, lhsNode, null);
        b = x.coerce(f, b, t, rhsNode, null);
        if (a.value() instanceof Value.Undef || b.value() instanceof Value.Undef) return new TypedValue(t, Value.UNDEF);
        Value.Float fa = a.value() instanceof Value.Float v1 ? v1 : null;
        Value.Float fb = b.value() instanceof Value.Float v2 ? v2 : null;
        Format fmt = formatOf(ip, t);
        if (fa != null && fb != null && op == Node.Tag.DIV && t == ip.comptimeFloatType && (origA == ip.comptimeIntType) != (origB == ip.comptimeIntType)) {
            Value.Float rem = arith(Op.REM, fa, fb, fmt);
            if (!isZero(rem)) {
                throw x.fail(node, "ambiguous coercion of division operands '" + x.fmt(origA) + "' and '" + x.fmt(origB)
                        + "'; non-zero remainder '" + format(rem) + "'");
            }
        }
        if (op == Node.Tag.MOD) {
            if (fb != null && isZero(fb)) throw x.fail(rhsNode, "division by zero here causes undefined behavior");
            String why = "remainder division with '" + x.fmt(origA) + "' and '" + x.fmt(origB)
                    + "': signed integers and floats must use @rem or @mod";
            if (fa != null && fa.neg() && !isZero(fa)) throw x.fail(lhsNode, why);
            if (fb != null && fb.neg()) throw x.fail(rhsNode, why);
        }
        if (op == Node.Tag.DIV && fb != null && isZero(fb) && t == ip.comptimeFloatType) {
            throw x.fail(rhsNode, "division by zero here causes undefined behavior");
        }
        if (fa == null || fb == null) return TypedValue.runtime(t);
        Op fop = switch (op) {
            case ADD -> Op.ADD;
            case SUB -> Op.SUB;
            case MUL -> Op.MUL;
            case DIV -> Op.DIV;
            default -> Op.REM;
        };
        return new TypedValue(t, arith(fop, fa, fb, fmt));
    }

    /** A comparison with a float operand; {@code null} when not numeric (the caller reports it). */
    static TypedValue compare(SemaExpr x, SemaExpr.Frame f, int node, Node.Tag op, TypedValue a, TypedValue b) {
        InternPool ip = x.ip;
        int ta = a.type();
        int tb = b.type();
        boolean na = isFloatLike(ip, ta) || x.isInt(ta) || ta == ip.comptimeIntType;
        boolean nb = isFloatLike(ip, tb) || x.isInt(tb) || tb == ip.comptimeIntType;
        if (!na || !nb) return null;
        int t;
        if (isFloatLike(ip, ta) && isFloatLike(ip, tb)) {
            t = ta == ip.comptimeFloatType ? tb : tb == ip.comptimeFloatType ? ta : widerFloat(ip, ta, tb);
        } else if (isFloatLike(ip, ta) && ta != ip.comptimeFloatType) {
            t = ta;
        } else if (isFloatLike(ip, tb) && tb != ip.comptimeFloatType) {
            t = tb;
        } else {
            t = ip.comptimeFloatType;
        }
        if (t == ip.comptimeFloatType && (!a.isComptime() || !b.isComptime())) return TypedValue.runtime(ip.boolType);
        a = x.coerce(f, a, t, ast(x).lhs(node), null);
        b = x.coerce(f, b, t, ast(x).rhs(node), null);
        if (!(a.value() instanceof Value.Float fa) || !(b.value() instanceof Value.Float fb)) {
            return TypedValue.runtime(ip.boolType);
        }
        Integer c = compare(fa, fb);
        boolean r = switch (op) {
            case EQUAL_EQUAL -> c != null && c == 0;
            case BANG_EQUAL -> c == null || c != 0;
            case LESS_THAN -> c != null && c < 0;
            case GREATER_THAN -> c != null && c > 0;
            case LESS_OR_EQUAL -> c != null && c <= 0;
            default -> c != null && c >= 0;
        };
        return new TypedValue(ip.boolType, Value.Bool.of(r));
    }

    private static dev.zcu.syntax.Ast ast(SemaExpr x) {
        return x.ast;
    }
}
