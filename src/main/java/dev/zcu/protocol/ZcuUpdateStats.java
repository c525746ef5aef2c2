package dev.zcu.protocol;

/**
 * zcu's one extension of Zig's compiler protocol: a server message, sent after {@code file_system_inputs} and
 * before the {@code error_bundle} that ends an update, telling a driver what the update did, so
 * {@code zcu watch} can print its status line. Its tag lies far outside Zig's tags; Zig's build runner
 * ignores messages it does not know ({@code else => {}} in {@code Step.zigProcessUpdate}), so zcu stays a
 * drop-in compiler for it. Body: seven little-endian u32 words ({@code generation}, {@code files_reparsed},
 * {@code units_analysed}, {@code units_up_to_date}, {@code types_created}, {@code error_count}, reserved)
 * followed by a u64 {@code nanos}.
 */
public record ZcuUpdateStats(int generation, int filesReparsed, int unitsAnalysed, int unitsUpToDate,
                             int typesCreated, int errorCount, long nanos) {

    /** The tag: ASCII "zcu" in the high bytes, 1 in the low byte. */
    public static final int TAG = 0x7a637501;

    private static final int BODY_BYTES = 7 * 4 + 8;

    public Frame toFrame() {
        byte[] b = new byte[BODY_BYTES];
        Le.putU32(b, 0, generation);
        Le.putU32(b, 4, filesReparsed);
        Le.putU32(b, 8, unitsAnalysed);
        Le.putU32(b, 12, unitsUpToDate);
        Le.putU32(b, 16, typesCreated);
        Le.putU32(b, 20, errorCount);
        Le.putU32(b, 24, 0);
        Le.putU32(b, 28, (int) nanos);
        Le.putU32(b, 32, (int) (nanos >>> 32));
        return new Frame(TAG, b);
    }

    /** Decodes the body; empty when it has the wrong size. */
    public static java.util.Optional<ZcuUpdateStats> decode(byte[] b) {
        if (b.length != BODY_BYTES) {
            return java.util.Optional.empty();
        }
        long nanos = Integer.toUnsignedLong(Le.u32(b, 28)) | (long) Le.u32(b, 32) << 32;
        return java.util.Optional.of(new ZcuUpdateStats(Le.u32(b, 0), Le.u32(b, 4), Le.u32(b, 8), Le.u32(b, 12),
                Le.u32(b, 16), Le.u32(b, 20), nanos));
    }
}
