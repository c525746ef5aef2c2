package dev.zcu.syntax;

import dev.zcu.syntax.Ast.Error;
import dev.zcu.syntax.Node.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser, Zig's {@code std.zig.Parse}: turns the token arrays of one file into the node arrays of its
 * {@link Ast}. It follows Parse.zig function by function (same grammar rules, same node encodings, same error
 * tags, same recovery at the next container member or statement), so that trees and errors match Zig's.
 *
 * <p>Zig's {@code error.ParseError} (an error return that unwinds to the nearest recovery point) is the private,
 * stackless {@link Fail} here; it never leaves this class: {@link Ast#parse} always returns a tree and its errors.
 * Two guards make every input terminate without a stack overflow: a nesting depth limit (a deeper input gets
 * one {@link Error.Tag#NESTING_TOO_DEEP} error) and a step budget proportional to the token count checked in
 * every loop (a safety net; Zig's loops all consume a token or exit, and so do these).
 */
final class Parse {

    /** Zig's {@code error.ParseError}: unwinds to the nearest recovery point. Preallocated, without stack trace. */
    static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Fail INSTANCE = new Fail();

        private Fail() {
            super(null, null, false, false);
        }
    }

    /** Thrown when a guard trips; turns the whole parse into one error (see {@link Ast#parse}). */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Error.Tag tag;

        Abort(Error.Tag tag) {
            super(null, null, false, false);
            this.tag = tag;
        }
    }

    /** Nesting beyond this depth is reported as an error instead of risking the Java stack. */
    static final int MAX_DEPTH = 1000;

    private static final Token.Tag[] TT = Token.Tag.values();

    final byte[] source;
    final int sourceLen;
    final byte[] tokenTags;
    final int[] tokenStarts;
    final int tokenCount;
    int tokI;
    final List<Error> errors = new ArrayList<>();

    byte[] nodeTags;
    int[] mainTokens;
    int[] lhs;
    int[] rhs;
    int nodeLen;

    int[] extra;
    int extraLen;

    private int[] scratch = new int[64];
    private int scratchLen;

    private int depth;
    private long steps;
    private final long maxSteps;

    /**
     * @param source      the source bytes followed by at least one NUL (Zig's sentinel)
     * @param sourceLen   the length of the real source
     * @param tokenTags   token tag ordinals, followed by a few extra EOF entries
     * @param tokenStarts token start offsets, followed by extra entries equal to {@code sourceLen}
     * @param tokenCount  the number of real tokens (the last is EOF)
     */
    Parse(byte[] source, int sourceLen, byte[] tokenTags, int[] tokenStarts, int tokenCount) {
        this.source = source;
        this.sourceLen = sourceLen;
        this.tokenTags = tokenTags;
        this.tokenStarts = tokenStarts;
        this.tokenCount = tokenCount;
        int cap = Math.max(16, (tokenCount + 2) / 2);
        nodeTags = new byte[cap];
        mainTokens = new int[cap];
        lhs = new int[cap];
        rhs = new int[cap];
        extra = new int[Math.max(16, tokenCount / 4)];
        maxSteps = 64L * tokenCount + 1024;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Storage helpers

    private Token.Tag tag(int tok) {
        return TT[tokenTags[tok]];
    }

    private Tag nodeTag(int node) {
        return Tag.of(nodeTags[node] & 0xFF);
    }

    private void tick() {
        if (++steps > maxSteps) {
            throw new Abort(Error.Tag.PARSER_STEP_LIMIT);
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new Abort(Error.Tag.NESTING_TOO_DEEP);
        }
    }

    private void leave() {
        depth--;
    }

    private void ensureNodes() {
        if (nodeLen == nodeTags.length) {
            int cap = nodeTags.length * 2;
            nodeTags = java.util.Arrays.copyOf(nodeTags, cap);
            mainTokens = java.util.Arrays.copyOf(mainTokens, cap);
            lhs = java.util.Arrays.copyOf(lhs, cap);
            rhs = java.util.Arrays.copyOf(rhs, cap);
        }
    }

    private int addNode(Tag t, int mainToken, int l, int r) {
        ensureNodes();
        int n = nodeLen++;
        nodeTags[n] = (byte) t.ordinal();
        mainTokens[n] = mainToken;
        lhs[n] = l;
        rhs[n] = r;
        return n;
    }

    private int setNode(int n, Tag t, int mainToken, int l, int r) {
        nodeTags[n] = (byte) t.ordinal();
        mainTokens[n] = mainToken;
        lhs[n] = l;
        rhs[n] = r;
        return n;
    }

    private int reserveNode(Tag t) {
        ensureNodes();
        int n = nodeLen++;
        nodeTags[n] = (byte) t.ordinal();
        mainTokens[n] = 0;
        lhs[n] = 0;
        rhs[n] = 0;
        return n;
    }

    private void unreserveNode(int n) {
        if (nodeLen == n) {
            nodeLen--;
        } else {
            // A zombie node stays in the tree, as inoffensive as possible (as in Zig).
            nodeTags[n] = (byte) Tag.UNREACHABLE_LITERAL.ordinal();
            mainTokens[n] = tokI;
        }
    }

    private void ensureExtra(int more) {
        if (extraLen + more > extra.length) {
            extra = java.util.Arrays.copyOf(extra, Math.max(extra.length * 2, extraLen + more));
        }
    }

    private int addExtra(int a, int b) {
        ensureExtra(2);
        int r = extraLen;
        extra[extraLen++] = a;
        extra[extraLen++] = b;
        return r;
    }

    private int addExtra(int a, int b, int c) {
        ensureExtra(3);
        int r = extraLen;
        extra[extraLen++] = a;
        extra[extraLen++] = b;
        extra[extraLen++] = c;
        return r;
    }

    private int addExtra(int... values) {
        ensureExtra(values.length);
        int r = extraLen;
        System.arraycopy(values, 0, extra, extraLen, values.length);
        extraLen += values.length;
        return r;
    }

    /** Appends {@code scratch[from..to)} to extra_data and returns the start index (the end is start + count). */
    private int listToSpan(int from, int to) {
        int n = to - from;
        ensureExtra(n);
        int r = extraLen;
        System.arraycopy(scratch, from, extra, extraLen, n);
        extraLen += n;
        return r;
    }

    private void scratchAppend(int node) {
        if (scratchLen == scratch.length) {
            scratch = java.util.Arrays.copyOf(scratch, scratchLen * 2);
        }
        scratch[scratchLen++] = node;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Errors

    private void warnExpected(Token.Tag expected) {
        warnMsg(new Error(Error.Tag.EXPECTED_TOKEN, false, false, tokI, expected));
    }

    private void warn(Error.Tag t) {
        warnMsg(new Error(t, false, false, tokI, null));
    }

    private void warnMsg(Error.Tag t, int token) {
        warnMsg(new Error(t, false, false, token, null));
    }

    private void warnNote(Error.Tag t, int token) {
        warnMsg(new Error(t, true, false, token, null));
    }

    private void warnMsg(Error msg) {
        switch (msg.tag()) {
            case EXPECTED_SEMI_AFTER_DECL, EXPECTED_SEMI_AFTER_STMT, EXPECTED_COMMA_AFTER_FIELD,
                    EXPECTED_COMMA_AFTER_ARG, EXPECTED_COMMA_AFTER_PARAM, EXPECTED_COMMA_AFTER_INITIALIZER,
                    EXPECTED_COMMA_AFTER_SWITCH_PRONG, EXPECTED_COMMA_AFTER_FOR_OPERAND,
                    EXPECTED_COMMA_AFTER_CAPTURE, EXPECTED_SEMI_OR_ELSE, EXPECTED_SEMI_OR_LBRACE, EXPECTED_TOKEN,
                    EXPECTED_BLOCK, EXPECTED_BLOCK_OR_ASSIGNMENT, EXPECTED_BLOCK_OR_EXPR, EXPECTED_BLOCK_OR_FIELD,
                    EXPECTED_EXPR, EXPECTED_EXPR_OR_ASSIGNMENT, EXPECTED_FN, EXPECTED_INLINABLE,
                    EXPECTED_LABELABLE, EXPECTED_PARAM_LIST, EXPECTED_PREFIX_EXPR, EXPECTED_PRIMARY_TYPE_EXPR,
                    EXPECTED_PUB_ITEM, EXPECTED_RETURN_TYPE, EXPECTED_SUFFIX_OP, EXPECTED_TYPE_EXPR,
                    EXPECTED_VAR_DECL, EXPECTED_VAR_DECL_OR_FN, EXPECTED_LOOP_PAYLOAD, EXPECTED_CONTAINER -> {
                if (msg.token() != 0 && !tokensOnSameLine(msg.token() - 1, msg.token())) {
                    errors.add(new Error(msg.tag(), msg.isNote(), true, msg.token() - 1, msg.expectedTag()));
                    return;
                }
            }
            default -> {
            }
        }
        errors.add(msg);
    }

    private Fail fail(Error.Tag t) {
        return failMsg(new Error(t, false, false, tokI, null));
    }

    private Fail failExpected(Token.Tag expected) {
        return failMsg(new Error(Error.Tag.EXPECTED_TOKEN, false, false, tokI, expected));
    }

    private Fail failMsg(Error msg) {
        warnMsg(msg);
        return Fail.INSTANCE;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Root and container members

    /** Root <- skip container_doc_comment? ContainerMembers eof */
    void parseRoot() {
        addNode(Tag.ROOT, 0, 0, 0);
        Members members = parseContainerMembers();
        int start;
        int end;
        if (members.len <= 2) {
            start = extraLen;
            ensureExtra(2);
            if (members.len >= 1) {
                extra[extraLen++] = members.lhs;
            }
            if (members.len == 2) {
                extra[extraLen++] = members.rhs;
            }
            end = extraLen;
        } else {
            start = members.lhs;
            end = members.rhs;
        }
        if (tag(tokI) != Token.Tag.EOF) {
            warnExpected(Token.Tag.EOF);
        }
        lhs[0] = start;
        rhs[0] = end;
    }

    private record Members(int len, int lhs, int rhs, boolean trailing) {
    }

    /** Members.toSpan: returns the extra_data start; the end is in {@code spanEnd}. */
    private int membersToSpan(Members m) {
        if (m.len <= 2) {
            ensureExtra(2);
            int start = extraLen;
            if (m.len >= 1) {
                extra[extraLen++] = m.lhs;
            }
            if (m.len == 2) {
                extra[extraLen++] = m.rhs;
            }
            spanEnd = extraLen;
            return start;
        }
        spanEnd = m.rhs;
        return m.lhs;
    }

    /** The end of the span last returned by {@link #membersToSpan}. */
    private int spanEnd;

    private static final int FS_NONE = 0;
    private static final int FS_SEEN = 1;
    private static final int FS_END = 2;
    private static final int FS_ERR = 3;

    /**
     * ContainerMembers <- ContainerDeclaration* (ContainerField COMMA)* (ContainerField / ContainerDeclaration*)
     */
    private Members parseContainerMembers() {
        int scratchTop = scratchLen;
        enter();
        try {
            int fieldState = FS_NONE;
            int fieldStateEnd = 0;
            int lastField = 0;

            while (eatToken(Token.Tag.CONTAINER_DOC_COMMENT) >= 0) {
                tick();
            }

            boolean trailing = false;
            loop:
            while (true) {
                tick();
                int docComment = eatDocComments();

                switch (tag(tokI)) {
                    case KEYWORD_TEST -> {
                        if (docComment >= 0) {
                            warnMsg(Error.Tag.TEST_DOC_COMMENT, docComment);
                        }
                        int testDecl = expectTestDeclRecoverable();
                        if (testDecl != 0) {
                            if (fieldState == FS_SEEN) {
                                fieldState = FS_END;
                                fieldStateEnd = testDecl;
                            }
                            scratchAppend(testDecl);
                        }
                        trailing = false;
                    }
                    case KEYWORD_COMPTIME -> {
                        if (tag(tokI + 1) == Token.Tag.L_BRACE) {
                            if (docComment >= 0) {
                                warnMsg(Error.Tag.COMPTIME_DOC_COMMENT, docComment);
                            }
                            int comptimeToken = nextToken();
                            int block;
                            try {
                                block = parseBlock();
                            } catch (Fail f) {
                                findNextContainerMember();
                                block = 0;
                            }
                            if (block != 0) {
                                int comptimeNode = addNode(Tag.COMPTIME, comptimeToken, block, 0);
                                if (fieldState == FS_SEEN) {
                                    fieldState = FS_END;
                                    fieldStateEnd = comptimeNode;
                                }
                                scratchAppend(comptimeNode);
                            }
                            trailing = false;
                        } else {
                            int identifier = tokI;
                            int containerField;
                            try {
                                containerField = expectContainerField();
                            } catch (Fail f) {
                                findNextContainerMember();
                                lastField = identifier;
                                continue;
                            }
                            switch (fieldState) {
                                case FS_NONE -> fieldState = FS_SEEN;
                                case FS_END -> {
                                    warnMsg(Error.Tag.DECL_BETWEEN_FIELDS, mainTokens[fieldStateEnd]);
                                    warnNote(Error.Tag.PREVIOUS_FIELD, lastField);
                                    warnNote(Error.Tag.NEXT_FIELD, identifier);
                                    fieldState = FS_ERR;
                                }
                                default -> {
                                }
                            }
                            scratchAppend(containerField);
                            lastField = identifier;
                            switch (tag(tokI)) {
                                case COMMA -> {
                                    tokI++;
                                    trailing = true;
                                    continue loop;
                                }
                                case R_BRACE, EOF -> {
                                    trailing = false;
                                    break loop;
                                }
                                default -> {
                                }
                            }
                            warn(Error.Tag.EXPECTED_COMMA_AFTER_FIELD);
                            findNextContainerMember();
                        }
                    }
                    case KEYWORD_PUB -> {
                        tokI++;
                        int topLevelDecl = expectTopLevelDeclRecoverable();
                        if (topLevelDecl != 0) {
                            if (fieldState == FS_SEEN) {
                                fieldState = FS_END;
                                fieldStateEnd = topLevelDecl;
                            }
                            scratchAppend(topLevelDecl);
                        }
                        trailing = tag(tokI - 1) == Token.Tag.SEMICOLON;
                    }
                    case KEYWORD_USINGNAMESPACE -> {
                        int node = expectUsingNamespaceRecoverable();
                        if (node != 0) {
                            if (fieldState == FS_SEEN) {
                                fieldState = FS_END;
                                fieldStateEnd = node;
                            }
                            scratchAppend(node);
                        }
                        trailing = tag(tokI - 1) == Token.Tag.SEMICOLON;
                    }
                    case KEYWORD_CONST, KEYWORD_VAR, KEYWORD_THREADLOCAL, KEYWORD_EXPORT, KEYWORD_EXTERN,
                            KEYWORD_INLINE, KEYWORD_NOINLINE, KEYWORD_FN -> {
                        int topLevelDecl = expectTopLevelDeclRecoverable();
                        if (topLevelDecl != 0) {
                            if (fieldState == FS_SEEN) {
                                fieldState = FS_END;
                                fieldStateEnd = topLevelDecl;
                            }
                            scratchAppend(topLevelDecl);
                        }
                        trailing = tag(tokI - 1) == Token.Tag.SEMICOLON;
                    }
                    case EOF, R_BRACE -> {
                        if (docComment >= 0) {
                            warnMsg(Error.Tag.UNATTACHED_DOC_COMMENT, docComment);
                        }
                        break loop;
                    }
                    default -> {
                        boolean cContainer;
                        try {
                            cContainer = parseCStyleContainer();
                        } catch (Fail f) {
                            cContainer = false;
                        }
                        if (cContainer) {
                            continue loop;
                        }

                        int identifier = tokI;
                        int containerField;
                        try {
                            containerField = expectContainerField();
                        } catch (Fail f) {
                            findNextContainerMember();
                            lastField = identifier;
                            continue loop;
                        }
                        switch (fieldState) {
                            case FS_NONE -> fieldState = FS_SEEN;
                            case FS_END -> {
                                warnMsg(Error.Tag.DECL_BETWEEN_FIELDS, mainTokens[fieldStateEnd]);
                                warnNote(Error.Tag.PREVIOUS_FIELD, lastField);
                                warnNote(Error.Tag.NEXT_FIELD, identifier);
                                fieldState = FS_ERR;
                            }
                            default -> {
                            }
                        }
                        scratchAppend(containerField);
                        lastField = identifier;
                        switch (tag(tokI)) {
                            case COMMA -> {
                                tokI++;
                                trailing = true;
                                continue loop;
                            }
                            case R_BRACE, EOF -> {
                                trailing = false;
                                break loop;
                            }
                            default -> {
                            }
                        }
                        warn(Error.Tag.EXPECTED_COMMA_AFTER_FIELD);
                        if (tag(tokI) == Token.Tag.SEMICOLON && tag(identifier) == Token.Tag.IDENTIFIER) {
                            warnNote(Error.Tag.VAR_CONST_DECL, identifier);
                        }
                        findNextContainerMember();
                        continue loop;
                    }
                }
            }

            int count = scratchLen - scratchTop;
            switch (count) {
                case 0:
                    return new Members(0, 0, 0, trailing);
                case 1:
                    return new Members(1, scratch[scratchTop], 0, trailing);
                case 2:
                    return new Members(2, scratch[scratchTop], scratch[scratchTop + 1], trailing);
                default: {
                    int start = listToSpan(scratchTop, scratchLen);
                    return new Members(count, start, start + count, trailing);
                }
            }
        } finally {
            scratchLen = scratchTop;
            leave();
        }
    }

    /** Attempts to find the next container member by searching for certain tokens. */
    private void findNextContainerMember() {
        int level = 0;
        while (true) {
            tick();
            int tok = nextToken();
            switch (tag(tok)) {
                // Any of these can start a new top level declaration.
                case KEYWORD_TEST, KEYWORD_COMPTIME, KEYWORD_PUB, KEYWORD_EXPORT, KEYWORD_EXTERN, KEYWORD_INLINE,
                        KEYWORD_NOINLINE, KEYWORD_USINGNAMESPACE, KEYWORD_THREADLOCAL, KEYWORD_CONST, KEYWORD_VAR,
                        KEYWORD_FN -> {
                    if (level == 0) {
                        tokI--;
                        return;
                    }
                }
                case IDENTIFIER -> {
                    if (tag(tok + 1) == Token.Tag.COMMA && level == 0) {
                        tokI--;
                        return;
                    }
                }
                case COMMA, SEMICOLON -> {
                    // this decl was likely meant to end here
                    if (level == 0) {
                        return;
                    }
                }
                case L_PAREN, L_BRACKET, L_BRACE -> level++;
                case R_PAREN, R_BRACKET -> {
                    if (level != 0) {
                        level--;
                    }
                }
                case R_BRACE -> {
                    if (level == 0) {
                        // end of container, exit
                        tokI--;
                        return;
                    }
                    level--;
                }
                case EOF -> {
                    tokI--;
                    return;
                }
                default -> {
                }
            }
        }
    }

    /** Attempts to find the next statement by searching for a semicolon. */
    private void findNextStmt() {
        int level = 0;
        while (true) {
            tick();
            int tok = nextToken();
            switch (tag(tok)) {
                case L_BRACE -> level++;
                case R_BRACE -> {
                    if (level == 0) {
                        tokI--;
                        return;
                    }
                    level--;
                }
                case SEMICOLON -> {
                    if (level == 0) {
                        return;
                    }
                }
                case EOF -> {
                    tokI--;
                    return;
                }
                default -> {
                }
            }
        }
    }

    /** TestDecl <- KEYWORD_test (STRINGLITERALSINGLE / IDENTIFIER)? Block */
    private int expectTestDecl() {
        int testToken = assertToken();
        int nameToken = switch (tag(tokI)) {
            case STRING_LITERAL, IDENTIFIER -> nextToken();
            default -> 0;
        };
        int blockNode = parseBlock();
        if (blockNode == 0) {
            throw fail(Error.Tag.EXPECTED_BLOCK);
        }
        return addNode(Tag.TEST_DECL, testToken, nameToken, blockNode);
    }

    private int expectTestDeclRecoverable() {
        try {
            return expectTestDecl();
        } catch (Fail f) {
            findNextContainerMember();
            return 0;
        }
    }

    /** Decl: fn prototypes and bodies, variables, usingnamespace (see Parse.zig). */
    private int expectTopLevelDecl() {
        int externExportInlineToken = nextToken();
        boolean isExtern = false;
        boolean expectFn = false;
        boolean expectVarOrFn = false;
        switch (tag(externExportInlineToken)) {
            case KEYWORD_EXTERN -> {
                eatToken(Token.Tag.STRING_LITERAL);
                isExtern = true;
                expectVarOrFn = true;
            }
            case KEYWORD_EXPORT -> expectVarOrFn = true;
            case KEYWORD_INLINE, KEYWORD_NOINLINE -> expectFn = true;
            default -> tokI--;
        }
        int fnProto = parseFnProto();
        if (fnProto != 0) {
            switch (tag(tokI)) {
                case SEMICOLON -> {
                    tokI++;
                    return fnProto;
                }
                case L_BRACE -> {
                    if (isExtern) {
                        warnMsg(Error.Tag.EXTERN_FN_BODY, externExportInlineToken);
                        return 0;
                    }
                    int fnDeclIndex = reserveNode(Tag.FN_DECL);
                    try {
                        int bodyBlock = parseBlock();
                        return setNode(fnDeclIndex, Tag.FN_DECL, mainTokens[fnProto], fnProto, bodyBlock);
                    } catch (Fail f) {
                        unreserveNode(fnDeclIndex);
                        throw f;
                    }
                }
                default -> {
                    // Since parseBlock only returns a failure on a missing '}' we can assume this function was
                    // supposed to end here.
                    warn(Error.Tag.EXPECTED_SEMI_OR_LBRACE);
                    return 0;
                }
            }
        }
        if (expectFn) {
            warn(Error.Tag.EXPECTED_FN);
            throw Fail.INSTANCE;
        }

        int threadLocalToken = eatToken(Token.Tag.KEYWORD_THREADLOCAL);
        int varDecl = parseGlobalVarDecl();
        if (varDecl != 0) {
            return varDecl;
        }
        if (threadLocalToken >= 0) {
            throw fail(Error.Tag.EXPECTED_VAR_DECL);
        }
        if (expectVarOrFn) {
            throw fail(Error.Tag.EXPECTED_VAR_DECL_OR_FN);
        }
        if (tag(tokI) != Token.Tag.KEYWORD_USINGNAMESPACE) {
            throw fail(Error.Tag.EXPECTED_PUB_ITEM);
        }
        return expectUsingNamespace();
    }

    private int expectTopLevelDeclRecoverable() {
        try {
            return expectTopLevelDecl();
        } catch (Fail f) {
            findNextContainerMember();
            return 0;
        }
    }

    private int expectUsingNamespace() {
        int usingnamespaceToken = assertToken();
        int expr = expectExpr();
        expectSemicolon(Error.Tag.EXPECTED_SEMI_AFTER_DECL, false);
        return addNode(Tag.USINGNAMESPACE, usingnamespaceToken, expr, 0);
    }

    private int expectUsingNamespaceRecoverable() {
        try {
            return expectUsingNamespace();
        } catch (Fail f) {
            findNextContainerMember();
            return 0;
        }
    }

    /**
     * FnProto <- KEYWORD_fn IDENTIFIER? LPAREN ParamDeclList RPAREN ByteAlign? AddrSpace? LinkSection? CallConv?
     * EXCLAMATIONMARK? TypeExpr
     */
    private int parseFnProto() {
        int fnToken = eatToken(Token.Tag.KEYWORD_FN);
        if (fnToken < 0) {
            return 0;
        }
        // We want the fn proto node to be before its children in the array.
        int fnProtoIndex = reserveNode(Tag.FN_PROTO);
        try {
            eatToken(Token.Tag.IDENTIFIER);
            boolean multi = parseParamDeclList();
            int paramsA = paramsFirst;
            int paramsB = paramsSecond;
            int alignExpr = parseByteAlign();
            int addrspaceExpr = parseAddrSpace();
            int sectionExpr = parseLinkSection();
            int callconvExpr = parseCallconv();
            eatToken(Token.Tag.BANG);

            int returnTypeExpr = parseTypeExpr();
            if (returnTypeExpr == 0) {
                // most likely the user forgot to specify the return type.
                // Mark return type as invalid and try to continue.
                warn(Error.Tag.EXPECTED_RETURN_TYPE);
            }

            if (alignExpr == 0 && sectionExpr == 0 && callconvExpr == 0 && addrspaceExpr == 0) {
                if (!multi) {
                    return setNode(fnProtoIndex, Tag.FN_PROTO_SIMPLE, fnToken, paramsA, returnTypeExpr);
                }
                return setNode(fnProtoIndex, Tag.FN_PROTO_MULTI, fnToken, addExtra(paramsA, paramsB),
                        returnTypeExpr);
            }
            if (!multi) {
                return setNode(fnProtoIndex, Tag.FN_PROTO_ONE, fnToken,
                        addExtra(paramsA, alignExpr, addrspaceExpr, sectionExpr, callconvExpr), returnTypeExpr);
            }
            return setNode(fnProtoIndex, Tag.FN_PROTO, fnToken,
                    addExtra(paramsA, paramsB, alignExpr, addrspaceExpr, sectionExpr, callconvExpr), returnTypeExpr);
        } catch (Fail f) {
            unreserveNode(fnProtoIndex);
            throw f;
        }
    }

    /**
     * VarDeclProto <- (KEYWORD_const / KEYWORD_var) IDENTIFIER (COLON TypeExpr)? ByteAlign? AddrSpace? LinkSection?
     * Returns a {@code *_var_decl} node with its rhs (init expression) initialized to 0.
     */
    private int parseVarDeclProto() {
        int mutToken = eatToken(Token.Tag.KEYWORD_CONST);
        if (mutToken < 0) {
            mutToken = eatToken(Token.Tag.KEYWORD_VAR);
            if (mutToken < 0) {
                return 0;
            }
        }
        expectToken(Token.Tag.IDENTIFIER);
        int typeNode = eatToken(Token.Tag.COLON) < 0 ? 0 : expectTypeExpr();
        int alignNode = parseByteAlign();
        int addrspaceNode = parseAddrSpace();
        int sectionNode = parseLinkSection();

        if (sectionNode == 0 && addrspaceNode == 0) {
            if (alignNode == 0) {
                return addNode(Tag.SIMPLE_VAR_DECL, mutToken, typeNode, 0);
            }
            if (typeNode == 0) {
                return addNode(Tag.ALIGNED_VAR_DECL, mutToken, alignNode, 0);
            }
            return addNode(Tag.LOCAL_VAR_DECL, mutToken, addExtra(typeNode, alignNode), 0);
        }
        return addNode(Tag.GLOBAL_VAR_DECL, mutToken,
                addExtra(typeNode, alignNode, addrspaceNode, sectionNode), 0);
    }

    /** GlobalVarDecl <- VarDeclProto (EQUAL Expr?) SEMICOLON */
    private int parseGlobalVarDecl() {
        int varDecl = parseVarDeclProto();
        if (varDecl == 0) {
            return 0;
        }
        int initNode = switch (tag(tokI)) {
            case EQUAL_EQUAL -> {
                warn(Error.Tag.WRONG_EQUAL_VAR_DECL);
                tokI++;
                yield expectExpr();
            }
            case EQUAL -> {
                tokI++;
                yield expectExpr();
            }
            default -> 0;
        };
        rhs[varDecl] = initNode;
        expectSemicolon(Error.Tag.EXPECTED_SEMI_AFTER_DECL, false);
        return varDecl;
    }

    /**
     * ContainerField <- doc_comment? KEYWORD_comptime? !KEYWORD_fn (IDENTIFIER COLON)? TypeExpr ByteAlign?
     * (EQUAL Expr)?
     */
    private int expectContainerField() {
        eatToken(Token.Tag.KEYWORD_COMPTIME);
        int mainToken = tokI;
        if (tag(tokI) == Token.Tag.IDENTIFIER && tag(tokI + 1) == Token.Tag.COLON) {
            tokI += 2;
        }
        int typeExpr = expectTypeExpr();
        int alignExpr = parseByteAlign();
        int valueExpr = eatToken(Token.Tag.EQUAL) < 0 ? 0 : expectExpr();

        if (alignExpr == 0) {
            return addNode(Tag.CONTAINER_FIELD_INIT, mainToken, typeExpr, valueExpr);
        } else if (valueExpr == 0) {
            return addNode(Tag.CONTAINER_FIELD_ALIGN, mainToken, typeExpr, alignExpr);
        } else {
            return addNode(Tag.CONTAINER_FIELD, mainToken, typeExpr, addExtra(alignExpr, valueExpr));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Statements

    /** Statement (see Parse.zig). */
    private int expectStatement(boolean allowDeferVar) {
        enter();
        try {
            int comptimeToken = eatToken(Token.Tag.KEYWORD_COMPTIME);
            if (comptimeToken >= 0) {
                int blockExpr = parseBlockExpr();
                if (blockExpr != 0) {
                    return addNode(Tag.COMPTIME, comptimeToken, blockExpr, 0);
                }
                if (allowDeferVar) {
                    return expectVarDeclExprStatement(comptimeToken);
                } else {
                    int assign = expectAssignExpr();
                    expectSemicolon(Error.Tag.EXPECTED_SEMI_AFTER_STMT, true);
                    return addNode(Tag.COMPTIME, comptimeToken, assign, 0);
                }
            }

            switch (tag(tokI)) {
                case KEYWORD_NOSUSPEND -> {
                    int t = nextToken();
                    return addNode(Tag.NOSUSPEND, t, expectBlockExprStatement(), 0);
                }
                case KEYWORD_SUSPEND -> {
                    int token = nextToken();
                    int blockExpr = expectBlockExprStatement();
                    return addNode(Tag.SUSPEND, token, blockExpr, 0);
                }
                case KEYWORD_DEFER -> {
                    if (allowDeferVar) {
                        int t = nextToken();
                        return addNode(Tag.DEFER, t, 0, expectBlockExprStatement());
                    }
                }
                case KEYWORD_ERRDEFER -> {
                    if (allowDeferVar) {
                        int t = nextToken();
                        int payload = parsePayload();
                        return addNode(Tag.ERRDEFER, t, payload, expectBlockExprStatement());
                    }
                }
                case KEYWORD_IF -> {
                    return expectIfStatement();
                }
                case KEYWORD_ENUM, KEYWORD_STRUCT, KEYWORD_UNION -> {
                    int identifier = tokI + 1;
                    if (parseCStyleContainer()) {
                        // Return something so that `expectStatement` is happy.
                        return addNode(Tag.IDENTIFIER, identifier, 0, 0);
                    }
                }
                default -> {
                }
            }

            int labeledStatement = parseLabeledStatement();
            if (labeledStatement != 0) {
                return labeledStatement;
            }

            if (allowDeferVar) {
                return expectVarDeclExprStatement(-1);
            } else {
                int assign = expectAssignExpr();
                expectSemicolon(Error.Tag.EXPECTED_SEMI_AFTER_STMT, true);
                return assign;
            }
        } finally {
            leave();
        }
    }

    /**
     * VarDeclExprStatement
     * <- VarDeclProto (COMMA (VarDeclProto / Expr))* EQUAL Expr SEMICOLON
     * / Expr (AssignOp Expr / (COMMA (VarDeclProto / Expr))+ EQUAL Expr)? SEMICOLON
     */
    private int expectVarDeclExprStatement(int comptimeToken) {
        int scratchTop = scratchLen;
        try {
            while (true) {
                tick();
                int varDeclProto = parseVarDeclProto();
                if (varDeclProto != 0) {
                    scratchAppend(varDeclProto);
                } else {
                    int expr = parseExpr();
                    if (expr == 0) {
                        if (scratchLen == scratchTop) {
                            // We parsed nothing
                            throw fail(Error.Tag.EXPECTED_STATEMENT);
                        } else {
                            // We've had at least one LHS, but had a bad comma
                            throw fail(Error.Tag.EXPECTED_EXPR_OR_VAR_DECL);
                        }
                    }
                    scratchAppend(expr);
                }
                if (eatToken(Token.Tag.COMMA) < 0) {
                    break;
                }
            }

            int lhsCount = scratchLen - scratchTop;

            int equalToken = eatToken(Token.Tag.EQUAL);
            if (equalToken < 0) {
                if (lhsCount > 1) {
                    // Definitely a destructure, so allow recovering from ==
                    int tok = eatToken(Token.Tag.EQUAL_EQUAL);
                    if (tok >= 0) {
                        warnMsg(Error.Tag.WRONG_EQUAL_VAR_DECL, tok);
                        equalToken = tok;
                    } else {
                        throw failExpected(Token.Tag.EQUAL);
                    }
                } else {
                    int lhsNode = scratch[scratchTop];
                    switch (nodeTag(lhsNode)) {
                        case GLOBAL_VAR_DECL, LOCAL_VAR_DECL, SIMPLE_VAR_DECL, ALIGNED_VAR_DECL -> {
                            // Definitely a var decl, so allow recovering from ==
                            int tok = eatToken(Token.Tag.EQUAL_EQUAL);
                            if (tok >= 0) {
                                warnMsg(Error.Tag.WRONG_EQUAL_VAR_DECL, tok);
                                equalToken = tok;
                            } else {
                                throw failExpected(Token.Tag.EQUAL);
                            }
                        }
                        default -> {
                        }
                    }
                    if (equalToken < 0) {
                        int expr = finishAssignExpr(lhsNode);
                        expectSemicolon(Error.Tag.EXPECTED_SEMI_AFTER_STMT, true);
                        if (comptimeToken >= 0) {
                            return addNode(Tag.COMPTIME, comptimeToken, expr, 0);
                        } else {
                            return expr;
                        }
                    }
                }
            }

            int rhsNode = expectExpr();
            expectSemicolon(Error.Tag.EXPECTED_SEMI_AFTER_STMT, true);

            if (lhsCount == 1) {
                int lhsNode = scratch[scratchTop];
                switch (nodeTag(lhsNode)) {
                    case GLOBAL_VAR_DECL, LOCAL_VAR_DECL, SIMPLE_VAR_DECL, ALIGNED_VAR_DECL -> {
                        rhs[lhsNode] = rhsNode;
                        // Don't need to wrap in comptime
                        return lhsNode;
                    }
                    default -> {
                    }
                }
                int expr = addNode(Tag.ASSIGN, equalToken, lhsNode, rhsNode);
                if (comptimeToken >= 0) {
                    return addNode(Tag.COMPTIME, comptimeToken, expr, 0);
                } else {
                    return expr;
                }
            }

            // An actual destructure! No need for any `comptime` wrapper here.
            ensureExtra(lhsCount + 1);
            int extraStart = extraLen;
            extra[extraLen++] = lhsCount;
            System.arraycopy(scratch, scratchTop, extra, extraLen, lhsCount);
            extraLen += lhsCount;
            return addNode(Tag.ASSIGN_DESTRUCTURE, equalToken, extraStart, rhsNode);
        } finally {
            scratchLen = scratchTop;
        }
    }

    /**
     * If a parse error occurs, reports an error, but then finds the next statement and returns that one instead.
     * If a parse error occurs but there is no following statement, returns 0.
     */
    private int expectStatementRecoverable() {
        while (true) {
            tick();
            try {
                return expectStatement(true);
            } catch (Fail f) {
                findNextStmt(); // Try to skip to the next statement.
                switch (tag(tokI)) {
                    case R_BRACE:
                        return 0;
                    case EOF:
                        throw f;
                    default:
                        continue;
                }
            }
        }
    }

    /**
     * IfStatement
     * <- IfPrefix BlockExpr ( KEYWORD_else Payload? Statement )?
     * / IfPrefix AssignExpr ( SEMICOLON / KEYWORD_else Payload? Statement )
     */
    private int expectIfStatement() {
        int ifToken = assertToken();
        expectToken(Token.Tag.L_PAREN);
        int condition = expectExpr();
        expectToken(Token.Tag.R_PAREN);
        parsePtrPayload();

        boolean elseRequired = false;
        int thenExpr;
        int blockExpr = parseBlockExpr();
        if (blockExpr != 0) {
            thenExpr = blockExpr;
        } else {
            int assignExpr = parseAssignExpr();
            if (assignExpr == 0) {
                throw fail(Error.Tag.EXPECTED_BLOCK_OR_ASSIGNMENT);
            }
            if (eatToken(Token.Tag.SEMICOLON) >= 0) {
                return addNode(Tag.IF_SIMPLE, ifToken, condition, assignExpr);
            }
            elseRequired = true;
            thenExpr = assignExpr;
        }
        if (eatToken(Token.Tag.KEYWORD_ELSE) < 0) {
            if (elseRequired) {
                warn(Error.Tag.EXPECTED_SEMI_OR_ELSE);
            }
            return addNode(Tag.IF_SIMPLE, ifToken, condition, thenExpr);
        }
        parsePayload();
        int elseExpr = expectStatement(false);
        return addNode(Tag.IF, ifToken, condition, addExtra(thenExpr, elseExpr));
    }

    /** LabeledStatement <- BlockLabel? (Block / LoopStatement / SwitchExpr) */
    private int parseLabeledStatement() {
        int labelToken = parseBlockLabel();
        int block = parseBlock();
        if (block != 0) {
            return block;
        }

        int loopStmt = parseLoopStatement();
        if (loopStmt != 0) {
            return loopStmt;
        }

        int switchExpr = parseSwitchExpr(labelToken != 0);
        if (switchExpr != 0) {
            return switchExpr;
        }

        if (labelToken != 0) {
            int afterColon = tokI;
            int node = parseTypeExpr();
            if (node != 0) {
                int a = parseByteAlign();
                int b = parseAddrSpace();
                int c = parseLinkSection();
                int d = eatToken(Token.Tag.EQUAL) < 0 ? 0 : expectExpr();
                if (a != 0 || b != 0 || c != 0 || d != 0) {
                    throw failMsg(new Error(Error.Tag.EXPECTED_VAR_CONST, false, false, labelToken, null));
                }
            }
            throw failMsg(new Error(Error.Tag.EXPECTED_LABELABLE, false, false, afterColon, null));
        }

        return 0;
    }

    /** LoopStatement <- KEYWORD_inline? (ForStatement / WhileStatement) */
    private int parseLoopStatement() {
        int inlineToken = eatToken(Token.Tag.KEYWORD_INLINE);

        int forStatement = parseForStatement();
        if (forStatement != 0) {
            return forStatement;
        }

        int whileStatement = parseWhileStatement();
        if (whileStatement != 0) {
            return whileStatement;
        }

        if (inlineToken < 0) {
            return 0;
        }

        // If we've seen "inline", there should have been a "for" or "while"
        throw fail(Error.Tag.EXPECTED_INLINABLE);
    }

    /**
     * ForStatement
     * <- ForPrefix BlockExpr ( KEYWORD_else Statement )?
     * / ForPrefix AssignExpr ( SEMICOLON / KEYWORD_else Statement )
     */
    private int parseForStatement() {
        int forToken = eatToken(Token.Tag.KEYWORD_FOR);
        if (forToken < 0) {
            return 0;
        }

        int scratchTop = scratchLen;
        try {
            int inputs = forPrefix();

            boolean elseRequired = false;
            boolean seenSemicolon = false;
            int thenExpr;
            int blockExpr = parseBlockExpr();
            if (blockExpr != 0) {
                thenExpr = blockExpr;
            } else {
                int assignExpr = parseAssignExpr();
                if (assignExpr == 0) {
                    throw fail(Error.Tag.EXPECTED_BLOCK_OR_ASSIGNMENT);
                }
                if (eatToken(Token.Tag.SEMICOLON) >= 0) {
                    seenSemicolon = true;
                } else {
                    elseRequired = true;
                }
                thenExpr = assignExpr;
            }
            boolean hasElse = false;
            if (!seenSemicolon && eatToken(Token.Tag.KEYWORD_ELSE) >= 0) {
                scratchAppend(thenExpr);
                int elseStmt = expectStatement(false);
                scratchAppend(elseStmt);
                hasElse = true;
            } else if (inputs == 1) {
                if (elseRequired) {
                    warn(Error.Tag.EXPECTED_SEMI_OR_ELSE);
                }
                return addNode(Tag.FOR_SIMPLE, forToken, scratch[scratchTop], thenExpr);
            } else {
                if (elseRequired) {
                    warn(Error.Tag.EXPECTED_SEMI_OR_ELSE);
                }
                scratchAppend(thenExpr);
            }
            return addNode(Tag.FOR, forToken, listToSpan(scratchTop, scratchLen), Node.For.pack(inputs, hasElse));
        } finally {
            scratchLen = scratchTop;
        }
    }

    /**
     * WhileStatement
     * <- WhilePrefix BlockExpr ( KEYWORD_else Payload? Statement )?
     * / WhilePrefix AssignExpr ( SEMICOLON / KEYWORD_else Payload? Statement )
     */
    private int parseWhileStatement() {
        int whileToken = eatToken(Token.Tag.KEYWORD_WHILE);
        if (whileToken < 0) {
            return 0;
        }
        expectToken(Token.Tag.L_PAREN);
        int condition = expectExpr();
        expectToken(Token.Tag.R_PAREN);
        parsePtrPayload();
        int contExpr = parseWhileContinueExpr();

        boolean elseRequired = false;
        int thenExpr;
        int blockExpr = parseBlockExpr();
        if (blockExpr != 0) {
            thenExpr = blockExpr;
        } else {
            int assignExpr = parseAssignExpr();
            if (assignExpr == 0) {
                throw fail(Error.Tag.EXPECTED_BLOCK_OR_ASSIGNMENT);
            }
            if (eatToken(Token.Tag.SEMICOLON) >= 0) {
                if (contExpr == 0) {
                    return addNode(Tag.WHILE_SIMPLE, whileToken, condition, assignExpr);
                } else {
                    return addNode(Tag.WHILE_CONT, whileToken, condition, addExtra(contExpr, assignExpr));
                }
            }
            elseRequired = true;
            thenExpr = assignExpr;
        }
        if (eatToken(Token.Tag.KEYWORD_ELSE) < 0) {
            if (elseRequired) {
                warn(Error.Tag.EXPECTED_SEMI_OR_ELSE);
            }
            if (contExpr == 0) {
                return addNode(Tag.WHILE_SIMPLE, whileToken, condition, thenExpr);
            } else {
                return addNode(Tag.WHILE_CONT, whileToken, condition, addExtra(contExpr, thenExpr));
            }
        }
        parsePayload();
        int elseExpr = expectStatement(false);
        return addNode(Tag.WHILE, whileToken, condition, addExtra(contExpr, thenExpr, elseExpr));
    }

    /** BlockExprStatement <- BlockExpr / AssignExpr SEMICOLON */
    private int parseBlockExprStatement() {
        int blockExpr = parseBlockExpr();
        if (blockExpr != 0) {
            return blockExpr;
        }
        int assignExpr = parseAssignExpr();
        if (assignExpr != 0) {
            expectSemicolon(Error.Tag.EXPECTED_SEMI_AFTER_STMT, true);
            return assignExpr;
        }
        return 0;
    }

    private int expectBlockExprStatement() {
        int node = parseBlockExprStatement();
        if (node == 0) {
            throw fail(Error.Tag.EXPECTED_BLOCK_OR_EXPR);
        }
        return node;
    }

    /** BlockExpr <- BlockLabel? Block */
    private int parseBlockExpr() {
        switch (tag(tokI)) {
            case IDENTIFIER:
                if (tag(tokI + 1) == Token.Tag.COLON && tag(tokI + 2) == Token.Tag.L_BRACE) {
                    tokI += 2;
                    return parseBlock();
                }
                return 0;
            case L_BRACE:
                return parseBlock();
            default:
                return 0;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Expressions

    /** AssignExpr <- Expr (AssignOp Expr / (COMMA Expr)+ EQUAL Expr)? */
    private int parseAssignExpr() {
        int expr = parseExpr();
        if (expr == 0) {
            return 0;
        }
        return finishAssignExpr(expr);
    }

    /** SingleAssignExpr <- Expr (AssignOp Expr)? */
    private int parseSingleAssignExpr() {
        int lhsNode = parseExpr();
        if (lhsNode == 0) {
            return 0;
        }
        Tag t = assignOpNode(tag(tokI));
        if (t == null) {
            return lhsNode;
        }
        int op = nextToken();
        return addNode(t, op, lhsNode, expectExpr());
    }

    private int finishAssignExpr(int lhsNode) {
        Token.Tag tok = tag(tokI);
        if (tok == Token.Tag.COMMA) {
            return finishAssignDestructureExpr(lhsNode);
        }
        Tag t = assignOpNode(tok);
        if (t == null) {
            return lhsNode;
        }
        int op = nextToken();
        return addNode(t, op, lhsNode, expectExpr());
    }

    private static Tag assignOpNode(Token.Tag tok) {
        return switch (tok) {
            case ASTERISK_EQUAL -> Tag.ASSIGN_MUL;
            case SLASH_EQUAL -> Tag.ASSIGN_DIV;
            case PERCENT_EQUAL -> Tag.ASSIGN_MOD;
            case PLUS_EQUAL -> Tag.ASSIGN_ADD;
            case MINUS_EQUAL -> Tag.ASSIGN_SUB;
            case ANGLE_BRACKET_ANGLE_BRACKET_LEFT_EQUAL -> Tag.ASSIGN_SHL;
            case ANGLE_BRACKET_ANGLE_BRACKET_LEFT_PIPE_EQUAL -> Tag.ASSIGN_SHL_SAT;
            case ANGLE_BRACKET_ANGLE_BRACKET_RIGHT_EQUAL -> Tag.ASSIGN_SHR;
            case AMPERSAND_EQUAL -> Tag.ASSIGN_BIT_AND;
            case CARET_EQUAL -> Tag.ASSIGN_BIT_XOR;
            case PIPE_EQUAL -> Tag.ASSIGN_BIT_OR;
            case ASTERISK_PERCENT_EQUAL -> Tag.ASSIGN_MUL_WRAP;
            case PLUS_PERCENT_EQUAL -> Tag.ASSIGN_ADD_WRAP;
            case MINUS_PERCENT_EQUAL -> Tag.ASSIGN_SUB_WRAP;
            case ASTERISK_PIPE_EQUAL -> Tag.ASSIGN_MUL_SAT;
            case PLUS_PIPE_EQUAL -> Tag.ASSIGN_ADD_SAT;
            case MINUS_PIPE_EQUAL -> Tag.ASSIGN_SUB_SAT;
            case EQUAL -> Tag.ASSIGN;
            default -> null;
        };
    }

    private int finishAssignDestructureExpr(int firstLhs) {
        int scratchTop = scratchLen;
        try {
            scratchAppend(firstLhs);
            while (eatToken(Token.Tag.COMMA) >= 0) {
                tick();
                int expr = expectExpr();
                scratchAppend(expr);
            }
            int equalToken = expectToken(Token.Tag.EQUAL);
            int rhsNode = expectExpr();
            int lhsCount = scratchLen - scratchTop;
            ensureExtra(lhsCount + 1);
            int extraStart = extraLen;
            extra[extraLen++] = lhsCount;
            System.arraycopy(scratch, scratchTop, extra, extraLen, lhsCount);
            extraLen += lhsCount;
            return addNode(Tag.ASSIGN_DESTRUCTURE, equalToken, extraStart, rhsNode);
        } finally {
            scratchLen = scratchTop;
        }
    }

    private int expectSingleAssignExpr() {
        int expr = parseSingleAssignExpr();
        if (expr == 0) {
            throw fail(Error.Tag.EXPECTED_EXPR_OR_ASSIGNMENT);
        }
        return expr;
    }

    private int expectAssignExpr() {
        int expr = parseAssignExpr();
        if (expr == 0) {
            throw fail(Error.Tag.EXPECTED_EXPR_OR_ASSIGNMENT);
        }
        return expr;
    }

    private int parseExpr() {
        return parseExprPrecedence(0);
    }

    private int expectExpr() {
        int node = parseExpr();
        if (node == 0) {
            throw fail(Error.Tag.EXPECTED_EXPR);
        }
        return node;
    }

    // The binary operator table, indexed by token tag ordinal.
    private static final int[] OPER_PREC = new int[Token.Tag.values().length];
    private static final Tag[] OPER_TAG = new Tag[Token.Tag.values().length];
    private static final boolean[] OPER_ASSOC_NONE = new boolean[Token.Tag.values().length];

    private static void oper(Token.Tag t, int prec, Tag n, boolean none) {
        OPER_PREC[t.ordinal()] = prec;
        OPER_TAG[t.ordinal()] = n;
        OPER_ASSOC_NONE[t.ordinal()] = none;
    }

    static {
        java.util.Arrays.fill(OPER_PREC, -1);
        oper(Token.Tag.KEYWORD_OR, 10, Tag.BOOL_OR, false);
        oper(Token.Tag.KEYWORD_AND, 20, Tag.BOOL_AND, false);
        oper(Token.Tag.EQUAL_EQUAL, 30, Tag.EQUAL_EQUAL, true);
        oper(Token.Tag.BANG_EQUAL, 30, Tag.BANG_EQUAL, true);
        oper(Token.Tag.ANGLE_BRACKET_LEFT, 30, Tag.LESS_THAN, true);
        oper(Token.Tag.ANGLE_BRACKET_RIGHT, 30, Tag.GREATER_THAN, true);
        oper(Token.Tag.ANGLE_BRACKET_LEFT_EQUAL, 30, Tag.LESS_OR_EQUAL, true);
        oper(Token.Tag.ANGLE_BRACKET_RIGHT_EQUAL, 30, Tag.GREATER_OR_EQUAL, true);
        oper(Token.Tag.AMPERSAND, 40, Tag.BIT_AND, false);
        oper(Token.Tag.CARET, 40, Tag.BIT_XOR, false);
        oper(Token.Tag.PIPE, 40, Tag.BIT_OR, false);
        oper(Token.Tag.KEYWORD_ORELSE, 40, Tag.ORELSE, false);
        oper(Token.Tag.KEYWORD_CATCH, 40, Tag.CATCH, false);
        oper(Token.Tag.ANGLE_BRACKET_ANGLE_BRACKET_LEFT, 50, Tag.SHL, false);
        oper(Token.Tag.ANGLE_BRACKET_ANGLE_BRACKET_LEFT_PIPE, 50, Tag.SHL_SAT, false);
        oper(Token.Tag.ANGLE_BRACKET_ANGLE_BRACKET_RIGHT, 50, Tag.SHR, false);
        oper(Token.Tag.PLUS, 60, Tag.ADD, false);
        oper(Token.Tag.MINUS, 60, Tag.SUB, false);
        oper(Token.Tag.PLUS_PLUS, 60, Tag.ARRAY_CAT, false);
        oper(Token.Tag.PLUS_PERCENT, 60, Tag.ADD_WRAP, false);
        oper(Token.Tag.MINUS_PERCENT, 60, Tag.SUB_WRAP, false);
        oper(Token.Tag.PLUS_PIPE, 60, Tag.ADD_SAT, false);
        oper(Token.Tag.MINUS_PIPE, 60, Tag.SUB_SAT, false);
        oper(Token.Tag.PIPE_PIPE, 70, Tag.MERGE_ERROR_SETS, false);
        oper(Token.Tag.ASTERISK, 70, Tag.MUL, false);
        oper(Token.Tag.SLASH, 70, Tag.DIV, false);
        oper(Token.Tag.PERCENT, 70, Tag.MOD, false);
        oper(Token.Tag.ASTERISK_ASTERISK, 70, Tag.ARRAY_MULT, false);
        oper(Token.Tag.ASTERISK_PERCENT, 70, Tag.MUL_WRAP, false);
        oper(Token.Tag.ASTERISK_PIPE, 70, Tag.MUL_SAT, false);
    }

    private int parseExprPrecedence(int minPrec) {
        enter();
        try {
            int node = parsePrefixExpr();
            if (node == 0) {
                return 0;
            }

            int bannedPrec = -1;

            while (true) {
                tick();
                int tokTag = tokenTags[tokI];
                int prec = OPER_PREC[tokTag];
                if (prec < minPrec) {
                    break;
                }
                if (prec == bannedPrec) {
                    throw fail(Error.Tag.CHAINED_COMPARISON_OPERATORS);
                }

                int operToken = nextToken();
                // Special-case handling for "catch"
                if (TT[tokTag] == Token.Tag.KEYWORD_CATCH) {
                    parsePayload();
                }
                int rhsNode = parseExprPrecedence(prec + 1);
                if (rhsNode == 0) {
                    warn(Error.Tag.EXPECTED_EXPR);
                    return node;
                }

                {
                    int tokLen = TT[tokTag].lexeme().length();
                    int start = tokenStarts[operToken];
                    int charBefore = srcAt(start - 1);
                    int charAfter = srcAt(start + tokLen);
                    if (TT[tokTag] == Token.Tag.AMPERSAND && charAfter == '&') {
                        // without types we don't know if '&&' was intended as 'bitwise_and address_of', or a
                        // c-style logical_and. The best the parser can do is recommend changing it to 'and' or
                        // ' & &'
                        warnMsg(Error.Tag.INVALID_AMPERSAND_AMPERSAND, operToken);
                    } else if (isWhitespace(charBefore) != isWhitespace(charAfter)) {
                        warnMsg(Error.Tag.MISMATCHED_BINARY_OP_WHITESPACE, operToken);
                    }
                }

                node = addNode(OPER_TAG[tokTag], operToken, node, rhsNode);

                if (OPER_ASSOC_NONE[tokTag]) {
                    bannedPrec = prec;
                }
            }

            return node;
        } finally {
            leave();
        }
    }

    private int srcAt(int i) {
        return i >= 0 && i < sourceLen ? source[i] & 0xFF : 0;
    }

    /** Zig's {@code std.ascii.isWhitespace}: space, \t, \n, \r, VT, FF. */
    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
    }

    /** PrefixExpr <- PrefixOp* PrimaryExpr */
    private int parsePrefixExpr() {
        Tag t = switch (tag(tokI)) {
            case BANG -> Tag.BOOL_NOT;
            case MINUS -> Tag.NEGATION;
            case TILDE -> Tag.BIT_NOT;
            case MINUS_PERCENT -> Tag.NEGATION_WRAP;
            case AMPERSAND -> Tag.ADDRESS_OF;
            case KEYWORD_TRY -> Tag.TRY;
            case KEYWORD_AWAIT -> Tag.AWAIT;
            default -> null;
        };
        if (t == null) {
            return parsePrimaryExpr();
        }
        enter();
        try {
            int mainToken = nextToken();
            return addNode(t, mainToken, expectPrefixExpr(), 0);
        } finally {
            leave();
        }
    }

    private int expectPrefixExpr() {
        int node = parsePrefixExpr();
        if (node == 0) {
            throw fail(Error.Tag.EXPECTED_PREFIX_EXPR);
        }
        return node;
    }

    /** TypeExpr <- PrefixTypeOp* ErrorUnionExpr */
    private int parseTypeExpr() {
        enter();
        try {
            return parseTypeExprInner();
        } finally {
            leave();
        }
    }

    private int parseTypeExprInner() {
        switch (tag(tokI)) {
            case QUESTION_MARK: {
                int t = nextToken();
                return addNode(Tag.OPTIONAL_TYPE, t, expectTypeExpr(), 0);
            }
            case KEYWORD_ANYFRAME:
                if (tag(tokI + 1) == Token.Tag.ARROW) {
                    int t = nextToken();
                    int arrow = nextToken();
                    return addNode(Tag.ANYFRAME_TYPE, t, arrow, expectTypeExpr());
                }
                return parseErrorUnionExpr();
            case ASTERISK: {
                int asterisk = nextToken();
                PtrModifiers mods = parsePtrModifiers();
                int elemType = expectTypeExpr();
                return singlePtr(asterisk, mods, elemType);
            }
            case ASTERISK_ASTERISK: {
                int asterisk = nextToken();
                PtrModifiers mods = parsePtrModifiers();
                int elemType = expectTypeExpr();
                int inner = singlePtr(asterisk, mods, elemType);
                return addNode(Tag.PTR_TYPE_ALIGNED, asterisk, 0, inner);
            }
            case L_BRACKET:
                if (tag(tokI + 1) == Token.Tag.ASTERISK) {
                    int lBracket = nextToken();
                    nextToken();
                    int sentinel = 0;
                    int ident = eatToken(Token.Tag.IDENTIFIER);
                    if (ident >= 0) {
                        if (!isLetterC(ident)) {
                            tokI--;
                        }
                    } else if (eatToken(Token.Tag.COLON) >= 0) {
                        sentinel = expectExpr();
                    }
                    expectToken(Token.Tag.R_BRACKET);
                    PtrModifiers mods = parsePtrModifiers();
                    int elemType = expectTypeExpr();
                    if (mods.bitRangeStart == 0) {
                        if (sentinel == 0 && mods.addrspaceNode == 0) {
                            return addNode(Tag.PTR_TYPE_ALIGNED, lBracket, mods.alignNode, elemType);
                        } else if (mods.alignNode == 0 && mods.addrspaceNode == 0) {
                            return addNode(Tag.PTR_TYPE_SENTINEL, lBracket, sentinel, elemType);
                        } else {
                            return addNode(Tag.PTR_TYPE, lBracket,
                                    addExtra(sentinel, mods.alignNode, mods.addrspaceNode), elemType);
                        }
                    } else {
                        return addNode(Tag.PTR_TYPE_BIT_RANGE, lBracket,
                                addExtra(sentinel, mods.alignNode, mods.addrspaceNode, mods.bitRangeStart,
                                        mods.bitRangeEnd), elemType);
                    }
                } else {
                    int lbracket = nextToken();
                    int lenExpr = parseExpr();
                    int sentinel = eatToken(Token.Tag.COLON) >= 0 ? expectExpr() : 0;
                    expectToken(Token.Tag.R_BRACKET);
                    if (lenExpr == 0) {
                        PtrModifiers mods = parsePtrModifiers();
                        int elemType = expectTypeExpr();
                        if (mods.bitRangeStart != 0) {
                            warnMsg(Error.Tag.INVALID_BIT_RANGE, mainTokens[mods.bitRangeStart]);
                        }
                        if (sentinel == 0 && mods.addrspaceNode == 0) {
                            return addNode(Tag.PTR_TYPE_ALIGNED, lbracket, mods.alignNode, elemType);
                        } else if (mods.alignNode == 0 && mods.addrspaceNode == 0) {
                            return addNode(Tag.PTR_TYPE_SENTINEL, lbracket, sentinel, elemType);
                        } else {
                            return addNode(Tag.PTR_TYPE, lbracket,
                                    addExtra(sentinel, mods.alignNode, mods.addrspaceNode), elemType);
                        }
                    } else {
                        switch (tag(tokI)) {
                            case KEYWORD_ALIGN, KEYWORD_CONST, KEYWORD_VOLATILE, KEYWORD_ALLOWZERO,
                                    KEYWORD_ADDRSPACE -> throw fail(Error.Tag.PTR_MOD_ON_ARRAY_CHILD_TYPE);
                            default -> {
                            }
                        }
                        int elemType = expectTypeExpr();
                        if (sentinel == 0) {
                            return addNode(Tag.ARRAY_TYPE, lbracket, lenExpr, elemType);
                        } else {
                            return addNode(Tag.ARRAY_TYPE_SENTINEL, lbracket, lenExpr, addExtra(sentinel, elemType));
                        }
                    }
                }
            default:
                return parseErrorUnionExpr();
        }
    }

    /** The node of a single-item pointer type {@code *mods elemType}. */
    private int singlePtr(int asterisk, PtrModifiers mods, int elemType) {
        if (mods.bitRangeStart != 0) {
            return addNode(Tag.PTR_TYPE_BIT_RANGE, asterisk,
                    addExtra(0, mods.alignNode, mods.addrspaceNode, mods.bitRangeStart, mods.bitRangeEnd), elemType);
        } else if (mods.addrspaceNode != 0) {
            return addNode(Tag.PTR_TYPE, asterisk, addExtra(0, mods.alignNode, mods.addrspaceNode), elemType);
        } else {
            return addNode(Tag.PTR_TYPE_ALIGNED, asterisk, mods.alignNode, elemType);
        }
    }

    /** Whether the source from the identifier up to the next token, right-trimmed of whitespace, is "c". */
    private boolean isLetterC(int ident) {
        int s = tokenStarts[ident];
        int e = tokenStarts[ident + 1];
        while (e > s && isWhitespace(source[e - 1] & 0xFF)) {
            e--;
        }
        return e - s == 1 && source[s] == 'c';
    }

    private int expectTypeExpr() {
        int node = parseTypeExpr();
        if (node == 0) {
            throw fail(Error.Tag.EXPECTED_TYPE_EXPR);
        }
        return node;
    }

    /** PrimaryExpr (see Parse.zig). */
    private int parsePrimaryExpr() {
        switch (tag(tokI)) {
            case KEYWORD_ASM:
                return expectAsmExpr();
            case KEYWORD_IF:
                return parseIf(false);
            case KEYWORD_BREAK: {
                int t = nextToken();
                int label = parseBreakLabel();
                return addNode(Tag.BREAK, t, label, parseExpr());
            }
            case KEYWORD_CONTINUE: {
                int t = nextToken();
                int label = parseBreakLabel();
                return addNode(Tag.CONTINUE, t, label, parseExpr());
            }
            case KEYWORD_COMPTIME: {
                int t = nextToken();
                return addNode(Tag.COMPTIME, t, expectExpr(), 0);
            }
            case KEYWORD_NOSUSPEND: {
                int t = nextToken();
                return addNode(Tag.NOSUSPEND, t, expectExpr(), 0);
            }
            case KEYWORD_RESUME: {
                int t = nextToken();
                return addNode(Tag.RESUME, t, expectExpr(), 0);
            }
            case KEYWORD_RETURN: {
                int t = nextToken();
                return addNode(Tag.RETURN, t, parseExpr(), 0);
            }
            case IDENTIFIER:
                if (tag(tokI + 1) == Token.Tag.COLON) {
                    switch (tag(tokI + 2)) {
                        case KEYWORD_INLINE:
                            tokI += 3;
                            switch (tag(tokI)) {
                                case KEYWORD_FOR:
                                    return parseFor(false);
                                case KEYWORD_WHILE:
                                    return parseWhileExpr();
                                default:
                                    throw fail(Error.Tag.EXPECTED_INLINABLE);
                            }
                        case KEYWORD_FOR:
                            tokI += 2;
                            return parseFor(false);
                        case KEYWORD_WHILE:
                            tokI += 2;
                            return parseWhileExpr();
                        case L_BRACE:
                            tokI += 2;
                            return parseBlock();
                        default:
                            return parseCurlySuffixExpr();
                    }
                } else {
                    return parseCurlySuffixExpr();
                }
            case KEYWORD_INLINE:
                tokI++;
                switch (tag(tokI)) {
                    case KEYWORD_FOR:
                        return parseFor(false);
                    case KEYWORD_WHILE:
                        return parseWhileExpr();
                    default:
                        throw fail(Error.Tag.EXPECTED_INLINABLE);
                }
            case KEYWORD_FOR:
                return parseFor(false);
            case KEYWORD_WHILE:
                return parseWhileExpr();
            case L_BRACE:
                return parseBlock();
            default:
                return parseCurlySuffixExpr();
        }
    }

    /** Block <- LBRACE Statement* RBRACE */
    private int parseBlock() {
        int lbrace = eatToken(Token.Tag.L_BRACE);
        if (lbrace < 0) {
            return 0;
        }
        int scratchTop = scratchLen;
        enter();
        try {
            while (true) {
                tick();
                if (tag(tokI) == Token.Tag.R_BRACE) {
                    break;
                }
                int statement = expectStatementRecoverable();
                if (statement == 0) {
                    break;
                }
                scratchAppend(statement);
            }
            expectToken(Token.Tag.R_BRACE);
            boolean semicolon = tag(tokI - 2) == Token.Tag.SEMICOLON;
            int count = scratchLen - scratchTop;
            switch (count) {
                case 0:
                    return addNode(Tag.BLOCK_TWO, lbrace, 0, 0);
                case 1:
                    return addNode(semicolon ? Tag.BLOCK_TWO_SEMICOLON : Tag.BLOCK_TWO, lbrace,
                            scratch[scratchTop], 0);
                case 2:
                    return addNode(semicolon ? Tag.BLOCK_TWO_SEMICOLON : Tag.BLOCK_TWO, lbrace,
                            scratch[scratchTop], scratch[scratchTop + 1]);
                default: {
                    int start = listToSpan(scratchTop, scratchLen);
                    return addNode(semicolon ? Tag.BLOCK_SEMICOLON : Tag.BLOCK, lbrace, start, start + count);
                }
            }
        } finally {
            scratchLen = scratchTop;
            leave();
        }
    }

    /**
     * ForPrefix <- KEYWORD_for LPAREN ForInput (COMMA ForInput)* COMMA? RPAREN ForPayload. Appends the inputs to
     * the scratch list and returns their number.
     */
    private int forPrefix() {
        int start = scratchLen;
        expectToken(Token.Tag.L_PAREN);

        while (true) {
            tick();
            int input = expectExpr();
            int ellipsis = eatToken(Token.Tag.ELLIPSIS2);
            if (ellipsis >= 0) {
                input = addNode(Tag.FOR_RANGE, ellipsis, input, parseExpr());
            }

            scratchAppend(input);
            boolean done = false;
            switch (tag(tokI)) {
                case COMMA -> tokI++;
                case R_PAREN -> {
                    tokI++;
                    done = true;
                }
                case COLON, R_BRACE, R_BRACKET -> throw failExpected(Token.Tag.R_PAREN);
                // Likely just a missing comma; give error but continue parsing.
                default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_FOR_OPERAND);
            }
            if (done) {
                break;
            }
            if (eatToken(Token.Tag.R_PAREN) >= 0) {
                break;
            }
        }
        int inputs = scratchLen - start;

        if (eatToken(Token.Tag.PIPE) < 0) {
            warn(Error.Tag.EXPECTED_LOOP_PAYLOAD);
            return inputs;
        }

        boolean warnedExcess = false;
        int captures = 0;
        while (true) {
            tick();
            eatToken(Token.Tag.ASTERISK);
            int identifier = expectToken(Token.Tag.IDENTIFIER);
            captures++;
            if (captures > inputs && !warnedExcess) {
                warnMsg(Error.Tag.EXTRA_FOR_CAPTURE, identifier);
                warnedExcess = true;
            }
            boolean done = false;
            switch (tag(tokI)) {
                case COMMA -> tokI++;
                case PIPE -> {
                    tokI++;
                    done = true;
                }
                // Likely just a missing comma; give error but continue parsing.
                default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_CAPTURE);
            }
            if (done) {
                break;
            }
            if (eatToken(Token.Tag.PIPE) >= 0) {
                break;
            }
        }

        if (captures < inputs) {
            int index = scratchLen - captures;
            int input = mainTokens[scratch[index]];
            warnMsg(Error.Tag.FOR_INPUT_NOT_CAPTURED, input);
        }
        return inputs;
    }

    /**
     * WhileExpr <- WhilePrefix Expr (KEYWORD_else Payload? Expr)?; WhileTypeExpr with TypeExpr bodies when
     * {@code typeBody}.
     */
    private int parseWhileExpr(boolean typeBody) {
        int whileToken = eatToken(Token.Tag.KEYWORD_WHILE);
        if (whileToken < 0) {
            return 0;
        }
        expectToken(Token.Tag.L_PAREN);
        int condition = expectExpr();
        expectToken(Token.Tag.R_PAREN);
        parsePtrPayload();
        int contExpr = parseWhileContinueExpr();

        int thenExpr = typeBody ? expectTypeExpr() : expectExpr();
        if (eatToken(Token.Tag.KEYWORD_ELSE) < 0) {
            if (contExpr == 0) {
                return addNode(Tag.WHILE_SIMPLE, whileToken, condition, thenExpr);
            } else {
                return addNode(Tag.WHILE_CONT, whileToken, condition, addExtra(contExpr, thenExpr));
            }
        }
        parsePayload();
        int elseExpr = typeBody ? expectTypeExpr() : expectExpr();
        return addNode(Tag.WHILE, whileToken, condition, addExtra(contExpr, thenExpr, elseExpr));
    }

    private int parseWhileExpr() {
        return parseWhileExpr(false);
    }

    /**
     * CurlySuffixExpr <- TypeExpr InitList?
     * InitList <- LBRACE FieldInit (COMMA FieldInit)* COMMA? RBRACE / LBRACE Expr (COMMA Expr)* COMMA? RBRACE
     * / LBRACE RBRACE
     */
    private int parseCurlySuffixExpr() {
        int lhsNode = parseTypeExpr();
        if (lhsNode == 0) {
            return 0;
        }
        int lbrace = eatToken(Token.Tag.L_BRACE);
        if (lbrace < 0) {
            return lhsNode;
        }

        // If there are 0 or 1 items, we can use ArrayInitOne/StructInitOne;
        // otherwise we use the full ArrayInit/StructInit.
        int scratchTop = scratchLen;
        try {
            int fieldInit = parseFieldInit();
            if (fieldInit != 0) {
                scratchAppend(fieldInit);
                while (true) {
                    tick();
                    boolean done = false;
                    switch (tag(tokI)) {
                        case COMMA -> tokI++;
                        case R_BRACE -> {
                            tokI++;
                            done = true;
                        }
                        case COLON, R_PAREN, R_BRACKET -> throw failExpected(Token.Tag.R_BRACE);
                        // Likely just a missing comma; give error but continue parsing.
                        default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_INITIALIZER);
                    }
                    if (done) {
                        break;
                    }
                    if (eatToken(Token.Tag.R_BRACE) >= 0) {
                        break;
                    }
                    int next = expectFieldInit();
                    scratchAppend(next);
                }
                boolean comma = tag(tokI - 2) == Token.Tag.COMMA;
                int count = scratchLen - scratchTop;
                if (count == 1) {
                    return addNode(comma ? Tag.STRUCT_INIT_ONE_COMMA : Tag.STRUCT_INIT_ONE, lbrace, lhsNode,
                            scratch[scratchTop]);
                }
                int start = listToSpan(scratchTop, scratchLen);
                return addNode(comma ? Tag.STRUCT_INIT_COMMA : Tag.STRUCT_INIT, lbrace, lhsNode,
                        addExtra(start, start + count));
            }

            while (true) {
                tick();
                if (eatToken(Token.Tag.R_BRACE) >= 0) {
                    break;
                }
                int elemInit = expectExpr();
                scratchAppend(elemInit);
                boolean done = false;
                switch (tag(tokI)) {
                    case COMMA -> tokI++;
                    case R_BRACE -> {
                        tokI++;
                        done = true;
                    }
                    case COLON, R_PAREN, R_BRACKET -> throw failExpected(Token.Tag.R_BRACE);
                    // Likely just a missing comma; give error but continue parsing.
                    default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_INITIALIZER);
                }
                if (done) {
                    break;
                }
            }
            boolean comma = tag(tokI - 2) == Token.Tag.COMMA;
            int count = scratchLen - scratchTop;
            switch (count) {
                case 0:
                    return addNode(Tag.STRUCT_INIT_ONE, lbrace, lhsNode, 0);
                case 1:
                    return addNode(comma ? Tag.ARRAY_INIT_ONE_COMMA : Tag.ARRAY_INIT_ONE, lbrace, lhsNode,
                            scratch[scratchTop]);
                default: {
                    int start = listToSpan(scratchTop, scratchLen);
                    return addNode(comma ? Tag.ARRAY_INIT_COMMA : Tag.ARRAY_INIT, lbrace, lhsNode,
                            addExtra(start, start + count));
                }
            }
        } finally {
            scratchLen = scratchTop;
        }
    }

    /** ErrorUnionExpr <- SuffixExpr (EXCLAMATIONMARK TypeExpr)? */
    private int parseErrorUnionExpr() {
        int suffixExpr = parseSuffixExpr();
        if (suffixExpr == 0) {
            return 0;
        }
        int bang = eatToken(Token.Tag.BANG);
        if (bang < 0) {
            return suffixExpr;
        }
        return addNode(Tag.ERROR_UNION, bang, suffixExpr, expectTypeExpr());
    }

    /**
     * SuffixExpr <- KEYWORD_async PrimaryTypeExpr SuffixOp* FnCallArguments
     * / PrimaryTypeExpr (SuffixOp / FnCallArguments)*
     */
    private int parseSuffixExpr() {
        if (eatToken(Token.Tag.KEYWORD_ASYNC) >= 0) {
            int res = expectPrimaryTypeExpr();
            while (true) {
                tick();
                int node = parseSuffixOp(res);
                if (node == 0) {
                    break;
                }
                res = node;
            }
            int lparen = eatToken(Token.Tag.L_PAREN);
            if (lparen < 0) {
                warn(Error.Tag.EXPECTED_PARAM_LIST);
                return res;
            }
            int scratchTop = scratchLen;
            try {
                parseCallArgs();
                boolean comma = tag(tokI - 2) == Token.Tag.COMMA;
                int count = scratchLen - scratchTop;
                switch (count) {
                    case 0:
                        return addNode(comma ? Tag.ASYNC_CALL_ONE_COMMA : Tag.ASYNC_CALL_ONE, lparen, res, 0);
                    case 1:
                        return addNode(comma ? Tag.ASYNC_CALL_ONE_COMMA : Tag.ASYNC_CALL_ONE, lparen, res,
                                scratch[scratchTop]);
                    default: {
                        int start = listToSpan(scratchTop, scratchLen);
                        return addNode(comma ? Tag.ASYNC_CALL_COMMA : Tag.ASYNC_CALL, lparen, res,
                                addExtra(start, start + count));
                    }
                }
            } finally {
                scratchLen = scratchTop;
            }
        }

        int res = parsePrimaryTypeExpr();
        if (res == 0) {
            return res;
        }
        while (true) {
            tick();
            int suffixOp = parseSuffixOp(res);
            if (suffixOp != 0) {
                res = suffixOp;
                continue;
            }
            int lparen = eatToken(Token.Tag.L_PAREN);
            if (lparen < 0) {
                return res;
            }
            int scratchTop = scratchLen;
            try {
                parseCallArgs();
                boolean comma = tag(tokI - 2) == Token.Tag.COMMA;
                int count = scratchLen - scratchTop;
                switch (count) {
                    case 0:
                        res = addNode(comma ? Tag.CALL_ONE_COMMA : Tag.CALL_ONE, lparen, res, 0);
                        break;
                    case 1:
                        res = addNode(comma ? Tag.CALL_ONE_COMMA : Tag.CALL_ONE, lparen, res, scratch[scratchTop]);
                        break;
                    default: {
                        int start = listToSpan(scratchTop, scratchLen);
                        res = addNode(comma ? Tag.CALL_COMMA : Tag.CALL, lparen, res, addExtra(start, start + count));
                    }
                }
            } finally {
                scratchLen = scratchTop;
            }
        }
    }

    /** The arguments of a call after its {@code (}, appended to the scratch list; consumes the {@code )}. */
    private void parseCallArgs() {
        while (true) {
            tick();
            if (eatToken(Token.Tag.R_PAREN) >= 0) {
                break;
            }
            int param = expectExpr();
            scratchAppend(param);
            boolean done = false;
            switch (tag(tokI)) {
                case COMMA -> tokI++;
                case R_PAREN -> {
                    tokI++;
                    done = true;
                }
                case COLON, R_BRACE, R_BRACKET -> throw failExpected(Token.Tag.R_PAREN);
                // Likely just a missing comma; give error but continue parsing.
                default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_ARG);
            }
            if (done) {
                break;
            }
        }
    }

    /** PrimaryTypeExpr (see Parse.zig). */
    private int parsePrimaryTypeExpr() {
        switch (tag(tokI)) {
            case CHAR_LITERAL:
                return addNode(Tag.CHAR_LITERAL, nextToken(), 0, 0);
            case NUMBER_LITERAL:
                return addNode(Tag.NUMBER_LITERAL, nextToken(), 0, 0);
            case KEYWORD_UNREACHABLE:
                return addNode(Tag.UNREACHABLE_LITERAL, nextToken(), 0, 0);
            case KEYWORD_ANYFRAME:
                return addNode(Tag.ANYFRAME_LITERAL, nextToken(), 0, 0);
            case STRING_LITERAL:
                return addNode(Tag.STRING_LITERAL, nextToken(), 0, 0);
            case BUILTIN:
                return parseBuiltinCall();
            case KEYWORD_FN:
                return parseFnProto();
            case KEYWORD_IF:
                return parseIf(true);
            case KEYWORD_SWITCH:
                return expectSwitchExpr(false);
            case KEYWORD_EXTERN:
            case KEYWORD_PACKED:
                tokI++;
                return parseContainerDeclAuto();
            case KEYWORD_STRUCT:
            case KEYWORD_OPAQUE:
            case KEYWORD_ENUM:
            case KEYWORD_UNION:
                return parseContainerDeclAuto();
            case KEYWORD_COMPTIME: {
                int t = nextToken();
                return addNode(Tag.COMPTIME, t, expectTypeExpr(), 0);
            }
            case MULTILINE_STRING_LITERAL_LINE: {
                int firstLine = nextToken();
                while (tag(tokI) == Token.Tag.MULTILINE_STRING_LITERAL_LINE) {
                    tokI++;
                }
                return addNode(Tag.MULTILINE_STRING_LITERAL, firstLine, firstLine, tokI - 1);
            }
            case IDENTIFIER:
                if (tag(tokI + 1) == Token.Tag.COLON) {
                    switch (tag(tokI + 2)) {
                        case KEYWORD_INLINE:
                            tokI += 3;
                            switch (tag(tokI)) {
                                case KEYWORD_FOR:
                                    return parseFor(true);
                                case KEYWORD_WHILE:
                                    return parseWhileExpr(true);
                                default:
                                    throw fail(Error.Tag.EXPECTED_INLINABLE);
                            }
                        case KEYWORD_FOR:
                            tokI += 2;
                            return parseFor(true);
                        case KEYWORD_WHILE:
                            tokI += 2;
                            return parseWhileExpr(true);
                        case KEYWORD_SWITCH:
                            tokI += 2;
                            return expectSwitchExpr(true);
                        case L_BRACE:
                            tokI += 2;
                            return parseBlock();
                        default:
                            return addNode(Tag.IDENTIFIER, nextToken(), 0, 0);
                    }
                }
                return addNode(Tag.IDENTIFIER, nextToken(), 0, 0);
            case KEYWORD_INLINE:
                tokI++;
                switch (tag(tokI)) {
                    case KEYWORD_FOR:
                        return parseFor(true);
                    case KEYWORD_WHILE:
                        return parseWhileExpr(true);
                    default:
                        throw fail(Error.Tag.EXPECTED_INLINABLE);
                }
            case KEYWORD_FOR:
                return parseFor(true);
            case KEYWORD_WHILE:
                return parseWhileExpr(true);
            case PERIOD:
                switch (tag(tokI + 1)) {
                    case IDENTIFIER: {
                        int dot = nextToken();
                        int ident = nextToken();
                        return addNode(Tag.ENUM_LITERAL, ident, dot, 0);
                    }
                    case L_BRACE:
                        return parseDotInit();
                    default:
                        return 0;
                }
            case KEYWORD_ERROR:
                if (tag(tokI + 1) == Token.Tag.L_BRACE) {
                    int errorToken = tokI;
                    tokI += 2;
                    while (true) {
                        tick();
                        if (eatToken(Token.Tag.R_BRACE) >= 0) {
                            break;
                        }
                        eatDocComments();
                        expectToken(Token.Tag.IDENTIFIER);
                        boolean done = false;
                        switch (tag(tokI)) {
                            case COMMA -> tokI++;
                            case R_BRACE -> {
                                tokI++;
                                done = true;
                            }
                            case COLON, R_PAREN, R_BRACKET -> throw failExpected(Token.Tag.R_BRACE);
                            // Likely just a missing comma; give error but continue parsing.
                            default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_FIELD);
                        }
                        if (done) {
                            break;
                        }
                    }
                    return addNode(Tag.ERROR_SET_DECL, errorToken, 0, tokI - 1);
                } else {
                    int mainToken = nextToken();
                    int period = eatToken(Token.Tag.PERIOD);
                    if (period < 0) {
                        warnExpected(Token.Tag.PERIOD);
                    }
                    int identifier = eatToken(Token.Tag.IDENTIFIER);
                    if (identifier < 0) {
                        warnExpected(Token.Tag.IDENTIFIER);
                    }
                    return addNode(Tag.ERROR_VALUE, mainToken, Math.max(period, 0), Math.max(identifier, 0));
                }
            case L_PAREN: {
                int t = nextToken();
                int expr = expectExpr();
                return addNode(Tag.GROUPED_EXPRESSION, t, expr, expectToken(Token.Tag.R_PAREN));
            }
            default:
                return 0;
        }
    }

    /** {@code .{ ... }}: an anonymous struct or array initializer; {@code tokI} is at the period. */
    private int parseDotInit() {
        int lbrace = tokI + 1;
        tokI = lbrace + 1;

        // If there are 0, 1, or 2 items, we can use ArrayInitDotTwo/StructInitDotTwo;
        // otherwise we use the full ArrayInitDot/StructInitDot.
        int scratchTop = scratchLen;
        try {
            int fieldInit = parseFieldInit();
            if (fieldInit != 0) {
                scratchAppend(fieldInit);
                while (true) {
                    tick();
                    boolean done = false;
                    switch (tag(tokI)) {
                        case COMMA -> tokI++;
                        case R_BRACE -> {
                            tokI++;
                            done = true;
                        }
                        case COLON, R_PAREN, R_BRACKET -> throw failExpected(Token.Tag.R_BRACE);
                        // Likely just a missing comma; give error but continue parsing.
                        default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_INITIALIZER);
                    }
                    if (done) {
                        break;
                    }
                    if (eatToken(Token.Tag.R_BRACE) >= 0) {
                        break;
                    }
                    int next = expectFieldInit();
                    scratchAppend(next);
                }
                boolean comma = tag(tokI - 2) == Token.Tag.COMMA;
                int count = scratchLen - scratchTop;
                switch (count) {
                    case 1:
                        return addNode(comma ? Tag.STRUCT_INIT_DOT_TWO_COMMA : Tag.STRUCT_INIT_DOT_TWO, lbrace,
                                scratch[scratchTop], 0);
                    case 2:
                        return addNode(comma ? Tag.STRUCT_INIT_DOT_TWO_COMMA : Tag.STRUCT_INIT_DOT_TWO, lbrace,
                                scratch[scratchTop], scratch[scratchTop + 1]);
                    default: {
                        int start = listToSpan(scratchTop, scratchLen);
                        return addNode(comma ? Tag.STRUCT_INIT_DOT_COMMA : Tag.STRUCT_INIT_DOT, lbrace, start,
                                start + count);
                    }
                }
            }

            while (true) {
                tick();
                if (eatToken(Token.Tag.R_BRACE) >= 0) {
                    break;
                }
                int elemInit = expectExpr();
                scratchAppend(elemInit);
                boolean done = false;
                switch (tag(tokI)) {
                    case COMMA -> tokI++;
                    case R_BRACE -> {
                        tokI++;
                        done = true;
                    }
                    case COLON, R_PAREN, R_BRACKET -> throw failExpected(Token.Tag.R_BRACE);
                    // Likely just a missing comma; give error but continue parsing.
                    default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_INITIALIZER);
                }
                if (done) {
                    break;
                }
            }
            boolean comma = tag(tokI - 2) == Token.Tag.COMMA;
            int count = scratchLen - scratchTop;
            switch (count) {
                case 0:
                    return addNode(Tag.STRUCT_INIT_DOT_TWO, lbrace, 0, 0);
                case 1:
                    return addNode(comma ? Tag.ARRAY_INIT_DOT_TWO_COMMA : Tag.ARRAY_INIT_DOT_TWO, lbrace,
                            scratch[scratchTop], 0);
                case 2:
                    return addNode(comma ? Tag.ARRAY_INIT_DOT_TWO_COMMA : Tag.ARRAY_INIT_DOT_TWO, lbrace,
                            scratch[scratchTop], scratch[scratchTop + 1]);
                default: {
                    int start = listToSpan(scratchTop, scratchLen);
                    return addNode(comma ? Tag.ARRAY_INIT_DOT_COMMA : Tag.ARRAY_INIT_DOT, lbrace, start,
                            start + count);
                }
            }
        } finally {
            scratchLen = scratchTop;
        }
    }

    private int expectPrimaryTypeExpr() {
        int node = parsePrimaryTypeExpr();
        if (node == 0) {
            throw fail(Error.Tag.EXPECTED_PRIMARY_TYPE_EXPR);
        }
        return node;
    }

    /** SwitchExpr <- KEYWORD_switch LPAREN Expr RPAREN LBRACE SwitchProngList RBRACE */
    private int parseSwitchExpr(boolean isLabeled) {
        int switchToken = eatToken(Token.Tag.KEYWORD_SWITCH);
        if (switchToken < 0) {
            return 0;
        }
        return expectSwitchSuffix(isLabeled ? switchToken - 2 : switchToken);
    }

    private int expectSwitchExpr(boolean isLabeled) {
        int switchToken = assertToken();
        return expectSwitchSuffix(isLabeled ? switchToken - 2 : switchToken);
    }

    private int expectSwitchSuffix(int mainToken) {
        expectToken(Token.Tag.L_PAREN);
        int exprNode = expectExpr();
        expectToken(Token.Tag.R_PAREN);
        expectToken(Token.Tag.L_BRACE);
        int casesStart = parseSwitchProngList();
        int casesEnd = spanEnd;
        boolean trailingComma = tag(tokI - 1) == Token.Tag.COMMA;
        expectToken(Token.Tag.R_BRACE);
        return addNode(trailingComma ? Tag.SWITCH_COMMA : Tag.SWITCH, mainToken, exprNode,
                addExtra(casesStart, casesEnd));
    }

    /** AsmExpr <- KEYWORD_asm KEYWORD_volatile? LPAREN Expr AsmOutput? RPAREN */
    private int expectAsmExpr() {
        int asmToken = assertToken();
        eatToken(Token.Tag.KEYWORD_VOLATILE);
        expectToken(Token.Tag.L_PAREN);
        int template = expectExpr();

        int rparenSimple = eatToken(Token.Tag.R_PAREN);
        if (rparenSimple >= 0) {
            return addNode(Tag.ASM_SIMPLE, asmToken, template, rparenSimple);
        }

        expectToken(Token.Tag.COLON);

        int scratchTop = scratchLen;
        try {
            while (true) {
                tick();
                int outputItem = parseAsmOutputItem();
                if (outputItem == 0) {
                    break;
                }
                scratchAppend(outputItem);
                boolean done = false;
                switch (tag(tokI)) {
                    case COMMA -> tokI++;
                    // All possible delimiters.
                    case COLON, R_PAREN, R_BRACE, R_BRACKET -> done = true;
                    // Likely just a missing comma; give error but continue parsing.
                    default -> warnExpected(Token.Tag.COMMA);
                }
                if (done) {
                    break;
                }
            }
            if (eatToken(Token.Tag.COLON) >= 0) {
                while (true) {
                    tick();
                    int inputItem = parseAsmInputItem();
                    if (inputItem == 0) {
                        break;
                    }
                    scratchAppend(inputItem);
                    boolean done = false;
                    switch (tag(tokI)) {
                        case COMMA -> tokI++;
                        // All possible delimiters.
                        case COLON, R_PAREN, R_BRACE, R_BRACKET -> done = true;
                        // Likely just a missing comma; give error but continue parsing.
                        default -> warnExpected(Token.Tag.COMMA);
                    }
                    if (done) {
                        break;
                    }
                }
                if (eatToken(Token.Tag.COLON) >= 0) {
                    while (eatToken(Token.Tag.STRING_LITERAL) >= 0) {
                        tick();
                        boolean done = false;
                        switch (tag(tokI)) {
                            case COMMA -> tokI++;
                            case COLON, R_PAREN, R_BRACE, R_BRACKET -> done = true;
                            // Likely just a missing comma; give error but continue parsing.
                            default -> warnExpected(Token.Tag.COMMA);
                        }
                        if (done) {
                            break;
                        }
                    }
                }
            }
            int rparen = expectToken(Token.Tag.R_PAREN);
            int start = listToSpan(scratchTop, scratchLen);
            int end = start + (scratchLen - scratchTop);
            return addNode(Tag.ASM, asmToken, template, addExtra(start, end, rparen));
        } finally {
            scratchLen = scratchTop;
        }
    }

    /** AsmOutputItem <- LBRACKET IDENTIFIER RBRACKET STRINGLITERAL LPAREN (MINUSRARROW TypeExpr / IDENTIFIER) RPAREN */
    private int parseAsmOutputItem() {
        if (eatToken(Token.Tag.L_BRACKET) < 0) {
            return 0;
        }
        int identifier = expectToken(Token.Tag.IDENTIFIER);
        expectToken(Token.Tag.R_BRACKET);
        expectToken(Token.Tag.STRING_LITERAL);
        expectToken(Token.Tag.L_PAREN);
        int typeExpr;
        if (eatToken(Token.Tag.ARROW) >= 0) {
            typeExpr = expectTypeExpr();
        } else {
            expectToken(Token.Tag.IDENTIFIER);
            typeExpr = 0;
        }
        int rparen = expectToken(Token.Tag.R_PAREN);
        return addNode(Tag.ASM_OUTPUT, identifier, typeExpr, rparen);
    }

    /** AsmInputItem <- LBRACKET IDENTIFIER RBRACKET STRINGLITERAL LPAREN Expr RPAREN */
    private int parseAsmInputItem() {
        if (eatToken(Token.Tag.L_BRACKET) < 0) {
            return 0;
        }
        int identifier = expectToken(Token.Tag.IDENTIFIER);
        expectToken(Token.Tag.R_BRACKET);
        expectToken(Token.Tag.STRING_LITERAL);
        expectToken(Token.Tag.L_PAREN);
        int expr = expectExpr();
        int rparen = expectToken(Token.Tag.R_PAREN);
        return addNode(Tag.ASM_INPUT, identifier, expr, rparen);
    }

    /** BreakLabel <- COLON IDENTIFIER */
    private int parseBreakLabel() {
        if (eatToken(Token.Tag.COLON) < 0) {
            return 0;
        }
        return expectToken(Token.Tag.IDENTIFIER);
    }

    /** BlockLabel <- IDENTIFIER COLON */
    private int parseBlockLabel() {
        if (tag(tokI) == Token.Tag.IDENTIFIER && tag(tokI + 1) == Token.Tag.COLON) {
            int identifier = tokI;
            tokI += 2;
            return identifier;
        }
        return 0;
    }

    /** FieldInit <- DOT IDENTIFIER EQUAL Expr */
    private int parseFieldInit() {
        if (tag(tokI) == Token.Tag.PERIOD && tag(tokI + 1) == Token.Tag.IDENTIFIER
                && tag(tokI + 2) == Token.Tag.EQUAL) {
            tokI += 3;
            return expectExpr();
        }
        return 0;
    }

    private int expectFieldInit() {
        if (tag(tokI) != Token.Tag.PERIOD || tag(tokI + 1) != Token.Tag.IDENTIFIER
                || tag(tokI + 2) != Token.Tag.EQUAL) {
            throw fail(Error.Tag.EXPECTED_INITIALIZER);
        }
        tokI += 3;
        return expectExpr();
    }

    /** WhileContinueExpr <- COLON LPAREN AssignExpr RPAREN */
    private int parseWhileContinueExpr() {
        if (eatToken(Token.Tag.COLON) < 0) {
            if (tag(tokI) == Token.Tag.L_PAREN && tokensOnSameLine(tokI - 1, tokI)) {
                throw fail(Error.Tag.EXPECTED_CONTINUE_EXPR);
            }
            return 0;
        }
        expectToken(Token.Tag.L_PAREN);
        int node = parseAssignExpr();
        if (node == 0) {
            throw fail(Error.Tag.EXPECTED_EXPR_OR_ASSIGNMENT);
        }
        expectToken(Token.Tag.R_PAREN);
        return node;
    }

    /** LinkSection <- KEYWORD_linksection LPAREN Expr RPAREN */
    private int parseLinkSection() {
        return parseKeywordParenExpr(Token.Tag.KEYWORD_LINKSECTION);
    }

    /** CallConv <- KEYWORD_callconv LPAREN Expr RPAREN */
    private int parseCallconv() {
        return parseKeywordParenExpr(Token.Tag.KEYWORD_CALLCONV);
    }

    /** AddrSpace <- KEYWORD_addrspace LPAREN Expr RPAREN */
    private int parseAddrSpace() {
        return parseKeywordParenExpr(Token.Tag.KEYWORD_ADDRSPACE);
    }

    /** ByteAlign <- KEYWORD_align LPAREN Expr RPAREN */
    private int parseByteAlign() {
        return parseKeywordParenExpr(Token.Tag.KEYWORD_ALIGN);
    }

    private int parseKeywordParenExpr(Token.Tag keyword) {
        if (eatToken(keyword) < 0) {
            return 0;
        }
        expectToken(Token.Tag.L_PAREN);
        int exprNode = expectExpr();
        expectToken(Token.Tag.R_PAREN);
        return exprNode;
    }

    /**
     * ParamDecl <- doc_comment? (KEYWORD_noalias / KEYWORD_comptime)? (IDENTIFIER COLON)? ParamType / DOT3.
     * Returns 0 for {@code anytype} and {@code ...}; the caller looks for the rparen to find the end.
     */
    private int expectParamDecl() {
        eatDocComments();
        switch (tag(tokI)) {
            case KEYWORD_NOALIAS, KEYWORD_COMPTIME -> tokI++;
            case ELLIPSIS3 -> {
                tokI++;
                return 0;
            }
            default -> {
            }
        }
        if (tag(tokI) == Token.Tag.IDENTIFIER && tag(tokI + 1) == Token.Tag.COLON) {
            tokI += 2;
        }
        if (tag(tokI) == Token.Tag.KEYWORD_ANYTYPE) {
            tokI++;
            return 0;
        }
        return expectTypeExpr();
    }

    /** Payload <- PIPE IDENTIFIER PIPE */
    private int parsePayload() {
        if (eatToken(Token.Tag.PIPE) < 0) {
            return 0;
        }
        int identifier = expectToken(Token.Tag.IDENTIFIER);
        expectToken(Token.Tag.PIPE);
        return identifier;
    }

    /** PtrPayload <- PIPE ASTERISK? IDENTIFIER PIPE */
    private int parsePtrPayload() {
        if (eatToken(Token.Tag.PIPE) < 0) {
            return 0;
        }
        eatToken(Token.Tag.ASTERISK);
        int identifier = expectToken(Token.Tag.IDENTIFIER);
        expectToken(Token.Tag.PIPE);
        return identifier;
    }

    /** PtrIndexPayload <- PIPE ASTERISK? IDENTIFIER (COMMA IDENTIFIER)? PIPE. Returns the first identifier. */
    private int parsePtrIndexPayload() {
        if (eatToken(Token.Tag.PIPE) < 0) {
            return 0;
        }
        eatToken(Token.Tag.ASTERISK);
        int identifier = expectToken(Token.Tag.IDENTIFIER);
        if (eatToken(Token.Tag.COMMA) >= 0) {
            expectToken(Token.Tag.IDENTIFIER);
        }
        expectToken(Token.Tag.PIPE);
        return identifier;
    }

    /** SwitchProng <- KEYWORD_inline? SwitchCase EQUALRARROW PtrIndexPayload? AssignExpr */
    private int parseSwitchProng() {
        int scratchTop = scratchLen;
        try {
            boolean isInline = eatToken(Token.Tag.KEYWORD_INLINE) >= 0;

            if (eatToken(Token.Tag.KEYWORD_ELSE) < 0) {
                while (true) {
                    tick();
                    int item = parseSwitchItem();
                    if (item == 0) {
                        break;
                    }
                    scratchAppend(item);
                    if (eatToken(Token.Tag.COMMA) < 0) {
                        break;
                    }
                }
                if (scratchTop == scratchLen) {
                    if (isInline) {
                        tokI--;
                    }
                    return 0;
                }
            }
            int arrowToken = expectToken(Token.Tag.EQUAL_ANGLE_BRACKET_RIGHT);
            parsePtrIndexPayload();

            int count = scratchLen - scratchTop;
            switch (count) {
                case 0:
                    return addNode(isInline ? Tag.SWITCH_CASE_INLINE_ONE : Tag.SWITCH_CASE_ONE, arrowToken, 0,
                            expectSingleAssignExpr());
                case 1:
                    return addNode(isInline ? Tag.SWITCH_CASE_INLINE_ONE : Tag.SWITCH_CASE_ONE, arrowToken,
                            scratch[scratchTop], expectSingleAssignExpr());
                default: {
                    int start = listToSpan(scratchTop, scratchLen);
                    int range = addExtra(start, start + count);
                    return addNode(isInline ? Tag.SWITCH_CASE_INLINE : Tag.SWITCH_CASE, arrowToken, range,
                            expectSingleAssignExpr());
                }
            }
        } finally {
            scratchLen = scratchTop;
        }
    }

    /** SwitchItem <- Expr (DOT3 Expr)? */
    private int parseSwitchItem() {
        int expr = parseExpr();
        if (expr == 0) {
            return 0;
        }
        int token = eatToken(Token.Tag.ELLIPSIS3);
        if (token >= 0) {
            return addNode(Tag.SWITCH_RANGE, token, expr, expectExpr());
        }
        return expr;
    }

    private record PtrModifiers(int alignNode, int addrspaceNode, int bitRangeStart, int bitRangeEnd) {
    }

    private static final PtrModifiers NO_MODIFIERS = new PtrModifiers(0, 0, 0, 0);

    private PtrModifiers parsePtrModifiers() {
        int alignNode = 0;
        int addrspaceNode = 0;
        int bitRangeStart = 0;
        int bitRangeEnd = 0;
        boolean sawConst = false;
        boolean sawVolatile = false;
        boolean sawAllowzero = false;
        while (true) {
            tick();
            switch (tag(tokI)) {
                case KEYWORD_ALIGN -> {
                    if (alignNode != 0) {
                        warn(Error.Tag.EXTRA_ALIGN_QUALIFIER);
                    }
                    tokI++;
                    expectToken(Token.Tag.L_PAREN);
                    alignNode = expectExpr();

                    if (eatToken(Token.Tag.COLON) >= 0) {
                        bitRangeStart = expectExpr();
                        expectToken(Token.Tag.COLON);
                        bitRangeEnd = expectExpr();
                    }

                    expectToken(Token.Tag.R_PAREN);
                }
                case KEYWORD_CONST -> {
                    if (sawConst) {
                        warn(Error.Tag.EXTRA_CONST_QUALIFIER);
                    }
                    tokI++;
                    sawConst = true;
                }
                case KEYWORD_VOLATILE -> {
                    if (sawVolatile) {
                        warn(Error.Tag.EXTRA_VOLATILE_QUALIFIER);
                    }
                    tokI++;
                    sawVolatile = true;
                }
                case KEYWORD_ALLOWZERO -> {
                    if (sawAllowzero) {
                        warn(Error.Tag.EXTRA_ALLOWZERO_QUALIFIER);
                    }
                    tokI++;
                    sawAllowzero = true;
                }
                case KEYWORD_ADDRSPACE -> {
                    if (addrspaceNode != 0) {
                        warn(Error.Tag.EXTRA_ADDRSPACE_QUALIFIER);
                    }
                    addrspaceNode = parseAddrSpace();
                }
                default -> {
                    if (alignNode == 0 && addrspaceNode == 0 && bitRangeStart == 0 && bitRangeEnd == 0) {
                        return NO_MODIFIERS;
                    }
                    return new PtrModifiers(alignNode, addrspaceNode, bitRangeStart, bitRangeEnd);
                }
            }
        }
    }

    /** SuffixOp <- LBRACKET Expr (DOT2 (Expr? (COLON Expr)?)?)? RBRACKET / DOT IDENTIFIER / DOTASTERISK / DOTQUESTIONMARK */
    private int parseSuffixOp(int lhsNode) {
        switch (tag(tokI)) {
            case L_BRACKET: {
                int lbracket = nextToken();
                int indexExpr = expectExpr();

                if (eatToken(Token.Tag.ELLIPSIS2) >= 0) {
                    int endExpr = parseExpr();
                    if (eatToken(Token.Tag.COLON) >= 0) {
                        int sentinel = expectExpr();
                        expectToken(Token.Tag.R_BRACKET);
                        return addNode(Tag.SLICE_SENTINEL, lbracket, lhsNode, addExtra(indexExpr, endExpr, sentinel));
                    }
                    expectToken(Token.Tag.R_BRACKET);
                    if (endExpr == 0) {
                        return addNode(Tag.SLICE_OPEN, lbracket, lhsNode, indexExpr);
                    }
                    return addNode(Tag.SLICE, lbracket, lhsNode, addExtra(indexExpr, endExpr));
                }
                expectToken(Token.Tag.R_BRACKET);
                return addNode(Tag.ARRAY_ACCESS, lbracket, lhsNode, indexExpr);
            }
            case PERIOD_ASTERISK:
                return addNode(Tag.DEREF, nextToken(), lhsNode, 0);
            case INVALID_PERIODASTERISKS:
                warn(Error.Tag.ASTERISK_AFTER_PTR_DEREF);
                return addNode(Tag.DEREF, nextToken(), lhsNode, 0);
            case PERIOD:
                switch (tag(tokI + 1)) {
                    case IDENTIFIER: {
                        int dot = nextToken();
                        return addNode(Tag.FIELD_ACCESS, dot, lhsNode, nextToken());
                    }
                    case QUESTION_MARK: {
                        int dot = nextToken();
                        return addNode(Tag.UNWRAP_OPTIONAL, dot, lhsNode, nextToken());
                    }
                    case L_BRACE:
                        // this a misplaced `.{`, handle the error somewhere else
                        return 0;
                    default:
                        tokI++;
                        warn(Error.Tag.EXPECTED_SUFFIX_OP);
                        return 0;
                }
            default:
                return 0;
        }
    }

    /**
     * ContainerDeclAuto <- ContainerDeclType LBRACE container_doc_comment? ContainerMembers RBRACE. The caller has
     * verified the first token.
     */
    private int parseContainerDeclAuto() {
        int mainToken = nextToken();
        int argExpr;
        switch (tag(mainToken)) {
            case KEYWORD_OPAQUE:
                argExpr = 0;
                break;
            case KEYWORD_STRUCT:
            case KEYWORD_ENUM:
                if (eatToken(Token.Tag.L_PAREN) >= 0) {
                    int expr = expectExpr();
                    expectToken(Token.Tag.R_PAREN);
                    argExpr = expr;
                } else {
                    argExpr = 0;
                }
                break;
            case KEYWORD_UNION:
                if (eatToken(Token.Tag.L_PAREN) >= 0) {
                    if (eatToken(Token.Tag.KEYWORD_ENUM) >= 0) {
                        if (eatToken(Token.Tag.L_PAREN) >= 0) {
                            int enumTagExpr = expectExpr();
                            expectToken(Token.Tag.R_PAREN);
                            expectToken(Token.Tag.R_PAREN);

                            expectToken(Token.Tag.L_BRACE);
                            Members members = parseContainerMembers();
                            int start = membersToSpan(members);
                            int end = spanEnd;
                            expectToken(Token.Tag.R_BRACE);
                            return addNode(members.trailing ? Tag.TAGGED_UNION_ENUM_TAG_TRAILING
                                    : Tag.TAGGED_UNION_ENUM_TAG, mainToken, enumTagExpr, addExtra(start, end));
                        } else {
                            expectToken(Token.Tag.R_PAREN);

                            expectToken(Token.Tag.L_BRACE);
                            Members members = parseContainerMembers();
                            expectToken(Token.Tag.R_BRACE);
                            if (members.len <= 2) {
                                return addNode(members.trailing ? Tag.TAGGED_UNION_TWO_TRAILING
                                        : Tag.TAGGED_UNION_TWO, mainToken, members.lhs, members.rhs);
                            } else {
                                int start = membersToSpan(members);
                                return addNode(members.trailing ? Tag.TAGGED_UNION_TRAILING : Tag.TAGGED_UNION,
                                        mainToken, start, spanEnd);
                            }
                        }
                    } else {
                        int expr = expectExpr();
                        expectToken(Token.Tag.R_PAREN);
                        argExpr = expr;
                    }
                } else {
                    argExpr = 0;
                }
                break;
            default:
                tokI--;
                throw fail(Error.Tag.EXPECTED_CONTAINER);
        }
        expectToken(Token.Tag.L_BRACE);
        Members members = parseContainerMembers();
        expectToken(Token.Tag.R_BRACE);
        if (argExpr == 0) {
            if (members.len <= 2) {
                return addNode(members.trailing ? Tag.CONTAINER_DECL_TWO_TRAILING : Tag.CONTAINER_DECL_TWO,
                        mainToken, members.lhs, members.rhs);
            } else {
                int start = membersToSpan(members);
                return addNode(members.trailing ? Tag.CONTAINER_DECL_TRAILING : Tag.CONTAINER_DECL, mainToken,
                        start, spanEnd);
            }
        } else {
            int start = membersToSpan(members);
            int end = spanEnd;
            return addNode(members.trailing ? Tag.CONTAINER_DECL_ARG_TRAILING : Tag.CONTAINER_DECL_ARG, mainToken,
                    argExpr, addExtra(start, end));
        }
    }

    /** Gives a helpful error for C's {@code struct Foo {};} instead of Zig's {@code const Foo = struct {};}. */
    private boolean parseCStyleContainer() {
        int mainToken = tokI;
        switch (tag(tokI)) {
            case KEYWORD_ENUM, KEYWORD_UNION, KEYWORD_STRUCT -> {
            }
            default -> {
                return false;
            }
        }
        int identifier = tokI + 1;
        if (tag(identifier) != Token.Tag.IDENTIFIER) {
            return false;
        }
        tokI += 2;

        warnMsg(new Error(Error.Tag.C_STYLE_CONTAINER, false, false, identifier, tag(mainToken)));
        warnMsg(new Error(Error.Tag.ZIG_STYLE_CONTAINER, true, false, identifier, tag(mainToken)));

        expectToken(Token.Tag.L_BRACE);
        parseContainerMembers();
        expectToken(Token.Tag.R_BRACE);
        expectSemicolon(Error.Tag.EXPECTED_SEMI_AFTER_DECL, true);
        return true;
    }

    /** SwitchProngList <- (SwitchProng COMMA)* SwitchProng?; returns the span start, the end in {@link #spanEnd}. */
    private int parseSwitchProngList() {
        int scratchTop = scratchLen;
        try {
            while (true) {
                tick();
                int item = parseSwitchProng();
                if (item == 0) {
                    break;
                }
                scratchAppend(item);
                boolean done = false;
                switch (tag(tokI)) {
                    case COMMA -> tokI++;
                    // All possible delimiters.
                    case COLON, R_PAREN, R_BRACE, R_BRACKET -> done = true;
                    // Likely just a missing comma; give error but continue parsing.
                    default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_SWITCH_PRONG);
                }
                if (done) {
                    break;
                }
            }
            int start = listToSpan(scratchTop, scratchLen);
            spanEnd = start + (scratchLen - scratchTop);
            return start;
        } finally {
            scratchLen = scratchTop;
        }
    }

    /** Results of {@link #parseParamDeclList}: the single param (or 0), or the span of several. */
    private int paramsFirst;
    private int paramsSecond;

    /**
     * ParamDeclList <- (ParamDecl COMMA)* ParamDecl?. Returns true for several parameters (a span in
     * {@link #paramsFirst}..{@link #paramsSecond}), false for zero or one ({@link #paramsFirst}, 0 if none).
     */
    private boolean parseParamDeclList() {
        expectToken(Token.Tag.L_PAREN);
        int scratchTop = scratchLen;
        try {
            final int none = 0;
            final int seen = 1;
            final int nonfinal = 2;
            int varargs = none;
            int varargsNonfinalToken = 0;
            while (true) {
                tick();
                if (eatToken(Token.Tag.R_PAREN) >= 0) {
                    break;
                }
                if (varargs == seen) {
                    varargs = nonfinal;
                    varargsNonfinalToken = tokI;
                }
                int param = expectParamDecl();
                if (param != 0) {
                    scratchAppend(param);
                } else if (tag(tokI - 1) == Token.Tag.ELLIPSIS3) {
                    if (varargs == none) {
                        varargs = seen;
                    }
                }
                boolean done = false;
                switch (tag(tokI)) {
                    case COMMA -> tokI++;
                    case R_PAREN -> {
                        tokI++;
                        done = true;
                    }
                    case COLON, R_BRACE, R_BRACKET -> throw failExpected(Token.Tag.R_PAREN);
                    // Likely just a missing comma; give error but continue parsing.
                    default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_PARAM);
                }
                if (done) {
                    break;
                }
            }
            if (varargs == nonfinal) {
                warnMsg(Error.Tag.VARARGS_NONFINAL, varargsNonfinalToken);
            }
            int count = scratchLen - scratchTop;
            switch (count) {
                case 0:
                    paramsFirst = 0;
                    paramsSecond = 0;
                    return false;
                case 1:
                    paramsFirst = scratch[scratchTop];
                    paramsSecond = 0;
                    return false;
                default:
                    paramsFirst = listToSpan(scratchTop, scratchLen);
                    paramsSecond = paramsFirst + count;
                    return true;
            }
        } finally {
            scratchLen = scratchTop;
        }
    }

    /** FnCallArguments <- LPAREN ExprList RPAREN, after a builtin name. */
    private int parseBuiltinCall() {
        int builtinToken = assertToken();
        if (eatToken(Token.Tag.L_PAREN) < 0) {
            warn(Error.Tag.EXPECTED_PARAM_LIST);
            // Pretend this was an identifier so we can continue parsing.
            return addNode(Tag.IDENTIFIER, builtinToken, 0, 0);
        }
        int scratchTop = scratchLen;
        try {
            while (true) {
                tick();
                if (eatToken(Token.Tag.R_PAREN) >= 0) {
                    break;
                }
                int param = expectExpr();
                scratchAppend(param);
                boolean done = false;
                switch (tag(tokI)) {
                    case COMMA -> tokI++;
                    case R_PAREN -> {
                        tokI++;
                        done = true;
                    }
                    // Likely just a missing comma; give error but continue parsing.
                    default -> warn(Error.Tag.EXPECTED_COMMA_AFTER_ARG);
                }
                if (done) {
                    break;
                }
            }
            boolean comma = tag(tokI - 2) == Token.Tag.COMMA;
            int count = scratchLen - scratchTop;
            switch (count) {
                case 0:
                    return addNode(Tag.BUILTIN_CALL_TWO, builtinToken, 0, 0);
                case 1:
                    return addNode(comma ? Tag.BUILTIN_CALL_TWO_COMMA : Tag.BUILTIN_CALL_TWO, builtinToken,
                            scratch[scratchTop], 0);
                case 2:
                    return addNode(comma ? Tag.BUILTIN_CALL_TWO_COMMA : Tag.BUILTIN_CALL_TWO, builtinToken,
                            scratch[scratchTop], scratch[scratchTop + 1]);
                default: {
                    int start = listToSpan(scratchTop, scratchLen);
                    return addNode(comma ? Tag.BUILTIN_CALL_COMMA : Tag.BUILTIN_CALL, builtinToken, start,
                            start + count);
                }
            }
        } finally {
            scratchLen = scratchTop;
        }
    }

    /** IfPrefix <- KEYWORD_if LPAREN Expr RPAREN PtrPayload?; bodies are Expr or, when {@code typeBody}, TypeExpr. */
    private int parseIf(boolean typeBody) {
        int ifToken = eatToken(Token.Tag.KEYWORD_IF);
        if (ifToken < 0) {
            return 0;
        }
        expectToken(Token.Tag.L_PAREN);
        int condition = expectExpr();
        expectToken(Token.Tag.R_PAREN);
        parsePtrPayload();

        int thenExpr = typeBody ? expectTypeExpr() : expectExpr();

        if (eatToken(Token.Tag.KEYWORD_ELSE) < 0) {
            return addNode(Tag.IF_SIMPLE, ifToken, condition, thenExpr);
        }
        parsePayload();
        int elseExpr = typeBody ? expectTypeExpr() : expectExpr();
        return addNode(Tag.IF, ifToken, condition, addExtra(thenExpr, elseExpr));
    }

    /** ForExpr <- ForPrefix Expr (KEYWORD_else Expr)?; ForTypeExpr with TypeExpr bodies when {@code typeBody}. */
    private int parseFor(boolean typeBody) {
        int forToken = eatToken(Token.Tag.KEYWORD_FOR);
        if (forToken < 0) {
            return 0;
        }
        int scratchTop = scratchLen;
        try {
            int inputs = forPrefix();

            int thenExpr = typeBody ? expectTypeExpr() : expectExpr();
            boolean hasElse = false;
            if (eatToken(Token.Tag.KEYWORD_ELSE) >= 0) {
                scratchAppend(thenExpr);
                int elseExpr = typeBody ? expectTypeExpr() : expectExpr();
                scratchAppend(elseExpr);
                hasElse = true;
            } else if (inputs == 1) {
                return addNode(Tag.FOR_SIMPLE, forToken, scratch[scratchTop], thenExpr);
            } else {
                scratchAppend(thenExpr);
            }
            return addNode(Tag.FOR, forToken, listToSpan(scratchTop, scratchLen), Node.For.pack(inputs, hasElse));
        } finally {
            scratchLen = scratchTop;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tokens

    /** Skips over doc comment tokens. Returns the first one, or -1. */
    private int eatDocComments() {
        int tok = eatToken(Token.Tag.DOC_COMMENT);
        if (tok >= 0) {
            int firstLine = tok;
            if (tok > 0 && tokensOnSameLine(tok - 1, tok)) {
                warnMsg(Error.Tag.SAME_LINE_DOC_COMMENT, tok);
                firstLine = eatToken(Token.Tag.DOC_COMMENT);
                if (firstLine < 0) {
                    return -1;
                }
            }
            while (eatToken(Token.Tag.DOC_COMMENT) >= 0) {
                tick();
            }
            return firstLine;
        }
        return -1;
    }

    boolean tokensOnSameLine(int token1, int token2) {
        int from = tokenStarts[token1];
        int to = tokenStarts[token2];
        for (int i = from; i < to; i++) {
            if (source[i] == '\n') {
                return false;
            }
        }
        return true;
    }

    private int eatToken(Token.Tag t) {
        if (tokenTags[tokI] == t.ordinal()) {
            return tokI++;
        }
        return -1;
    }

    /** Zig's {@code assertToken}: the caller has checked the tag. */
    private int assertToken() {
        return tokI++;
    }

    private int expectToken(Token.Tag t) {
        if (tokenTags[tokI] != t.ordinal()) {
            throw failMsg(new Error(Error.Tag.EXPECTED_TOKEN, false, false, tokI, t));
        }
        return tokI++;
    }

    private void expectSemicolon(Error.Tag errorTag, boolean recoverable) {
        if (tag(tokI) == Token.Tag.SEMICOLON) {
            tokI++;
            return;
        }
        warn(errorTag);
        if (!recoverable) {
            throw Fail.INSTANCE;
        }
    }

    private int nextToken() {
        if (tokI >= tokenCount) {
            // Past EOF (only reachable through look-ahead on malformed input): stay on the padding.
            tick();
        }
        return tokI++;
    }
}
