package dev.zcu.zir;

import java.io.ByteArrayOutputStream;

/**
 * Literal validation for AstGen: Zig's {@code std.zig.number_literal.parseNumberLiteral} and
 * {@code std.zig.string_literal} (string, character and {@code @"..."} identifier literals), reduced to what
 * AstGen needs: the decoded bytes or the first error with its byte offset inside the token. Errors are
 * returned as values ({@link Problem}), formatted exactly as AstGen's {@code failWithNumberError} and
 * {@code failWithStrLitError} print them.
 */
final class AstGenLiterals {
    private AstGenLiterals() {}

    /** An invalid literal: the message and the byte offset from the token start where zig points. */
    record Problem(int offset, String message, String note) {}

    /** The kind of a valid number literal. */
    enum NumberKind { INT, BIG_INT, FLOAT }

    record Number(NumberKind kind, long value, Problem problem) {}

    private static String base(int b) {
        return switch (b) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 16 -> "hex";
            default -> "decimal";
        };
    }

    private static String ch(byte b) {
        return String.valueOf((char) (b & 0xff));
    }

    static Number number(byte[] bytes) {
        boolean isFloat = false;
        for (byte b : bytes) if (b == '.') isFloat = true;
        int i = 0;
        int base = 10;
        if (bytes.length >= 2 && bytes[0] == '0') {
            switch (bytes[1]) {
                case 'b' -> { base = 2; i = 2; }
                case 'o' -> { base = 8; i = 2; }
                case 'x' -> { base = 16; i = 2; }
                case 'B', 'O', 'X' -> { return fail(1, "base prefix must be lowercase"); }
                case '.', 'e', 'E' -> {}
                default -> {
                    String s = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (isFloat) return new Number(null, 0, new Problem(0, "number '" + s + "' has leading zero", null));
                    return new Number(null, 0, new Problem(0, "number '" + s + "' has leading zero",
                            "use '0o' prefix for octal literals"));
                }
            }
        }
        if (bytes.length == 2 && base != 10) return fail(0, "expected a digit after base prefix");
        long x = 0;
        boolean overflow = false, underscore = false, period = false, exponent = false, flt = false;
        int special = 0;
        for (; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            switch (c) {
                case '_' -> {
                    if (i == 2 && base != 10) return fail(i, "expected digit before digit separator");
                    if (special != 0) return fail(i, "expected digit before digit separator");
                    if (underscore) return fail(i, "repeated digit separator");
                    underscore = true;
                    continue;
                }
                case 'e', 'E' -> {
                    if (base == 10) {
                        flt = true;
                        if (exponent) return fail(i, "duplicate exponent");
                        if (underscore) return fail(i, "expected digit before exponent");
                        special = c;
                        exponent = true;
                        continue;
                    }
                }
                case 'p', 'P' -> {
                    if (base == 16) {
                        if (i == 2) return fail(0, "expected a digit after base prefix");
                        flt = true;
                        if (exponent) return fail(i, "duplicate exponent");
                        if (underscore) return fail(i, "expected digit before exponent");
                        special = c;
                        exponent = true;
                        continue;
                    }
                }
                case '.' -> {
                    if (exponent) {
                        int d = i - 2;
                        if (d >= 0 && d < bytes.length && bytes[d] >= '0' && bytes[d] <= '9') {
                            return fail(i, "unexpected period after exponent");
                        }
                    }
                    flt = true;
                    if (base != 10 && base != 16) return fail(2, "invalid base for float literal");
                    if (period) return fail(i, "duplicate period"); // validated by the tokenizer
                    period = true;
                    if (underscore) return fail(i, "expected digit before '" + ch(bytes[i]) + "'");
                    special = c;
                    continue;
                }
                case '+', '-' -> {
                    switch (special) {
                        case 'p', 'P' -> {}
                        case 'e', 'E' -> {
                            if (base != 10) return signFail(bytes, i);
                        }
                        default -> {
                            return signFail(bytes, i);
                        }
                    }
                    special = c;
                    continue;
                }
                default -> {}
            }
            int digit;
            if (c >= '0' && c <= '9') digit = c - '0';
            else if (c >= 'A' && c <= 'Z') digit = c - 'A' + 10;
            else if (c >= 'a' && c <= 'z') digit = c - 'a' + 10;
            else return fail(i, "invalid character"); // validated by the tokenizer
            if (digit >= base) return fail(i, "invalid digit '" + ch(bytes[i]) + "' for " + base(base) + " base");
            if (exponent && digit >= 10) return fail(i, "invalid digit '" + ch(bytes[i]) + "' in exponent");
            underscore = false;
            special = 0;
            if (flt) continue;
            if (x != 0) {
                // unsigned overflow check of x * base (wrapping like Zig's @mulWithOverflow)
                if (Long.compareUnsigned(x, Long.divideUnsigned(-1L, base)) > 0) overflow = true;
                x = x * base;
            }
            long sum = x + digit;
            if (Long.compareUnsigned(sum, x) < 0) overflow = true;
            x = sum;
        }
        if (underscore) return fail(bytes.length - 1, "trailing digit separator");
        if (special != 0) return fail(bytes.length - 1, "expected digit after '" + ch(bytes[bytes.length - 2]) + "'");
        if (flt) return new Number(NumberKind.FLOAT, 0, null);
        if (overflow) return new Number(NumberKind.BIG_INT, 0, null);
        return new Number(NumberKind.INT, x, null);
    }

    private static Number signFail(byte[] bytes, int i) {
        return fail(i, "sign '" + ch(bytes[i]) + "' cannot follow digit '" + ch(bytes[i - 1]) + "' in hex base");
    }

    private static Number fail(int offset, String msg) {
        return new Number(null, 0, new Problem(offset, msg, null));
    }

    // ---- string literals ----

    /** Result of decoding: the bytes, or a problem (offset relative to the slice given). */
    record Decoded(byte[] bytes, Problem problem) {}

    private record Escape(int codepoint, int offset, Problem problem) {}

    private static Problem strProblem(String kind, byte[] slice, int badIndex) {
        String c = badIndex < slice.length ? ch(slice[badIndex]) : "";
        return switch (kind) {
            case "invalid_escape_character" -> new Problem(badIndex, "invalid escape character: '" + c + "'", null);
            case "expected_hex_digit" -> new Problem(badIndex, "expected hex digit, found '" + c + "'", null);
            case "empty_unicode_escape_sequence" -> new Problem(badIndex, "empty unicode escape sequence", null);
            case "expected_hex_digit_or_rbrace" ->
                    new Problem(badIndex, "expected hex digit or '}', found '" + c + "'", null);
            case "invalid_unicode_codepoint" ->
                    new Problem(badIndex, "unicode escape does not correspond to a valid unicode scalar value", null);
            case "expected_lbrace" -> new Problem(badIndex, "expected '{', found '" + c, null);
            case "expected_rbrace" -> new Problem(badIndex, "expected '}', found '" + c, null);
            case "expected_single_quote" -> new Problem(badIndex, "expected single quote ('), found '" + c, null);
            case "invalid_character" ->
                    new Problem(badIndex, "invalid byte in string or character literal: '" + c + "'", null);
            default -> new Problem(0, "empty character literal", null);
        };
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static Escape escape(byte[] s, int offset) {
        if (s.length == offset + 1) return new Escape(0, offset, strProblem("invalid_escape_character", s, offset + 1));
        offset += 2;
        switch (s[offset - 1]) {
            case 'n': return new Escape('\n', offset, null);
            case 'r': return new Escape('\r', offset, null);
            case '\\': return new Escape('\\', offset, null);
            case 't': return new Escape('\t', offset, null);
            case '\'': return new Escape('\'', offset, null);
            case '"': return new Escape('"', offset, null);
            case 'x': {
                int value = 0;
                int i = offset;
                for (; i < offset + 2; i++) {
                    if (i == s.length) return new Escape(0, i, strProblem("expected_hex_digit", s, i));
                    int h = hex(s[i] & 0xff);
                    if (h < 0) return new Escape(0, i, strProblem("expected_hex_digit", s, i));
                    value = value * 16 + h;
                }
                return new Escape(value, i, null);
            }
            case 'u': {
                int i = offset;
                if (i >= s.length || s[i] != '{') return new Escape(0, i, strProblem("expected_lbrace", s, i));
                i++;
                if (i >= s.length) return new Escape(0, i, strProblem("expected_hex_digit_or_rbrace", s, i));
                if (s[i] == '}') return new Escape(0, i, strProblem("empty_unicode_escape_sequence", s, i));
                long value = 0;
                boolean closed = false;
                while (i < s.length) {
                    int c = s[i] & 0xff;
                    if (c == '}') {
                        i++;
                        closed = true;
                        break;
                    }
                    int h = hex(c);
                    if (h < 0) return new Escape(0, i, strProblem("expected_hex_digit_or_rbrace", s, i));
                    value = value * 16 + h;
                    if (value > 0x10ffff) return new Escape(0, i, strProblem("invalid_unicode_codepoint", s, i));
                    i++;
                }
                if (!closed) return new Escape(0, i, strProblem("expected_rbrace", s, i));
                return new Escape((int) value, i, null);
            }
            default:
                return new Escape(0, offset, strProblem("invalid_escape_character", s, offset - 1));
        }
    }

    /** {@code string_literal.parseWrite} over {@code "..."} (the slice includes both quotes). */
    static Decoded string(byte[] s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        int index = 1;
        while (index < s.length) {
            int b = s[index] & 0xff;
            if (b == '\\') {
                int escIdx = index + 1;
                Escape e = escape(s, index);
                if (e.problem() != null) return new Decoded(null, e.problem());
                if (escIdx < s.length && s[escIdx] == 'u') {
                    int cp = e.codepoint();
                    if (cp >= 0xd800 && cp <= 0xdfff) {
                        return new Decoded(null, strProblem("invalid_unicode_codepoint", s, escIdx + 1));
                    }
                    byte[] enc = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.writeBytes(enc);
                } else {
                    out.write(e.codepoint());
                }
                index = e.offset();
            } else if (b == '\n') {
                return new Decoded(null, strProblem("invalid_character", s, index));
            } else if (b == '"') {
                return new Decoded(out.toByteArray(), null);
            } else {
                out.write(b);
                index++;
            }
        }
        return new Decoded(out.toByteArray(), null);
    }

    /** {@code string_literal.parseCharLiteral}: null when valid, else the problem. */
    static Problem charLiteral(byte[] s) {
        if (s.length < 3) return strProblem("empty_char_literal", s, 0);
        if (s[1] == '\\') {
            Escape e = escape(s, 1);
            if (e.problem() != null) return e.problem();
            int off = e.offset();
            if (off + 1 != s.length || s[off] != '\'') return strProblem("expected_single_quote", s, off);
            return null;
        }
        if (s[1] == 0) return strProblem("invalid_character", s, 1);
        int lead = s[1] & 0xff;
        int n;
        if (lead < 0x80) n = 1;
        else if ((lead & 0xe0) == 0xc0) n = 2;
        else if ((lead & 0xf0) == 0xe0) n = 3;
        else if ((lead & 0xf8) == 0xf0) n = 4;
        else return strProblem("invalid_unicode_codepoint", s, 1);
        int innerLen = s.length - 2;
        if (innerLen > n) return strProblem("expected_single_quote", s, 1 + n);
        if (innerLen < n) return strProblem("invalid_unicode_codepoint", s, 1);
        // decode and validate
        int cp;
        if (n == 1) return null;
        cp = lead & (0xff >> (n + 1));
        for (int k = 1; k < n; k++) {
            int cb = s[1 + k] & 0xff;
            if ((cb & 0xc0) != 0x80) return strProblem("invalid_unicode_codepoint", s, 1);
            cp = (cp << 6) | (cb & 0x3f);
        }
        int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return strProblem("invalid_unicode_codepoint", s, 1);
        }
        return null;
    }
}
