package dev.zcu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.ErrorBundle.ErrorMessage;
import dev.zcu.protocol.ErrorBundle.SourceLocation;
import dev.zcu.protocol.FileSystemInputs.PathPrefix;
import dev.zcu.protocol.FileSystemInputs.PrefixedPath;
import dev.zcu.protocol.Frame;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zcu build-obj ... --listen} as a real process, driven over Zig's protocol through a sequence of file
 * edits, on stdin/stdout and over TCP; and its answers to malformed input.
 */
class BuildServerEndToEndTest {

    private static final String VERSION = "0.14.0-dev.2456+a68119f8f";

    @TempDir
    Path dir;

    private void writeProgram() throws IOException {
        Files.writeString(dir.resolve("main.zig"), "const b = @import(\"b.zig\");\nexport fn f() u32 {\n    return b.g();\n}\n");
        Files.writeString(dir.resolve("b.zig"), "pub fn g() u32 {\n    return 1;\n}\n");
    }

    /** The edit sequence shared by the stdio and the TCP test. */
    private void driveEdits(WatchCompilerClient client) throws IOException {
        assertEquals(new WatchCompilerClient.Outcome.Ok<>(VERSION), client.hello());

        WatchCompilerClient.Update first = ok(client.update());
        assertEquals(List.of(new PrefixedPath(PathPrefix.CWD, "main.zig"), new PrefixedPath(PathPrefix.CWD, "b.zig")),
                first.inputs());
        assertTrue(first.emitDigest().isPresent());
        assertEquals(ErrorBundle.EMPTY, first.errors());
        assertEquals(8, first.errorBundleBody().length);
        assertEquals(0, first.stats().orElseThrow().generation());
        assertEquals(2, first.stats().orElseThrow().filesReparsed());

        Files.writeString(dir.resolve("b.zig"), "pub fn g() u32 {\n    return 1;\n}\ncomptime {\n    @compileError(\"boom\");\n}\n");
        WatchCompilerClient.Update second = ok(client.update());
        assertTrue(second.emitDigest().isEmpty());
        assertEquals(new ErrorBundle(List.of(ErrorMessage.of("boom",
                new SourceLocation("b.zig", 4, 4, 48, 48, 69, "    @compileError(\"boom\");"))), ""), second.errors());
        assertEquals(1, second.stats().orElseThrow().generation());
        assertEquals(1, second.stats().orElseThrow().filesReparsed());
        assertEquals(1, second.stats().orElseThrow().errorCount());

        Files.writeString(dir.resolve("main.zig"), "const b = @import(\"b.zig\");\nconst c = @import(\"c.zig\");\n");
        Files.writeString(dir.resolve("c.zig"), "// @compileError(\"commented out\");\n");
        Files.writeString(dir.resolve("b.zig"), "pub fn g() u32 {\n    return 1;\n}\n");
        WatchCompilerClient.Update third = ok(client.update());
        assertEquals(ErrorBundle.EMPTY, third.errors());
        assertEquals(3, third.inputs().size());
        assertEquals(3, third.stats().orElseThrow().filesReparsed());

        client.send(new Frame(99, new byte[] {1, 2, 3}));
        WatchCompilerClient.Update fourth = ok(client.update());
        assertEquals(0, fourth.stats().orElseThrow().filesReparsed());
        client.exit();
    }

    @Test
    void stdioSessionThroughEdits() throws Exception {
        writeProgram();
        try (ZcuProcess zcu = ZcuProcess.start(dir, true, "build-obj", "main.zig", "-fno-emit-bin", "-fincremental",
                "--listen=-")) {
            driveEdits(new WatchCompilerClient(zcu.process.getInputStream(), zcu.process.getOutputStream(), 1 << 24));
            assertEquals(0, zcu.exitStatus(), zcu.stderr());
            assertTrue(zcu.stderr().contains("error: unknown message tag 99 (3 body bytes); ignored"), zcu.stderr());
        }
    }

