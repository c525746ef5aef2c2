package dev.zcu.sema;

/** How far a Nav has been resolved, Zig's {@code Nav.status}; {@link #zigName()} is the REPL spelling. */
public enum NavStatus {
    UNRESOLVED("unresolved"), TYPE_RESOLVED("type_resolved"), FULLY_RESOLVED("fully_resolved");

    private final String zigName;

    NavStatus(String zigName) {
        this.zigName = zigName;
    }

    public String zigName() {
        return zigName;
    }
}
