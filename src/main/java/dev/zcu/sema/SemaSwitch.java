package dev.zcu.sema;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Full;
import dev.zcu.syntax.Node;
import dev.zcu.syntax.Token;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code switch} on integers, enums, bools and other comptime-comparable values for {@link SemaExpr} (error sets
 * and unions have their own, {@link SemaErrors} and {@link SemaUnions}): ranges, prong captures {@code |x|} and
 * {@code |*x|}, {@code inline} prongs and {@code inline else} (unrolled, the capture comptime-known),
 * exhaustiveness of enums, bools and integers, duplicate values, unreachable {@code else}, and labelled switches
 * with {@code continue :label value} (a loop at comptime).
 */
final class SemaSwitch {

    private final SemaExpr x;
    private final InternPool ip;
    private final Ast ast;
    /** The labelled switches being analysed (innermost first): label and operand type, for {@code continue}. */
    private final Deque<Object[]> labelled = new ArrayDeque<>();
    /** The operand of the last {@code continue :label value} executed at comptime (where zig counts the branch). */
    private int lastContinueOperand;

    SemaSwitch(SemaExpr x) {
        this.x = x;
        this.ip = x.ip;
        this.ast = x.ast;
    }

    /** One prong: its items' values, ranges, whether it is else/inline, and for inline prongs the values to unroll. */
    private static final class Prong {
        int caseNode;
        Full.SwitchCase sc;
        final List<Value> items = new ArrayList<>();
        final List<BigInteger[]> ranges = new ArrayList<>();
        boolean isElse;
        boolean isInline;
    }

    TypedValue switchExpr(SemaExpr.Frame f, SemaExpr.Scope s, int node, Full.Switch sw, TypedValue cond, int rt) {
        String label = sw.labelToken() >= 0 ? ast.tokenSlice(sw.labelToken()) : null;
        int ct = cond.type();
        ContainerType enumType = ip.container(ct) != null && ip.container(ct).kind == Key.ContainerKind.ENUM ? ip.container(ct) : null;
        if (enumType != null) {
            x.sema.declare(new Dependee.Interned(ct));
            Sema.ensureType(x.zcu, ct);
            if (x.zcu.failed(AnalUnit.type(ct))) throw x.sema.transitive();
        }
        List<Prong> prongs = new ArrayList<>();
        Map<Value, Integer> seen = new HashMap<>();
        Prong elseProng = null;
        Prong underscore = null; // `_ =>` of a non-exhaustive enum: the unnamed values only
        for (int caseNode : sw.cases()) {
            Full.SwitchCase sc = ast.fullSwitchCase(caseNode).orElseThrow();
            Prong p = new Prong();
            p.caseNode = caseNode;
            p.sc = sc;
            p.isInline = sc.inlineToken() >= 0;
            if (sc.values().length == 0 || isUnderscoreProng(enumType, sc)) {
                p.isElse = true;
                if (sc.values().length != 0) underscore = p;
                elseProng = p;
                prongs.add(p);
                continue;
            }
            for (int item : sc.values()) {
                if (ast.nodeTag(item) == Node.Tag.SWITCH_RANGE) {
                    TypedValue lo = x.coerce(f, x.expr(f, s, ast.lhs(item), ct), ct, ast.lhs(item), null);
                    TypedValue hi = x.coerce(f, x.expr(f, s, ast.rhs(item), ct), ct, ast.rhs(item), null);
                    if (!(lo.value() instanceof Value.Int a)) throw x.fail(ast.lhs(item), "unable to resolve comptime value");
                    if (!(hi.value() instanceof Value.Int b)) throw x.fail(ast.rhs(item), "unable to resolve comptime value");
                    p.ranges.add(new BigInteger[] {a.value(), b.value()});
                    continue;
                }
                TypedValue iv = x.coerce(f, x.expr(f, s, item, -1), ct, item, null);
                if (!iv.isComptime()) throw x.fail(item, "unable to resolve comptime value");
                Integer prev = seen.putIfAbsent(iv.value(), item);
                if (prev != null) {
                    throw x.fail(item, "duplicate switch value", Sema.msg(x.file, Sema.span(ast, prev), "previous value here"));
                }
                p.items.add(iv.value());
            }
            prongs.add(p);
        }
        List<Value> unhandled = unhandled(ct, enumType, prongs);
        boolean nonExhaustive = enumType != null && enumType.nonExhaustive;
        if (nonExhaustive && elseProng == null) {
            throw x.fail(node, "switch on non-exhaustive enum must include 'else' or '_' prong");
        }
        if (elseProng == null || elseProng == underscore) {
            if (unhandled == null || !unhandled.isEmpty()) {
                if (enumType != null && unhandled != null && !unhandled.contains(Value.UNDEF)) {
                    List<SemaMessage> notes = new ArrayList<>();
                    Ast enumAst = x.zcu.file(enumType.file).zir().ast();
                    for (Value v : unhandled) {
                        int fi = ((Value.EnumTag) v).field();
                        notes.add(Sema.msg(enumType.file, Sema.span(enumAst, enumType.fieldNodes.get(fi)),
                                "unhandled enumeration value: '" + enumType.fieldNames.get(fi) + "'"));
                    }
                    notes.add(enumDeclaredHere(ct, enumType));
                    throw x.fail(node, "switch must handle all possibilities", notes.toArray(new SemaMessage[0]));
                }
                if (!cond.isComptime() || unhandled != null) throw x.fail(node, "switch must handle all possibilities");
            }
        } else if (unhandled != null && unhandled.isEmpty() && !nonExhaustive) {
            throw x.fail(elseProng.caseNode, "unreachable else prong; all cases already handled");
        }
        if (label != null) labelled.push(new Object[] {label, ct});
        try {
            if (cond.isComptime()) return comptimeSwitch(f, s, node, prongs, cond, rt, label, ct);
            return runtimeSwitch(f, s, node, prongs, cond, rt, label, unhandled);
        } finally {
            if (label != null) labelled.pop();
        }
    }

