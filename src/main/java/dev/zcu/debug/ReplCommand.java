package dev.zcu.debug;

import dev.zcu.sema.AnalUnit;

/**
 * One line of the incremental debug REPL, parsed at the edge (the seed's {@code handleCommand} dispatch) into
 * a typed command: the line is trimmed of spaces, tabs, CR, LF and NUL, split at its first space into command
 * and argument, and the argument parsed as the command needs it ({@link AnalUnit#parse}, a decimal u32, a
 * {@link NamePattern}). A malformed argument or an unknown command is a command too, so rendering
 * ({@link ReplRenderer}) is total. Pure: no Zcu, no I/O.
 */
public sealed interface ReplCommand {

    /** {@code help}: the command list. */
    enum Help implements ReplCommand { INSTANCE }

    /** {@code summary}: generation and counts of the whole Zcu. */
    enum Summary implements ReplCommand { INSTANCE }

    /** {@code quit}: close this connection (zcu's addition; the seed closes only on EOF). */
    enum Quit implements ReplCommand { INSTANCE }

    /** {@code nav_info [id]}. */
    record NavInfo(int nav) implements ReplCommand {}

    /** {@code find_type [str]}. */
    record FindType(NamePattern pattern) implements ReplCommand {}

    /** {@code find_nav [str]}. */
    record FindNav(NamePattern pattern) implements ReplCommand {}

    /** {@code unit_info [unit]}. */
    record UnitInfo(AnalUnit unit) implements ReplCommand {}

    /** {@code unit_dependencies [unit]}. */
    record UnitDependencies(AnalUnit unit) implements ReplCommand {}

    /** {@code unit_trace [unit]}. */
    record UnitTrace(AnalUnit unit) implements ReplCommand {}

    /** {@code type_info [id]}. */
    record TypeInfo(int ipIndex) implements ReplCommand {}

    /** {@code type_namespace [id]}. */
    record TypeNamespace(int ipIndex) implements ReplCommand {}

    /** A known command whose argument did not parse. */
    record Malformed(Problem problem) implements ReplCommand {}

    /** A command the REPL does not know (including the empty line). */
    record Unknown(String command) implements ReplCommand {}

    /** What was wrong with an argument; {@link ReplRenderer} holds the seed's words for each. */
    enum Problem { NAV_INDEX, IP_INDEX, ANAL_UNIT, BAD_USAGE }

    /** The characters the REPL trims from both ends of a line: the seed's {@code " \t\r\n"} plus NUL (telnet's CR NUL). */
    static boolean isTrimmed(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0';
    }

    /** Trims {@code line} as the REPL does. */
    static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isTrimmed(line.charAt(start))) start++;
        while (end > start && isTrimmed(line.charAt(end - 1))) end--;
        return line.substring(start, end);
    }

    /** Parses one REPL line (untrimmed is fine). Never throws. */
    static ReplCommand parse(String line) {
        String trimmed = trim(line);
        int space = trimmed.indexOf(' ');
        String cmd = space < 0 ? trimmed : trimmed.substring(0, space);
        String arg = space < 0 ? "" : trimmed.substring(space + 1);
        return switch (cmd) {
            case "help" -> Help.INSTANCE;
            case "summary" -> Summary.INSTANCE;
            case "quit" -> Quit.INSTANCE;
            case "nav_info" -> AnalUnit.parseU32(arg).<ReplCommand>map(NavInfo::new)
                    .orElse(new Malformed(Problem.NAV_INDEX));
            case "find_type" -> arg.isEmpty() ? new Malformed(Problem.BAD_USAGE) : new FindType(NamePattern.parse(arg));
            case "find_nav" -> arg.isEmpty() ? new Malformed(Problem.BAD_USAGE) : new FindNav(NamePattern.parse(arg));
            case "unit_info" -> AnalUnit.parse(arg).<ReplCommand>map(UnitInfo::new)
                    .orElse(new Malformed(Problem.ANAL_UNIT));
            case "unit_dependencies" -> AnalUnit.parse(arg).<ReplCommand>map(UnitDependencies::new)
                    .orElse(new Malformed(Problem.ANAL_UNIT));
            case "unit_trace" -> AnalUnit.parse(arg).<ReplCommand>map(UnitTrace::new)
                    .orElse(new Malformed(Problem.ANAL_UNIT));
            case "type_info" -> AnalUnit.parseU32(arg).<ReplCommand>map(TypeInfo::new)
                    .orElse(new Malformed(Problem.IP_INDEX));
            case "type_namespace" -> AnalUnit.parseU32(arg).<ReplCommand>map(TypeNamespace::new)
                    .orElse(new Malformed(Problem.IP_INDEX));
            default -> new Unknown(cmd);
        };
    }
}
