package dev.zcu.sema;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Full;
import dev.zcu.syntax.Node;
import dev.zcu.syntax.Token;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Tuples and anonymous struct literals for {@link SemaExpr}: {@code .{ 1, true }} and {@code .{ .a = 1 }} without a
 * result type (their fields are {@code comptime} when the value is comptime-known, as in Zig: {@code struct {
 * comptime comptime_int = 1, u8 }}), tuple indexing and {@code .len}, coercion of tuples to arrays and tuple types,
 * and {@code inline for} (over tuples, arrays, slices and ranges, unrolled in runtime code too).
 */
final class SemaTuples {

    private final SemaExpr x;
    private final InternPool ip;
    private final Ast ast;

    SemaTuples(SemaExpr x) {
        this.x = x;
        this.ip = x.ip;
        this.ast = x.ast;
    }

    boolean isTuple(int type) {
        return type >= 0 && ip.key(type) instanceof Key.Tuple;
    }

    /** {@code .{ a, b }} without a result type. */
    TypedValue literal(SemaExpr.Frame f, SemaExpr.Scope s, int node, int[] elems) {
        List<Integer> types = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        boolean allKnown = true;
        for (int e : elems) {
            TypedValue v = x.expr(f, s, e, -1);
            if (v.type() == ip.noreturnType) return v;
            types.add(v.type());
            values.add(v.value());
            if (!v.isComptime()) allKnown = false;
        }
        int type = ip.intern(new Key.Tuple(types, null, values));
        return new TypedValue(type, allKnown ? new Value.Aggregate(values) : null);
    }

    /** {@code .{ .a = x }} without a result type. */
    TypedValue anonStruct(SemaExpr.Frame f, SemaExpr.Scope s, int node, int[] fields) {
        if (fields.length == 0) return new TypedValue(ip.intern(new Key.Tuple(List.of())), new Value.Aggregate(List.of()));
        List<Integer> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        boolean allKnown = true;
        for (int fv : fields) {
            int nameTok = ast.firstToken(fv) - 2;
            String name = x.name(nameTok);
            if (names.contains(name)) throw x.fail(Sema.tokenSpan(ast, nameTok), "duplicate field");
            TypedValue v = x.expr(f, s, fv, -1);
            if (v.type() == ip.noreturnType) return v;
            names.add(name);
            types.add(v.type());
            values.add(v.value());
            if (!v.isComptime()) allKnown = false;
        }
        int type = ip.intern(new Key.Tuple(types, names, values));
        return new TypedValue(type, allKnown ? new Value.Aggregate(values) : null);
    }

    /** The value of field {@code i} of a tuple-typed value, or null when runtime-known. */
    private Value fieldValue(Key.Tuple t, Value v, int i) {
        if (t.values().get(i) != null) return t.values().get(i);
        if (v instanceof Value.Aggregate ag) return ag.elems().get(i);
        return null;
    }

    /** {@code t[i]}: the index must be comptime-known. */
    TypedValue index(SemaExpr.Frame f, SemaExpr.Scope s, int node, TypedValue base) {
        Key.Tuple t = (Key.Tuple) ip.key(base.type());
        TypedValue idx = x.coerce(f, x.expr(f, s, ast.rhs(node), ip.usizeType), ip.usizeType, ast.rhs(node), null);
        if (!(idx.value() instanceof Value.Int i)) {
            throw x.fail(ast.rhs(node), "unable to resolve comptime value");
        }
        if (i.value().compareTo(BigInteger.valueOf(t.types().size())) >= 0) {
            throw x.fail(ast.rhs(node), "index " + i.value() + " outside tuple of length " + t.types().size());
        }
        int k = i.value().intValue();
        return new TypedValue(t.types().get(k), fieldValue(t, base.value(), k));
    }

    /** {@code t.len}, {@code t.@"0"}, {@code s.name}. */
    TypedValue member(int type, Value val, String field, int node) {
        Key.Tuple t = (Key.Tuple) ip.key(type);
        if (t.isTuple() && field.equals("len")) return new TypedValue(ip.usizeType, Value.Int.of(t.types().size()));
        int k = fieldIndex(t, field);
        if (k < 0) {
            if (t.isTuple()) {
                throw x.fail(Sema.tokenSpan(ast, ast.rhs(node)), "no field named '" + field + "' in tuple '" + x.fmt(type) + "'");
            }
            throw x.unsupported(node, "errors naming anonymous struct types");
        }
        return new TypedValue(t.types().get(k), fieldValue(t, val, k));
    }

