package dev.zcu.server;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.compile.UpdateResult;
import dev.zcu.compile.UpdateStats;
import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.ErrorBundleCodec;
import dev.zcu.sema.ZcuDebugView;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A stand-in front end that answers its n-th update with the n-th recorded error bundle (bodies of zig's
 * {@code error_bundle} messages, files listed in the system property {@value #PROPERTY}); the last one
 * repeats. The interop test uses it to make zcu's server re-encode and send what the reference zig sent.
 */
public final class ReplayCompilation implements Compilation {

    public static final String PROPERTY = "zcu.test.replay-bundles";

    /** The factory named by {@code zcu.compilation-factory}. */
    public static final class Factory implements Function<CompilationOptions, Compilation> {
        @Override
        public Compilation apply(CompilationOptions options) {
            List<ErrorBundle> bundles = java.util.Arrays.stream(System.getProperty(PROPERTY).split(File.pathSeparator))
                    .map(ReplayCompilation::read).toList();
            return new ReplayCompilation(options.rootSource(), bundles);
        }
    }

    private final Path root;
    private final List<ErrorBundle> bundles;
    private int generation = -1;

    ReplayCompilation(Path root, List<ErrorBundle> bundles) {
        this.root = root;
        this.bundles = bundles;
    }

    static ErrorBundle read(String file) {
        try {
            if (ErrorBundleCodec.decodeMessageBody(Files.readAllBytes(Path.of(file)))
                    instanceof ErrorBundleCodec.Decoded.Ok ok) {
                return ok.bundle();
            }
            throw new IllegalArgumentException("not an error bundle: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public UpdateResult update() {
        generation++;
        ErrorBundle b = bundles.get(Math.min(generation, bundles.size() - 1));
        return new UpdateResult(generation, b, new UpdateStats(0, 0, 0, 0, 0), List.of(root));
    }

    @Override
    public ZcuDebugView debugView() {
        throw new UnsupportedOperationException("the replay compilation has no Zcu");
    }
}
