package dev.zcu.syntax;

/**
 * Splits Zig source bytes into tokens, Zig's {@code std.zig.Tokenizer}: the first step of {@link Ast#parse}.
 *
 * <p>A byte-level state machine with the same states and the same treatment of bad input as Zig's: an invalid
 * byte (a control character, a NUL before the end, a stray {@code \r}) turns the rest of its line into one
 * {@link Token.Tag#INVALID} token, unterminated string and character literals end at the newline as
 * {@code INVALID}, and an {@link Token.Tag#EOF} token always comes last. Bytes of 0x80 and above are accepted
 * inside literals and comments without UTF-8 validation, as Zig 0.14 does. A UTF-8 byte-order mark at the start
 * is skipped.
 *
 * <p>The tokenizer works on a private copy of the source followed by NUL bytes (Zig's sentinel), so that every
 * look-ahead stays inside the array. It allocates nothing per token: {@link #next()} returns the tag ordinal and
 * leaves the token's bounds in {@link #start()} and {@link #end()}.
 */
public final class Tokenizer {

    private static final int T_INVALID = Token.Tag.INVALID.ordinal();
    private static final int T_EOF = Token.Tag.EOF.ordinal();

    /** The source followed by at least two NUL bytes. */
    private final byte[] buf;
    /** The length of the real source (the index of the sentinel). */
    private final int len;
    private int index;
    private int tokStart;

    /** A tokenizer over {@code source}, starting after a UTF-8 byte-order mark if there is one. */
    public Tokenizer(byte[] source) {
        this(padded(source), source.length, bomLength(source));
    }

    /** A tokenizer over an already padded buffer (at least {@code len + 2} bytes, zero after {@code len}). */
    Tokenizer(byte[] paddedSource, int len, int startIndex) {
        this.buf = paddedSource;
        this.len = len;
        this.index = startIndex;
    }

    static byte[] padded(byte[] source) {
        byte[] b = new byte[source.length + 2];
        System.arraycopy(source, 0, b, 0, source.length);
        return b;
    }