    int fieldIndex(Key.Tuple t, String field) {
        if (t.names() != null) return t.names().indexOf(field);
        if (!field.isEmpty() && field.chars().allMatch(Character::isDigit) && field.length() < 9) {
            int k = Integer.parseInt(field);
            return k < t.types().size() ? k : -1;
        }
        return -1;
    }

    /** A tuple with a tuple type as result type: {@code const t: struct { u8, bool } = .{ 1, true }}. */
    TypedValue literalWithType(SemaExpr.Frame f, SemaExpr.Scope s, int node, int[] elems, int type) {
        Key.Tuple t = (Key.Tuple) ip.key(type);
        if (elems.length < t.types().size()) throw x.fail(node, "missing tuple field with index " + elems.length);
        if (elems.length > t.types().size()) {
            throw x.fail(elems[t.types().size()], "index " + t.types().size() + " outside tuple of length " + t.types().size());
        }
        List<Value> values = new ArrayList<>();
        boolean allKnown = true;
        for (int i = 0; i < elems.length; i++) {
            int ft = t.types().get(i);
            TypedValue v = x.coerce(f, x.expr(f, s, elems[i], ft), ft, elems[i], null);
            values.add(v.value());
            if (!v.isComptime()) allKnown = false;
        }
        return new TypedValue(type, allKnown ? new Value.Aggregate(values) : null);
    }

    /** Coercions of tuple values: to arrays of the same length, to tuple types; {@code null} if not applicable. */
    TypedValue coerce(SemaExpr.Frame f, TypedValue v, int dest, int node) {
        if (!isTuple(v.type())) return null;
        Key.Tuple from = (Key.Tuple) ip.key(v.type());
        Key dk = ip.key(dest);
        if (dk instanceof Key.Array a && from.isTuple()) {
            if (a.len() != from.types().size()) {
                throw x.fail(node, "expected " + a.len() + " array elements; found " + from.types().size());
            }
            List<Value> out = new ArrayList<>();
            boolean known = true;
            for (int i = 0; i < from.types().size(); i++) {
                TypedValue e = x.coerce(f, new TypedValue(from.types().get(i), fieldValue(from, v.value(), i)), a.child(), node, null);
                out.add(e.value());
                if (!e.isComptime()) known = false;
            }
            return new TypedValue(dest, known ? new Value.Aggregate(out) : null);
        }
        if (dk instanceof Key.Tuple to && to.isTuple() && from.isTuple() && to.types().size() == from.types().size()) {
            List<Value> out = new ArrayList<>();
            boolean known = true;
            for (int i = 0; i < from.types().size(); i++) {
                TypedValue e = x.coerce(f, new TypedValue(from.types().get(i), fieldValue(from, v.value(), i)), to.types().get(i), node, null);
                out.add(e.value());
                if (!e.isComptime()) known = false;
            }
            return new TypedValue(dest, known ? new Value.Aggregate(out) : null);
        }
        return null;
    }

    // ---- inline for ----

