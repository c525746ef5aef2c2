package dev.zcu.debug;

/**
 * The search argument of {@code find_type} and {@code find_nav}: a substring, anchored to the start of the name
 * by a leading {@code ^} and to its end by a trailing {@code $}, exactly as the seed's {@code handleCommand}
 * slices it (so {@code ^} alone is the empty substring anchored at the start, which matches every name).
 *
 * @param text        the substring without its anchors
 * @param anchorStart the argument started with {@code ^}
 * @param anchorEnd   the argument ended with {@code $}
 */
public record NamePattern(String text, boolean anchorStart, boolean anchorEnd) {

    /** Parses a non-empty argument as the seed does. */
    public static NamePattern parse(String arg) {
        if (arg.isEmpty()) throw new IllegalArgumentException("empty pattern");
        boolean start = arg.charAt(0) == '^';
        boolean end = arg.charAt(arg.length() - 1) == '$';
        return new NamePattern(arg.substring(start ? 1 : 0, arg.length() - (end ? 1 : 0)), start, end);
    }

    /** Whether {@code name} matches: contains, starts with, ends with, or equals the text. */
    public boolean matches(String name) {
        if (anchorStart && anchorEnd) return name.equals(text);
        if (anchorStart) return name.startsWith(text);
        if (anchorEnd) return name.endsWith(text);
        return name.contains(text);
    }
}
