package dev.zcu.protocol;

import java.util.Optional;

/**
 * The tags of messages a build driver sends to the compiler, Zig's {@code std.zig.Client.Message.Tag}, with their
 * u32 wire values. zcu's compiler endpoint acts on {@link #EXIT} and {@link #UPDATE}; the others are well-formed
 * but meaningless for a front end without code generation.
 */
public enum ClientTag {
    /** Shut down cleanly. No body. */
    EXIT(0),
    /** Detect changed source files and bring the compilation up to date. No body. */
    UPDATE(1),
    /** Run the produced executable. No body. */
    RUN(2),
    /** Update with hot code swap. No body. */
    HOT_UPDATE(3),
    /** Ask a test runner for its metadata. No body. */
    QUERY_TEST_METADATA(4),
    /** Run one test; the body is a u32 test index. */
    RUN_TEST(5),
    /** Start fuzzing one test; the body is a u32 test index. */
    START_FUZZING(6);

    private final int code;

    ClientTag(int code) {
        this.code = code;
    }

    /** The u32 value on the wire. */
    public int code() {
        return code;
    }

    /** The tag with this wire value, or empty for a value Zig does not define (Zig's {@code _}). */
    public static Optional<ClientTag> fromCode(int code) {
        for (ClientTag t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Zig's name of the tag ({@code exit}, {@code update}, ...). */
    public String zigName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
