package dev.zcu.server;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.UpdateResult;
import dev.zcu.compile.UpdateStats;
import dev.zcu.protocol.ErrorBundle;
import dev.zcu.sema.AnalUnit;
import dev.zcu.sema.Dependee;
import dev.zcu.sema.NavStatus;
import dev.zcu.sema.ZcuDebugView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in Compilation for the server's tests (until and besides the real front end): every update recreates
 * all of its container types ({@code main.S0 ...}) with new InternPool indices and creates new Navs, one at a
 * time, so a query that saw a half-done update would see counts between two generations. The old ones stay,
 * dead but inspectable, as in Zig. Tests can hold an update at its start ({@link #holdUpdates()}), make the
 * next update throw ({@link #failNextUpdate()}), and count updates. It is both the Compilation and its view,
 * and deliberately not thread-safe: only its owner may call it.
 */
public final class ChurningCompilation implements Compilation, ZcuDebugView {

    final int typesPerUpdate;
    final int navsPerUpdate;

    private int generation;
    private int nextIndex = 100;
    private int nextNav = 0;
    private final List<Integer> types = new ArrayList<>();
    private final Map<Integer, Integer> typeGen = new HashMap<>();
    private final Map<Integer, String> typeName = new HashMap<>();
    private final Map<Integer, List<Integer>> typeNavs = new HashMap<>();
    private final List<Integer> navs = new ArrayList<>();
    private final Map<Integer, Integer> navGen = new HashMap<>();
    private final Map<Integer, String> navName = new HashMap<>();
    private final Map<Integer, String> navFqn = new HashMap<>();
    private final Map<AnalUnit, Integer> units = new LinkedHashMap<>();
    private final Map<AnalUnit, List<Dependee>> deps = new HashMap<>();
    private Map<AnalUnit, Optional<AnalUnit>> references = Map.of();
    private final List<AnalUnit> failed = new ArrayList<>();
    private final List<AnalUnit> transitive = new ArrayList<>();

    final AtomicInteger updatesRun = new AtomicInteger();
    private volatile boolean failNext;
    private volatile long workNanos;
    private volatile Semaphore gate;
    final CountDownLatch[] started = {new CountDownLatch(1)};

    public ChurningCompilation(int typesPerUpdate, int navsPerUpdate) {
        this.typesPerUpdate = typesPerUpdate;
        this.navsPerUpdate = navsPerUpdate;
    }

    /** From now on each update waits at its start until {@link #release()} is called once for it. */
    void holdUpdates() {
        gate = new Semaphore(0);
    }

    void release() {
        gate.release();
    }

    /** Makes every update also spin for this long, like real analysis work (for the load benchmark). */
    public void simulateWork(Duration perUpdate) {
        workNanos = perUpdate.toNanos();
    }

    void failNextUpdate() {
        failNext = true;
    }

    /** Counted down when the next update starts. */
    synchronized CountDownLatch nextStart() {
        return started[0];
    }

    @Override
    public UpdateResult update() {
        CountDownLatch latch;
        synchronized (this) {
            latch = started[0];
            started[0] = new CountDownLatch(1);
        }
        latch.countDown();
        Semaphore g = gate;
        if (g != null) {
            try {
                if (!g.tryAcquire(30, TimeUnit.SECONDS)) throw new IllegalStateException("test never released");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        updatesRun.incrementAndGet();
        long start = System.nanoTime();
        long spin = 0;
        while (System.nanoTime() - start < workNanos) spin++;
        if (spin < 0) throw new AssertionError();
        int gen = generation++;
        if (failNext) {
            failNext = false;
            // half-done mutation, then a bug: the state must stay queryable
            addType(gen, "main.Broken");
            throw new IllegalStateException("bug in analysis (test)");
        }
        int root = -1;
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < typesPerUpdate; i++) {
            int t = addType(gen, i == 0 ? "main" : "main.S" + i);
            fresh.add(t);
            if (i == 0) root = t;
            Thread.yield();
        }
        Map<AnalUnit, Optional<AnalUnit>> refs = new LinkedHashMap<>();
        AnalUnit rootUnit = AnalUnit.type(root);
        refs.put(rootUnit, Optional.empty());
        units.put(rootUnit, gen);
        deps.put(rootUnit, List.of(new Dependee.SrcHash(0)));
        List<Integer> rootNavs = new ArrayList<>();
        for (int i = 0; i < navsPerUpdate; i++) {
            int nav = nextNav++;
            navs.add(nav);
            navGen.put(nav, gen);
            navName.put(nav, "f" + i);
            navFqn.put(nav, "main.f" + i);
            rootNavs.add(nav);
            AnalUnit unit = AnalUnit.navVal(nav);
            units.put(unit, gen);
            deps.put(unit, List.of(new Dependee.SrcHash(i + 1), new Dependee.NavTy(nav),
                    new Dependee.Interned(fresh.get(i % fresh.size())),
                    new Dependee.MemoizedState(AnalUnit.MemoizedStateStage.PANIC)));
            refs.put(unit, Optional.of(i == 0 ? rootUnit : AnalUnit.navVal(nav - 1)));
            Thread.yield();
        }
        typeNavs.put(root, rootNavs);
        references = refs;
        failed.clear();
        transitive.clear();
        if (navsPerUpdate > 1) {
            failed.add(AnalUnit.navVal(nextNav - 1));
            transitive.add(AnalUnit.navVal(nextNav - 2));
        }
        return new UpdateResult(gen, ErrorBundle.EMPTY,
                new UpdateStats(1, typesPerUpdate + navsPerUpdate, 0, typesPerUpdate, System.nanoTime() - start),
                List.of());
    }

    private int addType(int gen, String name) {
        int t = nextIndex++;
        types.add(t);
        typeGen.put(t, gen);
        typeName.put(t, name);
        return t;
    }

    @Override
    public ZcuDebugView debugView() {
        return this;
    }

    @Override public int generation() { return generation; }
    // Arrays cached for speed (the load benchmark) and dropped at every change, so a reader racing an update
    // still sees the live, half-updated state (what the interleaving test must never observe).
    private int[] typesArray;
    private int[] navsArray;
    private List<AnalUnit> unitsList;

    @Override
    public int[] types() {
        int[] a = typesArray;
        if (a == null || a.length != types.size()) a = typesArray = types.stream().mapToInt(Integer::intValue).toArray();
        return a;
    }
    @Override public Optional<Integer> typeCreatedGeneration(int ipIndex) { return Optional.ofNullable(typeGen.get(ipIndex)); }
    @Override public String containerTypeName(int ipIndex) { return typeName.get(ipIndex); }

    @Override
    public NamespaceDecls typeNamespace(int ipIndex) {
        int[] all = typeNavs.getOrDefault(ipIndex, List.of()).stream().mapToInt(Integer::intValue).toArray();
        int half = all.length / 2;
        return new NamespaceDecls(java.util.Arrays.copyOfRange(all, 0, half),
                java.util.Arrays.copyOfRange(all, half, all.length), new int[] {7}, new int[0]);
    }

    @Override
    public int[] navs() {
        int[] a = navsArray;
        if (a == null || a.length != navs.size()) a = navsArray = navs.stream().mapToInt(Integer::intValue).toArray();
        return a;
    }
    @Override public Optional<Integer> navCreatedGeneration(int nav) { return Optional.ofNullable(navGen.get(nav)); }
    @Override public String navName(int nav) { return navName.get(nav); }
    @Override public String navFqn(int nav) { return navFqn.get(nav); }

    @Override
    public NavStatus navStatus(int nav) {
        return nav % 3 == 0 ? NavStatus.FULLY_RESOLVED : nav % 3 == 1 ? NavStatus.TYPE_RESOLVED : NavStatus.UNRESOLVED;
    }

    @Override
    public Optional<String> navTypeName(int nav) {
        return navStatus(nav) == NavStatus.UNRESOLVED ? Optional.empty() : Optional.of("?*(attrs) u8");
    }

    @Override
    public List<AnalUnit> units() {
        List<AnalUnit> l = unitsList;
        if (l == null || l.size() != units.size()) l = unitsList = List.copyOf(units.keySet());
        return l;
    }
    @Override public Optional<Integer> unitLastUpdateGeneration(AnalUnit unit) { return Optional.ofNullable(units.get(unit)); }
    @Override public List<Dependee> unitDependencies(AnalUnit unit) { return deps.getOrDefault(unit, List.of()); }
    @Override public Map<AnalUnit, Optional<AnalUnit>> resolveReferences() { return references; }
    @Override public boolean hasFailed(AnalUnit unit) { return failed.contains(unit); }
    @Override public boolean hasTransitiveFailure(AnalUnit unit) { return transitive.contains(unit); }

    @Override
    public String formatDependee(Dependee dependee) {
        if (dependee instanceof Dependee.SrcHash s) return "inst<" + s.trackedInst() + ">";
        return dependee.toString();
    }

    @Override public boolean isFunc(int ipIndex) { return false; }
}
