package dev.zcu.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cases recorded from the reference zig by {@code scripts/record-error-golden.sh}: one folder per Zig
 * program under {@code src/test/resources/protocol/golden}, with the bundle zig sends and the text it prints.
 */
public record GoldenCases(Path dir) {

    public static Path root() {
        return Path.of(System.getProperty("project.basedir", ".")).resolve("src/test/resources/protocol/golden");
    }

    public static List<GoldenCases> all() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).sorted().map(GoldenCases::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return dir.getFileName().toString();
    }

    public byte[] bundleBody() {
        return read("expected.bundle");
    }

    public String plain() {
        return new String(read("expected.plain"), java.nio.charset.StandardCharsets.UTF_8);
    }

    public String color() {
        return new String(read("expected.color"), java.nio.charset.StandardCharsets.UTF_8);
    }

    public int status() {
        return Integer.parseInt(new String(read("expected.status")).trim());
    }

    public ErrorBundle bundle() {
        if (ErrorBundleCodec.decodeMessageBody(bundleBody()) instanceof ErrorBundleCodec.Decoded.Ok ok) {
            return ok.bundle();
        }
        throw new AssertionError("recorded bundle of " + name() + " does not decode");
    }

    private byte[] read(String file) {
        try {
            return Files.readAllBytes(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
