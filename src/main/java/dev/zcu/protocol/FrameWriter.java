package dev.zcu.protocol;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@link Frame}s to a byte stream, header and body in one write followed by a flush, so a reader never
 * waits on a half-sent message (Zig's {@code Server.serveMessage} uses one {@code writev}). Thread-safe.
 */
public final class FrameWriter {
    private final OutputStream out;

    public FrameWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes one frame and flushes. */
    public synchronized void write(Frame frame) throws IOException {
        out.write(frame.toBytes());
        out.flush();
    }
}