    private SemaMessage enumDeclaredHere(int type, ContainerType ct) {
        Ast other = x.zcu.file(ct.file).zir().ast();
        int n = x.zcu.containerNode(ct);
        int[] sp = n <= 0 ? new int[] {0, 0, 0} : Sema.span(other, n);
        return new SemaMessage(ct.file, sp[0], sp[1], sp[2], "enum '" + ct.name + "' declared here", List.of());
    }

    /** The values no prong names (enum tags, bools, integers of up to 16 bits), or null when not enumerable. */
    /** {@code _ =>} on a non-exhaustive enum (elsewhere {@code _} is an identifier, and AstGen rejects it). */
    private boolean isUnderscoreProng(ContainerType enumType, Full.SwitchCase sc) {
        if (enumType == null || !enumType.nonExhaustive || sc.values().length != 1) return false;
        int item = sc.values()[0];
        return ast.nodeTag(item) == Node.Tag.IDENTIFIER && ast.tokenSlice(ast.mainToken(item)).equals("_");
    }

    private List<Value> unhandled(int ct, ContainerType enumType, List<Prong> prongs) {
        List<Value> all = new ArrayList<>();
        if (enumType != null) {
            for (int i = 0; i < enumType.fieldNames.size(); i++) all.add(new Value.EnumTag(i));
        } else if (ct == ip.boolType) {
            all.add(Value.Bool.TRUE);
            all.add(Value.Bool.FALSE);
        } else if (x.isInt(ct)) {
            BigInteger lo = SemaBuiltins.minOf(x, ct);
            BigInteger hi = SemaBuiltins.maxOf(x, ct);
            if (x.bits(ct) > 16) return intsCovered(lo, hi, prongs) ? List.of() : List.of(Value.UNDEF);
            for (BigInteger v = lo; v.compareTo(hi) <= 0; v = v.add(BigInteger.ONE)) all.add(new Value.Int(v));
        } else {
            return null;
        }
        List<Value> out = new ArrayList<>();
        for (Value v : all) {
            if (!covered(v, prongs)) out.add(v);
        }
        return out;
    }

