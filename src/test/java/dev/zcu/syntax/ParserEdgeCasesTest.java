package dev.zcu.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Inputs at the edges: deep nesting, huge and unterminated inputs, NULs, invalid UTF-8, a lone BOM. */
class ParserEdgeCasesTest {

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String src = "const x = " + "(".repeat(200_000) + ";";
        Ast ast = Ast.parse(src);
        assertEquals(Ast.Error.Tag.NESTING_TOO_DEEP, ast.errors().get(0).tag());
        assertTrue(ast.renderError(ast.errors().get(0)).startsWith("nesting too deep"));
    }

    @Test
    void moderateNestingParses() {
        String src = "const x = " + "(".repeat(200) + "1" + ")".repeat(200) + ";";
        Ast ast = Ast.parse(src);
        assertEquals(0, ast.errors().size());
    }

    @Test
    void deepBlocksAndPrefixOperators() {
        Ast blocks = Ast.parse("fn f() void " + "{".repeat(100_000));
        assertTrue(!blocks.errors().isEmpty());
        Ast prefix = Ast.parse("const x = " + "!".repeat(100_000) + "a;");
        assertEquals(Ast.Error.Tag.NESTING_TOO_DEEP, prefix.errors().get(0).tag());
        Ast types = Ast.parse("const T = " + "?".repeat(100_000) + "u8;");
        assertEquals(Ast.Error.Tag.NESTING_TOO_DEEP, types.errors().get(0).tag());
    }

    @Test
    void hugeUnterminatedString() {
        byte[] src = new byte[5_000_000];
        Arrays.fill(src, (byte) 'a');
        src[0] = 'x';
        src[1] = '=';
        src[2] = '"';
        Ast ast = Ast.parse(src);
        assertTrue(!ast.errors().isEmpty());
        assertEquals(Token.Tag.INVALID, ast.tokenTag(2));
    }

    @Test
    void nulBytesAndInvalidUtf8() {
        Ast nul = Ast.parse(new byte[] {'c', 'o', 'n', 's', 't', 0, 'x'});
        assertTrue(!nul.errors().isEmpty());
        Ast bad = Ast.parse(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        assertTrue(!bad.errors().isEmpty());
        // invalid UTF-8 inside a comment and a string is accepted, as zig 0.14 does
        Ast ok = Ast.parse(new byte[] {'/', '/', (byte) 0xFF, '\n', 'c', 'o', 'n', 's', 't', ' ', 'a', '=', '"',
            (byte) 0xFE, '"', ';'});
        assertEquals(0, ok.errors().size());
    }

    @Test
    void bomOnlyAndEmpty() {
        assertEquals(0, Ast.parse(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).errors().size());
        Ast empty = Ast.parse(new byte[0]);
        assertEquals(0, empty.errors().size());
        assertEquals(1, empty.tokenCount());
        assertEquals(0, empty.rootDecls().length);
    }

    @Test
    void tokenSliceAndLocation() {
        Ast ast = Ast.parse("const s = \"hi\";\nconst t = 'c';\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("\"hi\"", ast.tokenSlice(3));
        assertEquals("'c'", ast.tokenSlice(8));
        Ast.Location loc = ast.tokenLocation(0, 8);
        assertEquals(1, loc.line());
        assertEquals(10, loc.column());
    }
}
