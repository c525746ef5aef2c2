package dev.zcu.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The interpreter's exact float arithmetic ({@link SemaFloat}) against the JVM's IEEE {@code float} and
 * {@code double}: rounding to nearest-even in the f32 and f64 formats must give the same bits, and the printed
 * form must read back as the same value.
 */
class SemaFloatProperties {

    private static final SemaFloat.Op[] OPS = {SemaFloat.Op.ADD, SemaFloat.Op.SUB, SemaFloat.Op.MUL, SemaFloat.Op.DIV};

    private static double java(SemaFloat.Op op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            default -> a / b;
        };
    }

    private static float java(SemaFloat.Op op, float a, float b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            default -> a / b;
        };
    }

    @Property
    void f64ArithmeticMatchesDouble(@ForAll double a, @ForAll double b) {
        for (SemaFloat.Op op : OPS) {
            double expected = java(op, a, b);
            double actual = SemaFloat.toDouble(SemaFloat.arith(op, SemaFloat.fromDouble(a), SemaFloat.fromDouble(b), SemaFloat.F64));
            if (Double.isNaN(expected)) {
                assertEquals(true, Double.isNaN(actual), op + " " + a + " " + b);
            } else {
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), op + " " + a + " " + b);
            }
        }
    }

    @Property
    void f32ArithmeticMatchesFloat(@ForAll float a, @ForAll float b) {
        for (SemaFloat.Op op : OPS) {
            float expected = java(op, a, b);
            Value.Float r = SemaFloat.arith(op, SemaFloat.fromDouble(a), SemaFloat.fromDouble(b), SemaFloat.F32);
            float actual = (float) SemaFloat.toDouble(r);
            if (Float.isNaN(expected)) {
                assertEquals(true, Float.isNaN(actual), op + " " + a + " " + b);
            } else {
                assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(actual), op + " " + a + " " + b);
            }
        }
    }

    @Property
    void printedValueReadsBack(@ForAll double d) {
        String text = SemaFloat.format(SemaFloat.fromDouble(d));
        if (Double.isNaN(d) || Double.isInfinite(d)) return;
        assertEquals(d, Double.parseDouble(text), text);
    }

    @Property
    void literalsRoundLikeTheJvm(@ForAll double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return;
        String literal = Double.toString(Math.abs(d));
        double parsed = SemaFloat.toDouble(SemaFloat.convert(SemaFloat.parse(literal), SemaFloat.F64));
        assertEquals(Math.abs(d), parsed, literal);
    }
}
