package dev.zcu.syntax;

/**
 * A token of Zig source, Zig's {@code std.zig.Token}: the first stage of the pipeline. The {@link Tokenizer}
 * produces tags and start offsets, the {@link Ast} stores them in compact arrays (one byte per tag, one int per
 * start), and the parser ({@code Parse}) reads them. There are no per-token objects: this class only holds the
 * {@link Tag} vocabulary and the keyword table.
 */
public final class Token {

    private Token() {
    }

    /** Zig's {@code Token.Tag}, in Zig's order, with its fixed spelling ({@link #lexeme()}) when it has one. */
    public enum Tag {
        INVALID(null),
        INVALID_PERIODASTERISKS(".**"),
        IDENTIFIER(null),
        STRING_LITERAL(null),
        MULTILINE_STRING_LITERAL_LINE(null),
        CHAR_LITERAL(null),
        EOF(null),
        BUILTIN(null),
        BANG("!"),
        PIPE("|"),
        PIPE_PIPE("||"),
        PIPE_EQUAL("|="),
        EQUAL("="),
        EQUAL_EQUAL("=="),
        EQUAL_ANGLE_BRACKET_RIGHT("=>"),
        BANG_EQUAL("!="),
        L_PAREN("("),
        R_PAREN(")"),
        SEMICOLON(";"),
        PERCENT("%"),
        PERCENT_EQUAL("%="),
        L_BRACE("{"),
        R_BRACE("}"),
        L_BRACKET("["),
        R_BRACKET("]"),
        PERIOD("."),
        PERIOD_ASTERISK(".*"),
        ELLIPSIS2(".."),
        ELLIPSIS3("..."),
        CARET("^"),
        CARET_EQUAL("^="),
        PLUS("+"),
        PLUS_PLUS("++"),
        PLUS_EQUAL("+="),
        PLUS_PERCENT("+%"),
        PLUS_PERCENT_EQUAL("+%="),
        PLUS_PIPE("+|"),
        PLUS_PIPE_EQUAL("+|="),
        MINUS("-"),
        MINUS_EQUAL("-="),
        MINUS_PERCENT("-%"),
        MINUS_PERCENT_EQUAL("-%="),
        MINUS_PIPE("-|"),
        MINUS_PIPE_EQUAL("-|="),
        ASTERISK("*"),
        ASTERISK_EQUAL("*="),
        ASTERISK_ASTERISK("**"),
        ASTERISK_PERCENT("*%"),
        ASTERISK_PERCENT_EQUAL("*%="),
        ASTERISK_PIPE("*|"),
        ASTERISK_PIPE_EQUAL("*|="),
        ARROW("->"),
        COLON(":"),
        SLASH("/"),
        SLASH_EQUAL("/="),
        COMMA(","),
        AMPERSAND("&"),
        AMPERSAND_EQUAL("&="),
        QUESTION_MARK("?"),
        ANGLE_BRACKET_LEFT("<"),
        ANGLE_BRACKET_LEFT_EQUAL("<="),
        ANGLE_BRACKET_ANGLE_BRACKET_LEFT("<<"),
        ANGLE_BRACKET_ANGLE_BRACKET_LEFT_EQUAL("<<="),
        ANGLE_BRACKET_ANGLE_BRACKET_LEFT_PIPE("<<|"),
        ANGLE_BRACKET_ANGLE_BRACKET_LEFT_PIPE_EQUAL("<<|="),
        ANGLE_BRACKET_RIGHT(">"),
        ANGLE_BRACKET_RIGHT_EQUAL(">="),
        ANGLE_BRACKET_ANGLE_BRACKET_RIGHT(">>"),
        ANGLE_BRACKET_ANGLE_BRACKET_RIGHT_EQUAL(">>="),
        TILDE("~"),
        NUMBER_LITERAL(null),
        DOC_COMMENT(null),
        CONTAINER_DOC_COMMENT(null),
        KEYWORD_ADDRSPACE("addrspace"),
        KEYWORD_ALIGN("align"),
        KEYWORD_ALLOWZERO("allowzero"),
        KEYWORD_AND("and"),
        KEYWORD_ANYFRAME("anyframe"),
        KEYWORD_ANYTYPE("anytype"),
        KEYWORD_ASM("asm"),
        KEYWORD_ASYNC("async"),
        KEYWORD_AWAIT("await"),
        KEYWORD_BREAK("break"),
        KEYWORD_CALLCONV("callconv"),
        KEYWORD_CATCH("catch"),
        KEYWORD_COMPTIME("comptime"),
        KEYWORD_CONST("const"),
        KEYWORD_CONTINUE("continue"),
        KEYWORD_DEFER("defer"),
        KEYWORD_ELSE("else"),
        KEYWORD_ENUM("enum"),
        KEYWORD_ERRDEFER("errdefer"),
        KEYWORD_ERROR("error"),
        KEYWORD_EXPORT("export"),
        KEYWORD_EXTERN("extern"),
        KEYWORD_FN("fn"),
        KEYWORD_FOR("for"),
        KEYWORD_IF("if"),
        KEYWORD_INLINE("inline"),
        KEYWORD_NOALIAS("noalias"),
        KEYWORD_NOINLINE("noinline"),
        KEYWORD_NOSUSPEND("nosuspend"),
        KEYWORD_OPAQUE("opaque"),
        KEYWORD_OR("or"),
        KEYWORD_ORELSE("orelse"),
        KEYWORD_PACKED("packed"),
        KEYWORD_PUB("pub"),
        KEYWORD_RESUME("resume"),
        KEYWORD_RETURN("return"),
        KEYWORD_LINKSECTION("linksection"),
        KEYWORD_STRUCT("struct"),
        KEYWORD_SUSPEND("suspend"),
        KEYWORD_SWITCH("switch"),
        KEYWORD_TEST("test"),
        KEYWORD_THREADLOCAL("threadlocal"),
        KEYWORD_TRY("try"),
        KEYWORD_UNION("union"),
        KEYWORD_UNREACHABLE("unreachable"),
        KEYWORD_USINGNAMESPACE("usingnamespace"),
        KEYWORD_VAR("var"),
        KEYWORD_VOLATILE("volatile"),
        KEYWORD_WHILE("while");
        private static final Tag[] VALUES = values();

