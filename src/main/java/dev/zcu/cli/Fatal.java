package dev.zcu.cli;

/** Zig's {@code fatal}: {@code error: MESSAGE} on stderr and exit status 1. */
final class Fatal {
    private Fatal() {}

    static int print(String message) {
        System.err.println("error: " + message);
        System.err.flush();
        return 1;
    }
}
