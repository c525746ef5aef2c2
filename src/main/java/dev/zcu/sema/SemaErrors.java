package dev.zcu.sema;

import dev.zcu.sema.SemaExpr.Frame;
import dev.zcu.sema.SemaExpr.Scope;
import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Full;
import dev.zcu.syntax.Node;
import dev.zcu.syntax.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Error sets and error unions for {@link SemaExpr}, Zig's {@code Sema} error handling: {@code error{A,B}},
 * {@code error.A}, {@code anyerror}, {@code A || B}, {@code E!T} and inferred error sets ({@code fn f() !T}),
 * {@code try}, {@code catch} (with {@code |err|}, {@code unreachable}, {@code return}), {@code if (eu) |v| .. else
 * |e| ..}, {@code switch} on errors, {@code @errorName}, error comparisons, discarding, and the coercions
 * error set to error set / error union and payload to error union.
 *
 * <p>Representation: an error set type is {@link Key.ErrorSet} (names sorted by the order in which this Zcu first
 * interned them, as Zig sorts by string index) or {@link Key.InferredErrorSet}; an error value is
 * {@link Value.ErrorValue}; a comptime-known error union holds either its payload's value or an ErrorValue.
 * An inferred error set collects, while its function's body is analysed, every error set coerced into the
 * function's return type; the result is kept in {@link Zcu#inferredErrorSets}. A comptime call of such a function
 * gets an ad hoc set of the errors that reached its return, as in Zig. Comptime error returns are recorded in
 * the unit's {@link Sema#errorReturnTrace} for Zig's {@code error returned here} notes.
 */
final class SemaErrors {

    /** Marks an inferred error set that received {@code anyerror}. */
    private static final String ANY = "\0anyerror";

    private final SemaExpr x;
    private final Sema sema;
    private final Zcu zcu;
    private final InternPool ip;
    private final Ast ast;
    private final int file;

    SemaErrors(SemaExpr x, Sema sema, Ast ast, int file) {
        this.x = x;
        this.sema = sema;
        this.zcu = sema.zcu;
        this.ip = sema.ip;
        this.ast = ast;
        this.file = file;
    }

    // ================= error sets =================

    boolean isErrorSet(int type) {
        if (type < 0) return false;
        Key k = ip.key(type);
        return k instanceof Key.ErrorSet || k instanceof Key.InferredErrorSet;
    }

    boolean isErrorUnion(int type) {
        return type >= 0 && ip.key(type) instanceof Key.ErrorUnion;
    }

    /** The payload type of an error union type. */
    int payloadOf(int errorUnion) {
        return ((Key.ErrorUnion) ip.key(errorUnion)).payload();
    }

    private void internName(String name) {
        zcu.errorNameOrder.putIfAbsent(name, zcu.errorNameOrder.size());
    }

    /** Zig's canonical error set of {@code names}: each name interned, ordered by first interning. */
    int errorSetOf(Collection<String> names) {
        if (names.contains(ANY)) return ip.anyerrorType;
        for (String n : names) internName(n);
        return ip.intern(new Key.ErrorSet(sorted(names)));
    }