        private final String lexeme;

        Tag(String lexeme) {
            this.lexeme = lexeme;
        }

        /** The tag with this ordinal (as stored in the compact token arrays). */
        public static Tag of(int ordinal) {
            return VALUES[ordinal];
        }

        /** The fixed spelling of the token, or null for tokens whose text varies (Zig's {@code lexeme()}). */
        public String lexeme() {
            return lexeme;
        }

        /** How error messages name the token (Zig's {@code symbol()}). */
        public String symbol() {
            if (lexeme != null) {
                return lexeme;
            }
            return switch (this) {
                case INVALID -> "invalid token";
                case IDENTIFIER -> "an identifier";
                case STRING_LITERAL, MULTILINE_STRING_LITERAL_LINE -> "a string literal";
                case CHAR_LITERAL -> "a character literal";
                case EOF -> "EOF";
                case BUILTIN -> "a builtin function";
                case NUMBER_LITERAL -> "a number literal";
                case DOC_COMMENT, CONTAINER_DOC_COMMENT -> "a document comment";
                default -> throw new AssertionError(this);
            };
        }

        /** True for the {@code keyword_*} tags. */
        public boolean isKeyword() {
            return ordinal() >= KEYWORD_ADDRSPACE.ordinal();
        }
    }

    // Keyword lookup without allocation: an open-addressing table keyed by a hash of the bytes.
    private static final int KW_TABLE_SIZE = 256;
    private static final byte[][] KW_BYTES = new byte[KW_TABLE_SIZE][];
    private static final byte[] KW_TAGS = new byte[KW_TABLE_SIZE];

    static {
        for (Tag t : Tag.values()) {
            if (t.isKeyword()) {
                byte[] name = t.lexeme().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                int h = kwHash(name, 0, name.length);
                while (KW_BYTES[h] != null) {
                    h = (h + 1) & (KW_TABLE_SIZE - 1);
                }
                KW_BYTES[h] = name;
                KW_TAGS[h] = (byte) t.ordinal();
            }
        }
    }

    private static int kwHash(byte[] b, int start, int end) {
        int h = end - start;
        for (int i = start; i < end; i++) {
            h = h * 31 + b[i];
        }
        return (h ^ (h >>> 8)) & (KW_TABLE_SIZE - 1);
    }

    /**
     * The keyword tag of {@code b[start..end)}, or -1 when those bytes are not a keyword (Zig's
     * {@code getKeyword}).
     */
    static int keyword(byte[] b, int start, int end) {
        int len = end - start;
        if (len < 2 || len > 14 || b[start] < 'a' || b[start] > 'z') {
            return -1;
        }
        int h = kwHash(b, start, end);
        while (true) {
            byte[] k = KW_BYTES[h];
            if (k == null) {
                return -1;
            }
            if (k.length == len && java.util.Arrays.equals(k, 0, len, b, start, end)) {
                return KW_TAGS[h];
            }
            h = (h + 1) & (KW_TABLE_SIZE - 1);
        }
    }

    /** The keyword tag spelled by {@code s}, or null (Zig's {@code Token.getKeyword}). */
    public static Tag getKeyword(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int k = keyword(b, 0, b.length);
        return k < 0 ? null : Tag.of(k);
    }
}
