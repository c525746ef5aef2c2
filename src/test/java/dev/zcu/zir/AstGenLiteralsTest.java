package dev.zcu.zir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Literal validation against the behaviour of Zig's {@code number_literal} and {@code string_literal}. */
class AstGenLiteralsTest {
    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static AstGenLiterals.Problem num(String s) {
        return AstGenLiterals.number(b(s)).problem();
    }

    @Test
    void validNumbers() {
        assertEquals(AstGenLiterals.NumberKind.INT, AstGenLiterals.number(b("0x1F")).kind());
        assertEquals(31, AstGenLiterals.number(b("0x1F")).value());
        assertEquals(1_000_000, AstGenLiterals.number(b("1_000_000")).value());
        assertEquals(AstGenLiterals.NumberKind.FLOAT, AstGenLiterals.number(b("1.5e-3")).kind());
        assertEquals(AstGenLiterals.NumberKind.FLOAT, AstGenLiterals.number(b("0x1.8p3")).kind());
        assertEquals(AstGenLiterals.NumberKind.BIG_INT, AstGenLiterals.number(b("18446744073709551616")).kind());
        assertEquals(AstGenLiterals.NumberKind.INT, AstGenLiterals.number(b("18446744073709551615")).kind());
        assertEquals(-1L, AstGenLiterals.number(b("0xffffffffffffffff")).value());
    }

    @Test
    void invalidNumbersSayWhereAndWhy() {
        assertEquals(new AstGenLiterals.Problem(0, "number '012' has leading zero", "use '0o' prefix for octal literals"),
                num("012"));
        assertEquals(new AstGenLiterals.Problem(1, "base prefix must be lowercase", null), num("0X1"));
        assertEquals(new AstGenLiterals.Problem(3, "repeated digit separator", null), num("12__3"));
        assertEquals(new AstGenLiterals.Problem(4, "invalid digit '2' for binary base", null), num("0b102"));
        assertEquals(new AstGenLiterals.Problem(3, "trailing digit separator", null), num("123_"));
        assertEquals(new AstGenLiterals.Problem(1, "expected digit after 'e'".replace("'e'", "'1'"), null), num("1e"));
        assertEquals(new AstGenLiterals.Problem(0, "expected a digit after base prefix", null), num("0x"));
    }

    @Test
    void strings() {
        AstGenLiterals.Decoded ok = AstGenLiterals.string(b("\"a\\n\\x41\\u{e9}\""));
        assertNull(ok.problem());
        assertArrayEquals(b("a\nA\u00e9"), ok.bytes());
        assertEquals(new AstGenLiterals.Problem(2, "invalid escape character: 'q'", null),
                AstGenLiterals.string(b("\"\\q\"")).problem());
        assertEquals("empty unicode escape sequence", AstGenLiterals.string(b("\"\\u{}\"")).problem().message());
        assertEquals("expected hex digit, found 'g'", AstGenLiterals.string(b("\"\\xg0\"")).problem().message());
    }

    @Test
    void chars() {
        assertNull(AstGenLiterals.charLiteral(b("'a'")));
        assertNull(AstGenLiterals.charLiteral(b("'\u00e4'")));
        assertNull(AstGenLiterals.charLiteral(b("'\\u{3041}'")));
        assertEquals("invalid escape character: 'z'", AstGenLiterals.charLiteral(b("'\\z'")).message());
        assertEquals("expected single quote ('), found 'b", AstGenLiterals.charLiteral(b("'ab'")).message());
    }
}
