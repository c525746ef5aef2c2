package dev.zcu.sema;

import dev.zcu.zir.Zir;
import dev.zcu.zir.ZirContainer;
import dev.zcu.zir.ZirDecl;
import dev.zcu.zir.ZirMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Zig compilation unit: all semantic state of one module tree, Zig's {@code Zcu} (+ {@code PerThread}, the
 * one door through which it changes). It owns the {@link InternPool}, the files, namespaces and {@link Nav}s,
 * the per-{@link AnalUnit} state ({@link UnitState}: dependencies, references, errors), the reverse dependency
 * index used to mark units outdated, and the incremental debug state. {@link Sema} analyses one unit at a time
 * through the {@code ensure*UpToDate} methods here. Only the owner of the compilation calls it, between or
 * during its own updates.
 *
 * <p>Map: {@link #replaceFile} (an edit: old→new tracked declarations, outdated marking) →
 * {@link #analyse} (outdated units first, then the roots, then queued function bodies) →
 * {@link #errors} (the failed units still referenced from the roots).
 */
public final class Zcu implements ZcuDebugView {

    /** A comptime declaration's unit: its namespace and tracked declaration. */
    public record ComptimeUnit(int namespace, int trackedInst) {}

    /** A function: its owner Nav (and namespace for lookups), its AST declaration node and file. */
    public record FuncInfo(int nav, int namespace, int file, int fnNode, Map<String, TypedValue> comptimeArgs) {}

    public final InternPool ip = new InternPool();
    private final FileProvider files;
    private final List<ZcuFile> fileTable = new ArrayList<>();
    private final Map<Integer, Integer> fileRootType = new HashMap<>();
    private final Map<Integer, Integer> fileNamespace = new HashMap<>();
    final List<Nav> navs = new ArrayList<>();
    final List<Namespace> namespaces = new ArrayList<>();
    private final List<String> trackedKeys = new ArrayList<>();
    private final Map<String, Integer> trackedIndex = new HashMap<>();
    private final List<ComptimeUnit> comptimeUnits = new ArrayList<>();
    private final Map<ComptimeUnit, Integer> comptimeIndex = new HashMap<>();
    private final Map<AnalUnit, UnitState> units = new LinkedHashMap<>();
    private final Map<Dependee, Set<AnalUnit>> dependers = new HashMap<>();
    /** Per file: its current declarations and containers by key (the ZIR lists are searched often). */
    private final List<FileIndex> fileIndexes = new ArrayList<>();
    /** Per file: the units that recorded references located in it (possibly stale entries). */
    private final Map<Integer, Set<AnalUnit>> refUnitsByFile = new HashMap<>();
    /** Per file: the container types declared in it (live and dead), in creation order. */
    private final Map<Integer, List<Integer>> typesByFile = new HashMap<>();
    /**
     * Types whose implicit references (comptime blocks, exports) must be brought up to date: types created,
     * rescanned or referenced during this update. Replaces a walk over every reachable type per update.
     */
    private final Set<Integer> pendingTypes = new LinkedHashSet<>();
    /** The generation in which each type's implicit references were last ensured (a reference adds it once). */
    private final Map<Integer, Integer> implicitEnsuredGen = new HashMap<>();
    /** The messages {@link #errors()} last returned (positions resolved now), by identity, with their units. */
    private final Map<SemaMessage, AnalUnit> resolvedErrors = new java.util.IdentityHashMap<>();
    /** The units whose last analysis recorded {@code @compileLog} calls. */
    private final Set<AnalUnit> logUnits = new LinkedHashSet<>();
    /** The units whose last analysis recorded an error of their own, in the order they failed. */
    private final Set<AnalUnit> failedUnits = new LinkedHashSet<>();
    private final LinkedHashMap<Integer, Integer> typeGen = new LinkedHashMap<>();
    private final LinkedHashMap<Integer, Integer> navGen = new LinkedHashMap<>();
    final Map<String, Integer> containerTypes = new HashMap<>();
    final Map<List<Object>, TypedValue> memo = new HashMap<>();
    /** Error names in the order they were first interned (Zig sorts error sets by it); see {@link SemaErrors}. */
    final Map<String, Integer> errorNameOrder = new HashMap<>();
    /** The resolved inferred error set of each analysed function body (func index to names). */
    final Map<Integer, List<String>> inferredErrorSets = new HashMap<>();
    final Map<Integer, FuncInfo> funcs = new HashMap<>();
    private final Map<String, Integer> navByNamespaceAndTracked = new HashMap<>();
    private final Deque<Integer> funcQueue = new ArrayDeque<>();
    private final Deque<AnalUnit> outdatedQueue = new ArrayDeque<>();
    /**
     * The last {@link #resolveReferences} result, kept across updates until the reference graph changes (a unit's
     * reference targets, a namespace's implicit references, the roots).
     */
    private Map<AnalUnit, Optional<AnalUnit>> resolvedReferences;
    private List<AnalUnit> resolvedRoots = List.of();
    private int generation;
    private int rootFile = -1;
    /** True while {@link #analyse} runs (outdated marking then concerns the current update). */
    private boolean analysing;
    int unitsAnalysed;
    int unitsUpToDate;
    int typesCreated;

    public Zcu(FileProvider files) {
        this.files = files;
    }

    // ---- files ----

    /** Adds a file to the table (not yet analysed); returns its index. */
    public int addFile(String path, String moduleName, Zir zir) {
        int index = fileTable.size();
        fileTable.add(new ZcuFile(index, path, moduleName, zir));
        fileIndexes.add(FileIndex.of(zir));
        return index;
    }

    public ZcuFile file(int index) {
        return fileTable.get(index);
    }

    public int fileCount() {
        return fileTable.size();
    }

    public void setRootFile(int file) {
        rootFile = file;
    }

    /**
     * Resolves an {@code @import} for {@code sema}'s unit. When the operand names a file (even one that does not
     * exist), the unit depends on that file's root: deleting, creating, breaking or fixing the file outdates it.
     */
    FileProvider.Embed embedFile(int from, String path) {
        return files.embedFile(from, path);
    }

    FileProvider.Import importFile(int from, String operand) {
        return files.importFile(from, operand);
    }

    /** {@link #importFile(int, String)} for a unit that depends on the result. */
    FileProvider.Import importFile(Sema sema, int from, String operand) {
        FileProvider.Import r = files.importFile(from, operand);
        if (r.file() >= 0) sema.declare(new Dependee.SrcHash(tracked(r.file(), "container:")));
        return r;
    }

    /**
     * An edit of file {@code index}: installs its new ZIR ({@code null} if it no longer parses, which keeps the
     * old state), maps old tracked declarations to new ones and marks the dependers of what changed outdated.
     */
    public void replaceFile(int index, Zir now) {
        ZcuFile old = fileTable.get(index);
        fileTable.set(index, new ZcuFile(index, old.path(), old.moduleName(), now));
        fileIndexes.set(index, FileIndex.of(now));
        if (old.zir() != null && now != null) rebaseReferences(index, old.zir(), now);
        // Error positions are relative to their declarations (LazySrcLoc) and move with them; only an error with a
        // position this edit invalidated (outside any declaration, or in one that changed) needs its unit again.
        for (AnalUnit u : List.copyOf(failedUnits)) {
            UnitState st = units.get(u);
            if (st.lazyError != null && !LazySrcLoc.stillValid(this, st.lazyError, index)) markOutdated(u);
        }
        if (old.zir() == null || now == null) {
            markAllOfFileOutdated(index);
            return;
        }
        ZirMap map = ZirMap.between(old.zir(), now);
        for (int d : map.changed()) {
            markDependeeOutdated(new Dependee.SrcHash(tracked(index, old.zir().decls().get(d).key())));
        }
        for (int d : map.removed()) {
            ZirDecl decl = old.zir().decls().get(d);
            int ti = tracked(index, decl.key());
            markDependeeOutdated(new Dependee.SrcHash(ti));
        }
        for (int d : map.added()) {
            // a declaration that comes back under a key seen before: its old units must run again
            markDependeeOutdated(new Dependee.SrcHash(tracked(index, now.decls().get(d).key())));
        }
        for (int c : map.containersChanged()) {
            markDependeeOutdated(new Dependee.SrcHash(tracked(index, "container:" + old.zir().containers().get(c).key())));
        }
        Set<Integer> nsChanged = new HashSet<>(map.namespacesChanged());
        for (int c = 0; c < old.zir().containers().size(); c++) {
            if (!map.containersOldToNew().containsKey(c)) nsChanged.add(c);
        }
        for (int c : nsChanged) {
            int ti = tracked(index, "container:" + old.zir().containers().get(c).key());
            markDependeeOutdated(new Dependee.Namespace(ti));
            Integer nc = map.containersOldToNew().get(c);
            Map<String, Boolean> before = names(old.zir(), c);
            Map<String, Boolean> after = nc == null ? Map.of() : names(now, nc);
            Set<String> changedNames = new HashSet<>();
            for (String n : before.keySet()) if (!before.get(n).equals(after.get(n))) changedNames.add(n);
            for (String n : after.keySet()) if (!after.get(n).equals(before.get(n))) changedNames.add(n);
            for (String n : changedNames) markDependeeOutdated(new Dependee.NamespaceName(ti, n));
        }
        rescanNamespacesOfFile(index);
    }

    /**
     * Reference locations are byte offsets: after an edit of {@code file}, those recorded in it by units that are
     * not analysed again follow their declarations to the new source (reference traces then point at the new
     * lines). Work proportional to the references located in the edited file.
     */
    private void rebaseReferences(int file, Zir old, Zir now) {
        Set<AnalUnit> us = refUnitsByFile.get(file);
        if (us == null || us.isEmpty()) return;
        int[] innermost = LazySrcLoc.innermostDecls(old);
        Map<String, ZirDecl> nowDecls = fileIndexes.get(file).decls();
        for (var it = us.iterator(); it.hasNext(); ) {
            UnitState st = units.get(it.next());
            boolean any = false;
            for (int i = 0; st != null && i < st.references.size(); i++) {
                UnitState.Reference r = st.references.get(i);
                if (r.file() != file) continue;
                any = true;
                int[] moved = LazySrcLoc.translate(old, innermost, now, nowDecls, r.spanStart(), r.spanMain(), r.spanEnd());
                if (moved != null) st.references.set(i, new UnitState.Reference(r.target(), file, moved[0], moved[1], moved[2]));
            }
            if (!any) it.remove();
        }
    }

    /** Records that {@code unit} has a reference located in {@code file} (see {@link #rebaseReferences}). */
    void noteReferenceIn(int file, AnalUnit unit) {
        refUnitsByFile.computeIfAbsent(file, f -> new HashSet<>()).add(unit);
    }

    /** The declared names of a container with their pub-ness. */
    private static Map<String, Boolean> names(Zir zir, int container) {
        Map<String, Boolean> out = new HashMap<>();
        for (int d : zir.containers().get(container).decls()) {
            ZirDecl decl = zir.decls().get(d);
            if (decl.name() != null && decl.kind() != ZirDecl.Kind.TEST) out.put(decl.name(), decl.isPub());
        }
        return out;
    }

    private void markAllOfFileOutdated(int file) {
        String prefix = file + "\0";
        for (Dependee d : List.copyOf(dependers.keySet())) {
            int ti = d instanceof Dependee.SrcHash s ? s.trackedInst()
                    : d instanceof Dependee.Namespace n ? n.trackedInst()
                    : d instanceof Dependee.NamespaceName nn ? nn.trackedInst() : -1;
            if (ti >= 0 && trackedKeys.get(ti).startsWith(prefix)) markDependeeOutdated(d);
        }
        rescanNamespacesOfFile(file);
    }

    /**
     * Marks every unit that declared a dependency on {@code d} outdated. A unit already analysed in this update
     * is not marked again: it brought its dependencies up to date when it used them, so only a dependency loop can
     * change one afterwards, and analysing each unit at most once per update is what ends such a loop.
     */
    public void markDependeeOutdated(Dependee d) {
        Set<AnalUnit> ds = dependers.get(d);
        if (ds == null) return;
        for (AnalUnit u : List.copyOf(ds)) {
            markOutdated(u);
        }
    }

    /** Marks one unit outdated (unless it already is, or ran in this update) and its dependers potentially so. */
    private void markOutdated(AnalUnit u) {
        UnitState st = units.get(u);
        if (st == null || st.outdated || analysedThisUpdate(st)) return;
        st.outdated = true;
        outdatedQueue.add(u);
        markPotentiallyOutdated(u);
    }

    private boolean analysedThisUpdate(UnitState st) {
        return analysing && st.lastUpdateGen == generation;
    }

    /** The dependees whose value is the result of {@code unit}. */
    private static List<Dependee> results(AnalUnit unit) {
        return switch (unit.kind()) {
            case NAV_VAL, NAV_TY -> List.of(new Dependee.NavVal(unit.index()), new Dependee.NavTy(unit.index()));
            case TYPE -> List.of(new Dependee.Interned(unit.index()));
            default -> List.of();
        };
    }

    /** Marks the transitive dependers of an outdated unit's result potentially outdated. */
    private void markPotentiallyOutdated(AnalUnit outdated) {
        Deque<AnalUnit> work = new ArrayDeque<>();
        work.add(outdated);
        while (!work.isEmpty()) {
            AnalUnit u = work.poll();
            for (Dependee r : results(u)) {
                Set<AnalUnit> ds = dependers.get(r);
                if (ds == null) continue;
                for (AnalUnit v : ds) {
                    UnitState st = units.get(v);
                    if (st == null || st.outdated || st.potentiallyOutdated || analysedThisUpdate(st)) continue;
                    st.potentiallyOutdated = true;
                    work.add(v);
                }
            }
        }
    }

    /** Brings the unit that produces {@code d} up to date (a potentially outdated unit's check). */
    private void ensureDependee(Dependee d) {
        if (d instanceof Dependee.NavVal v) {
            Sema.ensureNavVal(this, v.nav());
        } else if (d instanceof Dependee.NavTy v) {
            Sema.ensureNavVal(this, v.nav());
        } else if (d instanceof Dependee.Interned i && ip.isContainer(i.ipIndex())) {
            Sema.ensureType(this, i.ipIndex());
        }
    }

    // ---- tracked declarations ----

    /** The tracked declaration (Zig's TrackedInst) of {@code key} in {@code file}; stable across edits. */
    public int tracked(int file, String key) {
        String k = file + "\0" + key;
        Integer i = trackedIndex.get(k);
        if (i != null) return i;
        int index = trackedKeys.size();
        trackedKeys.add(k);
        trackedIndex.put(k, index);
        return index;
    }

    public int trackedFile(int trackedInst) {
        String k = trackedKeys.get(trackedInst);
        return Integer.parseInt(k.substring(0, k.indexOf('\0')));
    }

    public String trackedKey(int trackedInst) {
        String k = trackedKeys.get(trackedInst);
        return k.substring(k.indexOf('\0') + 1);
    }

    /** The current declaration of a tracked instruction, if it still exists. */
    public Optional<ZirDecl> trackedDecl(int trackedInst) {
        FileIndex fi = fileIndexes.get(trackedFile(trackedInst));
        return fi == null ? Optional.empty() : Optional.ofNullable(fi.decls.get(trackedKey(trackedInst)));
    }

    /** The current container of {@code file} with key {@code key}, if the file lowers and has it. */
    Optional<ZirContainer> container(int file, String key) {
        FileIndex fi = fileIndexes.get(file);
        return fi == null ? Optional.empty() : Optional.ofNullable(fi.containers.get(key));
    }

    /** A file's declarations and containers by key. */
    private record FileIndex(Map<String, ZirDecl> decls, Map<String, ZirContainer> containers) {
        static FileIndex of(Zir zir) {
            if (zir == null) return null;
            Map<String, ZirDecl> decls = new HashMap<>();
            for (ZirDecl d : zir.decls()) decls.putIfAbsent(d.key(), d);
            Map<String, ZirContainer> containers = new HashMap<>();
            for (ZirContainer c : zir.containers()) containers.putIfAbsent(c.key(), c);
            return new FileIndex(decls, containers);
        }
    }

    // ---- namespaces, Navs, types ----

    int createNamespace(int file, int parent) {
        Namespace ns = new Namespace(namespaces.size(), file, parent);
        namespaces.add(ns);
        return ns.index;
    }

    public Namespace namespace(int index) {
        return namespaces.get(index);
    }

    public Nav nav(int index) {
        return navs.get(index);
    }

    int createNav(String name, String fqn, int namespace, int trackedInst) {
        Nav nav = new Nav(navs.size(), name, fqn, namespace, trackedInst);
        navs.add(nav);
        navGen.put(nav.index, generation);
        return nav.index;
    }

    int createType(ContainerType info) {
        int t = ip.createContainer(info);
        typeGen.put(t, generation);
        typesByFile.computeIfAbsent(info.file, f -> new ArrayList<>()).add(t);
        pendingTypes.add(t);
        typesCreated++;
        return t;
    }

    /** Zig's {@code scanNamespace}: creates or reuses the Navs and comptime units of a container's declarations. */
    void scanNamespace(int nsIndex, int file, ZirContainer container, String fqnPrefix) {
        Namespace ns = namespaces.get(nsIndex);
        Zir zir = fileTable.get(file).zir();
        if (ns.ownerType >= 0) pendingTypes.add(ns.ownerType);
        List<AnalUnit> implicitBefore = ns.ownerType >= 0 ? implicitReferences(ns.ownerType) : List.of();
        Map<String, Integer> oldPub = new LinkedHashMap<>(ns.pubDecls);
        Map<String, Integer> oldPriv = new LinkedHashMap<>(ns.privDecls);
        ns.pubDecls.clear();
        ns.privDecls.clear();
        ns.comptimeDecls.clear();
        ns.testDecls.clear();
        for (int di : container.decls()) {
            ZirDecl d = zir.decls().get(di);
            int ti = tracked(file, d.key());
            switch (d.kind()) {
                case COMPTIME -> {
                    ComptimeUnit cu = new ComptimeUnit(nsIndex, ti);
                    Integer id = comptimeIndex.get(cu);
                    if (id == null) {
                        id = comptimeUnits.size();
                        comptimeUnits.add(cu);
                        comptimeIndex.put(cu, id);
                    }
                    ns.comptimeDecls.add(id);
                }
                case USINGNAMESPACE -> { }
                default -> {
                    String name = d.kind() == ZirDecl.Kind.TEST ? "test." + (d.name() == null ? "" : d.name()) : d.name();
                    if (name == null) continue;
                    String nk = nsIndex + "\0" + ti;
                    Integer nav = navByNamespaceAndTracked.get(nk);
                    if (nav == null || navs.get(nav).dead) {
                        nav = createNav(name, fqnPrefix + "." + name, nsIndex, ti);
                        navByNamespaceAndTracked.put(nk, nav);
                    }
                    navs.get(nav).isConst = d.kind() != ZirDecl.Kind.VAR;
                    if (d.kind() == ZirDecl.Kind.TEST) {
                        ns.testDecls.add(nav);
                    } else if (d.isPub()) {
                        ns.pubDecls.putIfAbsent(name, nav);
                    } else {
                        ns.privDecls.putIfAbsent(name, nav);
                    }
                }
            }
        }
        Set<Integer> live = new HashSet<>(ns.pubDecls.values());
        live.addAll(ns.privDecls.values());
        for (Map<String, Integer> old : List.of(oldPub, oldPriv)) {
            for (int nav : old.values()) {
                if (!live.contains(nav)) {
                    navs.get(nav).dead = true;
                    markDependeeOutdated(new Dependee.NavVal(nav));
                    markDependeeOutdated(new Dependee.NavTy(nav));
                }
            }
        }
        if (ns.ownerType >= 0 && !implicitBefore.equals(implicitReferences(ns.ownerType))) resolvedReferences = null;
    }

    private void rescanNamespacesOfFile(int file) {
        Zir zir = fileTable.get(file).zir();
        if (zir == null) return;
        for (int t : List.copyOf(typesByFile.getOrDefault(file, List.of()))) {
            ContainerType ct = ip.container(t);
            if (ct.dead || ct.file != file) continue;
            container(file, ct.containerKey).ifPresent(c -> {
                scanNamespace(ct.namespace, file, c, ct.name);
                // AST node indices move with any edit of the file: follow the (unchanged) fields to their new nodes
                if (ct.fieldNodes.size() == c.fields().size()) {
                    ct.fieldNodes.clear();
                    ct.fieldNodes.addAll(c.fields());
                }
            });
        }
    }

    /** The current AST node of a function's declaration (node indices move with every edit of its file), or -1. */
    int funcNode(FuncInfo info) {
        Nav nav = navs.get(info.nav());
        if (nav.trackedInst < 0) return info.fnNode();
        return trackedDecl(nav.trackedInst).map(ZirDecl::node).orElse(-1);
    }

    /** The current AST node of a container type's declaration (0 for a file root), or -1 if it is gone. */
    int containerNode(ContainerType ct) {
        Zir zir = fileTable.get(ct.file).zir();
        if (zir == null) return -1;
        return container(ct.file, ct.containerKey).map(ZirContainer::node).orElse(-1);
    }

    public int comptimeUnitCount() {
        return comptimeUnits.size();
    }

    public ComptimeUnit comptimeUnit(int id) {
        return comptimeUnits.get(id);
    }

    public Optional<Integer> fileRootType(int file) {
        return Optional.ofNullable(fileRootType.get(file));
    }

    void setFileRootType(int file, int type, int namespace) {
        fileRootType.put(file, type);
        fileNamespace.put(file, namespace);
    }

    Integer fileNamespaceIndex(int file) {
        return fileNamespace.get(file);
    }

    void queueFunc(int func) {
        funcQueue.add(func);
    }

    // ---- units: the one door ----

    UnitState state(AnalUnit unit) {
        return units.computeIfAbsent(unit, u -> new UnitState());
    }

    Optional<UnitState> existingState(AnalUnit unit) {
        return Optional.ofNullable(units.get(unit));
    }

    /** Records that {@code unit}'s result depends on {@code dependee} (the seed's {@code addDependency}). */
    void addDependency(AnalUnit unit, Dependee dependee) {
        UnitState st = state(unit);
        if (st.deps.add(dependee)) dependers.computeIfAbsent(dependee, d -> new LinkedHashSet<>()).add(unit);
    }

    /** Whether the unit has been analysed and is not outdated (its result can be used as is). */
    boolean upToDate(AnalUnit unit) {
        UnitState st = units.get(unit);
        return st != null && st.lastUpdateGen >= 0 && !st.outdated && !st.inProgress;
    }

    /**
     * Runs the analysis of {@code unit} unless it is up to date: clears what it declared last time, runs
     * {@code body}, and stores its error (as data); an unexpected exception becomes an internal error of that
     * unit. Returns the unit's state.
     */
    UnitState analyseUnit(AnalUnit unit, java.util.function.Consumer<UnitState> body) {
        UnitState st = state(unit);
        if (st.inProgress) return st;
        if (st.lastUpdateGen >= 0 && !st.outdated) {
            if (!st.potentiallyOutdated) return st;
            // Early cutoff: bring the dependencies up to date, in the order they were used; analyse only if one changed.
            // Meanwhile the unit counts as in progress (a reference back to it is a dependency loop, as in a clean build).
            Nav nav = unit.kind() == AnalUnit.Kind.NAV_VAL ? navs.get(unit.index()) : null;
            NavStatus status = nav == null ? null : nav.status;
            if (nav != null) nav.status = NavStatus.UNRESOLVED;
            st.inProgress = true;
            try {
                for (Dependee d : List.copyOf(st.deps)) {
                    ensureDependee(d);
                    if (st.outdated) break;
                }
            } finally {
                st.inProgress = false;
                st.potentiallyOutdated = false;
                if (nav != null && !st.outdated) nav.status = status;
            }
            if (!st.outdated) {
                unitsUpToDate++;
                return st;
            }
        }
        st.potentiallyOutdated = false;
        for (Dependee d : st.deps) {
            Set<AnalUnit> ds = dependers.get(d);
            if (ds != null) ds.remove(unit);
        }
        boolean analysedBefore = st.lastUpdateGen >= 0;
        Object fingerprintBefore = st.resultFingerprint;
        boolean failedBefore = st.error != null || st.transitiveFailure;
        List<AnalUnit> targetsBefore = targets(st);
        st.reset();
        st.outdated = false;
        st.inProgress = true;
        st.lastUpdateGen = generation;
        unitsAnalysed++;
        try {
            body.accept(st);
        } catch (AnalysisFail f) {
            if (st.error == null) st.transitiveFailure = true;
        } catch (RuntimeException | StackOverflowError e) {
            if (st.error == null) {
                st.error = new SemaMessage(-1, 0, 0, 0, "zcu internal error while analysing " + unit + ": " + e, List.of());
            }
        } finally {
            st.inProgress = false;
        }
        // the reference graph (resolveReferences) only changes if this unit now references other units
        if (!targetsBefore.equals(targets(st))) resolvedReferences = null;
        if (st.compileLogs.isEmpty()) logUnits.remove(unit);
        else logUnits.add(unit);
        if (st.error != null) {
            st.traceRoot = failedUnits.isEmpty() || (failedUnits.size() == 1 && failedUnits.contains(unit));
            st.lazyError = LazySrcLoc.capture(this, st.error);
            failedUnits.add(unit);
        } else {
            failedUnits.remove(unit);
        }
        boolean failedNow = st.error != null || st.transitiveFailure;
        if (analysedBefore && (failedBefore || failedNow
                || !java.util.Objects.equals(fingerprintBefore, st.resultFingerprint))) {
            // The result changed (or may have): its dependers are outdated; otherwise they stay up to date (early cutoff).
            for (Dependee r : results(unit)) markDependeeOutdated(r);
        }
        return st;
    }

    /**
     * Whether {@code error} was the first failure of its analysis, when no other unit had an error: zig gives only
     * that one a reference trace unless {@code -freference-trace} is given.
     */
    public boolean isTraceRoot(SemaMessage error) {
        return unitWithError(error).map(u -> units.get(u).traceRoot).orElse(false);
    }

    private static List<AnalUnit> targets(UnitState st) {
        List<AnalUnit> out = new ArrayList<>(st.references.size());
        for (UnitState.Reference r : st.references) out.add(r.target());
        return out;
    }

    boolean failed(AnalUnit unit) {
        UnitState st = units.get(unit);
        return st != null && !st.inProgress && (st.error != null || st.transitiveFailure);
    }

    // ---- an update's analysis ----

    /**
     * Analyses what is outdated and everything reachable from the root file, until nothing is left to do (a unit
     * re-analysed late may outdate others: they run in the same update, never swept to "up to date").
     * Counters reset per call; the generation advances even when the root file does not parse.
     */
    public void analyse() {
        unitsAnalysed = 0;
        unitsUpToDate = 0;
        typesCreated = 0;
        analysing = true;
        try {
            if (rootFile < 0 || fileTable.get(rootFile).zir() == null) return;
            Sema.analyseRoots(this, rootFile);
            for (AnalUnit r : roots()) pendingTypes.add(r.index());
            while (true) {
                while (!outdatedQueue.isEmpty() || !funcQueue.isEmpty() || !pendingTypes.isEmpty()) {
                    if (!pendingTypes.isEmpty()) {
                        processPendingTypes();
                        continue;
                    }
                    if (!outdatedQueue.isEmpty()) {
                        AnalUnit u = outdatedQueue.poll();
                        UnitState st = units.get(u);
                        if (st != null && st.outdated) Sema.reanalyse(this, u);
                        continue;
                    }
                    Sema.ensureFuncBody(this, funcQueue.poll(), null);
                }
                int before = unitsAnalysed;
                Sema.analyseRoots(this, rootFile);
                if (unitsAnalysed == before && outdatedQueue.isEmpty() && funcQueue.isEmpty() && pendingTypes.isEmpty()) break;
            }
        } finally {
            analysing = false;
            generation++;
        }
    }

    public int lastUnitsAnalysed() {
        return unitsAnalysed;
    }

    public int lastUnitsUpToDate() {
        return unitsUpToDate;
    }

    public int lastTypesCreated() {
        return typesCreated;
    }

    /** The errors of units referenced from the roots, in Zig's order (by file path, then position). */
    public List<SemaMessage> errors() {
        if (rootFile < 0 || fileTable.get(rootFile).zir() == null) return List.of();
        resolvedErrors.clear();
        if (failedUnits.isEmpty()) return List.of();
        Map<AnalUnit, Optional<AnalUnit>> refs = resolveReferences();
        List<SemaMessage> out = new ArrayList<>();
        for (AnalUnit u : failedUnits) {
            UnitState st = units.get(u);
            if (st.error != null && refs.containsKey(u)) {
                SemaMessage m = LazySrcLoc.resolve(this, st.lazyError);
                resolvedErrors.put(m, u);
                out.add(m);
            }
        }
        out.sort((a, b) -> {
            String pa = a.file() < 0 ? "" : fileTable.get(a.file()).path();
            String pb = b.file() < 0 ? "" : fileTable.get(b.file()).path();
            int c = pa.compareTo(pb);
            if (c != 0) return c;
            c = Integer.compare(a.spanMain(), b.spanMain());
            return c != 0 ? c : a.msg().compareTo(b.msg());
        });
        return out;
    }

    /** The unit whose own error is {@code error} (the same message object {@link #errors} returned). */
    public Optional<AnalUnit> unitWithError(SemaMessage error) {
        AnalUnit resolved = resolvedErrors.get(error);
        if (resolved != null) return Optional.of(resolved);
        for (AnalUnit u : failedUnits) {
            if (units.get(u).error == error) return Optional.of(u);
        }
        return Optional.empty();
    }

    /** The {@code @compileLog} calls of units referenced from the roots, ordered like {@link #errors()}. */
    public List<SemaMessage> compileLogs() {
        if (rootFile < 0 || fileTable.get(rootFile).zir() == null) return List.of();
        if (logUnits.isEmpty()) return List.of();
        Map<AnalUnit, Optional<AnalUnit>> refs = resolveReferences();
        List<SemaMessage> out = new ArrayList<>();
        for (AnalUnit u : logUnits) {
            UnitState st = units.get(u);
            if (!st.compileLogs.isEmpty() && refs.containsKey(u)) out.addAll(st.compileLogs);
        }
        out.sort((a, b) -> {
            String pa = a.file() < 0 ? "" : fileTable.get(a.file()).path();
            String pb = b.file() < 0 ? "" : fileTable.get(b.file()).path();
            int c = pa.compareTo(pb);
            return c != 0 ? c : Integer.compare(a.spanMain(), b.spanMain());
        });
        return out;
    }

    /** Whether a file belongs to the zig installation ({@code std} or the generated {@code builtin}). */
    boolean isLibraryFile(int file) {
        String m = fileTable.get(file).moduleName();
        return m.equals("std") || m.equals("builtin");
    }

    /** The file index of {@code std/start.zig} once {@link StartCode} loaded it (the root declares {@code pub main}). */
    int startFile = -1;

    /** The analysis roots: the root file's type unit, and start.zig's (see {@link StartCode}) once loaded. */
    List<AnalUnit> roots() {
        Integer t = fileRootType.get(rootFile);
        if (t == null) return List.of();
        Integer start = startFile < 0 ? null : fileRootType.get(startFile);
        return start == null ? List.of(AnalUnit.type(t)) : List.of(AnalUnit.type(t), AnalUnit.type(start));
    }

    int rootFile() {
        return rootFile;
    }

    /** A type's implicit references must be (re-)ensured in this update (it was referenced). */
    void needImplicitReferences(int type) {
        Integer done = implicitEnsuredGen.get(type);
        if (done == null || done != generation) pendingTypes.add(type);
    }

    /** Ensures the implicit references of every pending type (and of types that become pending meanwhile). */
    void processPendingTypes() {
        while (!pendingTypes.isEmpty()) {
            var it = pendingTypes.iterator();
            int t = it.next();
            it.remove();
            if (!ip.isContainer(t) || ip.container(t).dead) continue;
            implicitEnsuredGen.put(t, generation);
            for (AnalUnit implicit : implicitReferences(t)) Sema.ensure(this, implicit);
        }
    }

    /**
     * Units implicitly referenced by a type unit: its namespace's comptime blocks and exported declarations. Types
     * of the zig installation's modules ({@code std}, {@code builtin}) have none: their comptime blocks are std's
     * self-checks and the start code of executables, which zig analyses on every build and which never fail on a
     * correct installation; zcu skips them (a deliberate deviation: fewer units in the debug state).
     */
    List<AnalUnit> implicitReferences(int type) {
        List<AnalUnit> out = new ArrayList<>();
        ContainerType ct = ip.container(type);
        if (ct == null || isLibraryFile(ct.file) && ct.file != startFile) return out;
        Namespace ns = namespaces.get(ct.namespace);
        for (int id : ns.comptimeDecls) out.add(AnalUnit.comptime(id));
        for (Map<String, Integer> m : List.of(ns.pubDecls, ns.privDecls)) {
            for (int nav : m.values()) {
                Nav n = navs.get(nav);
                Optional<ZirDecl> d = n.trackedInst < 0 ? Optional.empty() : trackedDecl(n.trackedInst);
                if (d.isPresent() && d.get().isExport()) out.add(AnalUnit.navVal(nav));
            }
        }
        return out;
    }

    // ---- ZcuDebugView ----

    @Override
    public int generation() {
        return generation;
    }

    @Override
    public int[] types() {
        return typeGen.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public Optional<Integer> typeCreatedGeneration(int ipIndex) {
        return Optional.ofNullable(typeGen.get(ipIndex));
    }

    @Override
    public String containerTypeName(int ipIndex) {
        ContainerType ct = ip.container(ipIndex);
        return ct == null ? "" : ct.name;
    }

    @Override
    public NamespaceDecls typeNamespace(int ipIndex) {
        ContainerType ct = ip.container(ipIndex);
        if (ct == null) return new NamespaceDecls(new int[0], new int[0], new int[0], new int[0]);
        Namespace ns = namespaces.get(ct.namespace);
        return new NamespaceDecls(ns.pubDecls.values().stream().mapToInt(Integer::intValue).toArray(),
                ns.privDecls.values().stream().mapToInt(Integer::intValue).toArray(),
                ns.comptimeDecls.stream().mapToInt(Integer::intValue).toArray(),
                ns.testDecls.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    public int[] navs() {
        return navGen.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public Optional<Integer> navCreatedGeneration(int nav) {
        return Optional.ofNullable(navGen.get(nav));
    }

    @Override
    public String navName(int nav) {
        return navs.get(nav).name;
    }

    @Override
    public String navFqn(int nav) {
        return navs.get(nav).fqn;
    }

    @Override
    public NavStatus navStatus(int nav) {
        return navs.get(nav).status;
    }

    @Override
    public Optional<String> navTypeName(int nav) {
        Nav n = navs.get(nav);
        if (n.status == NavStatus.UNRESOLVED || n.type < 0) return Optional.empty();
        return Optional.of(TypeNames.debug(ip, n.type));
    }

    @Override
    public List<AnalUnit> units() {
        List<AnalUnit> out = new ArrayList<>();
        for (Map.Entry<AnalUnit, UnitState> e : units.entrySet()) {
            if (e.getValue().lastUpdateGen >= 0) out.add(e.getKey());
        }
        return out;
    }

    @Override
    public Optional<Integer> unitLastUpdateGeneration(AnalUnit unit) {
        UnitState st = units.get(unit);
        return st == null || st.lastUpdateGen < 0 ? Optional.empty() : Optional.of(st.lastUpdateGen);
    }

    @Override
    public List<Dependee> unitDependencies(AnalUnit unit) {
        UnitState st = units.get(unit);
        return st == null ? List.of() : List.copyOf(st.deps);
    }

    @Override
    public Map<AnalUnit, Optional<AnalUnit>> resolveReferences() {
        if (resolvedReferences != null && resolvedRoots.equals(roots())) return resolvedReferences;
        resolvedRoots = roots();
        Map<AnalUnit, Optional<AnalUnit>> out = new LinkedHashMap<>();
        Deque<AnalUnit> work = new ArrayDeque<>();
        for (AnalUnit r : roots()) {
            out.put(r, Optional.empty());
            work.add(r);
        }
        while (!work.isEmpty()) {
            AnalUnit u = work.poll();
            List<AnalUnit> next = new ArrayList<>();
            if (u.kind() == AnalUnit.Kind.TYPE) next.addAll(implicitReferences(u.index()));
            UnitState st = units.get(u);
            if (st != null) for (UnitState.Reference r : st.references) next.add(r.target());
            for (AnalUnit n : next) {
                if (!out.containsKey(n)) {
                    out.put(n, Optional.of(u));
                    work.add(n);
                }
            }
        }
        resolvedReferences = out;
        return out;
    }

    /** The reference (with its location) by which {@code referencer} reached {@code unit}, if recorded. */
    public Optional<UnitState.Reference> referenceOf(AnalUnit referencer, AnalUnit unit) {
        UnitState st = units.get(referencer);
        if (st == null) return Optional.empty();
        return st.references.stream().filter(r -> r.target().equals(unit)).findFirst();
    }

    @Override
    public boolean hasFailed(AnalUnit unit) {
        UnitState st = units.get(unit);
        return st != null && st.error != null;
    }

    @Override
    public boolean hasTransitiveFailure(AnalUnit unit) {
        UnitState st = units.get(unit);
        return st != null && st.error == null && st.transitiveFailure;
    }

    @Override
    public String formatDependee(Dependee dependee) {
        if (dependee instanceof Dependee.SrcHash s) return "inst('" + trackedDescription(s.trackedInst()) + "')";
        if (dependee instanceof Dependee.Namespace n) return "namespace('" + trackedDescription(n.trackedInst()) + "')";
        if (dependee instanceof Dependee.NamespaceName nn) {
            return "namespace('" + trackedDescription(nn.trackedInst()) + "')::'" + nn.name() + "'";
        }
        if (dependee instanceof Dependee.EmbedFile e) return "embed_file(" + e.embedFile() + ")";
        if (dependee instanceof Dependee.ZonFile z) return "zon_file(" + z.file() + ")";
        if (dependee instanceof Dependee.NavVal v) return "nav_val " + v.nav();
        if (dependee instanceof Dependee.NavTy v) return "nav_ty " + v.nav();
        if (dependee instanceof Dependee.Interned i) return (isFunc(i.ipIndex()) ? "func " : "type ") + i.ipIndex();
        if (dependee instanceof Dependee.MemoizedState m) return "memoized_state " + m.stage().zigName();
        return dependee.toString();
    }

    private String trackedDescription(int trackedInst) {
        int file = trackedFile(trackedInst);
        String key = trackedKey(trackedInst);
        String path = fileTable.get(file).path();
        if (key.startsWith("container:")) key = key.substring("container:".length());
        return key.isEmpty() ? path : path + ":" + key;
    }

    @Override
    public boolean isFunc(int ipIndex) {
        return ip.isFunc(ipIndex);
    }

    int currentGeneration() {
        return generation;
    }
}