    private boolean intsCovered(BigInteger lo, BigInteger hi, List<Prong> prongs) {
        List<BigInteger[]> iv = new ArrayList<>();
        for (Prong p : prongs) {
            iv.addAll(p.ranges);
            for (Value v : p.items) {
                if (v instanceof Value.Int i) iv.add(new BigInteger[] {i.value(), i.value()});
            }
        }
        iv.sort((a, b) -> a[0].compareTo(b[0]));
        BigInteger next = lo;
        for (BigInteger[] r : iv) {
            if (r[0].compareTo(next) > 0) return false;
            if (r[1].compareTo(next) >= 0) next = r[1].add(BigInteger.ONE);
        }
        return next.compareTo(hi) > 0;
    }

    private static boolean covered(Value v, List<Prong> prongs) {
        for (Prong p : prongs) {
            if (matches(p, v)) return true;
        }
        return false;
    }

    private static boolean matches(Prong p, Value v) {
        if (p.items.contains(v)) return true;
        if (v instanceof Value.Int i) {
            for (BigInteger[] r : p.ranges) {
                if (i.value().compareTo(r[0]) >= 0 && i.value().compareTo(r[1]) <= 0) return true;
            }
        }
        return false;
    }

    private TypedValue comptimeSwitch(SemaExpr.Frame f, SemaExpr.Scope s, int node, List<Prong> prongs, TypedValue cond,
                                      int rt, String label, int ct) {
        while (true) {
            Prong chosen = null;
            for (Prong p : prongs) {
                if (!p.isElse && matches(p, cond.value())) {
                    chosen = p;
                    break;
                }
            }
            if (chosen == null) {
                for (Prong p : prongs) {
                    if (p.isElse) chosen = p;
                }
            }
            if (chosen == null) throw x.fail(node, "switch must handle all possibilities");
            SemaExpr.Scope ps = new SemaExpr.Scope(s);
            bindCapture(chosen, ps, cond, ct);
            TypedValue r = x.expr(f, ps, chosen.sc.targetExpr(), rt);
            if (label != null && f.flow == SemaExpr.Flow.CONTINUE && label.equals(f.label)) {
                f.flow = SemaExpr.Flow.NONE;
                cond = f.flowValue;
                x.countBranch(lastContinueOperand);
                continue;
            }
            if (label != null && f.flow == SemaExpr.Flow.BREAK && label.equals(f.label)) {
                f.flow = SemaExpr.Flow.NONE;
                r = f.flowValue;
            }
            if (f.flow != SemaExpr.Flow.NONE) return TypedValue.runtime(ip.noreturnType);
            if (rt >= 0 && r.type() != ip.noreturnType) r = x.coerce(f, r, rt, chosen.sc.targetExpr(), null);
            return r;
        }
    }

