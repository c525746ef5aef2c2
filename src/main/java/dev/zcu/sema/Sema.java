package dev.zcu.sema;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Full;
import dev.zcu.syntax.Node;
import dev.zcu.syntax.Token;
import dev.zcu.zir.Zir;
import dev.zcu.zir.ZirContainer;
import dev.zcu.zir.ZirDecl;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Semantic analysis of one {@link AnalUnit}, Zig's {@code Sema}: walks the AST of a declaration (there is no
 * separate ZIR instruction stream in zcu) and either interprets it at comptime or type-checks it as runtime
 * code. Every dependency it uses is declared to the {@link Zcu} ({@link #declare}), every unit it needs is
 * brought up to date through the Zcu's door ({@code ensure*}), and a user error is recorded as data
 * ({@link #fail}) before {@link AnalysisFail} unwinds the unit. Expressions are handled by {@link SemaExpr}.
 */
final class Sema {

    final Zcu zcu;
    final InternPool ip;
    final AnalUnit owner;
    final UnitState state;
    /** Zig's backwards-branch counter and quota for this unit's comptime evaluation. */
    int branches;
    int branchQuota = 1000;
    /** Struct types whose layout (size, alignment) is being computed, to catch a struct that contains itself. */
    final java.util.Set<Integer> layoutInProgress = new java.util.HashSet<>();
    /** Zig's {@code comptime_err_ret_trace}: where comptime code of this unit returned errors ("error returned here"). */
    final List<SemaMessage> errorReturnTrace = new ArrayList<>();

    Sema(Zcu zcu, AnalUnit owner, UnitState state) {
        this.zcu = zcu;
        this.ip = zcu.ip;
        this.owner = owner;
        this.state = state;
    }

    // ---- entry points (the Zcu's door calls these) ----

    /**
     * The root file's type (and start.zig's), then the implicit references (comptime blocks, exports) of every type
     * created, rescanned or referenced since they were last ensured (the Zcu's pending types).
     */
    static void analyseRoots(Zcu zcu, int rootFile) {
        ensureFileRoot(zcu, rootFile);
        StartCode.prepare(zcu, rootFile);
        zcu.processPendingTypes();
    }

    static void ensure(Zcu zcu, AnalUnit u) {
        switch (u.kind()) {
            case NAV_VAL -> ensureNavVal(zcu, u.index());
            case NAV_TY -> ensureNavVal(zcu, u.index());
            case COMPTIME -> ensureComptime(zcu, u.index());
            case FUNC -> ensureFuncBody(zcu, u.index(), null);
            case TYPE -> ensureType(zcu, u.index());
            default -> { }
        }
    }

    /** Re-analyses an outdated unit (the Zcu outdates its dependers when its result changed). */
    static void reanalyse(Zcu zcu, AnalUnit u) {
        ensure(zcu, u);
    }

    /** The root struct type of a file, created on first use (Zig's {@code createFileRootStruct}). */
    static int ensureFileRoot(Zcu zcu, int file) {
        Optional<Integer> existing = zcu.fileRootType(file);
        if (existing.isPresent()) {
            ensureType(zcu, existing.get());
            return zcu.fileRootType(file).orElseThrow();
        }
        ZcuFile f = zcu.file(file);
        int ns = zcu.createNamespace(file, -1);
        ZirContainer root = f.zir().containers().get(0);
        int ti = zcu.tracked(file, "container:");
        ContainerType ct = new ContainerType(Key.ContainerKind.STRUCT, f.fqnPrefix(), file, "", 0, ns, root.srcHash(), ti);
        int type = zcu.createType(ct);
        zcu.namespace(ns).ownerType = type;
        zcu.setFileRootType(file, type, ns);
        zcu.scanNamespace(ns, file, root, ct.name);
        ensureType(zcu, type);
        return type;
    }

    /** The {@code type N} unit: resolves the fields of a container; recreates the type when outdated. */
    static void ensureType(Zcu zcu, int type) {
        int now = refreshType(zcu, type);
        if (now != type) {
            ensureType(zcu, now);
            return;
        }
        AnalUnit unit = AnalUnit.type(type);
        ContainerType ct = zcu.ip.container(type);
        zcu.analyseUnit(unit, s -> {
            Sema sema = new Sema(zcu, unit, s);
            sema.declare(new Dependee.SrcHash(ct.trackedInst));
            sema.requireZir(ct.file);
            new SemaExpr(sema, ct.file, ct.namespace).resolveFields(type);
            s.resultFingerprint = List.of(List.copyOf(ct.fieldNames), List.copyOf(ct.fieldTypes),
                    String.valueOf(ct.fieldDefaults));
        });
    }

    /**
     * The current index of a container type: an outdated type whose declaration changed is recreated under a new
     * index (its fields not resolved yet: {@link #ensureType} does that).
     */
    static int refreshType(Zcu zcu, int type) {
        UnitState st = zcu.state(AnalUnit.type(type));
        ContainerType ct = zcu.ip.container(type);
        if (st.outdated && st.lastUpdateGen >= 0 && !ct.dead) {
            Zir zir = zcu.file(ct.file).zir();
            Optional<ZirContainer> c = zir == null ? Optional.empty() : zcu.container(ct.file, ct.containerKey);
            if (c.isPresent() && c.get().srcHash() != ct.srcHash) return recreate(zcu, type, c.get());
        }
        return type;
    }

    private static int recreate(Zcu zcu, int old, ZirContainer now) {
        ContainerType ct = zcu.ip.container(old);
        ct.dead = true;
        ContainerType fresh = new ContainerType(ct.kind, ct.name, ct.file, ct.containerKey, now.node(), ct.namespace,
                now.srcHash(), ct.trackedInst);
        int type = zcu.createType(fresh);
        zcu.namespace(ct.namespace).ownerType = type;
        if (ct.containerKey.isEmpty()) zcu.setFileRootType(ct.file, type, ct.namespace);
        zcu.containerTypes.replaceAll((k, v) -> v == old ? type : v);
        zcu.state(AnalUnit.type(old)).outdated = false;
        zcu.markDependeeOutdated(new Dependee.Interned(old));
        return type;
    }

    static void ensureNavVal(Zcu zcu, int navIndex) {
        AnalUnit unit = AnalUnit.navVal(navIndex);
        Nav nav = zcu.nav(navIndex);
        zcu.analyseUnit(unit, s -> {
            Sema sema = new Sema(zcu, unit, s);
            nav.status = NavStatus.UNRESOLVED;
            sema.declare(new Dependee.SrcHash(nav.trackedInst));
            Optional<ZirDecl> decl = zcu.trackedDecl(nav.trackedInst);
            Namespace ns = zcu.namespace(nav.namespace);
            sema.requireZir(ns.file);
            if (decl.isEmpty() || nav.dead) throw sema.transitive();
            new SemaExpr(sema, ns.file, ns.index).analyseNav(nav, decl.get());
            s.resultFingerprint = List.of(nav.type, String.valueOf(nav.value), nav.isConst);
        });
    }

    static void ensureComptime(Zcu zcu, int id) {
        AnalUnit unit = AnalUnit.comptime(id);
        Zcu.ComptimeUnit cu = zcu.comptimeUnit(id);
        zcu.analyseUnit(unit, s -> {
            Sema sema = new Sema(zcu, unit, s);
            sema.declare(new Dependee.SrcHash(cu.trackedInst()));
            Optional<ZirDecl> decl = zcu.trackedDecl(cu.trackedInst());
            Namespace ns = zcu.namespace(cu.namespace());
            sema.requireZir(ns.file);
            if (decl.isEmpty()) throw sema.transitive();
            if (ns.file == zcu.startFile) {
                StartCode.analyse(sema, zcu.rootFile());
                return;
            }
            new SemaExpr(sema, ns.file, ns.index).analyseComptime(decl.get());
        });
    }

    static void ensureFuncBody(Zcu zcu, int func, Sema referencer) {
        AnalUnit unit = AnalUnit.func(func);
        Zcu.FuncInfo info = zcu.funcs.get(func);
        if (info == null) return;
        zcu.analyseUnit(unit, s -> {
            Sema sema = new Sema(zcu, unit, s);
            Nav nav = zcu.nav(info.nav());
            if (nav.trackedInst >= 0) sema.declare(new Dependee.SrcHash(nav.trackedInst));
            sema.requireZir(info.file());
            int node = zcu.funcNode(info);
            if (node < 0) throw sema.transitive();
            new SemaExpr(sema, info.file(), info.namespace()).analyseFuncBody(func,
                    new Zcu.FuncInfo(info.nav(), info.namespace(), info.file(), node, info.comptimeArgs()));
        });
    }

    // ---- what a unit declares ----

    /** Zig's {@code declareDependency}: also appended to the unit's debug dependencies. */
    void declare(Dependee d) {
        zcu.addDependency(owner, d);
    }

    /**
     * Declares that this unit's result depends on the source of Nav {@code nav} (a function called at comptime:
     * its body is evaluated here); returns the source hash, so that memoised results of an old body are not reused.
     */
    long dependOnSource(int nav) {
        int ti = zcu.nav(nav).trackedInst;
        if (ti < 0) return 0;
        declare(new Dependee.SrcHash(ti));
        return zcu.trackedDecl(ti).map(ZirDecl::srcHash).orElse(0L);
    }

    /**
     * Zig's "dependency loop detected": reported at the declaration of the Nav whose resolution is already in
     * progress (its main token), not at the reference that closed the loop.
     */
    SemaMessage dependencyLoop(int nav, int refFile, int refNode) {
        Nav n = zcu.nav(nav);
        Optional<ZirDecl> d = n.trackedInst < 0 ? Optional.empty() : zcu.trackedDecl(n.trackedInst);
        if (d.isEmpty()) return msg(refFile, span(zcu.file(refFile).zir().ast(), refNode), "dependency loop detected");
        int f = zcu.trackedFile(n.trackedInst);
        return msg(f, span(zcu.file(f).zir().ast(), d.get().node()), "dependency loop detected");
    }

    /** Records a reference from this unit to {@code target} at {@code node} of {@code file}. */
    void reference(AnalUnit target, int file, int node) {
        reference(target, file, span(zcu.file(file).zir().ast(), node));
    }

    /** Records a reference from this unit to {@code target} at a byte span {start, main, end} of {@code file}. */
    void reference(AnalUnit target, int file, int[] span) {
        if (target.equals(owner)) return;
        if (target.kind() == AnalUnit.Kind.TYPE) zcu.needImplicitReferences(target.index());
        for (UnitState.Reference r : state.references) {
            if (r.target().equals(target)) return;
        }
        state.references.add(new UnitState.Reference(target, file, span[0], span[1], span[2]));
        zcu.noteReferenceIn(file, owner);
    }

    /** A unit of a file that currently fails to parse or lower fails transitively (the file's errors are reported). */
    void requireZir(int file) {
        if (zcu.file(file).zir() != null) return;
        // the unit must run again when the file parses again (or appears): depend on its root
        declare(new Dependee.SrcHash(zcu.tracked(file, "container:")));
        throw transitive();
    }

    /** Records this unit's error and unwinds it. */
    AnalysisFail fail(SemaMessage msg) {
        if (state.error == null) state.error = msg;
        return new AnalysisFail();
    }

    /** Unwinds because a unit this one needed failed (transitive failure, no message of its own). */
    AnalysisFail transitive() {
        state.transitiveFailure = true;
        return new AnalysisFail();
    }

    /**
     * Zig's {@code Ast.nodeToSpan} ({@code tokensToSpan}): first token to last, main token; a span over several lines
     * shrinks to the part on the main token's line (just the main token if neither end is on it).
     */
    static int[] span(Ast ast, int node) {
        return tokensSpan(ast, ast.firstToken(node), ast.lastToken(node), ast.mainToken(node));
    }

    /** Zig's {@code Ast.tokensToSpan}: tokens {@code first..last} with {@code main}, shrunk to one line as in {@link #span}. */
    static int[] tokensSpan(Ast ast, int first, int last, int main) {
        if (ast.tokensOnSameLine(first, last)) {
            // the whole node
        } else if (ast.tokensOnSameLine(first, main)) {
            last = main;
        } else if (ast.tokensOnSameLine(main, last)) {
            first = main;
        } else {
            first = main;
            last = main;
        }
        return new int[] {ast.tokenStart(first), ast.tokenStart(main), ast.tokenStart(last) + ast.tokenLength(last)};
    }

    static int[] tokenSpan(Ast ast, int token) {
        int s = ast.tokenStart(token);
        return new int[] {s, s, s + ast.tokenLength(token)};
    }

    static SemaMessage msg(int file, int[] span, String text) {
        return new SemaMessage(file, span[0], span[1], span[2], text, List.of());
    }

    static final Map<String, Integer> NO_CAPTURES = new LinkedHashMap<>();

    static Map<String, TypedValue> copy(Map<String, TypedValue> m) {
        return new LinkedHashMap<>(m);
    }

    static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    static final HashMap<String, Integer> EMPTY = new HashMap<>();

    static boolean isTokenTag(Ast ast, int token, Token.Tag tag) {
        return token >= 0 && token < ast.tokenCount() && ast.tokenTag(token) == tag;
    }

    static boolean isNode(Ast ast, int node, Node.Tag... tags) {
        Node.Tag t = ast.nodeTag(node);
        for (Node.Tag x : tags) if (x == t) return true;
        return false;
    }

    static Full.FnProto proto(Ast ast, int node) {
        return ast.fullFnProto(node).orElseThrow();
    }
}