    /** {@code inline for}: unrolled, each capture comptime-known where its operand is. */
    TypedValue inlineFor(SemaExpr.Frame f, SemaExpr.Scope s, int node, Full.For fr) {
        if (fr.elseExpr() != 0) throw x.unsupported(node, "for with else");
        String label = fr.labelToken() >= 0 ? ast.tokenSlice(fr.labelToken()) : null;
        List<String> names = new ArrayList<>();
        for (int t = fr.payloadToken(); t < ast.tokenCount() && ast.tokenTag(t) != Token.Tag.PIPE; t++) {
            if (ast.tokenTag(t) == Token.Tag.ASTERISK) throw x.unsupported(node, "pointer captures");
            if (ast.tokenTag(t) == Token.Tag.IDENTIFIER) names.add(x.name(t));
        }
        int n = fr.inputs().length;
        TypedValue[] inputs = new TypedValue[n];
        boolean[] isRange = new boolean[n];
        long count = -1;
        for (int k = 0; k < n; k++) {
            int in = fr.inputs()[k];
            if (ast.nodeTag(in) == Node.Tag.FOR_RANGE) {
                isRange[k] = true;
                TypedValue lo = x.coerce(f, x.expr(f, s, ast.lhs(in), ip.usizeType), ip.usizeType, ast.lhs(in), null);
                if (!(lo.value() instanceof Value.Int a)) throw x.fail(ast.lhs(in), "unable to resolve comptime value");
                inputs[k] = lo;
                if (ast.rhs(in) != 0) {
                    TypedValue hi = x.coerce(f, x.expr(f, s, ast.rhs(in), ip.usizeType), ip.usizeType, ast.rhs(in), null);
                    if (!(hi.value() instanceof Value.Int b)) throw x.fail(ast.rhs(in), "unable to resolve comptime value");
                    if (count < 0) count = b.value().subtract(a.value()).longValue();
                }
                continue;
            }
            TypedValue v = x.expr(f, s, in, -1);
            inputs[k] = v;
            long len = length(v);
            if (len == -2) {
                throw x.fail(in, "type '" + x.fmt(v.type()) + "' is not indexable and not a range",
                        Sema.msg(x.file, Sema.span(ast, in), "for loop operand must be a range, array, slice, tuple, or vector"));
            }
            if (len < 0) throw x.fail(in, "unable to resolve comptime value");
            if (count < 0) count = len;
        }
        if (count < 0) throw x.fail(node, "unable to resolve comptime value");
        for (long i = 0; i < count; i++) {
            x.countBranch(node);
            SemaExpr.Scope body = new SemaExpr.Scope(s);
            for (int k = 0; k < names.size() && k < n; k++) {
                TypedValue ev = isRange[k]
                        ? new TypedValue(ip.usizeType, new Value.Int(((Value.Int) inputs[k].value()).value().add(BigInteger.valueOf(i))))
                        : element(inputs[k], (int) i);
                if (!names.get(k).equals("_")) body.locals.put(names.get(k), new SemaExpr.Local(ev.type(), ev.value(), false));
            }
            x.expr(f, body, fr.thenExpr(), -1);
            if (f.comptime) {
                if (x.loopExit(f, label)) break;
                if (f.flow != SemaExpr.Flow.NONE) return TypedValue.runtime(ip.noreturnType);
            }
        }
        return f.comptime ? new TypedValue(ip.voidType, Value.VOID) : TypedValue.runtime(ip.voidType);
    }

    /** The comptime-known length of a for operand; -1 if runtime, -2 if not iterable. */
    private long length(TypedValue v) {
        Key k = ip.key(v.type());
        if (k instanceof Key.Tuple t && t.isTuple()) return t.types().size();
        if (k instanceof Key.Array a) return a.len();
        if (k instanceof Key.Ptr p && p.size() == Key.PtrSize.ONE && ip.key(p.child()) instanceof Key.Array a) return a.len();
        if (k instanceof Key.Ptr p && p.size() == Key.PtrSize.SLICE) return v.value() instanceof Value.Slice sl ? sl.len() : -1;
        return -2;
    }

    private TypedValue element(TypedValue in, int i) {
        Key k = ip.key(in.type());
        if (k instanceof Key.Tuple t) return new TypedValue(t.types().get(i), fieldValue(t, in.value(), i));
        int elem;
        if (k instanceof Key.Array a) {
            elem = a.child();
        } else if (k instanceof Key.Ptr p && ip.key(p.child()) instanceof Key.Array a && p.size() == Key.PtrSize.ONE) {
            elem = a.child();
        } else {
            elem = ((Key.Ptr) k).child();
        }
        return new TypedValue(elem, elementAt(in.value(), i));
    }

    static Value elementAt(Value v, int i) {
        if (v instanceof Value.ConstPtr cp) v = cp.pointee();
        if (v instanceof Value.Slice sl) return elementAt(sl.array(), sl.start() + i);
        if (v instanceof Value.Aggregate ag) return i < ag.elems().size() ? ag.elems().get(i) : null;
        if (v instanceof Value.Bytes by) return i < by.latin1().length() ? Value.Int.of(by.latin1().charAt(i)) : null;
        return null;
    }

    /** {@code struct { u8, bool }}: every member a tuple-like field. */
    boolean isTupleDecl(Full.ContainerDecl cd) {
        if (cd.members().length == 0) return false;
        for (int m : cd.members()) {
            var field = ast.fullContainerField(m);
            if (field.isEmpty() || !field.get().tupleLike()) return false;
        }
        return true;
    }

