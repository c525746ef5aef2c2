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
        if (ast.errors().isEmpty()) {
            sb.append(dumpFull(ast));
        }
        return sb.toString();
    }

    private static String list(int[] xs) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < xs.length; i++) {
            if (i != 0) {
                sb.append(',');
            }
            sb.append(xs[i]);
        }
        return sb.append(']').toString();
    }

    private static String sizeName(Full.PtrType.Size size) {
        return switch (size) {
            case ONE -> "One";
            case MANY -> "Many";
            case SLICE -> "Slice";
            case C -> "C";
        };
    }

    /** The {@code full} section: per node its first and last tokens and every full view that applies. */
    static String dumpFull(Ast ast) {
        StringBuilder sb = new StringBuilder("full\n");
        for (int n = 1; n < ast.nodeCount(); n++) {
            sb.append(n).append(' ').append(ast.firstToken(n)).append(' ').append(ast.lastToken(n));
            ast.fullVarDecl(n).ifPresent(v -> sb.append(" var ").append(v.visibToken()).append(' ')
                    .append(v.externExportToken()).append(' ').append(v.libName()).append(' ')
                    .append(v.threadlocalToken()).append(' ').append(v.comptimeToken()).append(' ')
                    .append(v.mutToken()).append(' ').append(v.typeNode()).append(' ').append(v.alignNode())
                    .append(' ').append(v.addrspaceNode()).append(' ').append(v.sectionNode()).append(' ')
                    .append(v.initNode()));
            ast.fullFnProto(n).ifPresent(f -> {
                sb.append(" fn ").append(f.visibToken()).append(' ').append(f.externExportInlineToken()).append(' ')
                        .append(f.libName()).append(' ').append(f.nameToken()).append(' ').append(f.lparen())
                        .append(' ').append(f.protoNode()).append(' ').append(f.fnToken()).append(' ')
                        .append(f.returnType()).append(' ').append(list(f.params())).append(' ')
                        .append(f.alignExpr()).append(' ').append(f.addrspaceExpr()).append(' ')
                        .append(f.sectionExpr()).append(' ').append(f.callconvExpr()).append(" params");
                for (Full.Param p : ast.fnProtoParams(f)) {
                    sb.append(" (").append(p.firstDocComment()).append(' ').append(p.nameToken()).append(' ')
                            .append(p.comptimeNoalias()).append(' ').append(p.anytypeEllipsis3()).append(' ')
                            .append(p.typeExpr()).append(')');
                }
            });
            ast.fullIf(n).ifPresent(f -> sb.append(" if ").append(f.payloadToken()).append(' ')
                    .append(f.errorToken()).append(' ').append(f.elseToken()).append(' ').append(f.ifToken())
                    .append(' ').append(f.condExpr()).append(' ').append(f.thenExpr()).append(' ')
                    .append(f.elseExpr()));
            ast.fullWhile(n).ifPresent(f -> sb.append(" while ").append(f.inlineToken()).append(' ')
                    .append(f.labelToken()).append(' ').append(f.payloadToken()).append(' ').append(f.errorToken())
                    .append(' ').append(f.elseToken()).append(' ').append(f.whileToken()).append(' ')
                    .append(f.condExpr()).append(' ').append(f.contExpr()).append(' ').append(f.thenExpr())
                    .append(' ').append(f.elseExpr()));
            ast.fullFor(n).ifPresent(f -> sb.append(" for ").append(f.inlineToken()).append(' ')
                    .append(f.labelToken()).append(' ').append(f.payloadToken()).append(' ').append(f.elseToken())
                    .append(' ').append(f.forToken()).append(' ').append(list(f.inputs())).append(' ')
                    .append(f.thenExpr()).append(' ').append(f.elseExpr()));
            ast.fullContainerField(n).ifPresent(f -> sb.append(" field ").append(f.comptimeToken()).append(' ')
                    .append(f.mainToken()).append(' ').append(f.typeExpr()).append(' ').append(f.alignExpr())
                    .append(' ').append(f.valueExpr()).append(' ').append(f.tupleLike()));
            ast.fullContainerDecl(n).ifPresent(f -> sb.append(" container ").append(f.layoutToken()).append(' ')
                    .append(f.mainToken()).append(' ').append(f.enumToken()).append(' ').append(list(f.members()))
                    .append(' ').append(f.arg()));
            ast.fullSwitch(n).ifPresent(f -> sb.append(" switch ").append(f.labelToken()).append(' ')
                    .append(f.switchToken()).append(' ').append(f.condition()).append(' ').append(list(f.cases())));
            ast.fullSwitchCase(n).ifPresent(f -> sb.append(" case ").append(f.inlineToken()).append(' ')
                    .append(f.payloadToken()).append(' ').append(list(f.values())).append(' ')
                    .append(f.arrowToken()).append(' ').append(f.targetExpr()));
            ast.fullCall(n).ifPresent(f -> sb.append(" call ").append(f.asyncToken()).append(' ')
                    .append(f.lparen()).append(' ').append(f.fnExpr()).append(' ').append(list(f.params())));
            ast.fullStructInit(n).ifPresent(f -> sb.append(" structinit ").append(f.lbrace()).append(' ')
                    .append(list(f.fields())).append(' ').append(f.typeExpr()));
            ast.fullArrayInit(n).ifPresent(f -> sb.append(" arrayinit ").append(f.lbrace()).append(' ')
                    .append(list(f.elements())).append(' ').append(f.typeExpr()));
            ast.fullArrayType(n).ifPresent(f -> sb.append(" arraytype ").append(f.lbracket()).append(' ')
                    .append(f.elemCount()).append(' ').append(f.sentinel()).append(' ').append(f.elemType()));
            ast.fullPtrType(n).ifPresent(f -> sb.append(" ptrtype ").append(sizeName(f.size())).append(' ')
                    .append(f.allowzeroToken()).append(' ').append(f.constToken()).append(' ')
                    .append(f.volatileToken()).append(' ').append(f.mainToken()).append(' ').append(f.alignNode())
                    .append(' ').append(f.addrspaceNode()).append(' ').append(f.sentinel()).append(' ')
                    .append(f.bitRangeStart()).append(' ').append(f.bitRangeEnd()).append(' ')
                    .append(f.childType()));
            ast.fullSlice(n).ifPresent(f -> sb.append(" slice ").append(f.sliced()).append(' ')
                    .append(f.lbracket()).append(' ').append(f.start()).append(' ').append(f.end()).append(' ')
                    .append(f.sentinel()));
            ast.fullAsm(n).ifPresent(f -> sb.append(" asm ").append(f.volatileToken()).append(' ')
                    .append(f.firstClobber()).append(' ').append(list(f.outputs())).append(' ')
                    .append(list(f.inputs())).append(' ').append(f.asmToken()).append(' ').append(f.template())
                    .append(' ').append(f.rparen()));
            ast.fullAssignDestructure(n).ifPresent(f -> sb.append(" destructure ").append(f.comptimeToken())
                    .append(' ').append(list(f.variables())).append(' ').append(f.equalToken()).append(' ')
                    .append(f.valueExpr()));
            if (ast.blockStatements(n).length > 0 || isBlock(ast.nodeTag(n))) {
                sb.append(" block");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static boolean isBlock(Node.Tag t) {
        return t == Node.Tag.BLOCK || t == Node.Tag.BLOCK_SEMICOLON || t == Node.Tag.BLOCK_TWO
                || t == Node.Tag.BLOCK_TWO_SEMICOLON;
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
