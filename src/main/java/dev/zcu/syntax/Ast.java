package dev.zcu.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The syntax tree of one Zig file, Zig's {@code std.zig.Ast}: the output of the {@code syntax} stage and the input
 * of AstGen ({@code dev.zcu.zir}). Immutable once built.
 *
 * <h2>Map</h2>
 * <ul>
 *   <li>{@link #parse(byte[])}: {@link Tokenizer} (bytes to token arrays), then {@code Parse} (tokens to node
 *       arrays and {@link Error}s). Never throws on bad input: the result always has a root node, and
 *       {@link #errors()} says what is wrong, with Zig's error tags and positions.</li>
 *   <li>Tokens: {@link #tokenTag}, {@link #tokenStart}, {@link #tokenSlice}; one byte and one int per token.</li>
 *   <li>Nodes: {@link #nodeTag}, {@link #mainToken}, {@link #lhs}, {@link #rhs}, {@link #extraData}; the encoding of
 *       each tag is documented on {@link Node.Tag}. Node 0 is the root and means "none" where a child is
 *       optional, exactly as in Zig.</li>
 *   <li>Views: {@link #firstToken}, {@link #lastToken}, and the {@code full*} methods returning the records of
 *       {@link Full} (Zig's {@code Ast.full}); token fields of those records use -1 for Zig's {@code null}.</li>
 *   <li>Errors: {@link #renderError} (Zig's exact message text), {@link #errorOffset}, {@link #tokenLocation}.</li>
 * </ul>
 */
public final class Ast {

    /** Extra EOF entries after the real tokens, so that parser look-ahead never leaves the arrays. */
    private static final int TOKEN_PADDING = 8;

    private final byte[] source; // padded with NULs after sourceLen
    private final int sourceLen;
    private final byte[] tokenTags;
    private final int[] tokenStarts;
    private final int tokenCount;
    private final byte[] nodeTags;
    private final int[] mainTokens;
    private final int[] lhs;
    private final int[] rhs;
    private final int nodeCount;
    private final int[] extra;
    private final List<Error> errors;

    private Ast(byte[] source, int sourceLen, byte[] tokenTags, int[] tokenStarts, int tokenCount, byte[] nodeTags,
                int[] mainTokens, int[] lhs, int[] rhs, int nodeCount, int[] extra, List<Error> errors) {
        this.source = source;
        this.sourceLen = sourceLen;
        this.tokenTags = tokenTags;
        this.tokenStarts = tokenStarts;
        this.tokenCount = tokenCount;
        this.nodeTags = nodeTags;
        this.mainTokens = mainTokens;
        this.lhs = lhs;
        this.rhs = rhs;
        this.nodeCount = nodeCount;
        this.extra = extra;
        this.errors = errors;
    }

    /** Parses UTF-8 text. */
    public static Ast parse(String source) {
        return parse(source.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Tokenizes and parses one file's bytes (Zig's {@code Ast.parse(gpa, source, .zig)}). Any bytes are accepted;
     * the result is a tree plus a possibly empty list of errors, never an exception.
     */
    public static Ast parse(byte[] source) {
        int len = source.length;
        byte[] buf = Tokenizer.padded(source);

        // Tokenize: Zig's std lib has about 8 source bytes per token.
        int cap = Math.max(64, len / 7 + 16);
        byte[] tags = new byte[cap];
        int[] starts = new int[cap];
        int n = 0;
        Tokenizer tokenizer = new Tokenizer(buf, len, Tokenizer.bomLength(source));
        final int eof = Token.Tag.EOF.ordinal();
        while (true) {
            int tag = tokenizer.next();
            if (n + TOKEN_PADDING >= tags.length) {
                int newCap = tags.length + (tags.length >> 1) + TOKEN_PADDING;
                tags = Arrays.copyOf(tags, newCap);
                starts = Arrays.copyOf(starts, newCap);
            }
            tags[n] = (byte) tag;
            starts[n] = tokenizer.start();
            n++;
            if (tag == eof) {
                break;
            }
        }
        for (int i = n; i < n + TOKEN_PADDING; i++) {
            tags[i] = (byte) eof;
            starts[i] = len;
        }

        Parse p = new Parse(buf, len, tags, starts, n);
        try {
            p.parseRoot();
        } catch (Parse.Abort a) {
            p.errors.add(new Error(a.tag, false, false, Math.min(p.tokI, n - 1), null));
            p.lhs[0] = 0;
            p.rhs[0] = 0;
        } catch (Parse.Fail f) {
            // parseRoot recovers from every failure; kept for robustness only.
            p.errors.add(new Error(Error.Tag.INTERNAL_PARSER_ERROR, false, false, Math.min(p.tokI, n - 1), null));
            p.lhs[0] = 0;
            p.rhs[0] = 0;
        } catch (StackOverflowError | RuntimeException e) {
            p.errors.add(new Error(e instanceof StackOverflowError ? Error.Tag.NESTING_TOO_DEEP
                    : Error.Tag.INTERNAL_PARSER_ERROR, false, false, Math.min(Math.max(p.tokI, 0), n - 1), null));
            p.nodeLen = Math.max(p.nodeLen, 1);
            p.lhs[0] = 0;
            p.rhs[0] = 0;
        }
        return new Ast(buf, len, tags, starts, n, p.nodeTags, p.mainTokens, p.lhs, p.rhs, p.nodeLen,
                Arrays.copyOf(p.extra, p.extraLen), List.copyOf(p.errors));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Source

    /** A fresh copy of the source bytes (for hot paths use {@link #sourceByte} and {@link #sourceLength}). */
    public byte[] source() {
        return Arrays.copyOf(source, sourceLen);
    }

    public int sourceLength() {
        return sourceLen;
    }

    /** The source byte at {@code i}, or 0 at and beyond the end (Zig's sentinel). */
    public int sourceByte(int i) {
        return i >= 0 && i < sourceLen ? source[i] & 0xFF : 0;
    }

    /** The source bytes {@code [start, end)} decoded as UTF-8. */
    public String sourceString(int start, int end) {
        return new String(source, start, end - start, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tokens

    /** The number of tokens, the final EOF included. */
    public int tokenCount() {
        return tokenCount;
    }

    public Token.Tag tokenTag(int token) {
        return Token.Tag.of(tokenTags[token]);
    }

    /** The byte offset where the token starts. */
    public int tokenStart(int token) {
        return tokenStarts[token];
    }

    /** The byte length of the token (fixed for tokens with a lexeme, else found by re-scanning, as Zig does). */
    public int tokenLength(int token) {
        Token.Tag t = tokenTag(token);
        String lexeme = t.lexeme();
        if (lexeme != null) {
            return lexeme.length();
        }
        Tokenizer tokenizer = new Tokenizer(source, sourceLen, tokenStarts[token]);
        tokenizer.next();
        return tokenizer.end() - tokenizer.start();
    }

    /** The token's text (Zig's {@code tokenSlice}), decoded as UTF-8. */
    public String tokenSlice(int token) {
        Token.Tag t = tokenTag(token);
        String lexeme = t.lexeme();
        if (lexeme != null) {
            return lexeme;
        }
        int start = tokenStarts[token];
        return new String(source, start, tokenLength(token), StandardCharsets.UTF_8);
    }

    /** Zig's {@code tokensOnSameLine}: no newline between the starts of the two tokens. */
    public boolean tokensOnSameLine(int token1, int token2) {
        for (int i = tokenStarts[token1]; i < tokenStarts[token2]; i++) {
            if (source[i] == '\n') {
                return false;
            }
        }
        return true;
    }

    /** A position in the source, Zig's {@code Ast.Location}: 0-based line and column (in bytes). */
    public record Location(int line, int column, int lineStart, int lineEnd) {
    }

    /** Zig's {@code tokenLocation}: the line and column of {@code token}, scanning from {@code startOffset}. */
    public Location tokenLocation(int startOffset, int token) {
        int line = 0;
        int column = 0;
        int lineStart = startOffset;
        int lineEnd = sourceLen;
        int tokenStart = tokenStarts[token];

        // Scan by line until we go past the token start.
        while (true) {
            int i = indexOfNewline(lineStart);
            if (i < 0 || i >= tokenStart) {
                break;
            }
            line++;
            lineStart = i + 1;
        }

        int offset = lineStart;
        for (int i = offset; i < sourceLen; i++) {
            if (i == tokenStart) {
                lineEnd = i;
                while (lineEnd < sourceLen && source[lineEnd] != '\n') {
                    lineEnd++;
                }
                return new Location(line, column, lineStart, lineEnd);
            }
            if (source[i] == '\n') {
                line++;
                column = 0;
                lineStart = i + 1;
            } else {
                column++;
            }
        }
        return new Location(line, column, lineStart, lineEnd);
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < sourceLen; i++) {
            if (source[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Zig's {@code std.zig.findLineColumn}: the 0-based line and byte column of {@code byteOffset}, as the
     * compiler's error messages report them.
     */
    public Location lineColumn(int byteOffset) {
        int line = 0;
        int column = 0;
        int lineStart = 0;
        int end = Math.min(byteOffset, sourceLen);
        for (int i = 0; i < end; i++) {
            if (source[i] == '\n') {
                line++;
                column = 0;
                lineStart = i + 1;
            } else {
                column++;
            }
        }
        int i = end;
        while (i < sourceLen && source[i] != '\n') {
            i++;
        }
        return new Location(line, column, lineStart, i);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Nodes

    public int nodeCount() {
        return nodeCount;
    }

    public Node.Tag nodeTag(int node) {
        return Node.Tag.of(nodeTags[node] & 0xFF);
    }

    public int mainToken(int node) {
        return mainTokens[node];
    }

    public int lhs(int node) {
        return lhs[node];
    }

    public int rhs(int node) {
        return rhs[node];
    }

    public int extraData(int index) {
        return extra[index];
    }

    /** The length of {@code extra_data}. */
    public int extraDataLength() {
        return extra.length;
    }

    /** {@code extra_data[start..end)} as a fresh array. */
    public int[] extraSlice(int start, int end) {
        return Arrays.copyOfRange(extra, start, end);
    }

    /** The top-level declarations and fields of the file (Zig's {@code rootDecls}). */
    public int[] rootDecls() {
        return extraSlice(lhs[0], rhs[0]);
    }

    /** The parse errors and notes, in the order Zig reports them. */
    public List<Error> errors() {
        return errors;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Errors

    /**
     * A parse error or note, Zig's {@code Ast.Error}.
     *
     * @param tag         what went wrong
     * @param isNote      a note attached to the preceding error
     * @param tokenIsPrev {@code token} is the token before the offending one; the error points at its end
     * @param token       the token the error is reported at
     * @param expectedTag for {@link Tag#EXPECTED_TOKEN} (and the container keyword of the C-style container
     *                    errors), else null
     */
    public record Error(Tag tag, boolean isNote, boolean tokenIsPrev, int token, Token.Tag expectedTag) {

        /** Zig's {@code Ast.Error.Tag}, plus three tags of zcu's own guards (last). */
        public enum Tag {
            ASTERISK_AFTER_PTR_DEREF,
            CHAINED_COMPARISON_OPERATORS,
            DECL_BETWEEN_FIELDS,
            EXPECTED_BLOCK,
            EXPECTED_BLOCK_OR_ASSIGNMENT,
            EXPECTED_BLOCK_OR_EXPR,
            EXPECTED_BLOCK_OR_FIELD,
            EXPECTED_CONTAINER_MEMBERS,
            EXPECTED_EXPR,
            EXPECTED_EXPR_OR_ASSIGNMENT,
            EXPECTED_EXPR_OR_VAR_DECL,
            EXPECTED_FN,
            EXPECTED_INLINABLE,
            EXPECTED_LABELABLE,
            EXPECTED_PARAM_LIST,
            EXPECTED_PREFIX_EXPR,
            EXPECTED_PRIMARY_TYPE_EXPR,
            EXPECTED_PUB_ITEM,
            EXPECTED_RETURN_TYPE,
            EXPECTED_SEMI_OR_ELSE,
            EXPECTED_SEMI_OR_LBRACE,
            EXPECTED_STATEMENT,
            EXPECTED_SUFFIX_OP,
            EXPECTED_TYPE_EXPR,
            EXPECTED_VAR_DECL,
            EXPECTED_VAR_DECL_OR_FN,
            EXPECTED_LOOP_PAYLOAD,
            EXPECTED_CONTAINER,
            EXTERN_FN_BODY,
            EXTRA_ADDRSPACE_QUALIFIER,
            EXTRA_ALIGN_QUALIFIER,
            EXTRA_ALLOWZERO_QUALIFIER,
            EXTRA_CONST_QUALIFIER,
            EXTRA_VOLATILE_QUALIFIER,
            PTR_MOD_ON_ARRAY_CHILD_TYPE,
            INVALID_BIT_RANGE,
            SAME_LINE_DOC_COMMENT,
            UNATTACHED_DOC_COMMENT,
            TEST_DOC_COMMENT,
            COMPTIME_DOC_COMMENT,
            VARARGS_NONFINAL,
            EXPECTED_CONTINUE_EXPR,
            EXPECTED_SEMI_AFTER_DECL,
            EXPECTED_SEMI_AFTER_STMT,
            EXPECTED_COMMA_AFTER_FIELD,
            EXPECTED_COMMA_AFTER_ARG,
            EXPECTED_COMMA_AFTER_PARAM,
            EXPECTED_COMMA_AFTER_INITIALIZER,
            EXPECTED_COMMA_AFTER_SWITCH_PRONG,
            EXPECTED_COMMA_AFTER_FOR_OPERAND,
            EXPECTED_COMMA_AFTER_CAPTURE,
            EXPECTED_INITIALIZER,
            MISMATCHED_BINARY_OP_WHITESPACE,
            INVALID_AMPERSAND_AMPERSAND,
            C_STYLE_CONTAINER,
            EXPECTED_VAR_CONST,
            WRONG_EQUAL_VAR_DECL,
            VAR_CONST_DECL,
            EXTRA_FOR_CAPTURE,
            FOR_INPUT_NOT_CAPTURED,
            ZIG_STYLE_CONTAINER,
            PREVIOUS_FIELD,
            NEXT_FIELD,
            /** {@code expectedTag} is populated. */
            EXPECTED_TOKEN,
            /** zcu only: the input nests deeper than the parser's limit. */
            NESTING_TOO_DEEP,
            /** zcu only: the parser's step budget ran out (a parser bug; never expected). */
            PARSER_STEP_LIMIT,
            /** zcu only: an internal parser failure (a parser bug; never expected). */
            INTERNAL_PARSER_ERROR
        }
    }

    /**
     * Zig's {@code errorOffset}: the extra byte offset of an error's position from the start of its token (the
     * token's length when {@link Error#tokenIsPrev()}, so that the error points after the previous token).
     */
    public int errorOffset(Error e) {
        return e.tokenIsPrev() ? tokenLength(e.token()) : 0;
    }

    /** The byte offset an error is reported at: its token's start plus {@link #errorOffset}. */
    public int errorByteOffset(Error e) {
        return tokenStarts[e.token()] + errorOffset(e);
    }

    /** Zig's {@code renderError}: the message text of an error or note, exactly as Zig words it. */
    public String renderError(Error e) {
        Token.Tag found = tokenTag(e.token() + (e.tokenIsPrev() ? 1 : 0));
        String foundSym = found.symbol();
        return switch (e.tag()) {
            case ASTERISK_AFTER_PTR_DEREF -> "'.*' cannot be followed by '*'. Are you missing a space?";
            case CHAINED_COMPARISON_OPERATORS -> "comparison operators cannot be chained";
            case DECL_BETWEEN_FIELDS -> "declarations are not allowed between container fields";
            case EXPECTED_BLOCK -> "expected block, found '" + foundSym + "'";
            case EXPECTED_BLOCK_OR_ASSIGNMENT -> "expected block or assignment, found '" + foundSym + "'";
            case EXPECTED_BLOCK_OR_EXPR -> "expected block or expression, found '" + foundSym + "'";
            case EXPECTED_BLOCK_OR_FIELD -> "expected block or field, found '" + foundSym + "'";
            case EXPECTED_CONTAINER_MEMBERS -> "expected test, comptime, var decl, or container field, found '"
                    + tokenTag(e.token()).symbol() + "'";
            case EXPECTED_EXPR -> "expected expression, found '" + foundSym + "'";
            case EXPECTED_EXPR_OR_ASSIGNMENT -> "expected expression or assignment, found '" + foundSym + "'";
            case EXPECTED_EXPR_OR_VAR_DECL -> "expected expression or var decl, found '" + foundSym + "'";
            case EXPECTED_FN -> "expected function, found '" + foundSym + "'";
            case EXPECTED_INLINABLE -> "expected 'while' or 'for', found '" + foundSym + "'";
            case EXPECTED_LABELABLE -> "expected 'while', 'for', 'inline', or '{', found '" + foundSym + "'";
            case EXPECTED_PARAM_LIST -> "expected parameter list, found '" + foundSym + "'";
            case EXPECTED_PREFIX_EXPR -> "expected prefix expression, found '" + foundSym + "'";
            case EXPECTED_PRIMARY_TYPE_EXPR -> "expected primary type expression, found '" + foundSym + "'";
            case EXPECTED_PUB_ITEM -> "expected function or variable declaration after pub";
            case EXPECTED_RETURN_TYPE -> "expected return type expression, found '" + foundSym + "'";
            case EXPECTED_SEMI_OR_ELSE -> "expected ';' or 'else' after statement";
            case EXPECTED_SEMI_OR_LBRACE -> "expected ';' or block after function prototype";
            case EXPECTED_STATEMENT -> "expected statement, found '" + tokenTag(e.token()).symbol() + "'";
            case EXPECTED_SUFFIX_OP -> "expected pointer dereference, optional unwrap, or field access, found '"
                    + foundSym + "'";
            case EXPECTED_TYPE_EXPR -> "expected type expression, found '" + foundSym + "'";
            case EXPECTED_VAR_DECL -> "expected variable declaration, found '" + foundSym + "'";
            case EXPECTED_VAR_DECL_OR_FN -> "expected variable declaration or function, found '" + foundSym + "'";
            case EXPECTED_LOOP_PAYLOAD -> "expected loop payload, found '" + foundSym + "'";
            case EXPECTED_CONTAINER -> "expected a struct, enum or union, found '" + foundSym + "'";
            case EXTERN_FN_BODY -> "extern functions have no body";
            case EXTRA_ADDRSPACE_QUALIFIER -> "extra addrspace qualifier";
            case EXTRA_ALIGN_QUALIFIER -> "extra align qualifier";
            case EXTRA_ALLOWZERO_QUALIFIER -> "extra allowzero qualifier";
            case EXTRA_CONST_QUALIFIER -> "extra const qualifier";
            case EXTRA_VOLATILE_QUALIFIER -> "extra volatile qualifier";
            case PTR_MOD_ON_ARRAY_CHILD_TYPE -> "pointer modifier '" + tokenTag(e.token()).symbol()
                    + "' not allowed on array child type";
            case INVALID_BIT_RANGE -> "bit range not allowed on slices and arrays";
            case SAME_LINE_DOC_COMMENT -> "same line documentation comment";
            case UNATTACHED_DOC_COMMENT -> "unattached documentation comment";
            case TEST_DOC_COMMENT -> "documentation comments cannot be attached to tests";
            case COMPTIME_DOC_COMMENT -> "documentation comments cannot be attached to comptime blocks";
            case VARARGS_NONFINAL -> "function prototype has parameter after varargs";
            case EXPECTED_CONTINUE_EXPR -> "expected ':' before while continue expression";
            case EXPECTED_SEMI_AFTER_DECL -> "expected ';' after declaration";
            case EXPECTED_SEMI_AFTER_STMT -> "expected ';' after statement";
            case EXPECTED_COMMA_AFTER_FIELD -> "expected ',' after field";
            case EXPECTED_COMMA_AFTER_ARG -> "expected ',' after argument";
            case EXPECTED_COMMA_AFTER_PARAM -> "expected ',' after parameter";
            case EXPECTED_COMMA_AFTER_INITIALIZER -> "expected ',' after initializer";
            case EXPECTED_COMMA_AFTER_SWITCH_PRONG -> "expected ',' after switch prong";
            case EXPECTED_COMMA_AFTER_FOR_OPERAND -> "expected ',' after for operand";
            case EXPECTED_COMMA_AFTER_CAPTURE -> "expected ',' after for capture";
            case EXPECTED_INITIALIZER -> "expected field initializer";
            case MISMATCHED_BINARY_OP_WHITESPACE -> "binary operator `" + tokenTag(e.token()).lexeme()
                    + "` has whitespace on one side, but not the other.";
            case INVALID_AMPERSAND_AMPERSAND -> "ambiguous use of '&&'; use 'and' for logical AND, or change "
                    + "whitespace to ' & &' for bitwise AND";
            case C_STYLE_CONTAINER -> "'" + e.expectedTag().symbol() + " " + tokenSlice(e.token()) + "' is invalid";
            case ZIG_STYLE_CONTAINER -> "to declare a container do 'const " + tokenSlice(e.token()) + " = "
                    + e.expectedTag().symbol() + "'";
            case PREVIOUS_FIELD -> "field before declarations here";
            case NEXT_FIELD -> "field after declarations here";
            case EXPECTED_VAR_CONST -> "expected 'var' or 'const' before variable declaration";
            case WRONG_EQUAL_VAR_DECL -> "variable initialized with '==' instead of '='";
            case VAR_CONST_DECL -> "use 'var' or 'const' to declare variable";
            case EXTRA_FOR_CAPTURE -> "extra capture in for loop";
            case FOR_INPUT_NOT_CAPTURED -> "for input is not captured";
            case EXPECTED_TOKEN -> found == Token.Tag.INVALID
                    ? "expected '" + e.expectedTag().symbol() + "', found invalid bytes"
                    : "expected '" + e.expectedTag().symbol() + "', found '" + foundSym + "'";
            case NESTING_TOO_DEEP -> "nesting too deep for the parser (more than " + Parse.MAX_DEPTH + " levels)";
            case PARSER_STEP_LIMIT -> "internal parser error: step limit exceeded";
            case INTERNAL_PARSER_ERROR -> "internal parser error";
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // First and last tokens

    /** Zig's {@code firstToken}: the first token of a node's source. */
    public int firstToken(int node) {
        int endOffset = 0;
        int n = node;
        while (true) {
            switch (nodeTag(n)) {
                case ROOT:
                    return 0;

                case TEST_DECL: case ERRDEFER: case DEFER: case BOOL_NOT: case NEGATION: case BIT_NOT:
                case NEGATION_WRAP: case ADDRESS_OF: case TRY: case AWAIT: case OPTIONAL_TYPE: case SWITCH:
                case SWITCH_COMMA: case IF_SIMPLE: case IF: case SUSPEND: case RESUME: case CONTINUE: case BREAK:
                case RETURN: case ANYFRAME_TYPE: case IDENTIFIER: case ANYFRAME_LITERAL: case CHAR_LITERAL:
                case NUMBER_LITERAL: case UNREACHABLE_LITERAL: case STRING_LITERAL: case MULTILINE_STRING_LITERAL:
                case GROUPED_EXPRESSION: case BUILTIN_CALL_TWO: case BUILTIN_CALL_TWO_COMMA: case BUILTIN_CALL:
                case BUILTIN_CALL_COMMA: case ERROR_SET_DECL: case COMPTIME: case NOSUSPEND: case ASM_SIMPLE:
                case ASM: case ARRAY_TYPE: case ARRAY_TYPE_SENTINEL: case ERROR_VALUE:
                    return mainTokens[n] - endOffset;

                case ARRAY_INIT_DOT: case ARRAY_INIT_DOT_COMMA: case ARRAY_INIT_DOT_TWO: case ARRAY_INIT_DOT_TWO_COMMA:
                case STRUCT_INIT_DOT: case STRUCT_INIT_DOT_COMMA: case STRUCT_INIT_DOT_TWO:
                case STRUCT_INIT_DOT_TWO_COMMA: case ENUM_LITERAL:
                    return mainTokens[n] - 1 - endOffset;

                case CATCH: case FIELD_ACCESS: case UNWRAP_OPTIONAL: case EQUAL_EQUAL: case BANG_EQUAL:
                case LESS_THAN: case GREATER_THAN: case LESS_OR_EQUAL: case GREATER_OR_EQUAL: case ASSIGN_MUL:
                case ASSIGN_DIV: case ASSIGN_MOD: case ASSIGN_ADD: case ASSIGN_SUB: case ASSIGN_SHL:
                case ASSIGN_SHL_SAT: case ASSIGN_SHR: case ASSIGN_BIT_AND: case ASSIGN_BIT_XOR: case ASSIGN_BIT_OR:
                case ASSIGN_MUL_WRAP: case ASSIGN_ADD_WRAP: case ASSIGN_SUB_WRAP: case ASSIGN_MUL_SAT:
                case ASSIGN_ADD_SAT: case ASSIGN_SUB_SAT: case ASSIGN: case MERGE_ERROR_SETS: case MUL: case DIV:
                case MOD: case ARRAY_MULT: case MUL_WRAP: case MUL_SAT: case ADD: case SUB: case ARRAY_CAT:
                case ADD_WRAP: case SUB_WRAP: case ADD_SAT: case SUB_SAT: case SHL: case SHL_SAT: case SHR:
                case BIT_AND: case BIT_XOR: case BIT_OR: case ORELSE: case BOOL_AND: case BOOL_OR: case SLICE_OPEN:
                case SLICE: case SLICE_SENTINEL: case DEREF: case ARRAY_ACCESS: case ARRAY_INIT_ONE:
                case ARRAY_INIT_ONE_COMMA: case ARRAY_INIT: case ARRAY_INIT_COMMA: case STRUCT_INIT_ONE:
                case STRUCT_INIT_ONE_COMMA: case STRUCT_INIT: case STRUCT_INIT_COMMA: case CALL_ONE:
                case CALL_ONE_COMMA: case CALL: case CALL_COMMA: case SWITCH_RANGE: case FOR_RANGE:
                case ERROR_UNION:
                    n = lhs[n];
                    break;

                case ASSIGN_DESTRUCTURE:
                    n = extra[lhs[n] + 1];
                    break;

                case FN_DECL: case FN_PROTO_SIMPLE: case FN_PROTO_MULTI: case FN_PROTO_ONE: case FN_PROTO: {
                    int i = mainTokens[n]; // fn token
                    while (i > 0) {
                        i--;
                        switch (tokenTag(i)) {
                            case KEYWORD_EXTERN: case KEYWORD_EXPORT: case KEYWORD_PUB: case KEYWORD_INLINE:
                            case KEYWORD_NOINLINE: case STRING_LITERAL:
                                continue;
                            default:
                                return i + 1 - endOffset;
                        }
                    }
                    return i - endOffset;
                }

                case USINGNAMESPACE: {
                    int mainToken = mainTokens[n];
                    if (mainToken > 0 && tokenTag(mainToken - 1) == Token.Tag.KEYWORD_PUB) {
                        endOffset += 1;
                    }
                    return mainToken - endOffset;
                }

                case ASYNC_CALL_ONE: case ASYNC_CALL_ONE_COMMA: case ASYNC_CALL: case ASYNC_CALL_COMMA:
                    endOffset += 1; // async token
                    n = lhs[n];
                    break;

                case CONTAINER_FIELD_INIT: case CONTAINER_FIELD_ALIGN: case CONTAINER_FIELD: {
                    int nameToken = mainTokens[n];
                    if (nameToken > 0 && tokenTag(nameToken - 1) == Token.Tag.KEYWORD_COMPTIME) {
                        endOffset += 1;
                    }
                    return nameToken - endOffset;
                }

                case GLOBAL_VAR_DECL: case LOCAL_VAR_DECL: case SIMPLE_VAR_DECL: case ALIGNED_VAR_DECL: {
                    int i = mainTokens[n]; // mut token
                    while (i > 0) {
                        i--;
                        switch (tokenTag(i)) {
                            case KEYWORD_EXTERN: case KEYWORD_EXPORT: case KEYWORD_COMPTIME: case KEYWORD_PUB:
                            case KEYWORD_THREADLOCAL: case STRING_LITERAL:
                                continue;
                            default:
                                return i + 1 - endOffset;
                        }
                    }
                    return i - endOffset;
                }

                case BLOCK: case BLOCK_SEMICOLON: case BLOCK_TWO: case BLOCK_TWO_SEMICOLON: {
                    // Look for a label.
                    int lbrace = mainTokens[n];
                    if (lbrace >= 2 && tokenTag(lbrace - 1) == Token.Tag.COLON
                            && tokenTag(lbrace - 2) == Token.Tag.IDENTIFIER) {
                        endOffset += 2;
                    }
                    return lbrace - endOffset;
                }

                case CONTAINER_DECL: case CONTAINER_DECL_TRAILING: case CONTAINER_DECL_TWO:
                case CONTAINER_DECL_TWO_TRAILING: case CONTAINER_DECL_ARG: case CONTAINER_DECL_ARG_TRAILING:
                case TAGGED_UNION: case TAGGED_UNION_TRAILING: case TAGGED_UNION_TWO: case TAGGED_UNION_TWO_TRAILING:
                case TAGGED_UNION_ENUM_TAG: case TAGGED_UNION_ENUM_TAG_TRAILING: {
                    int mainToken = mainTokens[n];
                    switch (tokenTag(Math.max(mainToken - 1, 0))) {
                        case KEYWORD_PACKED, KEYWORD_EXTERN -> endOffset += 1;
                        default -> {
                        }
                    }
                    return mainToken - endOffset;
                }

                case PTR_TYPE_ALIGNED: case PTR_TYPE_SENTINEL: case PTR_TYPE: case PTR_TYPE_BIT_RANGE:
                    return mainTokens[n] - endOffset;

                case SWITCH_CASE_ONE:
                    if (lhs[n] == 0) {
                        return mainTokens[n] - 1 - endOffset; // else token
                    }
                    n = lhs[n];
                    break;
                case SWITCH_CASE_INLINE_ONE:
                    if (lhs[n] == 0) {
                        return mainTokens[n] - 2 - endOffset; // else token
                    }
                    return firstToken(lhs[n]) - 1;
                case SWITCH_CASE:
                    n = extra[extra[lhs[n]]];
                    break;
                case SWITCH_CASE_INLINE:
                    return firstToken(extra[extra[lhs[n]]]) - 1;

                case ASM_OUTPUT: case ASM_INPUT:
                    return mainTokens[n] - 1 - endOffset;

                case WHILE_SIMPLE: case WHILE_CONT: case WHILE: case FOR_SIMPLE: case FOR: {
                    // Look for a label and inline.
                    int mainToken = mainTokens[n];
                    int result = mainToken;
                    if (tokenTag(Math.max(result - 1, 0)) == Token.Tag.KEYWORD_INLINE) {
                        result -= 1;
                    }
                    if (tokenTag(Math.max(result - 1, 0)) == Token.Tag.COLON) {
                        result = Math.max(result - 2, 0);
                    }
                    return result - endOffset;
                }
                default:
                    throw new IllegalStateException("firstToken: " + nodeTag(n));
            }
        }
    }

    /** Zig's {@code lastToken}: the last token of a node's source. */
    public int lastToken(int node) {
        int n = node;
        int endOffset = 0;
        while (true) {
            switch (nodeTag(n)) {
                case ROOT:
                    return tokenCount - 1;

                case USINGNAMESPACE: case BOOL_NOT: case NEGATION: case BIT_NOT: case NEGATION_WRAP: case ADDRESS_OF:
                case TRY: case AWAIT: case OPTIONAL_TYPE: case RESUME: case NOSUSPEND: case COMPTIME:
                    n = lhs[n];
                    break;

                case TEST_DECL: case ERRDEFER: case DEFER: case CATCH: case EQUAL_EQUAL: case BANG_EQUAL:
                case LESS_THAN: case GREATER_THAN: case LESS_OR_EQUAL: case GREATER_OR_EQUAL: case ASSIGN_MUL:
                case ASSIGN_DIV: case ASSIGN_MOD: case ASSIGN_ADD: case ASSIGN_SUB: case ASSIGN_SHL:
                case ASSIGN_SHL_SAT: case ASSIGN_SHR: case ASSIGN_BIT_AND: case ASSIGN_BIT_XOR: case ASSIGN_BIT_OR:
                case ASSIGN_MUL_WRAP: case ASSIGN_ADD_WRAP: case ASSIGN_SUB_WRAP: case ASSIGN_MUL_SAT:
                case ASSIGN_ADD_SAT: case ASSIGN_SUB_SAT: case ASSIGN: case ASSIGN_DESTRUCTURE:
                case MERGE_ERROR_SETS: case MUL: case DIV: case MOD: case ARRAY_MULT: case MUL_WRAP: case MUL_SAT:
                case ADD: case SUB: case ARRAY_CAT: case ADD_WRAP: case SUB_WRAP: case ADD_SAT: case SUB_SAT:
                case SHL: case SHL_SAT: case SHR: case BIT_AND: case BIT_XOR: case BIT_OR: case ORELSE:
                case BOOL_AND: case BOOL_OR: case ANYFRAME_TYPE: case ERROR_UNION: case IF_SIMPLE:
                case WHILE_SIMPLE: case FOR_SIMPLE: case FN_PROTO_SIMPLE: case FN_PROTO_MULTI:
                case PTR_TYPE_ALIGNED: case PTR_TYPE_SENTINEL: case PTR_TYPE: case PTR_TYPE_BIT_RANGE:
                case ARRAY_TYPE: case SWITCH_CASE_ONE: case SWITCH_CASE_INLINE_ONE: case SWITCH_CASE:
                case SWITCH_CASE_INLINE: case SWITCH_RANGE:
                    n = rhs[n];
                    break;

                case FOR_RANGE:
                    if (rhs[n] != 0) {
                        n = rhs[n];
                        break;
                    }
                    return mainTokens[n] + endOffset;

                case FIELD_ACCESS: case UNWRAP_OPTIONAL: case GROUPED_EXPRESSION: case MULTILINE_STRING_LITERAL:
                case ERROR_SET_DECL: case ASM_SIMPLE: case ASM_OUTPUT: case ASM_INPUT: case ERROR_VALUE:
                    return rhs[n] + endOffset;

                case ANYFRAME_LITERAL: case CHAR_LITERAL: case NUMBER_LITERAL: case UNREACHABLE_LITERAL:
                case IDENTIFIER: case DEREF: case ENUM_LITERAL: case STRING_LITERAL:
                    return mainTokens[n] + endOffset;

                case RETURN:
                    if (lhs[n] != 0) {
                        n = lhs[n];
                        break;
                    }
                    return mainTokens[n] + endOffset;

                case CALL: case ASYNC_CALL: {
                    endOffset += 1; // for the rparen
                    int start = extra[rhs[n]];
                    int end = extra[rhs[n] + 1];
                    if (end - start == 0) {
                        return mainTokens[n] + endOffset;
                    }
                    n = extra[end - 1]; // last parameter
                    break;
                }
                case TAGGED_UNION_ENUM_TAG: {
                    int start = extra[rhs[n]];
                    int end = extra[rhs[n] + 1];
                    if (end - start == 0) {
                        endOffset += 4; // for the rparen + rparen + lbrace + rbrace
                        n = lhs[n];
                    } else {
                        endOffset += 1; // for the rbrace
                        n = extra[end - 1]; // last parameter
                    }
                    break;
                }
                case CALL_COMMA: case ASYNC_CALL_COMMA: case TAGGED_UNION_ENUM_TAG_TRAILING: {
                    endOffset += 2; // for the comma/semicolon + rparen/rbrace
                    int end = extra[rhs[n] + 1];
                    n = extra[end - 1]; // last parameter
                    break;
                }
                case SWITCH: {
                    int start = extra[rhs[n]];
                    int end = extra[rhs[n] + 1];
                    if (end - start == 0) {
                        endOffset += 3; // rparen, lbrace, rbrace
                        n = lhs[n]; // condition expression
                    } else {
                        endOffset += 1; // for the rbrace
                        n = extra[end - 1]; // last case
                    }
                    break;
                }
                case CONTAINER_DECL_ARG: {
                    int start = extra[rhs[n]];
                    int end = extra[rhs[n] + 1];
                    if (end - start == 0) {
                        endOffset += 3; // for the rparen + lbrace + rbrace
                        n = lhs[n];
                    } else {
                        endOffset += 1; // for the rbrace
                        n = extra[end - 1]; // last parameter
                    }
                    break;
                }
                case ASM:
                    return extra[rhs[n] + Node.Asm.RPAREN] + endOffset;
                case ARRAY_INIT: case STRUCT_INIT: {
                    endOffset += 1; // for the rbrace
                    int end = extra[rhs[n] + 1];
                    n = extra[end - 1]; // last element
                    break;
                }
                case ARRAY_INIT_COMMA: case STRUCT_INIT_COMMA: case CONTAINER_DECL_ARG_TRAILING: case SWITCH_COMMA: {
                    endOffset += 2; // for the comma + rbrace
                    int end = extra[rhs[n] + 1];
                    n = extra[end - 1]; // last parameter
                    break;
                }
                case ARRAY_INIT_DOT: case STRUCT_INIT_DOT: case BLOCK: case CONTAINER_DECL: case TAGGED_UNION:
                case BUILTIN_CALL:
                    endOffset += 1; // for the rbrace
                    n = extra[rhs[n] - 1]; // last statement
                    break;
                case ARRAY_INIT_DOT_COMMA: case STRUCT_INIT_DOT_COMMA: case BLOCK_SEMICOLON:
                case CONTAINER_DECL_TRAILING: case TAGGED_UNION_TRAILING: case BUILTIN_CALL_COMMA:
                    endOffset += 2; // for the comma/semicolon + rbrace/rparen
                    n = extra[rhs[n] - 1]; // last member
                    break;
                case CALL_ONE: case ASYNC_CALL_ONE: case ARRAY_ACCESS:
                    endOffset += 1; // for the rparen/rbracket
                    if (rhs[n] == 0) {
                        return mainTokens[n] + endOffset;
                    }
                    n = rhs[n];
                    break;
                case ARRAY_INIT_DOT_TWO: case BLOCK_TWO: case BUILTIN_CALL_TWO: case STRUCT_INIT_DOT_TWO:
                case CONTAINER_DECL_TWO: case TAGGED_UNION_TWO:
                    if (rhs[n] != 0) {
                        endOffset += 1; // for the rparen/rbrace
                        n = rhs[n];
                    } else if (lhs[n] != 0) {
                        endOffset += 1; // for the rparen/rbrace
                        n = lhs[n];
                    } else {
                        switch (nodeTag(n)) {
                            case ARRAY_INIT_DOT_TWO, BLOCK_TWO, STRUCT_INIT_DOT_TWO -> endOffset += 1; // rbrace
                            case BUILTIN_CALL_TWO -> endOffset += 2; // lparen/lbrace + rparen/rbrace
                            case CONTAINER_DECL_TWO -> {
                                int i = 2; // lbrace + rbrace
                                while (tokenTag(mainTokens[n] + i) == Token.Tag.CONTAINER_DOC_COMMENT) {
                                    i += 1;
                                }
                                endOffset += i;
                            }
                            case TAGGED_UNION_TWO -> {
                                int i = 5; // (enum) {}
                                while (tokenTag(mainTokens[n] + i) == Token.Tag.CONTAINER_DOC_COMMENT) {
                                    i += 1;
                                }
                                endOffset += i;
                            }
                            default -> throw new IllegalStateException();
                        }
                        return mainTokens[n] + endOffset;
                    }
                    break;
                case ARRAY_INIT_DOT_TWO_COMMA: case BUILTIN_CALL_TWO_COMMA: case BLOCK_TWO_SEMICOLON:
                case STRUCT_INIT_DOT_TWO_COMMA: case CONTAINER_DECL_TWO_TRAILING: case TAGGED_UNION_TWO_TRAILING:
                    endOffset += 2; // for the comma/semicolon + rbrace/rparen
                    if (rhs[n] != 0) {
                        n = rhs[n];
                    } else {
                        n = lhs[n];
                    }
                    break;
                case SIMPLE_VAR_DECL:
                    if (rhs[n] != 0) {
                        n = rhs[n];
                    } else if (lhs[n] != 0) {
                        n = lhs[n];
                    } else {
                        endOffset += 1; // from mut token to name
                        return mainTokens[n] + endOffset;
                    }
                    break;
                case ALIGNED_VAR_DECL:
                    if (rhs[n] != 0) {
                        n = rhs[n];
                    } else if (lhs[n] != 0) {
                        endOffset += 1; // for the rparen
                        n = lhs[n];
                    } else {
                        endOffset += 1; // from mut token to name
                        return mainTokens[n] + endOffset;
                    }
                    break;
                case GLOBAL_VAR_DECL:
                    if (rhs[n] != 0) {
                        n = rhs[n];
                    } else {
                        int e = lhs[n];
                        if (extra[e + Node.GlobalVarDecl.SECTION_NODE] != 0) {
                            endOffset += 1; // for the rparen
                            n = extra[e + Node.GlobalVarDecl.SECTION_NODE];
                        } else if (extra[e + Node.GlobalVarDecl.ALIGN_NODE] != 0) {
                            endOffset += 1; // for the rparen
                            n = extra[e + Node.GlobalVarDecl.ALIGN_NODE];
                        } else if (extra[e + Node.GlobalVarDecl.TYPE_NODE] != 0) {
                            n = extra[e + Node.GlobalVarDecl.TYPE_NODE];
                        } else {
                            endOffset += 1; // from mut token to name
                            return mainTokens[n] + endOffset;
                        }
                    }
                    break;
                case LOCAL_VAR_DECL:
                    if (rhs[n] != 0) {
                        n = rhs[n];
                    } else {
                        int e = lhs[n];
                        if (extra[e + Node.LocalVarDecl.ALIGN_NODE] != 0) {
                            endOffset += 1; // for the rparen
                            n = extra[e + Node.LocalVarDecl.ALIGN_NODE];
                        } else if (extra[e + Node.LocalVarDecl.TYPE_NODE] != 0) {
                            n = extra[e + Node.LocalVarDecl.TYPE_NODE];
                        } else {
                            endOffset += 1; // from mut token to name
                            return mainTokens[n] + endOffset;
                        }
                    }
                    break;
                case CONTAINER_FIELD_INIT:
                    if (rhs[n] != 0) {
                        n = rhs[n];
                    } else if (lhs[n] != 0) {
                        n = lhs[n];
                    } else {
                        return mainTokens[n] + endOffset;
                    }
                    break;
                case CONTAINER_FIELD_ALIGN:
                    if (rhs[n] != 0) {
                        endOffset += 1; // for the rparen
                        n = rhs[n];
                    } else if (lhs[n] != 0) {
                        n = lhs[n];
                    } else {
                        return mainTokens[n] + endOffset;
                    }
                    break;
                case CONTAINER_FIELD: {
                    int e = rhs[n];
                    if (extra[e + Node.ContainerField.VALUE_EXPR] != 0) {
                        n = extra[e + Node.ContainerField.VALUE_EXPR];
                    } else if (extra[e + Node.ContainerField.ALIGN_EXPR] != 0) {
                        endOffset += 1; // for the rparen
                        n = extra[e + Node.ContainerField.ALIGN_EXPR];
                    } else if (lhs[n] != 0) {
                        n = lhs[n];
                    } else {
                        return mainTokens[n] + endOffset;
                    }
                    break;
                }
                case ARRAY_INIT_ONE: case STRUCT_INIT_ONE:
                    endOffset += 1; // rbrace
                    if (rhs[n] == 0) {
                        return mainTokens[n] + endOffset;
                    }
                    n = rhs[n];
                    break;
                case SLICE_OPEN: case CALL_ONE_COMMA: case ASYNC_CALL_ONE_COMMA: case ARRAY_INIT_ONE_COMMA:
                case STRUCT_INIT_ONE_COMMA:
                    endOffset += 2; // ellipsis2 + rbracket, or comma + rparen
                    n = rhs[n];
                    break;
                case SLICE:
                    endOffset += 1; // rbracket
                    n = extra[rhs[n] + Node.Slice.END];
                    break;
                case SLICE_SENTINEL:
                    endOffset += 1; // rbracket
                    n = extra[rhs[n] + Node.SliceSentinel.SENTINEL];
                    break;
                case CONTINUE: case BREAK:
                    if (rhs[n] != 0) {
                        n = rhs[n];
                    } else if (lhs[n] != 0) {
                        return lhs[n] + endOffset;
                    } else {
                        return mainTokens[n] + endOffset;
                    }
                    break;
                case FN_DECL:
                    if (rhs[n] != 0) {
                        n = rhs[n];
                    } else {
                        n = lhs[n];
                    }
                    break;
                case FN_PROTO_ONE: {
                    int e = lhs[n];
                    int[] r = lastOfFnProtoExtras(rhs[n], extra[e + Node.FnProtoOne.ALIGN_EXPR],
                            extra[e + Node.FnProtoOne.ADDRSPACE_EXPR], extra[e + Node.FnProtoOne.SECTION_EXPR],
                            extra[e + Node.FnProtoOne.CALLCONV_EXPR]);
                    n = r[0];
                    endOffset += r[1];
                    break;
                }
                case FN_PROTO: {
                    int e = lhs[n];
                    int[] r = lastOfFnProtoExtras(rhs[n], extra[e + Node.FnProto.ALIGN_EXPR],
                            extra[e + Node.FnProto.ADDRSPACE_EXPR], extra[e + Node.FnProto.SECTION_EXPR],
                            extra[e + Node.FnProto.CALLCONV_EXPR]);
                    n = r[0];
                    endOffset += r[1];
                    break;
                }
                case WHILE_CONT:
                    n = extra[rhs[n] + Node.WhileCont.THEN_EXPR];
                    break;
                case WHILE:
                    n = extra[rhs[n] + Node.While.ELSE_EXPR];
                    break;
                case IF:
                    n = extra[rhs[n] + Node.If.ELSE_EXPR];
                    break;
                case FOR: {
                    int r = rhs[n];
                    n = extra[lhs[n] + Node.For.inputs(r) + (Node.For.hasElse(r) ? 1 : 0)];
                    break;
                }
                case SUSPEND:
                    if (lhs[n] != 0) {
                        n = lhs[n];
                        break;
                    }
                    return mainTokens[n] + endOffset;
                case ARRAY_TYPE_SENTINEL:
                    n = extra[rhs[n] + Node.ArrayTypeSentinel.ELEM_TYPE];
                    break;
                default:
                    throw new IllegalStateException("lastToken: " + nodeTag(n));
            }
        }
    }

    /**
     * addrspace, linksection, callconv and align can appear in any order: returns {node, offset} of the one that
     * comes last (or the return type), as Zig's lastToken does.
     */
    private int[] lastOfFnProtoExtras(int returnType, int alignExpr, int addrspaceExpr, int sectionExpr,
                                      int callconvExpr) {
        int maxNode = returnType;
        int maxStart = tokenStarts[mainTokens[maxNode]];
        int maxOffset = 0;
        for (int e : new int[] {alignExpr, addrspaceExpr, sectionExpr, callconvExpr}) {
            if (e != 0) {
                int start = tokenStarts[mainTokens[e]];
                if (start > maxStart) {
                    maxNode = e;
                    maxStart = start;
                    maxOffset = 1; // for the rparen
                }
            }
        }
        return new int[] {maxNode, maxOffset};
    }

    // ---------------------------------------------------------------------------------------------------------
    // Full views (Zig's Ast.full); token fields use -1 for null.

    /** Zig's {@code fullVarDecl}. */
    public Optional<Full.VarDecl> fullVarDecl(int node) {
        int typeNode;
        int alignNode;
        int addrspaceNode = 0;
        int sectionNode = 0;
        switch (nodeTag(node)) {
            case GLOBAL_VAR_DECL -> {
                int e = lhs[node];
                typeNode = extra[e];
                alignNode = extra[e + 1];
                addrspaceNode = extra[e + 2];
                sectionNode = extra[e + 3];
            }
            case LOCAL_VAR_DECL -> {
                typeNode = extra[lhs[node]];
                alignNode = extra[lhs[node] + 1];
            }
            case SIMPLE_VAR_DECL -> {
                typeNode = lhs[node];
                alignNode = 0;
            }
            case ALIGNED_VAR_DECL -> {
                typeNode = 0;
                alignNode = lhs[node];
            }
            default -> {
                return Optional.empty();
            }
        }
        int mutToken = mainTokens[node];
        int visib = -1;
        int externExport = -1;
        int libName = -1;
        int threadlocal = -1;
        int comptimeTok = -1;
        int i = mutToken;
        scan:
        while (i > 0) {
            i--;
            switch (tokenTag(i)) {
                case KEYWORD_EXTERN, KEYWORD_EXPORT -> externExport = i;
                case KEYWORD_COMPTIME -> comptimeTok = i;
                case KEYWORD_PUB -> visib = i;
                case KEYWORD_THREADLOCAL -> threadlocal = i;
                case STRING_LITERAL -> libName = i;
                default -> {
                    break scan;
                }
            }
        }
        return Optional.of(new Full.VarDecl(visib, externExport, libName, threadlocal, comptimeTok, mutToken,
                typeNode, alignNode, addrspaceNode, sectionNode, rhs[node]));
    }

    /** Zig's {@code assignDestructure} (for {@code assign_destructure} nodes). */
    public Optional<Full.AssignDestructure> fullAssignDestructure(int node) {
        if (nodeTag(node) != Node.Tag.ASSIGN_DESTRUCTURE) {
            return Optional.empty();
        }
        int e = lhs[node];
        int count = extra[e];
        int[] variables = extraSlice(e + 1, e + 1 + count);
        int firstVariableToken = firstToken(variables[0]);
        int maybeComptime = switch (nodeTag(variables[0])) {
            case GLOBAL_VAR_DECL, LOCAL_VAR_DECL, ALIGNED_VAR_DECL, SIMPLE_VAR_DECL -> firstVariableToken;
            default -> firstVariableToken - 1;
        };
        int comptimeToken = maybeComptime >= 0 && tokenTag(maybeComptime) == Token.Tag.KEYWORD_COMPTIME
                ? maybeComptime : -1;
        return Optional.of(new Full.AssignDestructure(comptimeToken, variables, mainTokens[node], rhs[node]));
    }

    /** Zig's {@code fullIf}. */
    public Optional<Full.If> fullIf(int node) {
        int thenExpr;
        int elseExpr;
        switch (nodeTag(node)) {
            case IF_SIMPLE -> {
                thenExpr = rhs[node];
                elseExpr = 0;
            }
            case IF -> {
                thenExpr = extra[rhs[node]];
                elseExpr = extra[rhs[node] + 1];
            }
            default -> {
                return Optional.empty();
            }
        }
        int condExpr = lhs[node];
        int payloadToken = -1;
        int errorToken = -1;
        int elseToken = -1;
        int payloadPipe = lastToken(condExpr) + 2;
        if (tokenTag(payloadPipe) == Token.Tag.PIPE) {
            payloadToken = payloadPipe + 1;
        }
        if (elseExpr != 0) {
            elseToken = lastToken(thenExpr) + 1;
            if (tokenTag(elseToken + 1) == Token.Tag.PIPE) {
                errorToken = elseToken + 2;
            }
        }
        return Optional.of(new Full.If(payloadToken, errorToken, elseToken, mainTokens[node], condExpr, thenExpr,
                elseExpr));
    }

    /** Zig's {@code fullWhile}. */
    public Optional<Full.While> fullWhile(int node) {
        int contExpr;
        int thenExpr;
        int elseExpr;
        switch (nodeTag(node)) {
            case WHILE_SIMPLE -> {
                contExpr = 0;
                thenExpr = rhs[node];
                elseExpr = 0;
            }
            case WHILE_CONT -> {
                contExpr = extra[rhs[node]];
                thenExpr = extra[rhs[node] + 1];
                elseExpr = 0;
            }
            case WHILE -> {
                contExpr = extra[rhs[node]];
                thenExpr = extra[rhs[node] + 1];
                elseExpr = extra[rhs[node] + 2];
            }
            default -> {
                return Optional.empty();
            }
        }
        int whileToken = mainTokens[node];
        int condExpr = lhs[node];
        int inlineToken = -1;
        int labelToken = -1;
        int payloadToken = -1;
        int elseToken = -1;
        int errorToken = -1;
        int tokI = Math.max(whileToken - 1, 0);
        if (tokenTag(tokI) == Token.Tag.KEYWORD_INLINE) {
            inlineToken = tokI;
            tokI = Math.max(tokI - 1, 0);
        }
        if (tokenTag(tokI) == Token.Tag.COLON && tokenTag(Math.max(tokI - 1, 0)) == Token.Tag.IDENTIFIER) {
            labelToken = tokI - 1;
        }
        int lastCondToken = lastToken(condExpr);
        if (tokenTag(lastCondToken + 2) == Token.Tag.PIPE) {
            payloadToken = lastCondToken + 3;
        }
        if (elseExpr != 0) {
            elseToken = lastToken(thenExpr) + 1;
            if (tokenTag(elseToken + 1) == Token.Tag.PIPE) {
                errorToken = elseToken + 2;
            }
        }
        return Optional.of(new Full.While(inlineToken, labelToken, payloadToken, errorToken, elseToken, whileToken,
                condExpr, contExpr, thenExpr, elseExpr));
    }

    /** Zig's {@code fullFor}. */
    public Optional<Full.For> fullFor(int node) {
        int[] inputs;
        int thenExpr;
        int elseExpr;
        switch (nodeTag(node)) {
            case FOR_SIMPLE -> {
                inputs = new int[] {lhs[node]};
                thenExpr = rhs[node];
                elseExpr = 0;
            }
            case FOR -> {
                int r = rhs[node];
                int count = Node.For.inputs(r);
                inputs = extraSlice(lhs[node], lhs[node] + count);
                thenExpr = extra[lhs[node] + count];
                elseExpr = Node.For.hasElse(r) ? extra[lhs[node] + count + 1] : 0;
            }
            default -> {
                return Optional.empty();
            }
        }
        int forToken = mainTokens[node];
        int inlineToken = -1;
        int labelToken = -1;
        int elseToken = -1;
        int tokI = Math.max(forToken - 1, 0);
        if (tokenTag(tokI) == Token.Tag.KEYWORD_INLINE) {
            inlineToken = tokI;
            tokI = Math.max(tokI - 1, 0);
        }
        if (tokenTag(tokI) == Token.Tag.COLON && tokenTag(Math.max(tokI - 1, 0)) == Token.Tag.IDENTIFIER) {
            labelToken = tokI - 1;
        }
        int lastCondToken = lastToken(inputs[inputs.length - 1]);
        int payloadToken = lastCondToken + 3 + (tokenTag(lastCondToken + 1) == Token.Tag.COMMA ? 1 : 0);
        if (elseExpr != 0) {
            elseToken = lastToken(thenExpr) + 1;
        }
        return Optional.of(new Full.For(inlineToken, labelToken, payloadToken, elseToken, forToken, inputs, thenExpr,
                elseExpr));
    }

    /** Zig's {@code fullContainerField}. */
    public Optional<Full.ContainerField> fullContainerField(int node) {
        int typeExpr = lhs[node];
        int alignExpr;
        int valueExpr;
        switch (nodeTag(node)) {
            case CONTAINER_FIELD_INIT -> {
                alignExpr = 0;
                valueExpr = rhs[node];
            }
            case CONTAINER_FIELD_ALIGN -> {
                alignExpr = rhs[node];
                valueExpr = 0;
            }
            case CONTAINER_FIELD -> {
                alignExpr = extra[rhs[node]];
                valueExpr = extra[rhs[node] + 1];
            }
            default -> {
                return Optional.empty();
            }
        }
        int mainToken = mainTokens[node];
        boolean tupleLike = tokenTag(mainToken) != Token.Tag.IDENTIFIER
                || tokenTag(mainToken + 1) != Token.Tag.COLON;
        int comptimeToken = mainToken > 0 && tokenTag(mainToken - 1) == Token.Tag.KEYWORD_COMPTIME
                ? mainToken - 1 : -1;
        return Optional.of(new Full.ContainerField(comptimeToken, mainToken, typeExpr, alignExpr, valueExpr,
                tupleLike));
    }

    /** Zig's {@code fullFnProto} (also accepts {@code fn_decl}, giving its prototype). */
    public Optional<Full.FnProto> fullFnProto(int node) {
        int[] params;
        int alignExpr = 0;
        int addrspaceExpr = 0;
        int sectionExpr = 0;
        int callconvExpr = 0;
        switch (nodeTag(node)) {
            case FN_PROTO_SIMPLE -> params = lhs[node] == 0 ? new int[0] : new int[] {lhs[node]};
            case FN_PROTO_MULTI -> params = extraSlice(extra[lhs[node]], extra[lhs[node] + 1]);
            case FN_PROTO_ONE -> {
                int e = lhs[node];
                params = extra[e] == 0 ? new int[0] : new int[] {extra[e]};
                alignExpr = extra[e + Node.FnProtoOne.ALIGN_EXPR];
                addrspaceExpr = extra[e + Node.FnProtoOne.ADDRSPACE_EXPR];
                sectionExpr = extra[e + Node.FnProtoOne.SECTION_EXPR];
                callconvExpr = extra[e + Node.FnProtoOne.CALLCONV_EXPR];
            }
            case FN_PROTO -> {
                int e = lhs[node];
                params = extraSlice(extra[e], extra[e + 1]);
                alignExpr = extra[e + Node.FnProto.ALIGN_EXPR];
                addrspaceExpr = extra[e + Node.FnProto.ADDRSPACE_EXPR];
                sectionExpr = extra[e + Node.FnProto.SECTION_EXPR];
                callconvExpr = extra[e + Node.FnProto.CALLCONV_EXPR];
            }
            case FN_DECL -> {
                return fullFnProto(lhs[node]);
            }
            default -> {
                return Optional.empty();
            }
        }
        int fnToken = mainTokens[node];
        int visib = -1;
        int externExportInline = -1;
        int libName = -1;
        int i = fnToken;
        scan:
        while (i > 0) {
            i--;
            switch (tokenTag(i)) {
                case KEYWORD_EXTERN, KEYWORD_EXPORT, KEYWORD_INLINE, KEYWORD_NOINLINE -> externExportInline = i;
                case KEYWORD_PUB -> visib = i;
                case STRING_LITERAL -> libName = i;
                default -> {
                    break scan;
                }
            }
        }
        int nameToken = -1;
        int lparen;
        if (tokenTag(fnToken + 1) == Token.Tag.IDENTIFIER) {
            nameToken = fnToken + 1;
            lparen = fnToken + 2;
        } else {
            lparen = fnToken + 1;
        }
        return Optional.of(new Full.FnProto(visib, externExportInline, libName, nameToken, lparen, node, fnToken,
                rhs[node], params, alignExpr, addrspaceExpr, sectionExpr, callconvExpr));
    }

    /**
     * The parameters of a prototype including {@code anytype} and {@code ...} ones, Zig's
     * {@code FnProto.iterate}.
     */
    public List<Full.Param> fnProtoParams(Full.FnProto proto) {
        java.util.ArrayList<Full.Param> out = new java.util.ArrayList<>();
        int paramI = 0;
        int tokI = proto.lparen() + 1;
        boolean tokFlag = true;
        int[] params = proto.params();
        while (true) {
            int firstDocComment = -1;
            int comptimeNoalias = -1;
            int nameToken = -1;
            if (!tokFlag) {
                if (paramI >= params.length) {
                    return out;
                }
                int paramType = params[paramI];
                int t = firstToken(paramType) - 1;
                scan:
                while (t >= 0) {
                    switch (tokenTag(t)) {
                        case COLON -> {
                        }
                        case IDENTIFIER -> nameToken = t;
                        case DOC_COMMENT -> firstDocComment = t;
                        case KEYWORD_COMPTIME, KEYWORD_NOALIAS -> comptimeNoalias = t;
                        default -> {
                            break scan;
                        }
                    }
                    t--;
                }
                paramI++;
                tokI = lastToken(paramType) + 1;
                // Look for anytype and ... params afterwards.
                if (tokenTag(tokI) == Token.Tag.COMMA) {
                    tokI++;
                }
                tokFlag = true;
                out.add(new Full.Param(firstDocComment, nameToken, comptimeNoalias, -1, paramType));
                continue;
            }
            if (tokenTag(tokI) == Token.Tag.COMMA) {
                tokI++;
            }
            if (tokenTag(tokI) == Token.Tag.R_PAREN) {
                return out;
            }
            if (tokenTag(tokI) == Token.Tag.DOC_COMMENT) {
                firstDocComment = tokI;
                while (tokenTag(tokI) == Token.Tag.DOC_COMMENT) {
                    tokI++;
                }
            }
            switch (tokenTag(tokI)) {
                case ELLIPSIS3 -> {
                    out.add(new Full.Param(firstDocComment, -1, -1, tokI, 0));
                    tokFlag = false;
                    continue;
                }
                case KEYWORD_NOALIAS, KEYWORD_COMPTIME -> {
                    comptimeNoalias = tokI;
                    tokI++;
                }
                default -> {
                }
            }
            if (tokenTag(tokI) == Token.Tag.IDENTIFIER && tokenTag(tokI + 1) == Token.Tag.COLON) {
                nameToken = tokI;
                tokI += 2;
            }
            if (tokenTag(tokI) == Token.Tag.KEYWORD_ANYTYPE) {
                tokI++;
                out.add(new Full.Param(firstDocComment, nameToken, comptimeNoalias, tokI - 1, 0));
                continue;
            }
            tokFlag = false;
        }
    }

    /** Zig's {@code fullStructInit}. */
    public Optional<Full.StructInit> fullStructInit(int node) {
        int l = lhs[node];
        int r = rhs[node];
        return switch (nodeTag(node)) {
            case STRUCT_INIT_ONE, STRUCT_INIT_ONE_COMMA ->
                    Optional.of(new Full.StructInit(mainTokens[node], r == 0 ? new int[0] : new int[] {r}, l));
            case STRUCT_INIT_DOT_TWO, STRUCT_INIT_DOT_TWO_COMMA ->
                    Optional.of(new Full.StructInit(mainTokens[node], two(l, r), 0));
            case STRUCT_INIT_DOT, STRUCT_INIT_DOT_COMMA ->
                    Optional.of(new Full.StructInit(mainTokens[node], extraSlice(l, r), 0));
            case STRUCT_INIT, STRUCT_INIT_COMMA ->
                    Optional.of(new Full.StructInit(mainTokens[node], extraSlice(extra[r], extra[r + 1]), l));
            default -> Optional.empty();
        };
    }

    /** Zig's {@code fullArrayInit}. */
    public Optional<Full.ArrayInit> fullArrayInit(int node) {
        int l = lhs[node];
        int r = rhs[node];
        return switch (nodeTag(node)) {
            case ARRAY_INIT_ONE, ARRAY_INIT_ONE_COMMA ->
                    Optional.of(new Full.ArrayInit(mainTokens[node], r == 0 ? new int[0] : new int[] {r}, l));
            case ARRAY_INIT_DOT_TWO, ARRAY_INIT_DOT_TWO_COMMA ->
                    Optional.of(new Full.ArrayInit(mainTokens[node], two(l, r), 0));
            case ARRAY_INIT_DOT, ARRAY_INIT_DOT_COMMA ->
                    Optional.of(new Full.ArrayInit(mainTokens[node], extraSlice(l, r), 0));
            case ARRAY_INIT, ARRAY_INIT_COMMA ->
                    Optional.of(new Full.ArrayInit(mainTokens[node], extraSlice(extra[r], extra[r + 1]), l));
            default -> Optional.empty();
        };
    }

    private static int[] two(int l, int r) {
        if (r != 0) {
            return new int[] {l, r};
        }
        if (l != 0) {
            return new int[] {l};
        }
        return new int[0];
    }

    /** Zig's {@code fullArrayType}. */
    public Optional<Full.ArrayType> fullArrayType(int node) {
        return switch (nodeTag(node)) {
            case ARRAY_TYPE -> Optional.of(new Full.ArrayType(mainTokens[node], lhs[node], 0, rhs[node]));
            case ARRAY_TYPE_SENTINEL -> Optional.of(new Full.ArrayType(mainTokens[node], lhs[node],
                    extra[rhs[node]], extra[rhs[node] + 1]));
            default -> Optional.empty();
        };
    }

    /** Zig's {@code fullPtrType}. */
    public Optional<Full.PtrType> fullPtrType(int node) {
        int alignNode = 0;
        int addrspaceNode = 0;
        int sentinel = 0;
        int bitRangeStart = 0;
        int bitRangeEnd = 0;
        switch (nodeTag(node)) {
            case PTR_TYPE_ALIGNED -> alignNode = lhs[node];
            case PTR_TYPE_SENTINEL -> sentinel = lhs[node];
            case PTR_TYPE -> {
                int e = lhs[node];
                sentinel = extra[e];
                alignNode = extra[e + 1];
                addrspaceNode = extra[e + 2];
            }
            case PTR_TYPE_BIT_RANGE -> {
                int e = lhs[node];
                sentinel = extra[e];
                alignNode = extra[e + 1];
                addrspaceNode = extra[e + 2];
                bitRangeStart = extra[e + 3];
                bitRangeEnd = extra[e + 4];
            }
            default -> {
                return Optional.empty();
            }
        }
        int mainToken = mainTokens[node];
        int childType = rhs[node];
        Full.PtrType.Size size = switch (tokenTag(mainToken)) {
            case ASTERISK, ASTERISK_ASTERISK -> Full.PtrType.Size.ONE;
            case L_BRACKET -> tokenTag(mainToken + 1) == Token.Tag.ASTERISK
                    ? (tokenTag(mainToken + 2) == Token.Tag.IDENTIFIER ? Full.PtrType.Size.C : Full.PtrType.Size.MANY)
                    : Full.PtrType.Size.SLICE;
            default -> throw new IllegalStateException("pointer main token " + tokenTag(mainToken));
        };
        int allowzeroToken = -1;
        int constToken = -1;
        int volatileToken = -1;
        // Start after a sentinel if there is one and skip over any align node and bit range nodes, so that no
        // sub-expression is mistaken for a modifier.
        int i;
        if (sentinel != 0) {
            i = lastToken(sentinel) + 1;
        } else if (size == Full.PtrType.Size.MANY || size == Full.PtrType.Size.C) {
            i = mainToken + 1;
        } else {
            i = mainToken;
        }
        int end = firstToken(childType);
        while (i < end) {
            switch (tokenTag(i)) {
                case KEYWORD_ALLOWZERO -> allowzeroToken = i;
                case KEYWORD_CONST -> constToken = i;
                case KEYWORD_VOLATILE -> volatileToken = i;
                case KEYWORD_ALIGN -> {
                    if (bitRangeEnd != 0) {
                        i = lastToken(bitRangeEnd) + 1;
                    } else if (alignNode != 0) {
                        i = lastToken(alignNode) + 1;
                    }
                }
                default -> {
                }
            }
            i++;
        }
        return Optional.of(new Full.PtrType(size, allowzeroToken, constToken, volatileToken, mainToken, alignNode,
                addrspaceNode, sentinel, bitRangeStart, bitRangeEnd, childType));
    }

    /** Zig's {@code fullSlice}. */
    public Optional<Full.Slice> fullSlice(int node) {
        return switch (nodeTag(node)) {
            case SLICE_OPEN -> Optional.of(new Full.Slice(lhs[node], mainTokens[node], rhs[node], 0, 0));
            case SLICE -> Optional.of(new Full.Slice(lhs[node], mainTokens[node], extra[rhs[node]],
                    extra[rhs[node] + 1], 0));
            case SLICE_SENTINEL -> Optional.of(new Full.Slice(lhs[node], mainTokens[node], extra[rhs[node]],
                    extra[rhs[node] + 1], extra[rhs[node] + 2]));
            default -> Optional.empty();
        };
    }

    /** Zig's {@code fullContainerDecl} (also accepts the root node). */
    public Optional<Full.ContainerDecl> fullContainerDecl(int node) {
        int mainToken = mainTokens[node];
        int l = lhs[node];
        int r = rhs[node];
        int enumToken = -1;
        int[] members;
        int arg = 0;
        switch (nodeTag(node)) {
            case ROOT -> {
                return Optional.of(new Full.ContainerDecl(-1, -1, -1, rootDecls(), 0));
            }
            case CONTAINER_DECL, CONTAINER_DECL_TRAILING -> members = extraSlice(l, r);
            case CONTAINER_DECL_ARG, CONTAINER_DECL_ARG_TRAILING -> {
                members = extraSlice(extra[r], extra[r + 1]);
                arg = l;
            }
            case CONTAINER_DECL_TWO, CONTAINER_DECL_TWO_TRAILING -> members = two(l, r);
            case TAGGED_UNION, TAGGED_UNION_TRAILING -> {
                members = extraSlice(l, r);
                enumToken = mainToken + 2;
            }
            case TAGGED_UNION_ENUM_TAG, TAGGED_UNION_ENUM_TAG_TRAILING -> {
                members = extraSlice(extra[r], extra[r + 1]);
                arg = l;
                enumToken = mainToken + 2;
            }
            case TAGGED_UNION_TWO, TAGGED_UNION_TWO_TRAILING -> {
                members = two(l, r);
                enumToken = mainToken + 2;
            }
            default -> {
                return Optional.empty();
            }
        }
        int layoutToken = -1;
        if (mainToken > 0) {
            switch (tokenTag(mainToken - 1)) {
                case KEYWORD_EXTERN, KEYWORD_PACKED -> layoutToken = mainToken - 1;
                default -> {
                }
            }
        }
        return Optional.of(new Full.ContainerDecl(layoutToken, mainToken, enumToken, members, arg));
    }

    /** Zig's {@code fullSwitch}. */
    public Optional<Full.Switch> fullSwitch(int node) {
        switch (nodeTag(node)) {
            case SWITCH, SWITCH_COMMA -> {
                int mainToken = mainTokens[node];
                int switchToken;
                int labelToken;
                if (tokenTag(mainToken) == Token.Tag.IDENTIFIER) {
                    switchToken = mainToken + 2;
                    labelToken = mainToken;
                } else {
                    switchToken = mainToken;
                    labelToken = -1;
                }
                int r = rhs[node];
                return Optional.of(new Full.Switch(labelToken, switchToken, lhs[node],
                        extraSlice(extra[r], extra[r + 1])));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** Zig's {@code fullSwitchCase}. */
    public Optional<Full.SwitchCase> fullSwitchCase(int node) {
        int[] values;
        switch (nodeTag(node)) {
            case SWITCH_CASE_ONE, SWITCH_CASE_INLINE_ONE -> values = lhs[node] == 0 ? new int[0]
                    : new int[] {lhs[node]};
            case SWITCH_CASE, SWITCH_CASE_INLINE -> values = extraSlice(extra[lhs[node]], extra[lhs[node] + 1]);
            default -> {
                return Optional.empty();
            }
        }
        int arrowToken = mainTokens[node];
        int payloadToken = tokenTag(arrowToken + 1) == Token.Tag.PIPE ? arrowToken + 2 : -1;
        int inlineToken = switch (nodeTag(node)) {
            case SWITCH_CASE_INLINE, SWITCH_CASE_INLINE_ONE -> firstToken(node);
            default -> -1;
        };
        return Optional.of(new Full.SwitchCase(inlineToken, payloadToken, values, arrowToken, rhs[node]));
    }

    /** Zig's {@code fullAsm}. */
    public Optional<Full.Asm> fullAsm(int node) {
        int[] items;
        int rparen;
        switch (nodeTag(node)) {
            case ASM_SIMPLE -> {
                items = new int[0];
                rparen = rhs[node];
            }
            case ASM -> {
                int e = rhs[node];
                items = extraSlice(extra[e], extra[e + 1]);
                rparen = extra[e + 2];
            }
            default -> {
                return Optional.empty();
            }
        }
        int asmToken = mainTokens[node];
        int template = lhs[node];
        int volatileToken = tokenTag(asmToken + 1) == Token.Tag.KEYWORD_VOLATILE ? asmToken + 1 : -1;
        int outputsEnd = items.length;
        for (int i = 0; i < items.length; i++) {
            if (nodeTag(items[i]) != Node.Tag.ASM_OUTPUT) {
                outputsEnd = i;
                break;
            }
        }
        int[] outputs = Arrays.copyOfRange(items, 0, outputsEnd);
        int[] inputs = Arrays.copyOfRange(items, outputsEnd, items.length);
        int firstClobber = -1;
        if (items.length == 0) {
            // asm ("foo" ::: "a", "b");
            int templateToken = lastToken(template);
            if (tokenTag(templateToken + 1) == Token.Tag.COLON && tokenTag(templateToken + 2) == Token.Tag.COLON
                    && tokenTag(templateToken + 3) == Token.Tag.COLON
                    && tokenTag(templateToken + 4) == Token.Tag.STRING_LITERAL) {
                firstClobber = templateToken + 4;
            }
        } else if (inputs.length != 0) {
            // asm ("foo" :: [_] "" (y) : "a", "b");
            int i = lastToken(inputs[inputs.length - 1]) + 1;
            if (tokenTag(i) == Token.Tag.COMMA) {
                i++;
            }
            if (tokenTag(i) == Token.Tag.COLON && tokenTag(i + 1) == Token.Tag.STRING_LITERAL) {
                firstClobber = i + 1;
            }
        } else {
            // asm ("foo" : [_] "" (x) :: "a", "b");
            int i = lastToken(outputs[outputs.length - 1]) + 1;
            if (tokenTag(i) == Token.Tag.COMMA) {
                i++;
            }
            if (tokenTag(i) == Token.Tag.COLON && tokenTag(i + 1) == Token.Tag.COLON
                    && tokenTag(i + 2) == Token.Tag.STRING_LITERAL) {
                firstClobber = i + 2;
            }
        }
        return Optional.of(new Full.Asm(volatileToken, firstClobber, outputs, inputs, asmToken, template, items,
                rparen));
    }

    /** Zig's {@code fullCall}. */
    public Optional<Full.Call> fullCall(int node) {
        int[] params;
        switch (nodeTag(node)) {
            case CALL, CALL_COMMA, ASYNC_CALL, ASYNC_CALL_COMMA ->
                    params = extraSlice(extra[rhs[node]], extra[rhs[node] + 1]);
            case CALL_ONE, CALL_ONE_COMMA, ASYNC_CALL_ONE, ASYNC_CALL_ONE_COMMA ->
                    params = rhs[node] == 0 ? new int[0] : new int[] {rhs[node]};
            default -> {
                return Optional.empty();
            }
        }
        int fnExpr = lhs[node];
        int first = firstToken(fnExpr);
        int asyncToken = first != 0 && tokenTag(first - 1) == Token.Tag.KEYWORD_ASYNC ? first - 1 : -1;
        return Optional.of(new Full.Call(asyncToken, mainTokens[node], fnExpr, params));
    }

    /** The statements of a block node (any of the four block tags), or an empty array for other nodes. */
    public int[] blockStatements(int node) {
        return switch (nodeTag(node)) {
            case BLOCK_TWO, BLOCK_TWO_SEMICOLON -> two(lhs[node], rhs[node]);
            case BLOCK, BLOCK_SEMICOLON -> extraSlice(lhs[node], rhs[node]);
            default -> new int[0];
        };
    }

    /** The arguments of a builtin call node (any of the four builtin-call tags), or an empty array. */
    public int[] builtinCallParams(int node) {
        return switch (nodeTag(node)) {
            case BUILTIN_CALL_TWO, BUILTIN_CALL_TWO_COMMA -> two(lhs[node], rhs[node]);
            case BUILTIN_CALL, BUILTIN_CALL_COMMA -> extraSlice(lhs[node], rhs[node]);
            default -> new int[0];
        };
    }
}
