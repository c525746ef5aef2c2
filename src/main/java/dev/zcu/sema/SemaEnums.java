package dev.zcu.sema;

import dev.zcu.syntax.Full;
import java.math.BigInteger;
import java.util.List;

/**
 * Enums with an explicit integer tag type ({@code enum(u8) { a = 1, b }}) for {@link SemaExpr}: the tag type is
 * kept in {@link ContainerType#tagType}, explicit values are coerced to it, implicit ones continue from the
 * previous value, with zig's errors for duplicate values ("enum tag value 1 already taken"), values past the tag
 * type ("enumeration value '4' too large for type 'u2'") and non-integer tag types.
 */
final class SemaEnums {

    private SemaEnums() {}

    /** Before the fields: the explicit integer tag type of the enum's declaration, or -1. */
    static void begin(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, ContainerType ct) {
        ct.tagType = -1;
        int node = x.zcu.containerNode(ct);
        if (node <= 0) return;
        Full.ContainerDecl cd = x.ast.fullContainerDecl(node).orElse(null);
        if (cd == null || cd.arg() == 0) return;
        int t = x.resolveType(f, s, cd.arg());
        if (!x.isInt(t)) throw x.fail(cd.arg(), "expected integer tag type, found '" + x.fmt(t) + "'");
        ct.tagType = t;
    }

    /** The tag value of the next field: its explicit value, else the previous value plus one (0 first). */
    static Value fieldTag(SemaExpr x, SemaExpr.Frame f, SemaExpr.Scope s, ContainerType ct, Full.ContainerField cf,
                          int fieldNode, List<Value> previous) {
        if (cf.valueExpr() != 0) {
            if (ct.tagType < 0) throw x.unsupported(cf.valueExpr(), "explicit enum tag values without an explicit tag type");
            TypedValue v = x.coerce(f, x.expr(f, s, cf.valueExpr(), ct.tagType), ct.tagType, cf.valueExpr(), null);
            if (!(v.value() instanceof Value.Int i)) throw x.fail(cf.valueExpr(), "unable to resolve comptime value");
            for (int k = 0; k < previous.size(); k++) {
                if (previous.get(k).equals(i)) {
                    Full.ContainerField other = x.ast.fullContainerField(ct.fieldNodes.get(k)).orElseThrow();
                    int where = other.valueExpr() != 0 ? other.valueExpr() : ct.fieldNodes.get(k);
                    throw x.fail(cf.valueExpr(), "enum tag value " + i.value() + " already taken",
                            Sema.msg(x.file, Sema.span(x.ast, where), "other occurrence here"));
                }
            }
            return i;
        }
        BigInteger next = previous.isEmpty() ? BigInteger.ZERO
                : ((Value.Int) previous.get(previous.size() - 1)).value().add(BigInteger.ONE);
        if (ct.tagType >= 0 && !x.fits(next, ct.tagType)) {
            throw x.fail(fieldNode, "enumeration value '" + next + "' too large for type '" + x.fmt(ct.tagType) + "'");
        }
        return new Value.Int(next);
    }
}
