package dev.zcu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether terminal output gets ANSI escape codes, Zig's {@code std.io.tty.Config} ({@code no_color} or
 * {@code escape_codes}) and its detection: {@code --color on|off} decides outright; with {@code auto},
 * {@code NO_COLOR} turns colour off, otherwise colour is on when stderr is a terminal or
 * {@code CLICOLOR_FORCE} is set.
 */
public enum TtyConfig {
    NO_COLOR,
    ESCAPE_CODES;

    /** The {@code --color} argument. */
    public enum ColorMode {
        auto,
        on,
        off
    }

    /** Zig's {@code std.io.tty.Color} values zcu uses, with their escape sequences. */
    public enum Color {
        RED("\u001b[31m"),
        GREEN("\u001b[32m"),
        CYAN("\u001b[36m"),
        DIM("\u001b[2m"),
        BOLD("\u001b[1m"),
        RESET("\u001b[0m");

        final String escape;

        Color(String escape) {
            this.escape = escape;
        }
    }

    /** The escape sequence for {@code color}, or nothing without colour. */
    public String set(Color color) {
        return this == ESCAPE_CODES ? color.escape : "";
    }

    /** Resolves {@code --color} for stderr, as zig does. */
    public static TtyConfig forStderr(ColorMode mode) {
        return resolve(mode, System.getenv(), stderrIsTerminal());
    }

    /** The decision itself, separated from the process environment for tests. */
    static TtyConfig resolve(ColorMode mode, Map<String, String> env, boolean isTerminal) {
        return switch (mode) {
            case on -> ESCAPE_CODES;
            case off -> NO_COLOR;
            case auto -> {
                if (env.containsKey("NO_COLOR")) {
                    yield NO_COLOR;
                }
                yield isTerminal || env.containsKey("CLICOLOR_FORCE") ? ESCAPE_CODES : NO_COLOR;
            }
        };
    }

    /** Whether file descriptor 2 is a terminal (Linux: a link to a tty device), else whether a console exists. */
    static boolean stderrIsTerminal() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            String t = target.toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty") || t.equals("/dev/console");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
