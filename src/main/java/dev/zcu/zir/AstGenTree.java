package dev.zcu.zir;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Node;
import dev.zcu.syntax.Token;

/**
 * AstGen's read-only view of one parsed file ({@link Ast}): the node and token accessors it needs, and its
 * own decoders of the "full" node shapes of Zig's {@code Ast.full} (var decls, fn protos with their parameter
 * iterator, containers, if/while/for/switch, inits, pointer types, asm). It sits between the parser
 * ({@code dev.zcu.syntax}) and {@link AstGen}: every use of the parser's API by AstGen goes through here.
 *
 * <p>Node and token indices are plain {@code int}s as in Zig; node 0 is the root and means "none" where Zig
 * uses 0.
 */
final class AstGenTree {
    final Ast ast;
    final byte[] source;
    private final int tokenCount;
    private final String[] tokenStrings;

    AstGenTree(Ast ast) {
        this.ast = ast;
        this.source = ast.source();
        this.tokenCount = ast.tokenCount();
        this.tokenStrings = new String[tokenCount];
    }

    Node.Tag tag(int node) {
        return ast.nodeTag(node);
    }

    Token.Tag tokTag(int token) {
        return token >= 0 && token < tokenCount ? ast.tokenTag(token) : Token.Tag.EOF;
    }

    int tokStart(int token) {
        return ast.tokenStart(token);
    }

    int tokenCount() {
        return tokenCount;
    }

    int mainToken(int node) {
        return ast.mainToken(node);
    }

    int lhs(int node) {
        return ast.lhs(node);
    }

    int rhs(int node) {
        return ast.rhs(node);
    }

    int extra(int index) {
        return ast.extraData(index);
    }

    int firstToken(int node) {
        return ast.firstToken(node);
    }

    int lastToken(int node) {
        return ast.lastToken(node);
    }

