package dev.zcu.server;

import dev.zcu.protocol.ClientTag;
import dev.zcu.protocol.EmitDigest;
import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.ErrorBundleCodec;
import dev.zcu.protocol.FileSystemInputs;
import dev.zcu.protocol.Frame;
import dev.zcu.protocol.FrameReader;
import dev.zcu.protocol.FrameWriter;
import dev.zcu.protocol.ServerTag;
import dev.zcu.protocol.ZcuUpdateStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The build-driver side of Zig's compiler protocol (what {@code Step.evalZigProcess} does in zig's build
 * runner): reads the compiler's {@code zig_version}, sends {@code update} and collects the messages up to the
 * {@code error_bundle} that ends it, sends {@code exit}. Used by {@code zcu watch} over a child process's pipes
 * and by the end-to-end tests over pipes and sockets. Not thread-safe: one driver thread.
 */
public final class WatchCompilerClient {

    /** What one update produced. */
    public record Update(List<FileSystemInputs.PrefixedPath> inputs, Optional<EmitDigest> emitDigest,
                         Optional<ZcuUpdateStats> stats, ErrorBundle errors, byte[] errorBundleBody,
                         List<Frame> otherMessages) {}

    /** A result or the reason there is none (the compiler died, or sent something malformed). */
    public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Failed {
        record Ok<T>(T value) implements Outcome<T> {}

        record Failed<T>(String reason) implements Outcome<T> {}
    }

    private final FrameReader reader;
    private final FrameWriter writer;

    public WatchCompilerClient(InputStream fromCompiler, OutputStream toCompiler, long maxMessageBytes) {
        this.reader = new FrameReader(fromCompiler, maxMessageBytes);
        this.writer = new FrameWriter(toCompiler);
    }

    /** Reads the {@code zig_version} message the compiler sends on start. */
    public Outcome<String> hello() {
        FrameReader.Read read = reader.next();
        if (read instanceof FrameReader.Read.Message m && m.frame().tag() == ServerTag.ZIG_VERSION.code()) {
            return new Outcome.Ok<>(new String(m.frame().body(), StandardCharsets.UTF_8));
        }
        return new Outcome.Failed<>("expected zig_version from the compiler, got " + describe(read));
    }

    /** Sends {@code update} and reads up to its {@code error_bundle}. */
    public Outcome<Update> update() {
        try {
            writer.write(Frame.of(ClientTag.UPDATE));
        } catch (IOException e) {
            return new Outcome.Failed<>("cannot send update to the compiler: " + e.getMessage());
        }
        return readUpdate();
    }

    /** Reads the messages of one update (after an {@code update} was sent). */
    public Outcome<Update> readUpdate() {
        List<FileSystemInputs.PrefixedPath> inputs = List.of();
        Optional<EmitDigest> digest = Optional.empty();
        Optional<ZcuUpdateStats> stats = Optional.empty();
        List<Frame> others = new java.util.ArrayList<>();
        while (true) {
            FrameReader.Read read = reader.next();
            if (!(read instanceof FrameReader.Read.Message m)) {
                return new Outcome.Failed<>("the compiler ended the update early: " + describe(read));
            }
            Frame f = m.frame();
            byte[] body = f.body();
            if (f.tag() == ServerTag.FILE_SYSTEM_INPUTS.code()) {
                FileSystemInputs.Decoded d = FileSystemInputs.decode(body);
                if (d instanceof FileSystemInputs.Decoded.Malformed bad) {
                    return new Outcome.Failed<>("malformed file_system_inputs: " + bad.reason());
                }
                inputs = ((FileSystemInputs.Decoded.Ok) d).inputs();
            } else if (f.tag() == ServerTag.EMIT_DIGEST.code() && body.length == 1 + EmitDigest.DIGEST_BYTES) {
                digest = Optional.of(new EmitDigest((body[0] & 1) != 0,
                        java.util.Arrays.copyOfRange(body, 1, body.length)));
            } else if (f.tag() == ZcuUpdateStats.TAG) {
                stats = ZcuUpdateStats.decode(body);
            } else if (f.tag() == ServerTag.ERROR_BUNDLE.code()) {
                ErrorBundleCodec.Decoded d = ErrorBundleCodec.decodeMessageBody(body);
                if (d instanceof ErrorBundleCodec.Decoded.Malformed bad) {
                    return new Outcome.Failed<>("malformed error_bundle: " + bad.reason());
                }
                return new Outcome.Ok<>(new Update(inputs, digest, stats, ((ErrorBundleCodec.Decoded.Ok) d).bundle(),
                        body, List.copyOf(others)));
            } else {
                others.add(f);
            }
        }
    }

    /** Sends {@code exit}; the compiler then ends with status 0. */
    public void exit() throws IOException {
        writer.write(Frame.of(ClientTag.EXIT));
    }

    /** Sends any frame (tests use this for unknown tags). */
    public void send(Frame frame) throws IOException {
        writer.write(frame);
    }

    private static String describe(FrameReader.Read read) {
        if (read instanceof FrameReader.Read.Message m) {
            return "message with tag " + m.frame().tagUnsigned();
        }
        if (read instanceof FrameReader.Read.Malformed bad) {
            return bad.reason();
        }
        return "end of stream";
    }
}