    List<String> sorted(Collection<String> names) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(names));
        out.sort(Comparator.comparingInt(n -> zcu.errorNameOrder.getOrDefault(n, Integer.MAX_VALUE)));
        return out;
    }

    /** The names of an error set ({@code null} for {@code anyerror}); resolves an inferred set. */
    List<String> names(Frame f, int set, int node) {
        Key k = ip.key(set);
        if (k instanceof Key.ErrorSet es) return es.names();
        Key.InferredErrorSet ies = (Key.InferredErrorSet) k;
        if (f != null && f.inferredFunc == ies.func() && f.inferredErrors != null) {
            return f.inferredErrors.contains(ANY) ? null : new ArrayList<>(f.inferredErrors);
        }
        sema.declare(new Dependee.Interned(ies.func()));
        Sema.ensureFuncBody(zcu, ies.func(), sema);
        if (zcu.failed(AnalUnit.func(ies.func()))) throw sema.transitive();
        List<String> n = zcu.inferredErrorSets.get(ies.func());
        if (n == null) throw unresolvable(node);
        return n.contains(ANY) ? null : n;
    }

    /**
     * An inferred error set needed while its function is still being analysed (mutual recursion): zig reports
     * it at the declaration of the function whose body needed it.
     */
    private AnalysisFail unresolvable(int node) {
        Zcu.FuncInfo info = sema.owner.kind() == AnalUnit.Kind.FUNC ? zcu.funcs.get(sema.owner.index()) : null;
        int fnNode = info == null ? -1 : zcu.funcNode(info);
        if (fnNode < 0 || zcu.file(info.file()).zir() == null) return x.fail(node, "unable to resolve inferred error set");
        Ast fast = zcu.file(info.file()).zir().ast();
        return sema.fail(Sema.msg(info.file(), Sema.span(fast, fast.lhs(fnNode)), "unable to resolve inferred error set"));
    }

    private boolean isEmptySet(Frame f, int set, int node) {
        if (set == ip.anyerrorType) return false;
        if (ip.key(set) instanceof Key.InferredErrorSet ies && f != null && f.inferredFunc == ies.func()) return false;
        List<String> n = names(f, set, node);
        return n != null && n.isEmpty();
    }

    /** {@code error{A, B}}. */
    TypedValue errorSetDecl(int node) {
        List<String> names = new ArrayList<>();
        int rbrace = ast.rhs(node);
        for (int t = ast.mainToken(node) + 2; t < rbrace; t++) {
            if (ast.tokenTag(t) == Token.Tag.IDENTIFIER) names.add(x.name(t));
        }
        return typeValue(errorSetOf(names));
    }

    /** {@code error.A}: a value of type {@code error{A}}. */
    TypedValue errorValue(int node) {
        String n = x.name(ast.rhs(node));
        return new TypedValue(errorSetOf(List.of(n)), new Value.ErrorValue(n));
    }

    /** {@code A || B}. */
    TypedValue merge(Frame f, Scope s, int node) {
        int a = setOperand(f, s, ast.lhs(node));
        int b = setOperand(f, s, ast.rhs(node));
        List<String> an = names(f, a, ast.lhs(node));
        List<String> bn = names(f, b, ast.rhs(node));
        if (an == null || bn == null) return typeValue(ip.anyerrorType);
        List<String> all = new ArrayList<>(an);
        all.addAll(bn);
        return typeValue(errorSetOf(all));
    }

    private int setOperand(Frame f, Scope s, int node) {
        int t = x.resolveType(f, s, node);
        if (!isErrorSet(t)) throw x.fail(node, "expected error set type, found '" + x.fmt(t) + "'");
        return t;
    }

    /** {@code E!T}. */
    TypedValue errorUnionType(Frame f, Scope s, int node) {
        int set = setOperand(f, s, ast.lhs(node));
        int payload = x.resolveType(f, s, ast.rhs(node));
        return typeValue(ip.intern(new Key.ErrorUnion(set, payload)));
    }

    /** {@code E.A} for an error set type {@code E}. */
    TypedValue member(Frame f, int set, String name, int node) {
        List<String> n = names(f, set, node);
        if (n != null && !n.contains(name)) {
            throw x.fail(node, "no error named '" + name + "' in '" + x.fmt(set) + "'");
        }
        internName(name);
        return new TypedValue(set, new Value.ErrorValue(name));
    }

    // ================= function return types =================

    /**
     * A function's return type; {@code !T} gives {@code IES!T}. When {@code f} is the frame that analyses or
     * interprets the body of {@code func}, it starts collecting the inferred errors.
     */
    int returnType(Frame f, Scope s, Full.FnProto proto, int func, String fnFqn) {
        int node = proto.returnType();
        int t = x.resolveType(f, s, node);
        int bang = ast.firstToken(node) - 1;
        if (bang >= 0 && ast.tokenTag(bang) == Token.Tag.BANG) {
            int ies = ip.intern(new Key.InferredErrorSet(func, fnFqn));
            t = ip.intern(new Key.ErrorUnion(ies, t));
            f.inferredFunc = func;
            f.inferredErrors = new LinkedHashSet<>();
        }
        return t;
    }

    /** The inferred error set a body published when it was analysed before (for early cutoff). */
    private List<String> previousInferred;

    /**
     * After a runtime body: publishes its inferred error set; when it differs from the previous analysis, the
     * units that resolved it ({@code interned} dependency on the function) are outdated.
     */
    void finishBody(Frame f, int func) {
        if (f.inferredFunc == func && f.inferredErrors != null) {
            List<String> now = sorted(f.inferredErrors);
            zcu.inferredErrorSets.put(func, now);
            if (previousInferred != null && !previousInferred.equals(now)) {
                zcu.markDependeeOutdated(new Dependee.Interned(func));
            }
        }
    }

    /** Before a runtime body: forgets the previous result (so a failing body leaves none). */
    void beginBody(int func) {
        previousInferred = zcu.inferredErrorSets.remove(func);
    }

    /** After a comptime call of a function with an inferred error set: the result gets the ad hoc set. */
    TypedValue finishCall(Frame f, TypedValue result) {
        if (f.inferredErrors == null || !(ip.key(f.retType) instanceof Key.ErrorUnion eu)
                || !(ip.key(eu.errorSet()) instanceof Key.InferredErrorSet)) {
            return result;
        }
        if (result.type() != f.retType) return result;
        int set = errorSetOf(f.inferredErrors);
        return new TypedValue(ip.intern(new Key.ErrorUnion(set, eu.payload())), result.value());
    }

    /** A comptime {@code return} of an error value: Zig's {@code error returned here}. */
    void noteReturn(Frame f, TypedValue v, int returnNode, int operand) {
        if (!f.comptime || !(v.value() instanceof Value.ErrorValue)) return;
        int[] span = operand != 0 && ast.nodeTag(operand) == Node.Tag.ERROR_VALUE
                ? Sema.tokenSpan(ast, ast.rhs(operand)) : Sema.span(ast, returnNode);
        sema.errorReturnTrace.add(Sema.msg(file, span, "error returned here"));
    }

    /** The unit's trace as notes (equal notes are folded into "(N times)" by the error bundle, as in zig). */
    /**
     * Zig's {@code restore_err_ret_index} at comptime: a block (or function body) that ends without an error
     * forgets the errors returned inside it, so only the errors on the way to the failing one are noted.
     */
    void restoreTrace(Frame f, int mark, TypedValue result) {
        if (!f.comptime || sema.errorReturnTrace.size() <= mark) return;
        if (result != null && result.value() instanceof Value.ErrorValue) return;
        if (f.flow != SemaExpr.Flow.NONE && f.flowValue != null && f.flowValue.value() instanceof Value.ErrorValue) return;
        sema.errorReturnTrace.subList(mark, sema.errorReturnTrace.size()).clear();
    }

    private SemaMessage[] traceNotes() {
        return sema.errorReturnTrace.toArray(new SemaMessage[0]);
    }

    // ================= coercion =================

    /**
     * Coercions into or out of error sets and error unions; {@code null} when none applies (the caller then
     * reports its generic mismatch).
     */
    TypedValue coerce(Frame f, TypedValue v, int dest, int node, SemaMessage note) {
        int from = v.type();
        Key dk = ip.key(dest);
        Key fk = ip.key(from);
        if (dk instanceof Key.ErrorUnion du) {
            if (fk instanceof Key.ErrorUnion fu) {
                if (v.value() instanceof Value.ErrorValue ev) {
                    coerceSet(f, new TypedValue(fu.errorSet(), ev), du.errorSet(), dest, node, note);
                    return new TypedValue(dest, ev);
                }
                if (v.isComptime() && !isErrorSet(fu.payload())) {
                    coerceSet(f, TypedValue.runtime(fu.errorSet()), du.errorSet(), dest, node, note);
                    TypedValue p = x.coerce(f, new TypedValue(fu.payload(), v.value()), du.payload(), node, note);
                    return new TypedValue(dest, p.value());
                }
                if (fu.payload() != du.payload()) return null;
                coerceSet(f, TypedValue.runtime(fu.errorSet()), du.errorSet(), dest, node, note);
                return TypedValue.runtime(dest);
            }
            if (isErrorSet(from)) {
                TypedValue e = coerceSet(f, v, du.errorSet(), dest, node, note);
                return new TypedValue(dest, e.value());
            }
            SemaMessage before = sema.state.error;
            try {
                TypedValue p = x.coerce(f, v, du.payload(), node, note);
                return new TypedValue(dest, p.value());
            } catch (AnalysisFail e) {
                SemaMessage m = sema.state.error;
                if (m != null && m != before) sema.state.error = payloadFailure(m, dest, du.payload(), from);
                throw e;
            }
        }
        if (isErrorSet(dest) && isErrorSet(from)) return coerceSet(f, v, dest, dest, node, note);
        if (fk instanceof Key.ErrorUnion) {
            List<SemaMessage> notes = new ArrayList<>();
            notes.add(Sema.msg(file, Sema.span(ast, node), "cannot convert error union to payload type"));
            notes.add(Sema.msg(file, Sema.span(ast, node), "consider using 'try', 'catch', or 'if'"));
            if (note != null) notes.add(note);
            throw x.fail(node, mismatch(dest, from), notes.toArray(new SemaMessage[0]));
        }
        if (isErrorSet(from) && isReturnNote(note)) {
            throw x.fail(where(node, note), mismatch(dest, from), new SemaMessage(note.file(), note.spanStart(), note.spanMain(),
                    note.spanEnd(), "function cannot return an error", List.of()));
        }
        return null;
    }

    /** Zig names the error union, not its payload, when a value does not coerce to the payload. */
    private SemaMessage payloadFailure(SemaMessage m, int dest, int payload, int from) {
        String p = "'" + x.fmt(payload) + "'";
        String main = "expected type '" + x.fmt(dest) + "', found '" + x.fmt(from) + "'";
        if (m.msg().startsWith("type " + p + " cannot represent integer value ")) {
            String value = m.msg().substring(("type " + p + " cannot represent integer value ").length());
            List<SemaMessage> notes = new ArrayList<>();
            notes.add(new SemaMessage(m.file(), m.spanStart(), m.spanMain(), m.spanEnd(),
                    "type " + p + " cannot represent value " + value, List.of()));
            notes.addAll(m.notes());
            return new SemaMessage(m.file(), m.spanStart(), m.spanMain(), m.spanEnd(), main, notes);
        }
        if (m.msg().startsWith("expected type " + p + ", found ")) {
            return new SemaMessage(m.file(), m.spanStart(), m.spanMain(), m.spanEnd(), main, m.notes());
        }
        return m;
    }

    private static boolean isReturnNote(SemaMessage note) {
        return note != null && note.msg().equals("function return type declared here");
    }

    /** Zig reports a bad {@code return error.X} at the name {@code X} ({@code ret_err_value}'s source token). */
    private int[] where(int node, SemaMessage note) {
        if (isReturnNote(note) && ast.nodeTag(node) == Node.Tag.ERROR_VALUE) return Sema.tokenSpan(ast, ast.rhs(node));
        return Sema.span(ast, node);
    }

    private String mismatch(int dest, int from) {
        return "expected type '" + x.fmt(dest) + "', found '" + x.fmt(from) + "'";
    }

    /** An error set (or a comptime-known error of it) into the error set {@code destSet}. */
    private TypedValue coerceSet(Frame f, TypedValue v, int destSet, int destForMessage, int node, SemaMessage note) {
        int from = v.type();
        if (destSet == ip.anyerrorType || from == destSet) return new TypedValue(destSet, v.value());
        if (ip.key(destSet) instanceof Key.InferredErrorSet ies && f != null && f.inferredFunc == ies.func()
                && f.inferredErrors != null) {
            List<String> n = names(f, from, node);
            if (n == null) f.inferredErrors.add(ANY);
            else f.inferredErrors.addAll(n);
            return new TypedValue(destSet, v.value());
        }
        List<String> dn = names(f, destSet, node);
        if (dn == null) return new TypedValue(destSet, v.value());
        List<String> fromNames = v.value() instanceof Value.ErrorValue ev ? List.of(ev.name()) : names(f, from, node);
        if (ip.key(destForMessage) instanceof Key.ErrorUnion && v.value() instanceof Value.ErrorValue
                && !dn.containsAll(fromNames)) {
            throw x.fail(where(node, note), "expected type '" + x.fmt(destSet) + "', found type '" + x.fmt(from) + "'");
        }
        List<SemaMessage> notes = new ArrayList<>();
        if (fromNames == null) {
            if (note != null) notes.add(note);
            throw x.fail(where(node, note), mismatch(destForMessage, from), notes.toArray(new SemaMessage[0]));
        }
        for (String n : fromNames) {
            if (!dn.contains(n)) {
                notes.add(Sema.msg(file, where(node, note), "'error." + n + "' not a member of destination error set"));
            }
        }
        if (!notes.isEmpty()) {
            if (note != null) notes.add(note);
            throw x.fail(where(node, note), mismatch(destForMessage, from), notes.toArray(new SemaMessage[0]));
        }
        return new TypedValue(destSet, v.value());
    }

    // ================= expressions =================

    /** {@code try x}. */
    TypedValue tryExpr(Frame f, Scope s, int node) {
        int operand = ast.lhs(node);
        if (f.retType < 0) throw x.fail(node, "'try' outside function scope");
        TypedValue v = x.expr(f, s, operand, -1);
        if (v.type() == ip.noreturnType) return v;
        if (!(ip.key(v.type()) instanceof Key.ErrorUnion eu)) {
            throw x.fail(operand, "expected error union type, found '" + x.fmt(v.type()) + "'");
        }
        SemaMessage note = x.returnTypeNote(f);
        int dest = f.retType;
        if (ip.key(f.retType) instanceof Key.ErrorUnion reu) {
            dest = reu.errorSet();
            note = null;
        }
        if (v.value() instanceof Value.ErrorValue ev) {
            TypedValue r = x.coerce(f, new TypedValue(eu.errorSet(), ev), dest, node, note);
            if (dest != f.retType) r = new TypedValue(f.retType, r.value());
            if (f.comptime) {
                sema.errorReturnTrace.add(Sema.msg(file, Sema.span(ast, node), "error returned here"));
                f.flow = SemaExpr.Flow.RETURN;
                f.flowValue = r;
            }
            return TypedValue.runtime(ip.noreturnType);
        }
        if (v.isComptime()) return new TypedValue(eu.payload(), v.value());
        if (f.comptime) throw x.fail(operand, "unable to resolve comptime value");
        if (!isEmptySet(f, eu.errorSet(), operand)) {
            x.coerce(f, TypedValue.runtime(eu.errorSet()), dest, node, note);
        }
        return TypedValue.runtime(eu.payload());
    }

    /** {@code x catch y}, {@code x catch |e| y}; {@code discard} for {@code _ = x catch y}. */
    TypedValue catchExpr(Frame f, Scope s, int node, int rt, boolean discard) {
        int lhs = ast.lhs(node);
        int rhs = ast.rhs(node);
        TypedValue v = x.expr(f, s, lhs, -1);
        if (v.type() == ip.noreturnType) return v;
        if (!(ip.key(v.type()) instanceof Key.ErrorUnion eu)) {
            throw x.fail(node, "expected error union type, found '" + x.fmt(v.type()) + "'");
        }
        int catchTok = ast.mainToken(node);
        String capture = ast.tokenTag(catchTok + 1) == Token.Tag.PIPE ? x.name(catchTok + 2) : null;
        Scope es = new Scope(s);
        if (v.value() instanceof Value.ErrorValue ev) {
            if (ast.nodeTag(rhs) == Node.Tag.UNREACHABLE_LITERAL) {
                throw x.fail(rhs, "caught unexpected error '" + ev.name() + "'", traceNotes());
            }
            bind(es, capture, eu.errorSet(), ev);
            TypedValue r = x.expr(f, es, rhs, rt);
            if (r.type() == ip.noreturnType || f.flow != SemaExpr.Flow.NONE) return r;
            if (discard) return new TypedValue(ip.voidType, Value.VOID);
            return rt >= 0 ? x.coerce(f, r, rt, rhs, null) : r;
        }
        TypedValue payload = new TypedValue(eu.payload(), v.value());
        if (v.isComptime() || isEmptySet(f, eu.errorSet(), lhs)) {
            if (!v.isComptime()) payload = TypedValue.runtime(eu.payload());
            if (discard) return new TypedValue(ip.voidType, Value.VOID);
            return rt >= 0 ? x.coerce(f, payload, rt, node, null) : payload;
        }
        if (f.comptime) throw x.fail(lhs, "unable to resolve comptime value");
        bind(es, capture, eu.errorSet(), null);
        TypedValue b = x.expr(f, es, rhs, rt);
        if (discard) return TypedValue.runtime(ip.voidType);
        if (b.type() == ip.noreturnType) return payload;
        if (rt >= 0) {
            x.coerce(f, payload, rt, node, null);
            x.coerce(f, b, rt, rhs, null);
            return TypedValue.runtime(rt);
        }
        return TypedValue.runtime(x.peer(payload, b, node, node, rhs));
    }

    private void bind(Scope s, String name, int type, Value v) {
        if (name != null && !name.equals("_")) s.locals.put(name, new SemaExpr.Local(type, v, false));
    }

    /** {@code if (eu) |v| a else |e| b}. */
    TypedValue ifError(Frame f, Scope s, int node, Full.If i, int rt) {
        TypedValue cond = x.expr(f, s, i.condExpr(), -1);
        if (!(ip.key(cond.type()) instanceof Key.ErrorUnion eu)) {
            throw x.fail(i.condExpr(), "expected error union type, found '" + x.fmt(cond.type()) + "'");
        }
        Scope thenScope = new Scope(s);
        Scope elseScope = new Scope(s);
        if (i.payloadToken() >= 0 && ast.tokenTag(i.payloadToken()) == Token.Tag.ASTERISK) {
            if (f.comptime || cond.isComptime()) throw x.unsupported(node, "pointer captures at comptime");
            boolean isConst = x.placeIsConst(f, s, i.condExpr());
            bind(thenScope, x.name(i.payloadToken() + 1), ip.intern(new Key.Ptr(Key.PtrSize.ONE, isConst, eu.payload(), null)), null);
        } else if (i.payloadToken() >= 0) {
            Value pv = cond.value() instanceof Value.ErrorValue ? null : cond.value();
            bind(thenScope, x.name(i.payloadToken()), eu.payload(), pv);
        }
        bind(elseScope, x.name(i.errorToken()), eu.errorSet(),
                cond.value() instanceof Value.ErrorValue ev ? ev : null);
        Boolean isError = cond.isComptime() ? (Boolean) (cond.value() instanceof Value.ErrorValue)
                : isEmptySet(f, eu.errorSet(), i.condExpr()) ? Boolean.FALSE : null;
        if (isError != null) {
            return isError ? x.expr(f, elseScope, i.elseExpr(), rt) : x.expr(f, thenScope, i.thenExpr(), rt);
        }
        if (f.comptime) throw x.fail(i.condExpr(), "unable to resolve comptime value");
        TypedValue a = x.expr(f, thenScope, i.thenExpr(), rt);
        TypedValue b = x.expr(f, elseScope, i.elseExpr(), rt);
        if (a.type() == ip.noreturnType) return TypedValue.runtime(b.type());
        if (b.type() == ip.noreturnType) return TypedValue.runtime(a.type());
        if (rt >= 0) return TypedValue.runtime(rt);
        return TypedValue.runtime(x.peer(a, b, node, i.thenExpr(), i.elseExpr()));
    }

    /** {@code while (eu) |v| body else |e| other}: loops while the operand holds a payload. */
    TypedValue whileError(Frame f, Scope s, int node, Full.While w) {
        String label = w.labelToken() >= 0 ? ast.tokenSlice(w.labelToken()) : null;
        if (w.payloadToken() >= 0 && ast.tokenTag(w.payloadToken()) == Token.Tag.ASTERISK) {
            throw x.unsupported(node, "pointer captures");
        }
        if (!f.comptime) {
            TypedValue cond = x.expr(f, s, w.condExpr(), -1);
            if (!(ip.key(cond.type()) instanceof Key.ErrorUnion eu)) {
                throw x.fail(w.condExpr(), "expected error union type, found '" + x.fmt(cond.type()) + "'");
            }
            Scope body = new Scope(s);
            if (w.payloadToken() >= 0) bind(body, x.name(w.payloadToken()), eu.payload(), null);
            x.expr(f, body, w.thenExpr(), -1);
            if (w.contExpr() != 0) x.expr(f, body, w.contExpr(), -1);
            Scope other = new Scope(s);
            bind(other, x.name(w.errorToken()), eu.errorSet(), null);
            TypedValue e = x.expr(f, other, w.elseExpr(), -1);
            boolean typed = e.type() != ip.voidType && e.type() != ip.noreturnType;
            return TypedValue.runtime(typed ? e.type() : ip.voidType);
        }
        while (true) {
            TypedValue cond = x.expr(f, s, w.condExpr(), -1);
            if (!(ip.key(cond.type()) instanceof Key.ErrorUnion eu)) {
                throw x.fail(w.condExpr(), "expected error union type, found '" + x.fmt(cond.type()) + "'");
            }
            if (!cond.isComptime()) throw x.fail(w.condExpr(), "unable to resolve comptime value");
            if (cond.value() instanceof Value.ErrorValue ev) {
                Scope other = new Scope(s);
                bind(other, x.name(w.errorToken()), eu.errorSet(), ev);
                return x.expr(f, other, w.elseExpr(), -1);
            }
            x.countBranch(node);
            Scope body = new Scope(s);
            if (w.payloadToken() >= 0) bind(body, x.name(w.payloadToken()), eu.payload(), cond.value());
            x.expr(f, body, w.thenExpr(), -1);
            if (x.loopExit(f, label)) break;
            if (f.flow != SemaExpr.Flow.NONE) return TypedValue.runtime(ip.noreturnType);
            if (w.contExpr() != 0) x.expr(f, body, w.contExpr(), -1);
        }
        if (f.flow != SemaExpr.Flow.NONE) return TypedValue.runtime(ip.noreturnType);
        return new TypedValue(ip.voidType, Value.VOID);
    }

    /** {@code switch} on an error set. */
    TypedValue switchExpr(Frame f, Scope s, int node, Full.Switch sw, TypedValue cond, int rt) {
        int ct = cond.type();
        if (isErrorUnion(ct)) throw x.fail(sw.condition(), "switch on type '" + x.fmt(ct) + "'");
        List<String> setNames = names(f, ct, sw.condition());
        boolean hasElse = false;
        int elseCase = -1;
        Set<String> covered = new LinkedHashSet<>();
        java.util.Map<Integer, List<String>> caseNames = new java.util.HashMap<>();
        int chosen = -1;
        for (int caseNode : sw.cases()) {
            Full.SwitchCase sc = ast.fullSwitchCase(caseNode).orElseThrow();
            caseNames.put(caseNode, new ArrayList<>());
            if (sc.values().length == 0) {
                hasElse = true;
                elseCase = caseNode;
                continue;
            }
            for (int item : sc.values()) {
                if (ast.nodeTag(item) == Node.Tag.SWITCH_RANGE) throw x.fail(item, "ranges not allowed when switching on type '" + x.fmt(ct) + "'");
                TypedValue iv = x.coerce(f, x.expr(f, s, item, -1), ct, item, null);
                if (!(iv.value() instanceof Value.ErrorValue ev)) throw x.fail(item, "unable to resolve comptime value");
                covered.add(ev.name());
                caseNames.get(caseNode).add(ev.name());
                if (chosen < 0 && cond.value() instanceof Value.ErrorValue cv && cv.name().equals(ev.name())) chosen = caseNode;
            }
        }
        if (hasElse && setNames != null && covered.containsAll(setNames)) {
            throw x.fail(elseCase, "unreachable else prong; all cases already handled");
        }
        if (!hasElse) {
            if (setNames == null) throw x.fail(node, "else prong required when switching on type '" + x.fmt(ct) + "'");
            List<SemaMessage> notes = new ArrayList<>();
            for (String n : setNames) {
                if (!covered.contains(n)) notes.add(Sema.msg(file, Sema.span(ast, node), "unhandled error value: 'error." + n + "'"));
            }
            if (!notes.isEmpty()) throw x.fail(node, "switch must handle all possibilities", notes.toArray(new SemaMessage[0]));
        }
        if (cond.isComptime()) {
            int caseNode = chosen >= 0 ? chosen : elseCase;
            if (caseNode < 0) throw x.fail(node, "switch must handle all possibilities");
            Full.SwitchCase sc = ast.fullSwitchCase(caseNode).orElseThrow();
            Scope cs = new Scope(s);
            if (sc.payloadToken() >= 0) bind(cs, x.name(sc.payloadToken()), ct, cond.value());
            return x.expr(f, cs, sc.targetExpr(), rt);
        }
        if (f.comptime) throw x.fail(sw.condition(), "unable to resolve comptime value");
        int t = ip.noreturnType;
        TypedValue acc = null;
        int accNode = node;
        for (int caseNode : sw.cases()) {
            Full.SwitchCase sc = ast.fullSwitchCase(caseNode).orElseThrow();
            List<Value> variants = new ArrayList<>();
            if (sc.inlineToken() >= 0) {
                List<String> prongNames = caseNames.get(caseNode);
                if (sc.values().length == 0) {
                    if (setNames == null) {
                        throw x.fail(caseNode, "cannot enumerate values of type '" + x.fmt(ct) + "' for 'inline else'");
                    }
                    prongNames = new ArrayList<>(setNames);
                    prongNames.removeAll(covered);
                }
                for (String n : prongNames) variants.add(new Value.ErrorValue(n));
            } else {
                variants.add(null);
            }
            for (Value variant : variants) {
                TypedValue r = prong(f, s, sc, caseNode, ct, variant, rt);
                if (r.type() == ip.noreturnType) continue;
                if (rt >= 0) r = x.coerce(f, r, rt, sc.targetExpr(), null);
                if (acc == null) {
                    acc = r;
                    accNode = sc.targetExpr();
                } else {
                    acc = TypedValue.runtime(x.peer(acc, r, node, accNode, sc.targetExpr()));
                }
            }
        }
        return TypedValue.runtime(acc == null ? t : acc.type());
    }

    /** One analysis of a runtime prong ({@code inline} prongs: once per error, the capture comptime-known). */
    private TypedValue prong(Frame f, Scope s, Full.SwitchCase sc, int caseNode, int ct, Value capture, int rt) {
        Scope cs = new Scope(s);
        if (sc.payloadToken() >= 0) {
            if (ast.tokenTag(sc.payloadToken()) == Token.Tag.ASTERISK) throw x.unsupported(caseNode, "pointer captures");
            bind(cs, x.name(sc.payloadToken()), ct, capture);
        }
        return x.expr(f, cs, sc.targetExpr(), rt);
    }

    /** {@code @errorName(e)}. */
    TypedValue errorName(Frame f, Scope s, int node, int arg) {
        TypedValue v = x.expr(f, s, arg, -1);
        if (!isErrorSet(v.type())) v = x.coerce(f, v, ip.anyerrorType, arg, null);
        int arr = ip.u8Type;
        int type = ip.intern(new Key.Ptr(Key.PtrSize.SLICE, true, arr, "0"));
        if (v.value() instanceof Value.ErrorValue ev) {
            byte[] b = ev.name().getBytes(StandardCharsets.UTF_8);
            Value bytes = new Value.Bytes(new String(b, StandardCharsets.ISO_8859_1));
            return new TypedValue(type, new Value.Slice(bytes, 0, b.length));
        }
        return TypedValue.runtime(type);
    }

    /** {@code ==} / {@code !=} between errors, or between an error union and an error. */
    TypedValue compare(Node.Tag op, TypedValue a, TypedValue b) {
        if (a.isComptime() && b.isComptime()) {
            boolean eq = a.value() instanceof Value.ErrorValue x1 && b.value() instanceof Value.ErrorValue x2
                    && x1.name().equals(x2.name());
            return new TypedValue(ip.boolType, Value.Bool.of(op == Node.Tag.EQUAL_EQUAL == eq));
        }
        return TypedValue.runtime(ip.boolType);
    }

    /** Zig's hint when an error union is used where an optional is expected. */
    SemaMessage[] considerNotes(int type, int node) {
        if (!isErrorUnion(type)) return new SemaMessage[0];
        return new SemaMessage[] {Sema.msg(file, Sema.span(ast, node), "consider using 'try', 'catch', or 'if'")};
    }

    /** {@code _ = x}: zig refuses to discard errors silently. */
    void discarded(TypedValue v, int node) {
        if (isErrorUnion(v.type())) {
            throw x.fail(node, "error union is discarded",
                    Sema.msg(file, Sema.span(ast, node), "consider using 'try', 'catch', or 'if'"));
        }
        if (isErrorSet(v.type())) throw x.fail(node, "error set is discarded");
    }

    /** An unused statement value of an error set type. */
    void ignored(TypedValue v, int node) {
        if (isErrorSet(v.type())) throw x.fail(node, "error set is ignored");
    }

    // ================= defer =================

    /** {@code defer}/{@code errdefer} at runtime: the body is type-checked (with the error capture bound). */
    void deferRuntime(Frame f, Scope s, int stmt) {
        Scope ds = new Scope(s);
        bindErrdeferCapture(f, ds, stmt, null);
        x.expr(f, ds, ast.rhs(stmt), -1);
    }

    private void bindErrdeferCapture(Frame f, Scope ds, int stmt, Value v) {
        if (ast.nodeTag(stmt) != Node.Tag.ERRDEFER || ast.lhs(stmt) == 0) return;
        int set = f.retType >= 0 && ip.key(f.retType) instanceof Key.ErrorUnion eu ? eu.errorSet()
                : isErrorSet(f.retType) ? f.retType : ip.anyerrorType;
        bind(ds, x.name(ast.lhs(stmt)), set, v);
    }

    /** Runs a comptime block's deferred statements in reverse order (errdefers only when an error is returned). */
    void runDefers(Frame f, Scope s, List<Integer> defers) {
        for (int i = defers.size() - 1; i >= 0; i--) {
            int stmt = defers.get(i);
            boolean errReturn = f.flow == SemaExpr.Flow.RETURN && f.flowValue != null
                    && f.flowValue.value() instanceof Value.ErrorValue;
            if (ast.nodeTag(stmt) == Node.Tag.ERRDEFER && !errReturn) continue;
            SemaExpr.Flow flow = f.flow;
            String label = f.label;
            TypedValue value = f.flowValue;
            f.flow = SemaExpr.Flow.NONE;
            Scope ds = new Scope(s);
            bindErrdeferCapture(f, ds, stmt, errReturn ? value.value() : null);
            x.expr(f, ds, ast.rhs(stmt), -1);
            f.flow = flow;
            f.label = label;
            f.flowValue = value;
        }
    }

    private TypedValue typeValue(int t) {
        return new TypedValue(ip.typeType, new Value.Type(t));
    }
}
