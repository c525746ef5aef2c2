package dev.zcu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.cli.ErrorRenderer;
import dev.zcu.cli.TtyConfig;
import dev.zcu.protocol.ClientTag;
import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.ErrorBundle.ErrorMessage;
import dev.zcu.protocol.ErrorBundle.ReferenceTrace;
import dev.zcu.protocol.ErrorBundle.SourceLocation;
import dev.zcu.protocol.ErrorBundleCodec;
import dev.zcu.protocol.Frame;
import dev.zcu.protocol.GoldenCases;
import dev.zcu.protocol.ServerTag;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interoperability with Zig itself: {@code src/test/zig/render_bundle.zig}, built with the reference zig
 * during the test run (cached under {@code target/zig-interop}), decodes the bundles zcu sends with
 * {@code std.zig.ErrorBundle} and renders them; the output must equal what the reference zig printed for the
 * same errors (the recorded golden cases), on a pipe and with {@code --color on}.
 */
class BuildServerZigInteropTest {

    private static Path renderer;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildRenderer() throws Exception {
        Path base = Path.of(System.getProperty("project.basedir", "."));
        Path zig = Path.of(System.getProperty("zig.home", base.resolve(".cache/zig").toString())).resolve("zig");
        Path source = base.resolve("src/test/zig/render_bundle.zig");
        Path out = base.resolve("target/zig-interop");
        Files.createDirectories(out);
        renderer = out.resolve("render_bundle");
        if (Files.exists(renderer)
                && Files.getLastModifiedTime(renderer).compareTo(Files.getLastModifiedTime(source)) > 0) {
            return;
        }
        Process p = new ProcessBuilder(zig.toString(), "build-exe", source.toString(),
                "-femit-bin=" + renderer, "--cache-dir", out.resolve("cache").toString(),
                "--global-cache-dir", out.resolve("global-cache").toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("cannot build " + source + " with " + zig + ":\n" + log);
        }
    }

    /** Runs the Zig renderer over a compiler's output. */
    private static String zigRender(byte[] serverOutput, String mode) throws Exception {
        Process p = new ProcessBuilder(renderer.toString(), mode).start();
        p.getOutputStream().write(serverOutput);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        return out;
    }

    @Test
    void zigDecodesWhatZcuSendsAndRendersItAsZigPrintedIt() throws Exception {
        List<GoldenCases> cases = GoldenCases.all();
        String bundles = cases.stream().map(c -> c.dir().resolve("expected.bundle").toString())
                .collect(Collectors.joining(File.pathSeparator));
        Files.writeString(dir.resolve("main.zig"), "");
        ByteArrayOutputStream requests = new ByteArrayOutputStream();
        for (int i = 0; i < cases.size(); i++) {
            requests.write(Frame.of(ClientTag.UPDATE).toBytes());
        }
        requests.write(Frame.of(ClientTag.EXIT).toBytes());
        byte[] serverOutput;
        try (ZcuProcess zcu = ZcuProcess.startWith(dir, List.of(
                "-Dzcu.compilation-factory=" + ReplayCompilation.Factory.class.getName(),
                "-D" + ReplayCompilation.PROPERTY + "=" + bundles), "build-obj", "main.zig", "-fno-emit-bin", "--listen=-")) {
            zcu.process.getOutputStream().write(requests.toByteArray());
            zcu.process.getOutputStream().close();
            serverOutput = zcu.process.getInputStream().readAllBytes();
            assertEquals(0, zcu.exitStatus(), zcu.stderr());
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder color = new StringBuilder();
        for (GoldenCases c : cases) {
            String end = "-- end of bundle: " + c.bundle().messages().size() + " errors\n";
            plain.append(c.plain()).append(end);
            color.append(c.color()).append(end);
        }
        assertEquals(plain.toString(), zigRender(serverOutput, "plain"));
        assertEquals(color.toString(), zigRender(serverOutput, "color"));
    }

    /**
     * Golden cases zcu's own front end already reproduces. The others differ today in the front end, not in
     * the protocol: compile_error_multiline (no "called from here" note), compile_log ({@code @compileLog}
     * unsupported), sema_note_reftrace ({@code _ = &main} does not analyse main), two_files (the column of a
     * field access on a file struct is one further than zig's).
     */
    static final java.util.Set<String> FRONT_END_CASES = java.util.Set.of("astgen_unused", "tab_indent");

    /** zcu compiles the case itself, over the protocol; Zig decodes zcu's bundle and prints what zig printed. */
    @Test
    void zigRendersZcusOwnBundlesAsZigPrintedTheErrors() throws Exception {
        for (GoldenCases c : GoldenCases.all()) {
            if (!FRONT_END_CASES.contains(c.name())) {
                continue;
            }
            byte[] serverOutput;
            try (ZcuProcess zcu = ZcuProcess.start(c.dir(), false, "build-obj", "main.zig", "-fno-emit-bin",
                    "--listen=-")) {
                zcu.process.getOutputStream().write(Frame.of(ClientTag.UPDATE).toBytes());
                zcu.process.getOutputStream().write(Frame.of(ClientTag.EXIT).toBytes());
                zcu.process.getOutputStream().close();
                serverOutput = zcu.process.getInputStream().readAllBytes();
                assertEquals(0, zcu.exitStatus(), zcu.stderr());
            }
            assertEquals(c.plain() + "-- end of bundle: " + c.bundle().messages().size() + " errors\n",
                    zigRender(serverOutput, "plain"), c.name());
        }
    }

    /** Corners the recorded cases lack; Zig's rendering of zcu's encoding must equal zcu's own rendering. */
    @Test
    void handBuiltBundlesRenderTheSameInZigAndInZcu() throws Exception {
        SourceLocation loc = new SourceLocation("src/a.zig", 9, 4, 100, 102, 110, "\tx = foo(1, 2);");
        SourceLocation bare = new SourceLocation("src/b.zig", 0, 0, 0, 0, 0, null);
        List<ErrorBundle> bundles = List.of(
                new ErrorBundle(List.of(new ErrorMessage("no location here", 3, null,
                        List.of(ErrorMessage.of("note without location", null), ErrorMessage.of("note with", bare)),
                        List.of())), ""),
                new ErrorBundle(List.of(
                        new ErrorMessage("multi\nline\nmessage", 2, loc, List.of(
                                new ErrorMessage("repeated note", 5, loc, List.of(), List.of())),
                                List.of(ReferenceTrace.of("main", bare), ReferenceTrace.hidden(0))),
                        new ErrorMessage("second", 1, bare, List.of(), List.of(ReferenceTrace.of("f", loc),
                                ReferenceTrace.hidden(7)))), "@as(u32, 1)\n"),
                ErrorBundle.EMPTY);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        StringBuilder plain = new StringBuilder();
        StringBuilder color = new StringBuilder();
        for (ErrorBundle b : bundles) {
            wire.write(Frame.of(ServerTag.ERROR_BUNDLE, ErrorBundleCodec.encodeMessageBody(b)).toBytes());
            String end = "-- end of bundle: " + b.messages().size() + " errors\n";
            plain.append(new ErrorRenderer(ErrorRenderer.Options.forCli(TtyConfig.NO_COLOR)).render(b)).append(end);
            color.append(new ErrorRenderer(ErrorRenderer.Options.forCli(TtyConfig.ESCAPE_CODES)).render(b)).append(end);
        }
        assertEquals(plain.toString(), zigRender(wire.toByteArray(), "plain"));
        assertEquals(color.toString(), zigRender(wire.toByteArray(), "color"));
    }
}