    private TypedValue runtimeSwitch(SemaExpr.Frame f, SemaExpr.Scope s, int node, List<Prong> prongs, TypedValue cond,
                                     int rt, String label, List<Value> unhandled) {
        List<TypedValue> results = new ArrayList<>();
        List<Integer> resultNodes = new ArrayList<>();
        for (Prong p : prongs) {
            List<Value> unrolled = null;
            if (p.isInline) {
                unrolled = new ArrayList<>();
                if (p.isElse) {
                    if (unhandled == null) throw x.unsupported(p.caseNode, "inline else prongs on this operand type");
                    if (unhandled.contains(Value.UNDEF)) throw x.unsupported(p.caseNode, "inline else prongs on integers wider than 16 bits");
                    unrolled.addAll(unhandled);
                } else {
                    unrolled.addAll(p.items);
                    for (BigInteger[] r : p.ranges) {
                        if (r[1].subtract(r[0]).compareTo(BigInteger.valueOf(65536)) > 0) {
                            throw x.unsupported(p.caseNode, "inline prongs with huge ranges");
                        }
                        for (BigInteger v = r[0]; v.compareTo(r[1]) <= 0; v = v.add(BigInteger.ONE)) unrolled.add(new Value.Int(v));
                    }
                }
            }
            int n = unrolled == null ? 1 : unrolled.size();
            for (int i = 0; i < n; i++) {
                SemaExpr.Scope ps = new SemaExpr.Scope(s);
                TypedValue capture = unrolled == null ? TypedValue.runtime(cond.type()) : new TypedValue(cond.type(), unrolled.get(i));
                bindCapture(p, ps, capture, cond.type());
                TypedValue r = x.expr(f, ps, p.sc.targetExpr(), rt);
                if (rt >= 0 && r.type() != ip.noreturnType) r = x.coerce(f, r, rt, p.sc.targetExpr(), null);
                results.add(r);
                resultNodes.add(p.sc.targetExpr());
            }
        }
        if (label != null) {
            List<TypedValue> bs = f.breaks.remove(label);
            if (bs != null) {
                for (TypedValue b : bs) {
                    results.add(b);
                    resultNodes.add(node);
                }
            }
        }
        int t = ip.noreturnType;
        int tn = node;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).type() == ip.noreturnType) continue;
            if (t == ip.noreturnType) {
                t = results.get(i).type();
                tn = resultNodes.get(i);
            } else if (rt >= 0) {
                t = rt;
            } else {
                t = x.peer(new TypedValue(t, null), results.get(i), node, tn, resultNodes.get(i));
            }
        }
        return TypedValue.runtime(t);
    }

    private void bindCapture(Prong p, SemaExpr.Scope ps, TypedValue value, int ct) {
        int t = p.sc.payloadToken();
        if (t < 0) return;
        boolean byRef = ast.tokenTag(t) == Token.Tag.ASTERISK;
        if (byRef) t++;
        String name = x.name(t);
        if (ast.tokenTag(t + 1) == Token.Tag.COMMA) {
            ContainerType et = ip.container(ct);
            if (et != null && et.kind == Key.ContainerKind.ENUM) {
                throw x.fail(Sema.tokenSpan(ast, t + 2), "cannot capture tag of non-union type '" + x.fmt(ct) + "'",
                        x.declaredHere(ct, "enum declared here"));
            }
            throw x.unsupported(p.caseNode, "tag captures on non-union switches");
        }
        if (name.equals("_")) return;
        if (byRef) {
            int ptr = ip.intern(new Key.Ptr(Key.PtrSize.ONE, true, ct, null));
            ps.locals.put(name, new SemaExpr.Local(ptr, value.value() == null ? null : new Value.ConstPtr(value.value()), false));
            return;
        }
        ps.locals.put(name, new SemaExpr.Local(ct, value.value(), false));
    }

    /** {@code continue :label value}: dispatches the labelled switch again with {@code value}. */
    TypedValue continueSwitch(SemaExpr.Frame f, SemaExpr.Scope s, int node) {
        String label = ast.tokenSlice(ast.lhs(node));
        Integer ct = null;
        for (Object[] l : labelled) {
            if (l[0].equals(label)) {
                ct = (Integer) l[1];
                break;
            }
        }
        if (ct == null) throw x.unsupported(node, "continue with an operand outside its labelled switch");
        TypedValue v = x.coerce(f, x.expr(f, s, ast.rhs(node), ct), ct, ast.rhs(node), null);
        if (v.type() == ip.noreturnType) return v;
        if (f.comptime) {
            if (!v.isComptime()) throw x.fail(ast.rhs(node), "unable to resolve comptime value");
            f.flow = SemaExpr.Flow.CONTINUE;
            f.label = label;
            f.flowValue = v;
            lastContinueOperand = ast.rhs(node);
        }
        return TypedValue.runtime(ip.noreturnType);
    }
}
