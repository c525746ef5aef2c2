package dev.zcu.syntax;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A text dump of a tree in the format of {@code scripts/zig-ast-dump.zig} (which dumps the reference zig's
 * {@code std.zig.Ast}): tokens, nodes, extra data and errors, with Zig's snake_case tag names. Data words that Zig
 * leaves {@code undefined} print as {@code _} on both sides, so that two dumps are equal exactly when the trees
 * are. {@code main} dumps the files named on the command line (used by differential fuzzing).
 */
final class AstDump {

    private AstDump() {
    }

    /** Tags whose lhs and rhs Zig leaves undefined. */
    static final Set<String> NO_DATA = Set.of("char_literal", "number_literal", "unreachable_literal",
            "anyframe_literal", "string_literal", "identifier");
    /** Tags whose rhs Zig leaves undefined. */
    static final Set<String> NO_RHS = Set.of("comptime", "nosuspend", "usingnamespace", "suspend", "resume",
            "return", "deref", "bool_not", "negation", "bit_not", "negation_wrap", "address_of", "try", "await",
            "optional_type", "enum_literal");
    /** Tags whose lhs Zig leaves undefined. */
    static final Set<String> NO_LHS = Set.of("defer", "error_set_decl");

    static String zigName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** Normalizes one node line {@code tag main lhs rhs}: undefined words become {@code _}. */
    static String nodeLine(String tag, long main, long lhs, long rhs) {
        boolean noLhs = NO_DATA.contains(tag) || NO_LHS.contains(tag);
        boolean noRhs = NO_DATA.contains(tag) || NO_RHS.contains(tag);
        return tag + " " + main + " " + (noLhs ? "_" : Long.toString(lhs)) + " " + (noRhs ? "_" : Long.toString(rhs));
    }

    static String dump(Ast ast) {
        StringBuilder sb = new StringBuilder();
        sb.append("tokens ").append(ast.tokenCount()).append('\n');
        for (int t = 0; t < ast.tokenCount(); t++) {
            sb.append(zigName(ast.tokenTag(t))).append(' ').append(ast.tokenStart(t)).append('\n');
        }
        sb.append("nodes ").append(ast.nodeCount()).append('\n');
        for (int n = 0; n < ast.nodeCount(); n++) {
            sb.append(nodeLine(zigName(ast.nodeTag(n)), ast.mainToken(n), ast.lhs(n) & 0xFFFFFFFFL,
                    ast.rhs(n) & 0xFFFFFFFFL)).append('\n');
        }
        sb.append("extra ").append(ast.extraDataLength()).append('\n');
        for (int i = 0; i < ast.extraDataLength(); i++) {
            sb.append(ast.extraData(i) & 0xFFFFFFFFL).append('\n');
        }
        sb.append("errors ").append(ast.errors().size()).append('\n');
        for (Ast.Error e : ast.errors()) {
            sb.append(zigName(e.tag())).append(' ').append(e.token()).append(' ').append(e.isNote()).append(' ')
                    .append(e.tokenIsPrev()).append(' ')
                    .append(e.expectedTag() == null ? "-" : zigName(e.expectedTag())).append('\n');
        }
        return sb.toString();
    }

    /** Normalizes a dump printed by scripts/zig-ast-dump.zig (raw lhs/rhs) into {@link #dump}'s form. */
    static String normalizeZigDump(String zig) {
        StringBuilder sb = new StringBuilder();
        String[] lines = zig.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i++];
            if (line.startsWith("file ")) {
                continue;
            }
            if (line.startsWith("nodes ")) {
                sb.append(line).append('\n');
                int count = Integer.parseInt(line.substring(6));
                for (int k = 0; k < count; k++) {
                    String[] f = lines[i++].split(" ");
                    sb.append(nodeLine(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])))
                            .append('\n');
                }
                continue;
            }
            if (!line.isEmpty()) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "UTF-8");
        for (String path : args) {
            out.print("file " + path + "\n");
            out.print(dump(Ast.parse(Files.readAllBytes(Path.of(path)))));
        }
        out.flush();
    }
}
