package dev.zcu.sema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the Zcu remembers of one {@link AnalUnit}: the generation it was last analysed in, the dependencies it
 * declared then (in order, Zig's debug {@code UnitInfo.deps}), the units it referenced (with where), its own
 * error or transitive failure, and a fingerprint of its result for early cutoff.
 */
public final class UnitState {

    /** A reference from this unit to another, with the source location (file, byte offset) of the reference. */
    public record Reference(AnalUnit target, int file, int spanStart, int spanMain, int spanEnd) {}

    public int lastUpdateGen = -1;
    public final Set<Dependee> deps = new LinkedHashSet<>();
    public final List<Reference> references = new ArrayList<>();
    public SemaMessage error;
    /** {@link #error} with its positions relative to their declarations, captured when the analysis ended. */
    LazySrcLoc.LazyMessage lazyError;
    public boolean transitiveFailure;
    /** The unit failed when no other unit had an error of its own (see {@link Zcu#isTraceRoot}). */
    public boolean traceRoot;
    public Object resultFingerprint;
    public boolean inProgress;
    public boolean outdated;
    /** The {@code @compileLog} calls of the last analysis: where, and the line zig prints for each. */
    public final List<SemaMessage> compileLogs = new ArrayList<>();
    /**
     * Zig's "potentially outdated": a unit this one depends on is outdated; when next needed, its dependencies
     * are brought up to date first, and only if one of their results changed is this unit analysed again.
     */
    public boolean potentiallyOutdated;

    void reset() {
        compileLogs.clear();
        deps.clear();
        references.clear();
        error = null;
        lazyError = null;
        transitiveFailure = false;
        traceRoot = false;
    }
}
