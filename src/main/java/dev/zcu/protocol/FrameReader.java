package dev.zcu.protocol;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads {@link Frame}s from a byte stream (the compiler's stdin, a driver's view of the compiler's stdout), the
 * blocking counterpart of Zig's {@code Server.receiveMessage}. A body longer than the configured maximum is
 * refused before anything is allocated for it, so hostile input can neither hang nor exhaust memory; every
 * failure becomes a {@link Read.Malformed} with a message fit for stderr.
 */
public final class FrameReader {

    /** What one {@link #next()} found. */
    public sealed interface Read permits Read.Message, Read.EndOfStream, Read.Malformed {
        /** A whole frame. */
        record Message(Frame frame) implements Read {}

        /** The stream ended cleanly, between two frames. */
        record EndOfStream() implements Read {}

        /** The stream broke the framing; {@code reason} says how. The stream is unusable afterwards. */
        record Malformed(String reason) implements Read {}
    }

    private final InputStream in;
    private final long maxBodyBytes;
    private boolean broken;

    /**
     * @param in           the stream, read with blocking reads
     * @param maxBodyBytes the largest accepted {@code bytes_len} ({@code zcu.protocol.max-message-bytes})
     */
    public FrameReader(InputStream in, long maxBodyBytes) {
        this.in = in;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Blocks until a whole frame, the end of the stream, or a framing error. */
    public Read next() {
        if (broken) {
            return new Read.Malformed("stream already broken by an earlier error");
        }
        try {
            byte[] header = new byte[Frame.HEADER_BYTES];
            int got = readFully(header);
            if (got == 0) {
                return new Read.EndOfStream();
            }
            if (got < header.length) {
                return fail("truncated message header: got " + got + " of " + Frame.HEADER_BYTES + " bytes");
            }
            int tag = Le.u32(header, 0);
            long bytesLen = Integer.toUnsignedLong(Le.u32(header, 4));
            if (bytesLen > maxBodyBytes) {
                return fail("message body of " + bytesLen + " bytes (tag " + Integer.toUnsignedLong(tag)
                        + ") exceeds the maximum of " + maxBodyBytes + " bytes");
            }
            byte[] body = new byte[(int) bytesLen];
            int bodyGot = readFully(body);
            if (bodyGot < body.length) {
                return fail("end of stream inside a message body: got " + bodyGot + " of " + bytesLen
                        + " bytes (tag " + Integer.toUnsignedLong(tag) + ")");
            }
            return new Read.Message(new Frame(tag, body));
        } catch (IOException e) {
            return fail("read failed: " + e.getMessage());
        }
    }

    private Read fail(String reason) {
        broken = true;
        return new Read.Malformed(reason);
    }

    private int readFully(byte[] buf) throws IOException {
        int off = 0;
        while (off < buf.length) {
            int n = in.read(buf, off, buf.length - off);
            if (n < 0) {
                break;
            }
            off += n;
        }
        return off;
    }
}
