package dev.zcu.protocol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * One message of Zig's compiler protocol: the header {@code {tag: u32 LE, bytes_len: u32 LE}} and a body of
 * {@code bytes_len} bytes. The tag is kept as its raw u32 so that unknown tags survive framing (see
 * {@link ClientTag#fromCode}, {@link ServerTag#fromCode}). Immutable: the body is copied in and out.
 *
 * @param tag  the raw u32 tag
 * @param body the body bytes
 */
public record Frame(int tag, byte[] body) {

    /** Size of the header in bytes: two little-endian u32. */
    public static final int HEADER_BYTES = 8;

    public Frame {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body length in bytes. */
    public int bodyLength() {
        return body.length;
    }

    public static Frame of(ServerTag tag, byte[] body) {
        return new Frame(tag.code(), body);
    }

    public static Frame of(ClientTag tag) {
        return new Frame(tag.code(), new byte[0]);
    }

    public static Frame of(ClientTag tag, byte[] body) {
        return new Frame(tag.code(), body);
    }

    /** A {@code zig_version} message. */
    public static Frame zigVersion(String version) {
        return of(ServerTag.ZIG_VERSION, version.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The header and body as they go on the wire. */
    public byte[] toBytes() {
        ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES + body.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(tag).putInt(body.length).put(body);
        return buf.array();
    }

    /** The unsigned value of {@link #tag()}. */
    public long tagUnsigned() {
        return Integer.toUnsignedLong(tag);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.tag == tag && Arrays.equals(f.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * tag + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "Frame[tag=" + tagUnsigned() + ", bytes_len=" + body.length + "]";
    }
}
