package dev.zcu.server;

import dev.zcu.compile.UpdateResult;
import dev.zcu.protocol.ClientTag;
import dev.zcu.protocol.EmitDigest;
import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.ErrorBundleCodec;
import dev.zcu.protocol.FileSystemInputs;
import dev.zcu.protocol.Frame;
import dev.zcu.protocol.ServerTag;
import dev.zcu.protocol.ZcuUpdateStats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The compiler side of Zig's compiler protocol, independent of the transport (stdin/stdout in
 * {@link BuildServerStdio}, TCP in {@link BuildServerTcp}): what to send on start ({@code zig_version}) and
 * what each client message means. An {@code update} asks the {@link Backend} (the CompilerActor, which owns
 * the Compilation) for an update and answers, as {@code zig build-obj --listen} does, with
 * {@code file_system_inputs}, {@code emit_digest} when there are no errors, zcu's {@link ZcuUpdateStats}, and
 * the {@code error_bundle} that ends the update. {@code exit} ends the session; any other tag is reported and
 * ignored.
 */
public final class BuildServerSession {

    /** Who runs updates: the CompilerActor in zcu, a fake in some tests. */
    @FunctionalInterface
    public interface Backend {
        CompletionStage<UpdateResult> update();
    }

    /**
     * Fixed facts of a session.
     *
     * @param zigVersion     the string sent in {@code zig_version} ({@code zcu.protocol.zig-version})
     * @param cwd            the directory {@code file_system_inputs} paths are relative to
     * @param zigLibDir      the zig lib directory, or null
     * @param digestIdentity what the {@code emit_digest} digest is derived from (root path and options)
     */
    public record Settings(String zigVersion, Path cwd, Path zigLibDir, String digestIdentity) {}

    /** What to do after a client message. */
    public sealed interface Outcome permits Outcome.Send, Outcome.Exit, Outcome.Ignore {
        /** Send these frames, in order, and read on. */
        record Send(List<Frame> frames) implements Outcome {}

        /** The client said {@code exit}: shut down cleanly (status 0). */
        record Exit() implements Outcome {}

        /** A well-formed message zcu does not act on; {@code warning} goes to stderr. */
        record Ignore(String warning) implements Outcome {}
    }

    private final Backend backend;
    private final Settings settings;

    public BuildServerSession(Backend backend, Settings settings) {
        this.backend = backend;
        this.settings = settings;
    }

    /** The first message of every session. */
    public Frame hello() {
        return Frame.zigVersion(settings.zigVersion());
    }

    /** Handles one client message; for an update, completes when the update is done. */
    public CompletionStage<Outcome> handle(Frame message) {
        Optional<ClientTag> tag = ClientTag.fromCode(message.tag());
        if (tag.isEmpty()) {
            return done(new Outcome.Ignore("unknown message tag " + message.tagUnsigned() + " ("
                    + message.bodyLength() + " body bytes); ignored"));
        }
        return switch (tag.get()) {
            case EXIT -> done(new Outcome.Exit());
            case UPDATE, HOT_UPDATE -> backend.update()
                    .handle((result, failure) -> new Outcome.Send(failure == null ? updateFrames(result)
                            : internalError(failure)));
            default -> done(new Outcome.Ignore("message '" + tag.get().zigName()
                    + "' is not supported by zcu (no code generation, no test runner); ignored"));
        };
    }

    /** The messages answering one update, in the order zig sends them. */
    public List<Frame> updateFrames(UpdateResult result) {
        List<Frame> frames = new ArrayList<>(4);
        List<FileSystemInputs.PrefixedPath> inputs = result.fileSystemInputs().stream()
                .map(p -> FileSystemInputs.prefix(p, settings.cwd(), settings.zigLibDir())).toList();
        frames.add(Frame.of(ServerTag.FILE_SYSTEM_INPUTS, FileSystemInputs.encode(inputs)));
        ErrorBundle errors = result.errors() == null ? ErrorBundle.EMPTY : result.errors();
        if (errors.isEmpty()) {
            frames.add(Frame.of(ServerTag.EMIT_DIGEST, EmitDigest.of(settings.digestIdentity(), false).toMessageBody()));
        }
        var s = result.stats();
        if (s != null) {
            frames.add(new ZcuUpdateStats(result.generation(), s.filesReparsed(), s.unitsAnalysed(),
                    s.unitsUpToDate(), s.typesCreated(), errors.messages().size(), s.nanos()).toFrame());
        }
        frames.add(Frame.of(ServerTag.ERROR_BUNDLE, ErrorBundleCodec.encodeMessageBody(errors)));
        return frames;
    }

    private static List<Frame> internalError(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        ErrorBundle bundle = new ErrorBundle(List.of(ErrorBundle.ErrorMessage.of(
                "zcu internal error during update: " + cause, null)), "");
        return List.of(Frame.of(ServerTag.ERROR_BUNDLE, ErrorBundleCodec.encodeMessageBody(bundle)));
    }

    private static CompletionStage<Outcome> done(Outcome o) {
        return CompletableFuture.completedFuture(o);
    }
}
