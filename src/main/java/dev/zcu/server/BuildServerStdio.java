package dev.zcu.server;

import dev.zcu.protocol.Frame;
import dev.zcu.protocol.FrameReader;
import dev.zcu.protocol.FrameWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletionException;

/**
 * {@code --listen=-}: serves a {@link BuildServerSession} over the process's stdin and stdout, one message at
 * a time (as Zig's {@code serve} loop does). stdout carries nothing but protocol frames; diagnostics go to
 * stderr. Malformed input (a truncated header, a body over {@code zcu.protocol.max-message-bytes}, the end of
 * the stream inside a frame) ends the server with a clear error and status 1; the end of the stream between
 * two frames is taken as {@code exit}.
 */
public final class BuildServerStdio {

    private BuildServerStdio() {}

    /** Runs the session to its end and returns the process exit status. */
    public static int serve(BuildServerSession session, InputStream in, OutputStream out, PrintStream err,
                            long maxMessageBytes) {
        FrameReader reader = new FrameReader(in, maxMessageBytes);
        FrameWriter writer = new FrameWriter(out);
        try {
            writer.write(session.hello());
            while (true) {
                FrameReader.Read read = reader.next();
                if (read instanceof FrameReader.Read.EndOfStream) {
                    return 0;
                }
                if (read instanceof FrameReader.Read.Malformed m) {
                    err.println("error: malformed compiler-protocol input: " + m.reason());
                    return 1;
                }
                Frame frame = ((FrameReader.Read.Message) read).frame();
                BuildServerSession.Outcome outcome;
                try {
                    outcome = session.handle(frame).toCompletableFuture().join();
                } catch (CompletionException ex) {
                    err.println("error: update failed: " + ex.getCause());
                    return 1;
                }
                if (outcome instanceof BuildServerSession.Outcome.Exit) {
                    return 0;
                } else if (outcome instanceof BuildServerSession.Outcome.Ignore i) {
                    err.println("error: " + i.warning());
                } else if (outcome instanceof BuildServerSession.Outcome.Send send) {
                    for (Frame f : send.frames()) {
                        writer.write(f);
                    }
                }
            }
        } catch (IOException e) {
            err.println("error: cannot write to the build driver: " + e.getMessage());
            return 1;
        }
    }
}
