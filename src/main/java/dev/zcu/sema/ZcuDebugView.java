package dev.zcu.sema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read-only face of the Zcu that the incremental debug REPL renders (package {@code debug}): Zig's
 * {@code Zcu.IncrementalDebugState} plus the few Zcu and InternPool look-ups the seed's commands make.
 * Implemented by the Zcu; only ever called by the owner of the Zcu (the CompilerActor), between updates.
 * Indices are InternPool indices (types), Nav indices and comptime unit ids, as in the REPL.
 */
public interface ZcuDebugView {

    /** Zig's {@code zcu.generation}: the number of updates started so far ({@code summary} prints it minus one). */
    int generation();

    /** Every container type ever created, dead ones included, in creation order (InternPool indices). */
    int[] types();

    /** The generation a container type was created in; empty if {@code ipIndex} is no container type. */
    Optional<Integer> typeCreatedGeneration(int ipIndex);

    /** The container type's fully qualified name, as Zig's {@code containerTypeName} ({@code main.Foo}). */
    String containerTypeName(int ipIndex);

    /** The namespace of a container type (pub decls, non-pub decls, comptime decls, tests). */
    NamespaceDecls typeNamespace(int ipIndex);

    /** Every Nav ever created, dead ones included, in creation order. */
    int[] navs();

    /** The generation a Nav was created in; empty if unknown. */
    Optional<Integer> navCreatedGeneration(int nav);

    String navName(int nav);

    String navFqn(int nav);

    NavStatus navStatus(int nav);

    /**
     * The Nav's type printed as the seed's {@code printType} prints it ({@code u8}, {@code ?*(attrs) u8},
     * {@code (function)}, {@code main.Foo[123]}); empty while the Nav is {@code unresolved}.
     */
    Optional<String> navTypeName(int nav);

    /** Every analysis unit ever analysed, dead ones included, in first-analysis order. */
    List<AnalUnit> units();

    /** The generation a unit was last analysed in; empty for an unknown unit. */
    Optional<Integer> unitLastUpdateGeneration(AnalUnit unit);

    /** The dependencies the unit declared when it was last analysed, in declaration order. */
    List<Dependee> unitDependencies(AnalUnit unit);

    /**
     * Zig's {@code resolveReferences}: every unit reachable from the analysis roots, mapped to its
     * referencer; {@code Optional.empty()} marks an analysis root. Cached until the next update.
     */
    Map<AnalUnit, Optional<AnalUnit>> resolveReferences();

    /** The unit has an error of its own ({@code failed_analysis}). */
    boolean hasFailed(AnalUnit unit);

    /** The unit failed because a unit it needed failed ({@code transitive_failed_analysis}). */
    boolean hasTransitiveFailure(AnalUnit unit);

    /**
     * A {@code src_hash}, {@code namespace}, {@code namespace_name}, {@code zon_file} or {@code embed_file}
     * dependee rendered as Zig's {@code Zcu.fmtDependee} renders it.
     */
    String formatDependee(Dependee dependee);

    /** Whether an interned dependee is a function ({@code func N}) rather than a type ({@code type N}). */
    boolean isFunc(int ipIndex);

    /** The declarations of one namespace, each list in declaration order. */
    record NamespaceDecls(int[] pubNavs, int[] privNavs, int[] comptimeUnits, int[] testNavs) {}
}
