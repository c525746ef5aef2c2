package dev.zcu.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The body of a {@code file_system_inputs} message: the files a compilation read, each as a prefixed path.
 * Zig sends NUL-separated strings whose first byte is the {@link PathPrefix} plus one (so it is never NUL),
 * followed by the path relative to that prefix's directory ({@code Server.Message.Tag.file_system_inputs}).
 */
public final class FileSystemInputs {

    private FileSystemInputs() {}

    /** Zig's {@code Server.Message.PathPrefix}: the directories paths are relative to. */
    public enum PathPrefix {
        /** The compiler's working directory. */
        CWD,
        /** The Zig library directory ({@code --zig-lib-dir}). */
        ZIG_LIB,
        /** The local cache directory. */
        LOCAL_CACHE,
        /** The global cache directory. */
        GLOBAL_CACHE
    }

    /** One input: a prefix and a path relative to it (with {@code /} separators). */
    public record PrefixedPath(PathPrefix prefix, String subPath) {

        /** Resolves against the directories the driver knows ({@code zigLib} may be null). */
        public Optional<Path> resolve(Path cwd, Path zigLib) {
            return switch (prefix) {
                case CWD -> Optional.of(cwd.resolve(subPath).normalize());
                case ZIG_LIB -> zigLib == null ? Optional.empty() : Optional.of(zigLib.resolve(subPath).normalize());
                default -> Optional.empty();
            };
        }
    }

    /**
     * Prefixes an absolute file path the way Zig does: relative to the zig lib directory when it lies inside
     * it, else relative to the working directory when inside that, else the absolute path under {@code cwd}
     * (Zig's {@code Cache.Path} with the cwd root and an absolute sub path).
     */
    public static PrefixedPath prefix(Path file, Path cwd, Path zigLib) {
        Path abs = file.toAbsolutePath().normalize();
        if (zigLib != null) {
            Path lib = zigLib.toAbsolutePath().normalize();
            if (abs.startsWith(lib)) {
                return new PrefixedPath(PathPrefix.ZIG_LIB, slashes(lib.relativize(abs)));
            }
        }
        Path dir = cwd.toAbsolutePath().normalize();
        if (abs.startsWith(dir)) {
            return new PrefixedPath(PathPrefix.CWD, slashes(dir.relativize(abs)));
        }
        return new PrefixedPath(PathPrefix.CWD, slashes(abs));
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** Encodes the inputs, dropping repeats (Zig may list a file twice; a driver watches it once). */
    public static byte[] encode(List<PrefixedPath> inputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean first = true;
        for (PrefixedPath p : new LinkedHashSet<>(inputs)) {
            if (!first) {
                out.write(0);
            }
            first = false;
            out.write(p.prefix().ordinal() + 1);
            byte[] bytes = p.subPath().getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    /** The outcome of decoding: the paths, or why the body is not a list of prefixed paths. */
    public sealed interface Decoded permits Decoded.Ok, Decoded.Malformed {
        record Ok(List<PrefixedPath> inputs) implements Decoded {}

        record Malformed(String reason) implements Decoded {}
    }

    /** Decodes a {@code file_system_inputs} body (an empty body is an empty list). */
    public static Decoded decode(byte[] body) {
        List<PrefixedPath> out = new ArrayList<>();
        if (body.length == 0) {
            return new Decoded.Ok(out);
        }
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == 0) {
                if (i == start) {
                    return new Decoded.Malformed("empty prefixed path at byte " + start);
                }
                int prefix = (body[start] & 0xff) - 1;
                if (prefix < 0 || prefix >= PathPrefix.values().length) {
                    return new Decoded.Malformed("unknown path prefix " + (body[start] & 0xff) + " at byte " + start);
                }
                out.add(new PrefixedPath(PathPrefix.values()[prefix],
                        new String(body, start + 1, i - start - 1, StandardCharsets.UTF_8)));
                start = i + 1;
            }
        }
        return new Decoded.Ok(List.copyOf(out));
    }
}
