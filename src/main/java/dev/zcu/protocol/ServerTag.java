package dev.zcu.protocol;

import java.util.Optional;

/**
 * The tags of messages the compiler sends to its build driver, Zig's {@code std.zig.Server.Message.Tag}, with
 * their u32 wire values.
 */
public enum ServerTag {
    /** Body: the compiler's version string (UTF-8). Sent once, on start. */
    ZIG_VERSION(0),
    /** Body: an {@link ErrorBundle} in Zig's encoding ({@link ErrorBundleCodec}); ends an update. */
    ERROR_BUNDLE(1),
    /** Body: {@link EmitDigest}. */
    EMIT_DIGEST(2),
    /** Body: test metadata (test runners only). */
    TEST_METADATA(3),
    /** Body: test results (test runners only). */
    TEST_RESULTS(4),
    /** Body: NUL-separated prefixed paths ({@link FileSystemInputs}). */
    FILE_SYSTEM_INPUTS(5),
    /** Body: u64 coverage id (fuzzing only). */
    COVERAGE_ID(6),
    /** Body: u64 fuzz start address (fuzzing only). */
    FUZZ_START_ADDR(7);

    private final int code;

    ServerTag(int code) {
        this.code = code;
    }

    /** The u32 value on the wire. */
    public int code() {
        return code;
    }

    /** The tag with this wire value, or empty for a value Zig does not define. */
    public static Optional<ServerTag> fromCode(int code) {
        for (ServerTag t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Zig's name of the tag ({@code zig_version}, {@code error_bundle}, ...). */
    public String zigName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
