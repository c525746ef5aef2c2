package dev.zcu.sema;

import java.util.Optional;

/**
 * An analysis unit: the smallest thing semantic analysis (re-)runs, Zig's {@code InternPool.AnalUnit}.
 * Printed and parsed as {@code comptime N}, {@code nav_val N}, {@code nav_ty N}, {@code type N},
 * {@code func N} or {@code memoized_state STAGE}, exactly as the debug REPL shows them.
 *
 * @param kind  which sort of unit
 * @param index the comptime unit, Nav or InternPool index; for {@code memoized_state} the stage ordinal
 */
public record AnalUnit(Kind kind, int index) {

    /** The kinds of analysis unit, with their REPL spelling. */
    public enum Kind {
        COMPTIME("comptime"), NAV_VAL("nav_val"), NAV_TY("nav_ty"), TYPE("type"), FUNC("func"),
        MEMOIZED_STATE("memoized_state");

        private final String zigName;

        Kind(String zigName) {
            this.zigName = zigName;
        }

        public String zigName() {
            return zigName;
        }
    }

    /** Zig's {@code InternPool.MemoizedStateStage}: groups of builtin declarations resolved together. */
    public enum MemoizedStateStage {
        MAIN("main"), PANIC("panic"), VA_LIST("va_list"), ASSEMBLY("assembly");

        private final String zigName;

        MemoizedStateStage(String zigName) {
            this.zigName = zigName;
        }

        public String zigName() {
            return zigName;
        }
    }

    public AnalUnit {
        if (index < 0) throw new IllegalArgumentException("negative index " + index);
        if (kind == Kind.MEMOIZED_STATE && index >= MemoizedStateStage.values().length) {
            throw new IllegalArgumentException("no memoized state stage " + index);
        }
    }

    public static AnalUnit comptime(int id) { return new AnalUnit(Kind.COMPTIME, id); }
    public static AnalUnit navVal(int nav) { return new AnalUnit(Kind.NAV_VAL, nav); }
    public static AnalUnit navTy(int nav) { return new AnalUnit(Kind.NAV_TY, nav); }
    public static AnalUnit type(int ipIndex) { return new AnalUnit(Kind.TYPE, ipIndex); }
    public static AnalUnit func(int ipIndex) { return new AnalUnit(Kind.FUNC, ipIndex); }
    public static AnalUnit memoizedState(MemoizedStateStage stage) {
        return new AnalUnit(Kind.MEMOIZED_STATE, stage.ordinal());
    }

    /**
     * Parses {@code "KIND INDEX"} (one space, a decimal u32) as the seed's {@code parseAnalUnit} does;
     * empty when malformed.
     */
    public static Optional<AnalUnit> parse(String text) {
        int space = text.indexOf(' ');
        if (space < 0) return Optional.empty();
        String kindText = text.substring(0, space);
        String arg = text.substring(space + 1);
        for (Kind k : Kind.values()) {
            if (!k.zigName.equals(kindText)) continue;
            if (k == Kind.MEMOIZED_STATE) {
                for (MemoizedStateStage s : MemoizedStateStage.values()) {
                    if (s.zigName.equals(arg)) return Optional.of(memoizedState(s));
                }
                return Optional.empty();
            }
            return parseU32(arg).map(i -> new AnalUnit(k, i));
        }
        return Optional.empty();
    }

    /** Parses a decimal u32 the way Zig's {@code std.fmt.parseInt(u32, s, 10)} does (an index must fit in an int here). */
    public static Optional<Integer> parseU32(String s) {
        if (s.isEmpty()) return Optional.empty();
        int start = (s.charAt(0) == '+') ? 1 : 0;
        if (start == s.length()) return Optional.empty();
        long v = 0;
        boolean digit = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!digit || i + 1 == s.length() || s.charAt(i + 1) == '_') return Optional.empty();
                continue;
            }
            if (c < '0' || c > '9') return Optional.empty();
            digit = true;
            v = v * 10 + (c - '0');
            if (v > Integer.MAX_VALUE) return Optional.empty();
        }
        return Optional.of((int) v);
    }

    @Override
    public String toString() {
        if (kind == Kind.MEMOIZED_STATE) return "memoized_state " + MemoizedStateStage.values()[index].zigName;
        return kind.zigName + " " + index;
    }
}