    /**
     * The token's text, cached per token. Identifiers and builtins (ASCII by the grammar, outside {@code @"..."})
     * are cut straight from the source instead of re-scanning.
     */
    String tokenSlice(int token) {
        String s = tokenStrings[token];
        if (s != null) return s;
        Token.Tag tag = ast.tokenTag(token);
        int start = ast.tokenStart(token);
        if ((tag == Token.Tag.IDENTIFIER && source[start] != '@') || tag == Token.Tag.BUILTIN) {
            int end = tag == Token.Tag.BUILTIN ? start + 1 : start;
            while (end < source.length && isIdentChar(source[end])) end++;
            s = new String(source, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            s = ast.tokenSlice(token);
        }
        tokenStrings[token] = s;
        return s;
    }

    private static boolean isIdentChar(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
    }

    /** The raw bytes of a token, as in the source. */
    byte[] tokenBytes(int token) {
        int start = ast.tokenStart(token);
        int end = Math.min(source.length, start + ast.tokenLength(token));
        byte[] out = new byte[end - start];
        System.arraycopy(source, start, out, 0, out.length);
        return out;
    }

    int[] rootDecls() {
        return ast.rootDecls();
    }

    int[] extraRange(int start, int end) {
        int[] out = new int[Math.max(0, end - start)];
        for (int i = 0; i < out.length; i++) out[i] = extra(start + i);
        return out;
    }

    static int[] nonZero(int a, int b) {
        if (b != 0) return new int[] {a, b};
        if (a != 0) return new int[] {a};
        return new int[0];
    }

    static int[] nonZero(int a) {
        return a != 0 ? new int[] {a} : new int[0];
    }

    // ---- full.VarDecl ----

    record VarDecl(int typeNode, int alignNode, int addrspaceNode, int sectionNode, int initNode, int mutToken,
                   int visibToken, int externExportToken, int libName, int threadlocalToken, int comptimeToken) {}

    VarDecl varDecl(int node) {
        int type, align, addrspace = 0, section = 0;
        switch (tag(node)) {
            case GLOBAL_VAR_DECL -> {
                int e = lhs(node);
                type = extra(e);
                align = extra(e + 1);
                addrspace = extra(e + 2);
                section = extra(e + 3);
            }
            case LOCAL_VAR_DECL -> {
                int e = lhs(node);
                type = extra(e);
                align = extra(e + 1);
            }
            case SIMPLE_VAR_DECL -> {
                type = lhs(node);
                align = 0;
            }
            case ALIGNED_VAR_DECL -> {
                type = 0;
                align = lhs(node);
            }
            default -> {
                return null;
            }
        }
        int mut = mainToken(node);
        int visib = -1, ext = -1, lib = -1, tl = -1, ct = -1;
        for (int i = mut - 1; i >= 0; i--) {
            switch (tokTag(i)) {
                case KEYWORD_EXTERN, KEYWORD_EXPORT -> ext = i;
                case KEYWORD_COMPTIME -> ct = i;
                case KEYWORD_PUB -> visib = i;
                case KEYWORD_THREADLOCAL -> tl = i;
                case STRING_LITERAL -> lib = i;
                default -> i = -1;
            }
        }
        return new VarDecl(type, align, addrspace, section, rhs(node), mut, visib, ext, lib, tl, ct);
    }

    static boolean isVarDecl(Node.Tag t) {
        return t == Node.Tag.GLOBAL_VAR_DECL || t == Node.Tag.LOCAL_VAR_DECL || t == Node.Tag.SIMPLE_VAR_DECL
                || t == Node.Tag.ALIGNED_VAR_DECL;
    }

    // ---- full.AssignDestructure ----

    record AssignDestructure(int[] variables, int equalToken, int valueExpr, int comptimeToken) {}

    AssignDestructure assignDestructure(int node) {
        int e = lhs(node);
        int count = extra(e);
        int[] vars = extraRange(e + 1, e + 1 + count);
        int first = firstToken(vars[0]);
        int maybeComptime = isVarDecl(tag(vars[0])) ? first : first - 1;
        int ct = maybeComptime >= 0 && tokTag(maybeComptime) == Token.Tag.KEYWORD_COMPTIME ? maybeComptime : -1;
        return new AssignDestructure(vars, mainToken(node), rhs(node), ct);
    }

    // ---- full.If ----

    record If(int condExpr, int thenExpr, int elseExpr, int ifToken, int payloadToken, int errorToken, int elseToken) {}

    If ifFull(int node) {
        int cond = lhs(node), then, els;
        if (tag(node) == Node.Tag.IF_SIMPLE) {
            then = rhs(node);
            els = 0;
        } else if (tag(node) == Node.Tag.IF) {
            then = extra(rhs(node));
            els = extra(rhs(node) + 1);
        } else {
            return null;
        }
        int payload = -1, error = -1, elseTok = -1;
        int pipe = lastToken(cond) + 2;
        if (tokTag(pipe) == Token.Tag.PIPE) payload = pipe + 1;
        if (els != 0) {
            elseTok = lastToken(then) + 1;
            if (tokTag(elseTok + 1) == Token.Tag.PIPE) error = elseTok + 2;
        }
        return new If(cond, then, els, mainToken(node), payload, error, elseTok);
    }

    // ---- full.ContainerField ----

    record ContainerField(int mainToken, int typeExpr, int alignExpr, int valueExpr, boolean tupleLike,
                          int comptimeToken) {
        /** Zig's {@code convertToNonTupleLike}: a tuple-like field whose type is a bare identifier is a name. */
        ContainerField toNonTupleLike(AstGenTree t) {
            if (!tupleLike) return this;
            if (typeExpr == 0 || t.tag(typeExpr) != Node.Tag.IDENTIFIER) return this;
            return new ContainerField(mainToken, 0, alignExpr, valueExpr, false, comptimeToken);
        }
    }

    ContainerField containerField(int node) {
        int main = mainToken(node);
        int type = lhs(node), align, value;
        switch (tag(node)) {
            case CONTAINER_FIELD -> {
                align = extra(rhs(node));
                value = extra(rhs(node) + 1);
            }
            case CONTAINER_FIELD_INIT -> {
                align = 0;
                value = rhs(node);
            }
            case CONTAINER_FIELD_ALIGN -> {
                align = rhs(node);
                value = 0;
            }
            default -> {
                return null;
            }
        }
        boolean tupleLike = tokTag(main) != Token.Tag.IDENTIFIER || tokTag(main + 1) != Token.Tag.COLON;
        int ct = main > 0 && tokTag(main - 1) == Token.Tag.KEYWORD_COMPTIME ? main - 1 : -1;
        return new ContainerField(main, type, align, value, tupleLike, ct);
    }

    // ---- full.FnProto ----

    record FnProto(int protoNode, int fnToken, int returnType, int[] params, int alignExpr, int addrspaceExpr,
                   int sectionExpr, int callconvExpr, int visibToken, int externExportInlineToken, int libName,
                   int nameToken, int lparen) {}

    record Param(int firstDocComment, int comptimeNoalias, int nameToken, int anytypeEllipsis3, int typeExpr) {}

    FnProto fnProto(int node) {
        int[] params;
        int align = 0, addrspace = 0, section = 0, callconv = 0;
        switch (tag(node)) {
            case FN_PROTO_SIMPLE -> params = nonZero(lhs(node));
            case FN_PROTO_MULTI -> params = extraRange(extra(lhs(node)), extra(lhs(node) + 1));
            case FN_PROTO_ONE -> {
                int e = lhs(node);
                params = nonZero(extra(e));
                align = extra(e + 1);
                addrspace = extra(e + 2);
                section = extra(e + 3);
                callconv = extra(e + 4);
            }
            case FN_PROTO -> {
                int e = lhs(node);
                params = extraRange(extra(e), extra(e + 1));
                align = extra(e + 2);
                addrspace = extra(e + 3);
                section = extra(e + 4);
                callconv = extra(e + 5);
            }
            case FN_DECL -> {
                return fnProto(lhs(node));
            }
            default -> {
                return null;
            }
        }
        int fnTok = mainToken(node);
        int visib = -1, eei = -1, lib = -1;
        for (int i = fnTok - 1; i >= 0; i--) {
            switch (tokTag(i)) {
                case KEYWORD_EXTERN, KEYWORD_EXPORT, KEYWORD_INLINE, KEYWORD_NOINLINE -> eei = i;
                case KEYWORD_PUB -> visib = i;
                case STRING_LITERAL -> lib = i;
                default -> i = -1;
            }
        }
        int name = -1, lparen;
        if (tokTag(fnTok + 1) == Token.Tag.IDENTIFIER) {
            name = fnTok + 1;
            lparen = fnTok + 2;
        } else {
            lparen = fnTok + 1;
        }
        return new FnProto(node, fnTok, rhs(node), params, align, addrspace, section, callconv, visib, eei, lib,
                name, lparen);
    }

    /** Zig's {@code FnProto.Iterator}: the parameters including {@code anytype} and {@code ...}. */
    java.util.List<Param> params(FnProto proto) {
        java.util.List<Param> out = new java.util.ArrayList<>();
        int paramI = 0;
        int tokI = proto.lparen() + 1;
        boolean tokFlag = true;
        while (true) {
            int firstDoc = -1, comptimeNoalias = -1, nameToken = -1;
            if (!tokFlag) {
                if (paramI >= proto.params().length) return out;
                int paramType = proto.params()[paramI];
                int t = firstToken(paramType) - 1;
                loop:
                while (t >= 0) {
                    switch (tokTag(t)) {
                        case COLON -> {}
                        case IDENTIFIER -> nameToken = t;
                        case DOC_COMMENT -> firstDoc = t;
                        case KEYWORD_COMPTIME, KEYWORD_NOALIAS -> comptimeNoalias = t;
                        default -> {
                            break loop;
                        }
                    }
                    t--;
                }
                paramI++;
                tokI = lastToken(paramType) + 1;
                if (tokTag(tokI) == Token.Tag.COMMA) tokI++;
                tokFlag = true;
                out.add(new Param(firstDoc, comptimeNoalias, nameToken, -1, paramType));
                continue;
            }
            if (tokTag(tokI) == Token.Tag.COMMA) tokI++;
            if (tokTag(tokI) == Token.Tag.R_PAREN) return out;
            if (tokTag(tokI) == Token.Tag.DOC_COMMENT) {
                firstDoc = tokI;
                while (tokTag(tokI) == Token.Tag.DOC_COMMENT) tokI++;
            }
            switch (tokTag(tokI)) {
                case ELLIPSIS3 -> {
                    out.add(new Param(firstDoc, -1, -1, tokI, 0));
                    return out;
                }
                case KEYWORD_NOALIAS, KEYWORD_COMPTIME -> {
                    comptimeNoalias = tokI;
                    tokI++;
                }
                default -> {}
            }
            if (tokTag(tokI) == Token.Tag.IDENTIFIER && tokTag(tokI + 1) == Token.Tag.COLON) {
                nameToken = tokI;
                tokI += 2;
            }
            if (tokTag(tokI) == Token.Tag.KEYWORD_ANYTYPE) {
                tokI++;
                out.add(new Param(firstDoc, comptimeNoalias, nameToken, tokI - 1, 0));
                continue;
            }
            tokFlag = false;
        }
    }

    static boolean isFnProto(Node.Tag t) {
        return t == Node.Tag.FN_PROTO_SIMPLE || t == Node.Tag.FN_PROTO_MULTI || t == Node.Tag.FN_PROTO_ONE
                || t == Node.Tag.FN_PROTO;
    }

    // ---- full.StructInit / ArrayInit ----

    record Init(int lbrace, int[] items, int typeExpr) {}

    Init structInit(int node) {
        return switch (tag(node)) {
            case STRUCT_INIT_ONE, STRUCT_INIT_ONE_COMMA -> new Init(mainToken(node), nonZero(rhs(node)), lhs(node));
            case STRUCT_INIT_DOT_TWO, STRUCT_INIT_DOT_TWO_COMMA ->
                    new Init(mainToken(node), nonZero(lhs(node), rhs(node)), 0);
            case STRUCT_INIT_DOT, STRUCT_INIT_DOT_COMMA -> new Init(mainToken(node), extraRange(lhs(node), rhs(node)), 0);
            case STRUCT_INIT, STRUCT_INIT_COMMA ->
                    new Init(mainToken(node), extraRange(extra(rhs(node)), extra(rhs(node) + 1)), lhs(node));
            default -> null;
        };
    }

    Init arrayInit(int node) {
        return switch (tag(node)) {
            case ARRAY_INIT_ONE, ARRAY_INIT_ONE_COMMA -> new Init(mainToken(node), nonZero(rhs(node)), lhs(node));
            case ARRAY_INIT_DOT_TWO, ARRAY_INIT_DOT_TWO_COMMA ->
                    new Init(mainToken(node), nonZero(lhs(node), rhs(node)), 0);
            case ARRAY_INIT_DOT, ARRAY_INIT_DOT_COMMA -> new Init(mainToken(node), extraRange(lhs(node), rhs(node)), 0);
            case ARRAY_INIT, ARRAY_INIT_COMMA ->
                    new Init(mainToken(node), extraRange(extra(rhs(node)), extra(rhs(node) + 1)), lhs(node));
            default -> null;
        };
    }

    // ---- full.ArrayType ----

    record ArrayType(int elemCount, int sentinel, int elemType) {}

    ArrayType arrayType(int node) {
        return switch (tag(node)) {
            case ARRAY_TYPE -> new ArrayType(lhs(node), 0, rhs(node));
            case ARRAY_TYPE_SENTINEL -> new ArrayType(lhs(node), extra(rhs(node)), extra(rhs(node) + 1));
            default -> null;
        };
    }

    // ---- full.PtrType ----

    enum PtrSize { ONE, MANY, SLICE, C }

    record PtrType(PtrSize size, int allowzeroToken, int constToken, int volatileToken, int mainToken,
                   int alignNode, int addrspaceNode, int sentinel, int bitRangeStart, int bitRangeEnd,
                   int childType) {}

    PtrType ptrType(int node) {
        int align = 0, addrspace = 0, sentinel = 0, bitStart = 0, bitEnd = 0;
        switch (tag(node)) {
            case PTR_TYPE_ALIGNED -> align = lhs(node);
            case PTR_TYPE_SENTINEL -> sentinel = lhs(node);
            case PTR_TYPE -> {
                int e = lhs(node);
                sentinel = extra(e);
                align = extra(e + 1);
                addrspace = extra(e + 2);
            }
            case PTR_TYPE_BIT_RANGE -> {
                int e = lhs(node);
                sentinel = extra(e);
                align = extra(e + 1);
                addrspace = extra(e + 2);
                bitStart = extra(e + 3);
                bitEnd = extra(e + 4);
            }
            default -> {
                return null;
            }
        }
        int main = mainToken(node);
        int child = rhs(node);
        PtrSize size = switch (tokTag(main)) {
            case ASTERISK, ASTERISK_ASTERISK -> PtrSize.ONE;
            default -> tokTag(main + 1) == Token.Tag.ASTERISK
                    ? (tokTag(main + 2) == Token.Tag.IDENTIFIER ? PtrSize.C : PtrSize.MANY)
                    : PtrSize.SLICE;
        };
        int allowzero = -1, cnst = -1, vol = -1;
        int i = sentinel != 0 ? lastToken(sentinel) + 1
                : (size == PtrSize.MANY || size == PtrSize.C) ? main + 1 : main;
        int end = firstToken(child);
        while (i < end) {
            switch (tokTag(i)) {
                case KEYWORD_ALLOWZERO -> allowzero = i;
                case KEYWORD_CONST -> cnst = i;
                case KEYWORD_VOLATILE -> vol = i;
                case KEYWORD_ALIGN -> {
                    if (bitEnd != 0) i = lastToken(bitEnd) + 1;
                    else if (align != 0) i = lastToken(align) + 1;
                }
                default -> {}
            }
            i++;
        }
        return new PtrType(size, allowzero, cnst, vol, main, align, addrspace, sentinel, bitStart, bitEnd, child);
    }

    // ---- full.ContainerDecl ----

    record ContainerDecl(int mainToken, int enumToken, int[] members, int arg, int layoutToken) {}

    ContainerDecl containerDecl(int node) {
        int main = mainToken(node);
        int enumTok = -1, arg = 0;
        int[] members;
        switch (tag(node)) {
            case CONTAINER_DECL_TWO, CONTAINER_DECL_TWO_TRAILING -> members = nonZero(lhs(node), rhs(node));
            case CONTAINER_DECL, CONTAINER_DECL_TRAILING -> members = extraRange(lhs(node), rhs(node));
            case CONTAINER_DECL_ARG, CONTAINER_DECL_ARG_TRAILING -> {
                members = extraRange(extra(rhs(node)), extra(rhs(node) + 1));
                arg = lhs(node);
            }
            case TAGGED_UNION_TWO, TAGGED_UNION_TWO_TRAILING -> {
                members = nonZero(lhs(node), rhs(node));
                enumTok = main + 2;
            }
            case TAGGED_UNION, TAGGED_UNION_TRAILING -> {
                members = extraRange(lhs(node), rhs(node));
                enumTok = main + 2;
            }
            case TAGGED_UNION_ENUM_TAG, TAGGED_UNION_ENUM_TAG_TRAILING -> {
                members = extraRange(extra(rhs(node)), extra(rhs(node) + 1));
                enumTok = main + 2;
                arg = lhs(node);
            }
            default -> {
                return null;
            }
        }
        int layout = -1;
        if (main > 0) {
            Token.Tag prev = tokTag(main - 1);
            if (prev == Token.Tag.KEYWORD_EXTERN || prev == Token.Tag.KEYWORD_PACKED) layout = main - 1;
        }
        return new ContainerDecl(main, enumTok, members, arg, layout);
    }

    // ---- full.Switch / SwitchCase ----

    record Switch(int switchToken, int condition, int[] cases, int labelToken) {}

    Switch switchFull(int node) {
        Node.Tag t = tag(node);
        if (t != Node.Tag.SWITCH && t != Node.Tag.SWITCH_COMMA) return null;
        int main = mainToken(node);
        int switchTok = main, label = -1;
        if (tokTag(main) == Token.Tag.IDENTIFIER) {
            switchTok = main + 2;
            label = main;
        }
        int e = rhs(node);
        return new Switch(switchTok, lhs(node), extraRange(extra(e), extra(e + 1)), label);
    }

    record SwitchCase(int[] values, int arrowToken, int targetExpr, int payloadToken, int inlineToken) {}

    SwitchCase switchCase(int node) {
        int[] values;
        switch (tag(node)) {
            case SWITCH_CASE_ONE, SWITCH_CASE_INLINE_ONE -> values = nonZero(lhs(node));
            case SWITCH_CASE, SWITCH_CASE_INLINE -> values = extraRange(extra(lhs(node)), extra(lhs(node) + 1));
            default -> {
                return null;
            }
        }
        int arrow = mainToken(node);
        int payload = tokTag(arrow + 1) == Token.Tag.PIPE ? arrow + 2 : -1;
        int inl = (tag(node) == Node.Tag.SWITCH_CASE_INLINE || tag(node) == Node.Tag.SWITCH_CASE_INLINE_ONE)
                ? firstToken(node) : -1;
        return new SwitchCase(values, arrow, rhs(node), payload, inl);
    }

    // ---- full.Asm ----

    record Asm(int asmToken, int template, int[] outputs, int[] inputs, int volatileToken, int firstClobber) {}

    Asm asmFull(int node) {
        int[] items;
        if (tag(node) == Node.Tag.ASM_SIMPLE) items = new int[0];
        else if (tag(node) == Node.Tag.ASM) items = extraRange(extra(rhs(node)), extra(rhs(node) + 1));
        else return null;
        int asmTok = mainToken(node);
        int template = lhs(node);
        int vol = tokTag(asmTok + 1) == Token.Tag.KEYWORD_VOLATILE ? asmTok + 1 : -1;
        int outputsEnd = items.length;
        for (int i = 0; i < items.length; i++) {
            if (tag(items[i]) != Node.Tag.ASM_OUTPUT) {
                outputsEnd = i;
                break;
            }
        }
        int[] outputs = java.util.Arrays.copyOfRange(items, 0, outputsEnd);
        int[] inputs = java.util.Arrays.copyOfRange(items, outputsEnd, items.length);
        int firstClobber = -1;
        if (items.length == 0) {
            int tt = lastToken(template);
            if (tokTag(tt + 1) == Token.Tag.COLON && tokTag(tt + 2) == Token.Tag.COLON
                    && tokTag(tt + 3) == Token.Tag.COLON && tokTag(tt + 4) == Token.Tag.STRING_LITERAL) {
                firstClobber = tt + 4;
            }
        } else if (inputs.length != 0) {
            int i = lastToken(inputs[inputs.length - 1]) + 1;
            if (tokTag(i) == Token.Tag.COMMA) i++;
            if (tokTag(i) == Token.Tag.COLON && tokTag(i + 1) == Token.Tag.STRING_LITERAL) firstClobber = i + 1;
        } else {
            int i = lastToken(outputs[outputs.length - 1]) + 1;
            if (tokTag(i) == Token.Tag.COMMA) i++;
            if (tokTag(i) == Token.Tag.COLON && tokTag(i + 1) == Token.Tag.COLON
                    && tokTag(i + 2) == Token.Tag.STRING_LITERAL) {
                firstClobber = i + 2;
            }
        }
        return new Asm(asmTok, template, outputs, inputs, vol, firstClobber);
    }

    // ---- full.While / For ----

    record While(int whileToken, int condExpr, int contExpr, int thenExpr, int elseExpr, int inlineToken,
                 int labelToken, int payloadToken, int errorToken) {}

    While whileFull(int node) {
        int cont = 0, then, els = 0;
        switch (tag(node)) {
            case WHILE_SIMPLE -> then = rhs(node);
            case WHILE_CONT -> {
                cont = extra(rhs(node));
                then = extra(rhs(node) + 1);
            }
            case WHILE -> {
                cont = extra(rhs(node));
                then = extra(rhs(node) + 1);
                els = extra(rhs(node) + 2);
            }
            default -> {
                return null;
            }
        }
        int whileTok = mainToken(node);
        int cond = lhs(node);
        int inl = -1, label = -1, payload = -1, error = -1;
        int t = Math.max(whileTok - 1, 0);
        if (tokTag(t) == Token.Tag.KEYWORD_INLINE) {
            inl = t;
            t = Math.max(t - 1, 0);
        }
        if (tokTag(t) == Token.Tag.COLON && tokTag(Math.max(t - 1, 0)) == Token.Tag.IDENTIFIER) label = t - 1;
        int lastCond = lastToken(cond);
        if (tokTag(lastCond + 2) == Token.Tag.PIPE) payload = lastCond + 3;
        if (els != 0) {
            int elseTok = lastToken(then) + 1;
            if (tokTag(elseTok + 1) == Token.Tag.PIPE) error = elseTok + 2;
        }
        return new While(whileTok, cond, cont, then, els, inl, label, payload, error);
    }

    record For(int forToken, int[] inputs, int thenExpr, int elseExpr, int inlineToken, int labelToken,
               int payloadToken) {}

    For forFull(int node) {
        int[] inputs;
        int then, els = 0;
        switch (tag(node)) {
            case FOR_SIMPLE -> {
                inputs = new int[] {lhs(node)};
                then = rhs(node);
            }
            case FOR -> {
                int packed = rhs(node);
                int n = packed & 0x7fffffff;
                boolean hasElse = (packed >>> 31) != 0;
                inputs = extraRange(lhs(node), lhs(node) + n);
                then = extra(lhs(node) + n);
                if (hasElse) els = extra(lhs(node) + n + 1);
            }
            default -> {
                return null;
            }
        }
        int forTok = mainToken(node);
        int inl = -1, label = -1;
        int t = Math.max(forTok - 1, 0);
        if (tokTag(t) == Token.Tag.KEYWORD_INLINE) {
            inl = t;
            t = Math.max(t - 1, 0);
        }
        if (tokTag(t) == Token.Tag.COLON && tokTag(Math.max(t - 1, 0)) == Token.Tag.IDENTIFIER) label = t - 1;
        int lastCond = lastToken(inputs[inputs.length - 1]);
        int payload = lastCond + 3 + (tokTag(lastCond + 1) == Token.Tag.COMMA ? 1 : 0);
        return new For(forTok, inputs, then, els, inl, label, payload);
    }

    // ---- full.Call ----

    record Call(int lparen, int fnExpr, int[] params, int asyncToken) {}

    Call call(int node) {
        int[] params;
        switch (tag(node)) {
            case CALL_ONE, CALL_ONE_COMMA, ASYNC_CALL_ONE, ASYNC_CALL_ONE_COMMA -> params = nonZero(rhs(node));
            case CALL, CALL_COMMA, ASYNC_CALL, ASYNC_CALL_COMMA ->
                    params = extraRange(extra(rhs(node)), extra(rhs(node) + 1));
            default -> {
                return null;
            }
        }
        int fn = lhs(node);
        int first = firstToken(fn);
        int async = first != 0 && tokTag(first - 1) == Token.Tag.KEYWORD_ASYNC ? first - 1 : -1;
        return new Call(mainToken(node), fn, params, async);
    }

    int[] blockStatements(int node) {
        return switch (tag(node)) {
            case BLOCK_TWO, BLOCK_TWO_SEMICOLON -> nonZero(lhs(node), rhs(node));
            case BLOCK, BLOCK_SEMICOLON -> extraRange(lhs(node), rhs(node));
            default -> null;
        };
    }

    int[] builtinParams(int node) {
        return switch (tag(node)) {
            case BUILTIN_CALL_TWO, BUILTIN_CALL_TWO_COMMA -> nonZero(lhs(node), rhs(node));
            case BUILTIN_CALL, BUILTIN_CALL_COMMA -> extraRange(lhs(node), rhs(node));
            default -> null;
        };
    }

    boolean isLabeledBlock(int blockNode) {
        int lbrace = mainToken(blockNode);
        return lbrace >= 2 && tokTag(lbrace - 1) == Token.Tag.COLON && tokTag(lbrace - 2) == Token.Tag.IDENTIFIER;
    }
}