    @Test
    void tcpSessionThroughEdits() throws Exception {
        writeProgram();
        try (ZcuProcess zcu = ZcuProcess.start(dir, true, "build-obj", "main.zig", "-fno-emit-bin", "-fincremental",
                "--listen", "127.0.0.1:0")) {
            String err = zcu.awaitStderr("listening on");
            Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(err);
            assertTrue(m.find(), err);
            try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
                driveEdits(new WatchCompilerClient(socket.getInputStream(), socket.getOutputStream(), 1 << 24));
                assertEquals(0, zcu.exitStatus(), zcu.stderr());
            }
        }
    }

    /** {@code --debug-incremental}: the REPL is bound next to the protocol and answers while the session lives. */
    @Test
    void debugReplIsServedBesideTheProtocol() throws Exception {
        writeProgram();
        try (ZcuProcess zcu = ZcuProcess.start(dir, true, "build-obj", "main.zig", "-fno-emit-bin", "-fincremental",
                "--debug-incremental", "--debug-host", "127.0.0.1", "--debug-port", "0", "--listen=-")) {
            WatchCompilerClient client =
                    new WatchCompilerClient(zcu.process.getInputStream(), zcu.process.getOutputStream(), 1 << 24);
            assertEquals(new WatchCompilerClient.Outcome.Ok<>(VERSION), client.hello());
            ok(client.update());
            String err = zcu.awaitStderr("telnet ");
            assertTrue(err.contains("spawning incremental debug server on port "), err);
            Matcher m = Pattern.compile("zcu: debug REPL: telnet 127\\.0\\.0\\.1 (\\d+)").matcher(err);
            assertTrue(m.find(), err);
            try (Socket repl = new Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
                InputStream in = repl.getInputStream();
                assertEquals("zig> ", new String(in.readNBytes(5), java.nio.charset.StandardCharsets.UTF_8));
                repl.getOutputStream().write("quit\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                repl.getOutputStream().flush();
                in.readAllBytes(); // the server closes the connection
            }
            client.exit();
            assertEquals(0, zcu.exitStatus(), zcu.stderr());
        }
    }

    @Test
    void tcpOversizedFrameIsAnError() throws Exception {
        writeProgram();
        try (ZcuProcess zcu = ZcuProcess.start(dir, true, "build-obj", "main.zig", "-fno-emit-bin",
                "--listen", "127.0.0.1:0")) {
            Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(zcu.awaitStderr("listening on"));
            assertTrue(m.find(), zcu.stderr());
            try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
                socket.getOutputStream().write(new byte[] {1, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f});
                socket.getOutputStream().flush();
                assertEquals(1, zcu.exitStatus(), zcu.stderr());
            }
            assertTrue(zcu.stderr().contains("error: malformed compiler-protocol input"), zcu.stderr());
        }
    }

    @Test
    void tcpEndOfStreamInsideAFrameIsAnError() throws Exception {
        writeProgram();
        try (ZcuProcess zcu = ZcuProcess.start(dir, true, "build-obj", "main.zig", "-fno-emit-bin",
                "--listen", "127.0.0.1:0")) {
            Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(zcu.awaitStderr("listening on"));
            assertTrue(m.find(), zcu.stderr());
            try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
                socket.getOutputStream().write(new byte[] {1, 0, 0, 0, 10, 0, 0, 0, 1, 2});
                socket.shutdownOutput();
                assertEquals(1, zcu.exitStatus(), zcu.stderr());
            }
            assertTrue(zcu.stderr().contains("error: malformed compiler-protocol input"), zcu.stderr());
        }
    }

    /** Sends {@code bytes}, closes stdin, and expects status 1 with {@code message} on stderr. */
    private void expectMalformed(byte[] bytes, String message) throws Exception {
        writeProgram();
        try (ZcuProcess zcu = ZcuProcess.start(dir, true, "build-obj", "main.zig", "-fno-emit-bin", "--listen=-")) {
            OutputStream in = zcu.process.getOutputStream();
            in.write(bytes);
            in.flush();
            // No close for the over-long body: the server must not wait for it.
            if (!message.contains("exceeds the maximum")) {
                in.close();
            }
            assertEquals(1, zcu.exitStatus(), zcu.stderr());
            assertTrue(zcu.stderr().contains(message), zcu.stderr());
            InputStream out = zcu.process.getInputStream();
            assertTrue(out.readAllBytes().length >= 8 + VERSION.length());
        }
    }

    @Test
    void truncatedHeader() throws Exception {
        expectMalformed(new byte[] {1, 0, 0}, "error: malformed compiler-protocol input: truncated message header");
    }

    @Test
    void bodyOverTheMaximum() throws Exception {
        expectMalformed(new byte[] {1, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff},
                "exceeds the maximum of 16777216 bytes");
    }

    @Test
    void endOfStreamInsideAFrame() throws Exception {
        expectMalformed(new byte[] {7, 0, 0, 0, 10, 0, 0, 0, 1, 2}, "end of stream inside a message body");
    }

    @Test
    void garbage() throws Exception {
        expectMalformed("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "error: malformed compiler-protocol input");
    }

    private static WatchCompilerClient.Update ok(WatchCompilerClient.Outcome<WatchCompilerClient.Update> o) {
        return assertInstanceOf(WatchCompilerClient.Outcome.Ok.class, o, o.toString()).value() instanceof
                WatchCompilerClient.Update u ? u : null;
    }
}
