package dev.zcu.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The body of an {@code emit_digest} message, Zig's {@code Server.Message.EmitDigest}: a flags byte
 * ({@code cache_hit} in bit 0) followed by the 16-byte binary digest naming the output directory in the cache
 * ({@code Cache.bin_digest_len}). zcu emits no files; it sends a digest of the compilation's identity so a
 * driver sees the same message sequence as from zig.
 *
 * @param cacheHit whether the result came from the cache
 * @param digest   16 bytes
 */
public record EmitDigest(boolean cacheHit, byte[] digest) {

    /** {@code Cache.bin_digest_len}. */
    public static final int DIGEST_BYTES = 16;

    public EmitDigest {
        if (digest.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("digest must have " + DIGEST_BYTES + " bytes, not " + digest.length);
        }
        digest = digest.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    /** A digest derived from a string naming the compilation (its root path and options). */
    public static EmitDigest of(String identity, boolean cacheHit) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return new EmitDigest(cacheHit, Arrays.copyOf(sha, DIGEST_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public byte[] toMessageBody() {
        byte[] out = new byte[1 + DIGEST_BYTES];
        out[0] = (byte) (cacheHit ? 1 : 0);
        System.arraycopy(digest, 0, out, 1, DIGEST_BYTES);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmitDigest e && e.cacheHit == cacheHit && Arrays.equals(e.digest, digest);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(cacheHit) * 31 + Arrays.hashCode(digest);
    }
}