    /** A tuple type declared with {@code struct { T, comptime U = v }}: interned by structure, as in Zig. */
    TypedValue tupleType(SemaExpr.Frame f, SemaExpr.Scope s, Full.ContainerDecl cd) {
        List<Integer> types = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        SemaExpr.Frame cf = f.comptime ? f : new SemaExpr.Frame(true);
        for (int m : cd.members()) {
            Full.ContainerField field = ast.fullContainerField(m).orElseThrow();
            if (field.alignExpr() != 0) throw x.unsupported(m, "aligned tuple fields");
            int t = x.resolveType(cf, s, field.typeExpr());
            types.add(t);
            Value v = null;
            if (field.valueExpr() != 0) {
                if (field.comptimeToken() < 0) throw x.unsupported(field.valueExpr(), "default values of tuple fields");
                TypedValue tv = x.coerce(cf, x.expr(cf, s, field.valueExpr(), t), t, field.valueExpr(), null);
                if (!tv.isComptime()) throw x.fail(field.valueExpr(), "unable to resolve comptime value");
                v = tv.value();
            }
            values.add(v);
        }
        return x.typeValue(ip.intern(new Key.Tuple(types, null, values)));
    }

    /** Whether {@code node} names a {@code comptime var} of runtime code. */
    boolean isComptimeVar(SemaExpr.Scope s, int node) {
        if (ast.nodeTag(node) != Node.Tag.IDENTIFIER) return false;
        SemaExpr.Local l = s.find(x.name(ast.mainToken(node)));
        return l != null && l.comptimeVar;
    }

    /** {@code inline while}: the condition must be comptime-known; the body is analysed once per iteration. */
    TypedValue inlineWhile(SemaExpr.Frame f, SemaExpr.Scope s, int node, Full.While w) {
        if (w.payloadToken() >= 0 || w.elseExpr() != 0) throw x.unsupported(node, "while with captures or else");
        String label = w.labelToken() >= 0 ? ast.tokenSlice(w.labelToken()) : null;
        while (true) {
            TypedValue c = x.coerce(f, x.expr(f, s, w.condExpr(), ip.boolType), ip.boolType, w.condExpr(), null);
            if (!(c.value() instanceof Value.Bool b)) throw x.fail(w.condExpr(), "unable to resolve comptime value");
            if (!b.value()) break;
            x.countBranch(node);
            x.expr(f, new SemaExpr.Scope(s), w.thenExpr(), -1);
            if (f.comptime) {
                if (x.loopExit(f, label)) break;
                if (f.flow != SemaExpr.Flow.NONE) return TypedValue.runtime(ip.noreturnType);
            }
            if (w.contExpr() != 0) x.expr(f, s, w.contExpr(), -1);
        }
        return f.comptime ? new TypedValue(ip.voidType, Value.VOID) : TypedValue.runtime(ip.voidType);
    }

    /**
     * The type of capture {@code i} of a runtime {@code for} with pointer captures: {@code *T} (const like the
     * operand) for {@code |*x|} over a pointer to an array or a slice; zig's error for an array by value.
     */
    int forCaptureType(Full.For fr, int i, TypedValue input, int elem, List<Integer> refCaptures) {
        int nameTok = -1;
        int k = 0;
        for (int t = fr.payloadToken(); t < ast.tokenCount() && ast.tokenTag(t) != Token.Tag.PIPE; t++) {
            if (ast.tokenTag(t) == Token.Tag.IDENTIFIER) {
                if (k == i) nameTok = t;
                k++;
            }
        }
        if (nameTok < 0 || !refCaptures.contains(nameTok)) return elem;
        int in = fr.inputs()[i];
        if (ast.nodeTag(in) == Node.Tag.FOR_RANGE) throw x.unsupported(in, "pointer captures of ranges");
        Key key = ip.key(input.type());
        if (key instanceof Key.Ptr p) return ip.intern(new Key.Ptr(Key.PtrSize.ONE, p.isConst(), elem, null));
        int star = ast.tokenStart(nameTok - 1);
        // zig underlines the capture through the token after its name ("*x|")
        int[] span = {star, star, ast.tokenStart(nameTok + 1) + ast.tokenLength(nameTok + 1)};
        throw x.fail(span, "pointer capture of non pointer type '" + x.fmt(input.type()) + "'",
                Sema.msg(x.file, Sema.span(ast, in), "consider using '&' here"));
    }
}
