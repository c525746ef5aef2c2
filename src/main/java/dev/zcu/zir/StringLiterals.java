package dev.zcu.zir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes Zig string literal tokens ({@code "..."} with escapes) into their bytes, as
 * {@code std.zig.string_literal.parseAlloc} does for valid literals; AstGen reports invalid escapes.
 */
public final class StringLiterals {

    private StringLiterals() {}

    /** The bytes of a (valid) string literal token, including its quotes. */
    public static byte[] bytes(String token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = token.getBytes(StandardCharsets.UTF_8);
        int end = b.length - 1;
        for (int i = 1; i < end; i++) {
            if (b[i] != '\\' || i + 1 >= end) {
                out.write(b[i]);
                continue;
            }
            char c = (char) b[++i];
            switch (c) {
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case '\\', '\'', '"' -> out.write(c);
                case 'x' -> {
                    if (i + 2 < end) {
                        out.write(Integer.parseInt(new String(b, i + 1, 2, StandardCharsets.US_ASCII), 16));
                        i += 2;
                    }
                }
                case 'u' -> {
                    int close = token.indexOf('}', i);
                    if (close > 0 && i + 2 < close) {
                        int cp = Integer.parseInt(new String(b, i + 2, close - i - 2, StandardCharsets.US_ASCII), 16);
                        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                        i = close;
                    }
                }
                default -> out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** The literal's contents as a string (UTF-8). */
    public static String parse(String token) {
        return new String(bytes(token), StandardCharsets.UTF_8);
    }
}
