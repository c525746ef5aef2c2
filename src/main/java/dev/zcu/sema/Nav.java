package dev.zcu.sema;

/**
 * A named declaration, Zig's {@code InternPool.Nav}: name, fully qualified name, owning namespace, the tracked
 * declaration it comes from, and (once resolved) its type and value. Index = position in the Zcu's Nav table.
 * Mutated only by the {@link Zcu} when its {@code nav_ty}/{@code nav_val} unit is analysed.
 */
public final class Nav {

    public final int index;
    public final String name;
    public final String fqn;
    public final int namespace;
    /** The tracked declaration ({@link Zcu#trackedInst}) or -1 for generated Navs (generic instances). */
    public final int trackedInst;
    public NavStatus status = NavStatus.UNRESOLVED;
    public int type = -1;
    public Value value;
    public boolean isConst = true;
    public boolean dead;

    public Nav(int index, String name, String fqn, int namespace, int trackedInst) {
        this.index = index;
        this.name = name;
        this.fqn = fqn;
        this.namespace = namespace;
        this.trackedInst = trackedInst;
    }
}
