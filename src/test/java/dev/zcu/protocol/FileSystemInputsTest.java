package dev.zcu.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.zcu.protocol.FileSystemInputs.PathPrefix;
import dev.zcu.protocol.FileSystemInputs.PrefixedPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileSystemInputsTest {

    @Test
    void encodesAsZigDoes() {
        // What the reference zig sent for `zig build-obj ok.zig --listen=-`: "\x01ok.zig\0\x02std/std.zig..."
        byte[] body = FileSystemInputs.encode(List.of(new PrefixedPath(PathPrefix.CWD, "ok.zig"),
                new PrefixedPath(PathPrefix.ZIG_LIB, "std/std.zig"), new PrefixedPath(PathPrefix.CWD, "ok.zig")));
        assertArrayEquals("\u0001ok.zig\u0000\u0002std/std.zig".getBytes(StandardCharsets.UTF_8), body);
        assertEquals(new FileSystemInputs.Decoded.Ok(List.of(new PrefixedPath(PathPrefix.CWD, "ok.zig"),
                new PrefixedPath(PathPrefix.ZIG_LIB, "std/std.zig"))), FileSystemInputs.decode(body));
    }

    @Test
    void prefixesRelativeToLibThenCwd() {
        Path cwd = Path.of("/home/u/proj");
        Path lib = Path.of("/opt/zig/lib");
        assertEquals(new PrefixedPath(PathPrefix.CWD, "src/main.zig"),
                FileSystemInputs.prefix(Path.of("/home/u/proj/src/main.zig"), cwd, lib));
        assertEquals(new PrefixedPath(PathPrefix.ZIG_LIB, "std/std.zig"),
                FileSystemInputs.prefix(Path.of("/opt/zig/lib/std/std.zig"), cwd, lib));
        assertEquals(new PrefixedPath(PathPrefix.CWD, "/elsewhere/x.zig"),
                FileSystemInputs.prefix(Path.of("/elsewhere/x.zig"), cwd, lib));
        assertEquals(Path.of("/home/u/proj/src/main.zig"),
                new PrefixedPath(PathPrefix.CWD, "src/main.zig").resolve(cwd, lib).orElseThrow());
        assertEquals(Path.of("/elsewhere/x.zig"),
                new PrefixedPath(PathPrefix.CWD, "/elsewhere/x.zig").resolve(cwd, lib).orElseThrow());
    }

    @Test
    void malformed() {
        assertInstanceOf(FileSystemInputs.Decoded.Malformed.class, FileSystemInputs.decode(new byte[] {9, 'a'}));
        assertInstanceOf(FileSystemInputs.Decoded.Malformed.class, FileSystemInputs.decode(new byte[] {1, 'a', 0, 0}));
        assertEquals(new FileSystemInputs.Decoded.Ok(List.of()), FileSystemInputs.decode(new byte[0]));
    }
}
