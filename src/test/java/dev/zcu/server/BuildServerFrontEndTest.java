package dev.zcu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zcu.cli.Compilations;
import dev.zcu.cli.ErrorRenderer;
import dev.zcu.cli.TtyConfig;
import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import dev.zcu.protocol.ClientTag;
import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.Frame;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zcu build-obj --listen=-} with zcu's real front end, driven over the protocol through a sequence of
 * edits of the bundled example: after every edit, zcu's bundle must print (as on a pipe: message, location,
 * notes) exactly what the reference zig's bundle for the same files prints. Runs once
 * {@code Compilation.create} exists.
 */
class BuildServerFrontEndTest {

    @TempDir
    Path dir;

    @TempDir
    Path zigCache;

    @BeforeEach
    void needsTheFrontEnd() {
        boolean exists;
        try {
            Compilation.class.getMethod("create", CompilationOptions.class);
            exists = System.getProperty(Compilations.FACTORY_PROPERTY) == null;
        } catch (NoSuchMethodException e) {
            exists = false;
        }
        assumeTrue(exists, "the real Compilation (Compilation.create) has not landed yet");
    }

    private static final ErrorRenderer PLAIN = new ErrorRenderer(ErrorRenderer.Options.forCli(TtyConfig.NO_COLOR));

    /** The bundle the reference zig sends for the files in {@link #dir} now. */
    private ErrorBundle zigBundle() throws Exception {
        Path zig = Path.of(System.getProperty("zig.home", ".cache/zig")).resolve("zig");
        Process p = new ProcessBuilder(zig.toString(), "build-obj", "-fno-emit-bin", "main.zig", "--listen=-",
                "--cache-dir", zigCache.resolve("c").toString(), "--global-cache-dir", zigCache.resolve("g").toString())
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write(Frame.of(ClientTag.UPDATE).toBytes());
        p.getOutputStream().write(Frame.of(ClientTag.EXIT).toBytes());
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(300, TimeUnit.SECONDS);
        WatchCompilerClient reader = new WatchCompilerClient(new ByteArrayInputStream(out), java.io.OutputStream.nullOutputStream(), 1 << 26);
        reader.hello();
        return ((WatchCompilerClient.Outcome.Ok<WatchCompilerClient.Update>) reader.readUpdate()).value().errors();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path f = dir.resolve(file);
        String text = Files.readString(f);
        assertEquals(true, text.contains(from), from + " in " + file);
        Files.writeString(f, text.replace(from, to));
    }

    @Test
    void exampleThroughEditsMatchesZig() throws Exception {
        Path example = Path.of(System.getProperty("project.basedir", ".")).resolve("examples/inventory");
        try (Stream<Path> files = Files.list(example)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".zig")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        try (ZcuProcess zcu = ZcuProcess.start(dir, false, "build-obj", "main.zig", "-fno-emit-bin", "-fincremental",
                "--listen=-")) {
            WatchCompilerClient client = new WatchCompilerClient(zcu.process.getInputStream(),
                    zcu.process.getOutputStream(), 1 << 26);
            assertInstanceOf(WatchCompilerClient.Outcome.Ok.class, client.hello());
            String[][] edits = {
                    {},
                    {"main.zig", "    // _ = inventory.append(.{ .id = \"three\"", "    _ = inventory.append(.{ .id = \"three\""},
                    {"main.zig", "    _ = inventory.append(.{ .id = \"three\"", "    // _ = inventory.append(.{ .id = \"three\""},
                    {"list.zig", "            return true;", "            return 1;"},
                    {"shapes.zig", "        .triangle => shape.size * shape.size / 2,",
                            "        .triangle => shape.size * shape.size / 2,\n        .circle => 3,"},
                    {"list.zig", "            return 1;", "            return true;"},
                    {"shapes.zig", "\n        .circle => 3,", ""},
            };
            for (String[] e : edits) {
                if (e.length == 3) {
                    edit(e[0], e[1], e[2]);
                }
                WatchCompilerClient.Outcome<WatchCompilerClient.Update> o = client.update();
                WatchCompilerClient.Update update = assertInstanceOf(WatchCompilerClient.Outcome.Ok.class, o,
                        o.toString()).value() instanceof WatchCompilerClient.Update u ? u : null;
                assertEquals(PLAIN.render(zigBundle()), PLAIN.render(update.errors()), "after edit " + String.join(" / ", e));
            }
            client.exit();
            assertEquals(0, zcu.exitStatus(), zcu.stderr());
        }
    }
}
