package dev.zcu.compile;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the Zig library directory (the one holding {@code std/std.zig}) that {@code @import("std")} resolves to,
 * as zig's {@code introspect.findZigLibDir} does for the zig binary: {@code --zig-lib-dir}, then the
 * {@code ZIG_LIB_DIR} environment variable, then the {@code zig.home} system property's {@code lib}, then the
 * reference zig installed beside zcu's jar ({@code <repo>/.cache/zig/lib}).
 */
public final class ZigLibDir {
    private ZigLibDir() {}

    /**
     * The lib directory as zig shows it in messages (its real path when it exists), or empty when none of the
     * candidates holds {@code std/std.zig}.
     */
    public static Optional<Path> resolve(Path flag) {
        return candidate(flag).map(ZigLibDir::real);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return p;
        }
    }

    private static Optional<Path> candidate(Path flag) {
        if (flag != null) return Optional.of(flag.toAbsolutePath().normalize());
        String env = System.getenv("ZIG_LIB_DIR");
        if (env != null && !env.isEmpty()) return Optional.of(Path.of(env).toAbsolutePath().normalize());
        String home = System.getProperty("zig.home");
        if (home != null && holdsStd(Path.of(home, "lib"))) return Optional.of(Path.of(home, "lib").toAbsolutePath().normalize());
        try {
            Path code = Path.of(ZigLibDir.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                Path lib = dir.resolve(".cache/zig/lib");
                if (holdsStd(lib)) return Optional.of(lib.toAbsolutePath().normalize());
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean holdsStd(Path lib) {
        return Files.isRegularFile(lib.resolve("std/std.zig"));
    }
}