    static int bomLength(byte[] s) {
        return s.length >= 3 && (s[0] & 0xFF) == 0xEF && (s[1] & 0xFF) == 0xBB && (s[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** Start offset of the token last returned by {@link #next()}. */
    public int start() {
        return tokStart;
    }

    /** End offset (exclusive) of the token last returned by {@link #next()}. */
    public int end() {
        return index;
    }

    /** Repositions the tokenizer (used to re-scan one token, as Zig's {@code tokenSlice} does). */
    void reset(int offset) {
        this.index = offset;
    }

    /** Scans the next token and returns its {@link Token.Tag} ordinal. After {@code EOF}, returns {@code EOF} again. */
    public int next() {
        final byte[] b = buf;
        int i = index;
        int start = i;
        int tag;
        for (;;) {
            int c = b[i] & 0xFF;
            switch (c) {
                case 0:
                    if (i >= len) {
                        tokStart = len;
                        index = len;
                        return T_EOF;
                    }
                    return invalid(start, i);
                case ' ': case '\n': case '\t': case '\r':
                    do {
                        i++;
                    } while (WHITESPACE[b[i] & 0xFF]);
                    start = i;
                    continue;
                case '"':
                    return stringLiteral(start, i, Token.Tag.STRING_LITERAL.ordinal());
                case '\'':
                    return charLiteral(start, i);
                case 'a': case 'b': case 'c': case 'd': case 'e': case 'f': case 'g': case 'h': case 'i': case 'j':
                case 'k': case 'l': case 'm': case 'n': case 'o': case 'p': case 'q': case 'r': case 's': case 't':
                case 'u': case 'v': case 'w': case 'x': case 'y': case 'z':
                case 'A': case 'B': case 'C': case 'D': case 'E': case 'F': case 'G': case 'H': case 'I': case 'J':
                case 'K': case 'L': case 'M': case 'N': case 'O': case 'P': case 'Q': case 'R': case 'S': case 'T':
                case 'U': case 'V': case 'W': case 'X': case 'Y': case 'Z': case '_': {
                    i++;
                    while (isIdent(b[i])) {
                        i++;
                    }
                    int kw = Token.keyword(b, start, i);
                    return finish(start, i, kw >= 0 ? kw : Token.Tag.IDENTIFIER.ordinal());
                }
                case '@': {
                    i++;
                    int d = b[i] & 0xFF;
                    if (d == 0 || d == '\n') {
                        return finish(start, i, T_INVALID);
                    }
                    if (d == '"') {
                        return stringLiteral(start, i, Token.Tag.IDENTIFIER.ordinal());
                    }
                    if (isAlpha(d)) {
                        i++;
                        while (isIdent(b[i])) {
                            i++;
                        }
                        return finish(start, i, Token.Tag.BUILTIN.ordinal());
                    }
                    return invalid(start, i);
                }
                case '=': {
                    i++;
                    int d = b[i];
                    if (d == '=') {
                        return finish(start, i + 1, Token.Tag.EQUAL_EQUAL.ordinal());
                    }
                    if (d == '>') {
                        return finish(start, i + 1, Token.Tag.EQUAL_ANGLE_BRACKET_RIGHT.ordinal());
                    }
                    return finish(start, i, Token.Tag.EQUAL.ordinal());
                }
                case '!':
                    i++;
                    if (b[i] == '=') {
                        return finish(start, i + 1, Token.Tag.BANG_EQUAL.ordinal());
                    }
                    return finish(start, i, Token.Tag.BANG.ordinal());
                case '|': {
                    i++;
                    int d = b[i];
                    if (d == '=') {
                        return finish(start, i + 1, Token.Tag.PIPE_EQUAL.ordinal());
                    }
                    if (d == '|') {
                        return finish(start, i + 1, Token.Tag.PIPE_PIPE.ordinal());
                    }
                    return finish(start, i, Token.Tag.PIPE.ordinal());
                }
                case '(':
                    return finish(start, i + 1, Token.Tag.L_PAREN.ordinal());
                case ')':
                    return finish(start, i + 1, Token.Tag.R_PAREN.ordinal());
                case '[':
                    return finish(start, i + 1, Token.Tag.L_BRACKET.ordinal());
                case ']':
                    return finish(start, i + 1, Token.Tag.R_BRACKET.ordinal());
                case ';':
                    return finish(start, i + 1, Token.Tag.SEMICOLON.ordinal());
                case ',':
                    return finish(start, i + 1, Token.Tag.COMMA.ordinal());
                case '?':
                    return finish(start, i + 1, Token.Tag.QUESTION_MARK.ordinal());
                case ':':
                    return finish(start, i + 1, Token.Tag.COLON.ordinal());
                case '{':
                    return finish(start, i + 1, Token.Tag.L_BRACE.ordinal());
                case '}':
                    return finish(start, i + 1, Token.Tag.R_BRACE.ordinal());
                case '~':
                    return finish(start, i + 1, Token.Tag.TILDE.ordinal());
                case '%':
                    i++;
                    if (b[i] == '=') {
                        return finish(start, i + 1, Token.Tag.PERCENT_EQUAL.ordinal());
                    }
                    return finish(start, i, Token.Tag.PERCENT.ordinal());
                case '*': {
                    i++;
                    int d = b[i];
                    if (d == '=') {
                        return finish(start, i + 1, Token.Tag.ASTERISK_EQUAL.ordinal());
                    }
                    if (d == '*') {
                        return finish(start, i + 1, Token.Tag.ASTERISK_ASTERISK.ordinal());
                    }
                    if (d == '%') {
                        i++;
                        if (b[i] == '=') {
                            return finish(start, i + 1, Token.Tag.ASTERISK_PERCENT_EQUAL.ordinal());
                        }
                        return finish(start, i, Token.Tag.ASTERISK_PERCENT.ordinal());
                    }
                    if (d == '|') {
                        i++;
                        if (b[i] == '=') {
                            return finish(start, i + 1, Token.Tag.ASTERISK_PIPE_EQUAL.ordinal());
                        }
                        return finish(start, i, Token.Tag.ASTERISK_PIPE.ordinal());
                    }
                    return finish(start, i, Token.Tag.ASTERISK.ordinal());
                }
                case '+': {
                    i++;
                    int d = b[i];
                    if (d == '=') {
                        return finish(start, i + 1, Token.Tag.PLUS_EQUAL.ordinal());
                    }
                    if (d == '+') {
                        return finish(start, i + 1, Token.Tag.PLUS_PLUS.ordinal());
                    }
                    if (d == '%') {
                        i++;
                        if (b[i] == '=') {
                            return finish(start, i + 1, Token.Tag.PLUS_PERCENT_EQUAL.ordinal());
                        }
                        return finish(start, i, Token.Tag.PLUS_PERCENT.ordinal());
                    }
                    if (d == '|') {
                        i++;
                        if (b[i] == '=') {
                            return finish(start, i + 1, Token.Tag.PLUS_PIPE_EQUAL.ordinal());
                        }
                        return finish(start, i, Token.Tag.PLUS_PIPE.ordinal());
                    }
                    return finish(start, i, Token.Tag.PLUS.ordinal());
                }
                case '<': {
                    i++;
                    int d = b[i];
                    if (d == '<') {
                        i++;
                        int e = b[i];
                        if (e == '=') {
                            return finish(start, i + 1, Token.Tag.ANGLE_BRACKET_ANGLE_BRACKET_LEFT_EQUAL.ordinal());
                        }
                        if (e == '|') {
                            i++;
                            if (b[i] == '=') {
                                return finish(start, i + 1,
                                        Token.Tag.ANGLE_BRACKET_ANGLE_BRACKET_LEFT_PIPE_EQUAL.ordinal());
                            }
                            return finish(start, i, Token.Tag.ANGLE_BRACKET_ANGLE_BRACKET_LEFT_PIPE.ordinal());
                        }
                        return finish(start, i, Token.Tag.ANGLE_BRACKET_ANGLE_BRACKET_LEFT.ordinal());
                    }
                    if (d == '=') {
                        return finish(start, i + 1, Token.Tag.ANGLE_BRACKET_LEFT_EQUAL.ordinal());
                    }
                    return finish(start, i, Token.Tag.ANGLE_BRACKET_LEFT.ordinal());
                }
                case '>': {
                    i++;
                    int d = b[i];
                    if (d == '>') {
                        i++;
                        if (b[i] == '=') {
                            return finish(start, i + 1, Token.Tag.ANGLE_BRACKET_ANGLE_BRACKET_RIGHT_EQUAL.ordinal());
                        }
                        return finish(start, i, Token.Tag.ANGLE_BRACKET_ANGLE_BRACKET_RIGHT.ordinal());
                    }
                    if (d == '=') {
                        return finish(start, i + 1, Token.Tag.ANGLE_BRACKET_RIGHT_EQUAL.ordinal());
                    }
                    return finish(start, i, Token.Tag.ANGLE_BRACKET_RIGHT.ordinal());
                }
                case '^':
                    i++;
                    if (b[i] == '=') {
                        return finish(start, i + 1, Token.Tag.CARET_EQUAL.ordinal());
                    }
                    return finish(start, i, Token.Tag.CARET.ordinal());
                case '\\': {
                    i++;
                    int d = b[i] & 0xFF;
                    if (d == 0 || d == '\n') {
                        return finish(start, i, T_INVALID);
                    }
                    if (d == '\\') {
                        return multilineStringLine(start, i);
                    }
                    return invalid(start, i);
                }
                case '.': {
                    i++;
                    int d = b[i];
                    if (d == '.') {
                        i++;
                        if (b[i] == '.') {
                            return finish(start, i + 1, Token.Tag.ELLIPSIS3.ordinal());
                        }
                        return finish(start, i, Token.Tag.ELLIPSIS2.ordinal());
                    }
                    if (d == '*') {
                        i++;
                        if (b[i] == '*') {
                            // Zig ends the token before the second '*'.
                            return finish(start, i, Token.Tag.INVALID_PERIODASTERISKS.ordinal());
                        }
                        return finish(start, i, Token.Tag.PERIOD_ASTERISK.ordinal());
                    }
                    return finish(start, i, Token.Tag.PERIOD.ordinal());
                }
                case '-': {
                    i++;
                    int d = b[i];
                    if (d == '>') {
                        return finish(start, i + 1, Token.Tag.ARROW.ordinal());
                    }
                    if (d == '=') {
                        return finish(start, i + 1, Token.Tag.MINUS_EQUAL.ordinal());
                    }
                    if (d == '%') {
                        i++;
                        if (b[i] == '=') {
                            return finish(start, i + 1, Token.Tag.MINUS_PERCENT_EQUAL.ordinal());
                        }
                        return finish(start, i, Token.Tag.MINUS_PERCENT.ordinal());
                    }
                    if (d == '|') {
                        i++;
                        if (b[i] == '=') {
                            return finish(start, i + 1, Token.Tag.MINUS_PIPE_EQUAL.ordinal());
                        }
                        return finish(start, i, Token.Tag.MINUS_PIPE.ordinal());
                    }
                    return finish(start, i, Token.Tag.MINUS.ordinal());
                }
                case '/': {
                    i++;
                    int d = b[i];
                    if (d == '/') {
                        // line_comment_start
                        i++;
                        int e = b[i] & 0xFF;
                        if (e == 0) {
                            if (i != len) {
                                return invalid(start, i);
                            }
                            tokStart = i;
                            index = i;
                            return T_EOF;
                        }
                        if (e == '!') {
                            return docComment(start, i, Token.Tag.CONTAINER_DOC_COMMENT.ordinal());
                        }
                        if (e == '\n') {
                            i++;
                            start = i;
                            continue;
                        }
                        if (e == '/') {
                            // doc_comment_start
                            i++;
                            int f = b[i] & 0xFF;
                            if (f == 0 || f == '\n') {
                                return finish(start, i, Token.Tag.DOC_COMMENT.ordinal());
                            }
                            if (f == '\r') {
                                if (b[i + 1] == '\n') {
                                    return finish(start, i, Token.Tag.DOC_COMMENT.ordinal());
                                }
                                return invalid(start, i);
                            }
                            if (f == '/') {
                                // four slashes: a plain line comment
                                i = lineComment(i);
                                if (scan != SCAN_NEWLINE) {
                                    return endOfComment(start, i);
                                }
                                start = i;
                                continue;
                            }
                            if (isControlInComment(f)) {
                                return invalid(start, i);
                            }
                            return docComment(start, i, Token.Tag.DOC_COMMENT.ordinal());
                        }
                        if (e == '\r') {
                            i = expectNewline(i);
                        } else if (isControlInComment(e)) {
                            return invalid(start, i);
                        } else {
                            i = lineComment(i);
                        }
                        if (scan != SCAN_NEWLINE) {
                            return endOfComment(start, i);
                        }
                        start = i;
                        continue;
                    }
                    if (d == '=') {
                        return finish(start, i + 1, Token.Tag.SLASH_EQUAL.ordinal());
                    }
                    return finish(start, i, Token.Tag.SLASH.ordinal());
                }
                case '&':
                    i++;
                    if (b[i] == '=') {
                        return finish(start, i + 1, Token.Tag.AMPERSAND_EQUAL.ordinal());
                    }
                    return finish(start, i, Token.Tag.AMPERSAND.ordinal());
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                    return number(start, i + 1);
                default:
                    return invalid(start, i);
            }
        }
    }

    /** How the last {@link #lineComment}/{@link #expectNewline} scan ended. */
    private int scan;
    private static final int SCAN_NEWLINE = 0;
    private static final int SCAN_EOF = 1;
    private static final int SCAN_INVALID_END = 2;
    private static final int SCAN_INVALID_STATE = 3;

    /** Finishes a comment scan that did not end at a newline. */
    private int endOfComment(int start, int i) {
        switch (scan) {
            case SCAN_EOF:
                tokStart = i;
                index = i;
                return T_EOF;
            case SCAN_INVALID_END:
                return finish(start, i, T_INVALID);
            default:
                return invalid(start, i);
        }
    }

    /**
     * The {@code line_comment} state entered at {@code i} (the byte at {@code i} is consumed first). Returns the
     * offset after the newline ({@link #SCAN_NEWLINE}), the end of input ({@link #SCAN_EOF}), the offset where the
     * invalid state starts ({@link #SCAN_INVALID_STATE}) or the end of an invalid token
     * ({@link #SCAN_INVALID_END}), as told by {@link #scan}.
     */
    private int lineComment(int i) {
        final byte[] b = buf;
        for (;;) {
            i++;
            int c = b[i] & 0xFF;
            if (c == '\n') {
                scan = SCAN_NEWLINE;
                return i + 1;
            }
            if (c == 0) {
                scan = i != len ? SCAN_INVALID_STATE : SCAN_EOF;
                return i;
            }
            if (c == '\r') {
                return expectNewline(i);
            }
            if (isControlInComment(c)) {
                scan = SCAN_INVALID_STATE;
                return i;
            }
        }
    }

    /** The {@code expect_newline} state: the byte at {@code i} is a {@code \r}. Same results as above. */
    private int expectNewline(int i) {
        i++;
        int c = buf[i] & 0xFF;
        if (c == '\n') {
            scan = SCAN_NEWLINE;
            return i + 1;
        }
        if (c == 0 && i == len) {
            scan = SCAN_INVALID_END;
            return i;
        }
        scan = SCAN_INVALID_STATE;
        return i;
    }

    /** {@code doc_comment}: entered on the byte after the comment's slashes/bang (which is consumed first). */
    private int docComment(int start, int i, int tag) {
        final byte[] b = buf;
        for (;;) {
            i++;
            int c = b[i] & 0xFF;
            if (c == 0 || c == '\n') {
                return finish(start, i, tag);
            }
            if (c == '\r') {
                if (b[i + 1] != '\n') {
                    return invalid(start, i);
                }
                return finish(start, i, tag);
            }
            if (isControlInComment(c)) {
                return invalid(start, i);
            }
        }
    }

    /** {@code multiline_string_literal_line}: {@code i} is at the second backslash. */
    private int multilineStringLine(int start, int i) {
        final byte[] b = buf;
        for (;;) {
            i++;
            int c = b[i] & 0xFF;
            if (c == 0) {
                if (i != len) {
                    return invalid(start, i);
                }
                return finish(start, i, Token.Tag.MULTILINE_STRING_LITERAL_LINE.ordinal());
            }
            if (c == '\n') {
                return finish(start, i, Token.Tag.MULTILINE_STRING_LITERAL_LINE.ordinal());
            }
            if (c == '\r') {
                if (b[i + 1] != '\n') {
                    return invalid(start, i);
                }
                return finish(start, i, Token.Tag.MULTILINE_STRING_LITERAL_LINE.ordinal());
            }
            if (isControlInComment(c)) {
                return invalid(start, i);
            }
        }
    }

    /** {@code string_literal}: {@code i} is at the opening quote. */
    private int stringLiteral(int start, int i, int tag) {
        final byte[] b = buf;
        for (;;) {
            i++;
            int c = b[i] & 0xFF;
            switch (c) {
                case 0:
                    if (i != len) {
                        return invalid(start, i);
                    }
                    return finish(start, i, T_INVALID);
                case '\n':
                    return finish(start, i, T_INVALID);
                case '\\': {
                    i++;
                    int d = b[i] & 0xFF;
                    if (d == 0 || d == '\n') {
                        return finish(start, i, T_INVALID);
                    }
                    // the escaped byte is consumed by the next round
                    continue;
                }
                case '"':
                    return finish(start, i + 1, tag);
                default:
                    if (isControlInString(c)) {
                        return invalid(start, i);
                    }
            }
        }
    }

    /** {@code char_literal}: {@code i} is at the opening quote. */
    private int charLiteral(int start, int i) {
        final byte[] b = buf;
        for (;;) {
            i++;
            int c = b[i] & 0xFF;
            switch (c) {
                case 0:
                    if (i != len) {
                        return invalid(start, i);
                    }
                    return finish(start, i, T_INVALID);
                case '\n':
                    return finish(start, i, T_INVALID);
                case '\\': {
                    i++;
                    int d = b[i] & 0xFF;
                    if (d == 0) {
                        if (i != len) {
                            return invalid(start, i);
                        }
                        return finish(start, i, T_INVALID);
                    }
                    if (d == '\n') {
                        return finish(start, i, T_INVALID);
                    }
                    if (isControlInString(d)) {
                        return invalid(start, i);
                    }
                    continue;
                }
                case '\'':
                    return finish(start, i + 1, Token.Tag.CHAR_LITERAL.ordinal());
                default:
                    if (isControlInString(c)) {
                        return invalid(start, i);
                    }
            }
        }
    }

    /** The {@code int} state and its successors; {@code i} is after the first digit. */
    private int number(int start, int i) {
        final byte[] b = buf;
        // int
        for (;;) {
            int c = b[i] & 0xFF;
            if (c == '.') {
                // int_period
                i++;
                int d = b[i] & 0xFF;
                if (isDigitLike(d)) {
                    i++;
                    break; // to float
                }
                if (isExp(d)) {
                    i = floatExponent(i);
                    break;
                }
                return finish(start, i - 1, Token.Tag.NUMBER_LITERAL.ordinal());
            }
            if (isDigitLike(c)) {
                i++;
                continue;
            }
            if (isExp(c)) {
                // int_exponent
                i++;
                int d = b[i];
                if (d == '-' || d == '+') {
                    i++;
                    break; // to float
                }
                continue; // back to int
            }
            return finish(start, i, Token.Tag.NUMBER_LITERAL.ordinal());
        }
        // float
        for (;;) {
            int c = b[i] & 0xFF;
            if (isDigitLike(c)) {
                i++;
                continue;
            }
            if (isExp(c)) {
                i = floatExponent(i);
                continue;
            }
            return finish(start, i, Token.Tag.NUMBER_LITERAL.ordinal());
        }
    }

    /** {@code float_exponent}: {@code i} is at the exponent letter; returns where the float state resumes. */
    private int floatExponent(int i) {
        i++;
        int d = buf[i];
        if (d == '-' || d == '+') {
            i++;
        }
        return i;
    }

    /** The {@code invalid} state entered at {@code i}: consumes that byte and the rest of the line. */
    private int invalid(int start, int i) {
        final byte[] b = buf;
        if (i < len) {
            i++;
        }
        for (;;) {
            int c = b[i];
            if (c == '\n' || (c == 0 && i >= len)) {
                return finish(start, i, T_INVALID);
            }
            i++;
        }
    }

    private int finish(int start, int end, int tag) {
        tokStart = start;
        index = end;
        return tag;
    }

    /** Bytes that continue an identifier: {@code [a-zA-Z0-9_]}. */
    private static final boolean[] IDENT = new boolean[256];
    /** Bytes skipped between tokens: space, newline, tab, carriage return. */
    private static final boolean[] WHITESPACE = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            IDENT[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
            WHITESPACE[c] = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        }
    }

    private static boolean isIdent(byte c) {
        return IDENT[c & 0xFF];
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** {@code '_', 'a'...'d', 'f'...'o', 'q'...'z'} and upper case, and digits: number bytes other than exponents. */
    private static boolean isDigitLike(int c) {
        return (c >= '0' && c <= '9') || c == '_'
                || (c >= 'a' && c <= 'z' && c != 'e' && c != 'p')
                || (c >= 'A' && c <= 'Z' && c != 'E' && c != 'P');
    }

    private static boolean isExp(int c) {
        return c == 'e' || c == 'E' || c == 'p' || c == 'P';
    }

    /** {@code 0x01...0x09, 0x0b...0x1f, 0x7f}: bytes not allowed in string and character literals. */
    private static boolean isControlInString(int c) {
        return (c >= 0x01 && c <= 0x09) || (c >= 0x0b && c <= 0x1f) || c == 0x7f;
    }

    /** {@code 0x01...0x09, 0x0b...0x0c, 0x0e...0x1f, 0x7f}: bytes not allowed in comments and multiline strings. */
    private static boolean isControlInComment(int c) {
        return (c >= 0x01 && c <= 0x09) || c == 0x0b || c == 0x0c || (c >= 0x0e && c <= 0x1f) || c == 0x7f;
    }
}
