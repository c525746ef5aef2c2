package dev.zcu.zir;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Node;
import dev.zcu.syntax.Token;
import dev.zcu.zir.AstGenScope.Ctx;
import dev.zcu.zir.AstGenScope.Defer;
import dev.zcu.zir.AstGenScope.GenZir;
import dev.zcu.zir.AstGenScope.IdCat;
import dev.zcu.zir.AstGenScope.Label;
import dev.zcu.zir.AstGenScope.Local;
import dev.zcu.zir.AstGenScope.Namespace;
import dev.zcu.zir.AstGenScope.RI;
import dev.zcu.zir.AstGenScope.RL;
import dev.zcu.zir.AstGenScope.Top;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AstGen's checks: every error {@code zig ast-check} reports for a file that parsed without errors (unused
 * locals, parameters and captures, never-mutated variables, pointless discards, shadowing, undeclared
 * identifiers, duplicate members and tests, misplaced {@code return}/{@code try}/{@code break}/{@code continue},
 * unknown labels and builtins, invalid literals, unreachable code, redundant {@code comptime}, ...).
 *
 * <p>Second stage of the pipeline: {@code syntax.Ast} → here → the compilation's error bundle and
 * {@code zcu ast-check}. It walks the AST exactly as Zig's {@code lib/std/zig/AstGen.zig} lowers it to ZIR
 * (same traversal order, same scope chain, same result locations) but emits no ZIR: it only tracks what
 * decides errors (scopes and locals, labels, comptime-ness, result-location kinds, whether an expression is
 * {@code noreturn}). So the errors come out with zig's text, position and order: some at scope exit
 * ({@link #checkUsed}), and a fatal error abandons the enclosing declaration like zig's
 * {@code error.AnalysisFail} (a fatal error in the file's root container, e.g. a duplicate member, abandons the
 * whole file).
 *
 * <p>Map: {@link #check} → {@link #structDeclInner} (root) → {@link #scanContainer} (names, duplicates) →
 * {@link #containerMember} → {@code fnDecl}/{@code globalVarDecl}/{@code testDecl}/... → {@link #expr} and
 * {@link #blockExprStmts}. Scopes: {@link AstGenScope}; node shapes: {@link AstGenTree}; literals:
 * {@link AstGenLiterals}; builtins and primitives: {@link AstGenBuiltins}.
 */
public final class AstGen {

    /** Zig's {@code error.AnalysisFail}: unwinds to the enclosing declaration; never escapes {@link #check}. */
    private static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Fail INSTANCE = new Fail();

        private Fail() {
            super(null, null, false, false);
        }
    }

    /** An error or note before positions are resolved: at a node's main token, or at a token plus offset. */
    private record Item(String msg, int node, int token, int byteOffset, List<Item> notes) {}

    /** Expression results: only whether the result is {@code noreturn} matters for AstGen's errors. */
    private static final int VAL = 0;
    private static final int NORET = 1;

    private final AstGenTree t;
    private final List<Item> errors = new ArrayList<>();
    private boolean withinFn;
    private GenZir fnBlock;
    private boolean fnVarArgs;

    private AstGen(AstGenTree tree) {
        this.t = tree;
    }

    /**
     * The AstGen errors of one parsed file, in zig's order. A file with parse errors has none here (zig reports
     * only its parse errors).
     */
    public static List<AstGenError> check(Ast ast) {
        if (!ast.errors().isEmpty()) return List.of();
        AstGen ag = new AstGen(new AstGenTree(ast));
        try {
            ag.run();
        } catch (StackOverflowError e) {
            // Not a zig error: zig's AstGen recurses on its native stack, ours on the JVM's. Say so clearly.
            byte[] src = ast.source();
            int end = 0;
            while (end < src.length && src[end] != '\n') end++;
            return List.of(new AstGenError("nesting too deep for zcu's AstGen (run with a larger -Xss)", 0, 1, 1, 0,
                    0, new String(src, 0, end, StandardCharsets.UTF_8), List.of()));
        }
        return ag.resolve();
    }

    private void run() {
        Top top = new Top();
        GenZir gz = new GenZir(top, true);
        int[] roots = t.rootDecls();
        AstGenTree.ContainerDecl root = new AstGenTree.ContainerDecl(0, -1, roots, 0, -1);
        try {
            structDeclInner(gz, gz, 0, root, Layout.AUTO, 0);
        } catch (Fail f) {
            // fatal: reported through `errors`
        }
    }

    // ------------------------------------------------------------------ errors

    private Item note(int node, String msg) {
        return new Item(msg, node, 0, 0, List.of());
    }

    private Item noteTok(int token, String msg) {
        return new Item(msg, 0, token, 0, List.of());
    }

    private void appendNode(int node, String msg, Item... notes) {
        errors.add(new Item(msg, node, 0, 0, List.of(notes)));
    }

    private void appendTok(int token, String msg, Item... notes) {
        errors.add(new Item(msg, 0, token, 0, List.of(notes)));
    }

    private Fail failNode(int node, String msg, Item... notes) {
        appendNode(node, msg, notes);
        return Fail.INSTANCE;
    }

    private Fail failTok(int token, String msg, Item... notes) {
        appendTok(token, msg, notes);
        return Fail.INSTANCE;
    }

    private Fail failOff(int token, int offset, String msg) {
        errors.add(new Item(msg, 0, token, offset, List.of()));
        return Fail.INSTANCE;
    }

    private List<AstGenError> resolve() {
        if (errors.isEmpty()) return List.of();
        List<AstGenError> out = new ArrayList<>(errors.size());
        LineIndex lines = new LineIndex(t.source);
        for (Item it : errors) {
            int[] span = spanOf(it, it.byteOffset());
            List<AstGenError.Note> notes = new ArrayList<>(it.notes().size());
            for (Item n : it.notes()) {
                // Zig subtracts the error's byte offset (not the note's) from a note's token span end.
                int[] ns = spanOf(n, it.byteOffset());
                int off = ns[1];
                notes.add(new AstGenError.Note(n.msg(), off, lines.line(off) + 1, lines.column(off) + 1, ns[0], ns[2],
                        lines.text(t.source, off)));
            }
            int off = span[1];
            out.add(new AstGenError(it.msg(), off, lines.line(off) + 1, lines.column(off) + 1, span[0], span[2],
                    lines.text(t.source, off), notes));
        }
        return out;
    }

    /** {start, main, end} byte offsets of an error's location, as Zig's {@code addZirErrorMessages}. */
    private int[] spanOf(Item it, int endOffsetFix) {
        if (it.node() != 0) {
            int first = t.firstToken(it.node()), last = t.lastToken(it.node()), main = t.mainToken(it.node());
            int startTok = first, endTok = last;
            if (t.ast.tokensOnSameLine(first, last)) {
                // whole node
            } else if (t.ast.tokensOnSameLine(first, main)) {
                endTok = main;
            } else if (t.ast.tokensOnSameLine(main, last)) {
                startTok = main;
            } else {
                startTok = main;
                endTok = main;
            }
            int end = t.tokStart(endTok) + t.ast.tokenLength(endTok);
            return new int[] {t.tokStart(startTok), t.tokStart(main), end};
        }
        if (it.token() >= t.tokenCount()) return new int[] {t.source.length, t.source.length, t.source.length};
        int start = t.tokStart(it.token()) + it.byteOffset();
        int end = start + t.ast.tokenLength(it.token()) - endOffsetFix;
        return new int[] {start, start, end};
    }

    /** Zig's {@code findLineColumn} over byte offsets, with a precomputed table of line starts. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(byte[] src) {
            int n = 1;
            for (byte b : src) if (b == '\n') n++;
            starts = new int[n];
            int k = 1;
            for (int i = 0; i < src.length; i++) if (src[i] == '\n') starts[k++] = i + 1;
        }

        int line(int off) {
            int lo = 0, hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= off) lo = mid;
                else hi = mid - 1;
            }
            return lo;
        }

        int column(int off) {
            return off - starts[line(off)];
        }

        /** The line containing {@code off}, without its newline (Zig's {@code source_line}). */
        String text(byte[] src, int off) {
            int start = starts[line(off)];
            int end = start;
            while (end < src.length && src[end] != '\n') end++;
            return new String(src, start, end - start, StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------ strings

    private String slice(int token) {
        return t.tokenSlice(token);
    }

    /** Zig's {@code identAsString}/{@code identifierTokenString}: the identifier's name, {@code @"..."} decoded. */
    private String ident(int token) {
        String raw = t.tokenSlice(token);
        if (!raw.startsWith("@")) return raw;
        byte[] bytes = t.tokenBytes(token);
        byte[] lit = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        AstGenLiterals.Decoded d = AstGenLiterals.string(lit);
        if (d.problem() != null) throw failOff(token, 1 + d.problem().offset(), d.problem().message());
        for (byte b : d.bytes()) {
            if (b == 0) throw failTok(token, "identifier cannot contain null bytes");
        }
        if (d.bytes().length == 0) throw failTok(token, "identifier cannot be empty");
        return new String(d.bytes(), StandardCharsets.ISO_8859_1);
    }

    /**
     * Names are kept byte-exact (one char per byte, so distinct byte strings stay distinct, as in zig's string
     * table); this turns one back into text for a message.
     */
    private static String display(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return new String(name.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return name;
    }

    /** Zig's {@code strLitAsString}: the decoded bytes of a string literal token. */
    private byte[] strLit(int token) {
        AstGenLiterals.Decoded d = AstGenLiterals.string(t.tokenBytes(token));
        if (d.problem() != null) throw failOff(token, d.problem().offset(), d.problem().message());
        return d.bytes();
    }

    private static boolean hasZero(byte[] b) {
        for (byte x : b) if (x == 0) return true;
        return false;
    }

    private boolean isUnderscoreIdent(int node) {
        return t.tag(node) == Node.Tag.IDENTIFIER && slice(t.mainToken(node)).equals("_");
    }

    // ------------------------------------------------------------------ containers

    private enum Layout {
        AUTO("auto"), EXTERN("extern"), PACKED("packed");

        final String text;

        Layout(String text) {
            this.text = text;
        }
    }

    private enum Kind {
        STRUCT("struct"), UNION("union"), ENUM("enum"), OPAQUE("opaque");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    private Layout layoutOf(AstGenTree.ContainerDecl cd) {
        if (cd.layoutToken() < 0) return Layout.AUTO;
        return t.tokTag(cd.layoutToken()) == Token.Tag.KEYWORD_PACKED ? Layout.PACKED : Layout.EXTERN;
    }

    private void structDeclInner(GenZir gz, AstGenScope scope, int node, AstGenTree.ContainerDecl cd,
                                 Layout layout, int backingIntNode) {
        for (int m : cd.members()) {
            AstGenTree.ContainerField f = t.containerField(m);
            if (f != null && f.tupleLike()) {
                if (node == 0) throw failTok(0, "file cannot be a tuple");
                tupleDecl(gz, scope, node, cd, layout, backingIntNode);
                return;
            }
        }
        if (cd.members().length == 0 && backingIntNode == 0) return;
        Namespace ns = new Namespace(scope, node);
        GenZir block = new GenZir(ns, true);
        if (backingIntNode != 0) {
            if (layout != Layout.PACKED) {
                throw failNode(backingIntNode, "non-packed struct does not support backing integer type");
            }
            typeExpr(block, ns, backingIntNode);
        }
        scanContainer(ns, cd.members(), Kind.STRUCT);
        for (int m : cd.members()) {
            AstGenTree.ContainerField member = containerMember(block, ns, m);
            if (member == null) continue;
            ident(member.mainToken());
            if (member.typeExpr() == 0) throw failTok(member.mainToken(), "struct field missing type");
            typeExpr(block, ns, member.typeExpr());
            boolean isComptime = member.comptimeToken() >= 0;
            if (isComptime && layout != Layout.AUTO) {
                throw failTok(member.comptimeToken(), layout.text + " struct fields cannot be marked comptime");
            }
            if (member.alignExpr() != 0) {
                if (layout == Layout.PACKED) {
                    throw failNode(member.alignExpr(), "unable to override alignment of packed struct fields");
                }
                expr(block, ns, RI.COERCED, member.alignExpr());
            }
            if (member.valueExpr() != 0) {
                expr(block, ns, RI.COERCED, member.valueExpr());
            } else if (isComptime) {
                throw failTok(member.comptimeToken(), "comptime field without default initialization value");
            }
        }
    }

    private void tupleDecl(GenZir gz, AstGenScope scope, int node, AstGenTree.ContainerDecl cd, Layout layout,
                           int backingIntNode) {
        if (layout != Layout.AUTO) throw failNode(node, layout.text + " tuples are not supported");
        if (backingIntNode != 0) throw failNode(backingIntNode, "tuple does not support backing integer type");
        for (int m : cd.members()) {
            AstGenTree.ContainerField f = t.containerField(m);
            if (f == null) {
                int tupleMember = 0;
                for (int mm : cd.members()) {
                    if (t.containerField(mm) != null) {
                        tupleMember = mm;
                        break;
                    }
                }
                throw failNode(m, "tuple declarations cannot contain declarations",
                        note(tupleMember, "tuple field here"));
            }
            if (!f.tupleLike()) throw failTok(f.mainToken(), "tuple field has a name");
            if (f.alignExpr() != 0) throw failTok(f.mainToken(), "tuple field has alignment");
            if (f.valueExpr() != 0 && f.comptimeToken() < 0) {
                throw failTok(f.mainToken(), "non-comptime tuple field has default initialization value");
            }
            if (f.valueExpr() == 0 && f.comptimeToken() >= 0) {
                throw failTok(f.comptimeToken(), "comptime field without default initialization value");
            }
            typeExpr(gz, scope, f.typeExpr());
            if (f.valueExpr() != 0) comptimeExpr(gz, scope, RI.COERCED, f.valueExpr());
        }
    }

    private void unionDeclInner(GenZir gz, AstGenScope scope, int node, int[] members, Layout layout, int argNode,
                                int autoEnumTok) {
        Namespace ns = new Namespace(scope, node);
        GenZir block = new GenZir(ns, true);
        scanContainer(ns, members, Kind.UNION);
        if (layout != Layout.AUTO && (autoEnumTok >= 0 || argNode != 0)) {
            if (argNode != 0) throw failNode(argNode, layout.text + " union does not support enum tag type");
            throw failTok(autoEnumTok, layout.text + " union does not support enum tag type");
        }
        if (argNode != 0) typeExpr(block, ns, argNode);
        for (int m : members) {
            AstGenTree.ContainerField member = containerMember(block, ns, m);
            if (member == null) continue;
            member = member.toNonTupleLike(t);
            if (member.tupleLike()) throw failTok(member.mainToken(), "union field missing name");
            if (member.comptimeToken() >= 0) {
                throw failTok(member.comptimeToken(), "union fields cannot be marked comptime");
            }
            ident(member.mainToken());
            if (member.typeExpr() != 0) {
                typeExpr(block, ns, member.typeExpr());
            } else if (argNode == 0 && autoEnumTok < 0) {
                throw failNode(m, "union field missing type");
            }
            if (member.alignExpr() != 0) expr(block, block, RI.COERCED, member.alignExpr());
            if (member.valueExpr() != 0) {
                if (argNode == 0) {
                    throw failNode(node, "explicitly valued tagged union missing integer tag type",
                            note(member.valueExpr(), "tag value specified here"));
                }
                if (autoEnumTok < 0) {
                    throw failNode(node, "explicitly valued tagged union requires inferred enum tag type",
                            note(member.valueExpr(), "tag value specified here"));
                }
                expr(block, block, RI.TY, member.valueExpr());
            }
        }
    }

    private int containerDecl(GenZir gz, AstGenScope scope, RI ri, int node) {
        AstGenTree.ContainerDecl cd = t.containerDecl(node);
        GenZir prevFnBlock = fnBlock;
        fnBlock = null;
        try {
            switch (t.tokTag(cd.mainToken())) {
                case KEYWORD_STRUCT -> structDeclInner(gz, scope, node, cd, layoutOf(cd), cd.arg());
                case KEYWORD_UNION -> unionDeclInner(gz, scope, node, cd.members(), layoutOf(cd), cd.arg(),
                        cd.enumToken());
                case KEYWORD_ENUM -> enumDecl(gz, scope, node, cd);
                case KEYWORD_OPAQUE -> {
                    Namespace ns = new Namespace(scope, node);
                    GenZir block = new GenZir(ns, true);
                    scanContainer(ns, cd.members(), Kind.OPAQUE);
                    for (int m : cd.members()) {
                        if (containerMember(block, ns, m) != null) {
                            throw failNode(m, "opaque types cannot have fields");
                        }
                    }
                }
                default -> {}
            }
        } finally {
            fnBlock = prevFnBlock;
        }
        return VAL;
    }

    private void enumDecl(GenZir gz, AstGenScope scope, int node, AstGenTree.ContainerDecl cd) {
        if (cd.layoutToken() >= 0) {
            throw failTok(cd.layoutToken(),
                    "enums do not support 'packed' or 'extern'; instead provide an explicit integer tag type");
        }
        int nonexhaustiveNode = 0;
        boolean nonfinalNonexhaustive = false;
        for (int m : cd.members()) {
            AstGenTree.ContainerField member = t.containerField(m);
            if (member == null) continue;
            member = member.toNonTupleLike(t);
            if (member.tupleLike()) throw failTok(member.mainToken(), "enum field missing name");
            if (member.comptimeToken() >= 0) {
                throw failTok(member.comptimeToken(), "enum fields cannot be marked comptime");
            }
            if (member.typeExpr() != 0) {
                throw failNode(member.typeExpr(), "enum fields do not have types",
                        note(node, "consider 'union(enum)' here to make it a tagged union"));
            }
            if (member.alignExpr() != 0) throw failNode(member.alignExpr(), "enum fields cannot be aligned");
            if (slice(member.mainToken()).equals("_")) {
                if (nonexhaustiveNode != 0) {
                    throw failNode(m, "redundant non-exhaustive enum mark", note(nonexhaustiveNode, "other mark here"));
                }
                nonexhaustiveNode = m;
                if (member.valueExpr() != 0) {
                    throw failNode(member.valueExpr(),
                            "'_' is used to mark an enum as non-exhaustive and cannot be assigned a value");
                }
                continue;
            } else if (nonexhaustiveNode != 0) {
                nonfinalNonexhaustive = true;
            }
            if (member.valueExpr() != 0 && cd.arg() == 0) {
                throw failNode(member.valueExpr(), "value assigned to enum tag with inferred tag type");
            }
        }
        if (nonfinalNonexhaustive) {
            throw failNode(nonexhaustiveNode, "'_' field of non-exhaustive enum must be last");
        }
        if (nonexhaustiveNode != 0 && cd.arg() == 0) {
            throw failNode(node, "non-exhaustive enum missing integer tag type",
                    note(nonexhaustiveNode, "marked non-exhaustive here"));
        }
        Namespace ns = new Namespace(scope, node);
        GenZir block = new GenZir(ns, true);
        scanContainer(ns, cd.members(), Kind.ENUM);
        if (cd.arg() != 0) comptimeExpr(block, ns, RI.COERCED, cd.arg());
        for (int m : cd.members()) {
            if (m == nonexhaustiveNode) continue;
            AstGenTree.ContainerField member = containerMember(block, ns, m);
            if (member == null) continue;
            member = member.toNonTupleLike(t);
            ident(member.mainToken());
            if (member.valueExpr() != 0) {
                if (cd.arg() == 0) {
                    throw failNode(node, "explicitly valued enum missing integer tag type",
                            note(member.valueExpr(), "tag value specified here"));
                }
                expr(block, ns, RI.TY, member.valueExpr());
            }
        }
    }

    /** Lowers a declaration member (catching its fatal error) or returns the field for the caller. */
    private AstGenTree.ContainerField containerMember(GenZir gz, AstGenScope scope, int member) {
        Node.Tag tag = t.tag(member);
        switch (tag) {
            case CONTAINER_FIELD_INIT, CONTAINER_FIELD_ALIGN, CONTAINER_FIELD -> {
                return t.containerField(member);
            }
            default -> {}
        }
        boolean prevWithinFn = withinFn;
        GenZir prevFnBlock = fnBlock;
        boolean prevVarArgs = fnVarArgs;
        try {
            switch (tag) {
                case FN_PROTO, FN_PROTO_MULTI, FN_PROTO_ONE, FN_PROTO_SIMPLE, FN_DECL -> {
                    AstGenTree.FnProto proto = t.fnProto(member);
                    int body = tag == Node.Tag.FN_DECL ? t.rhs(member) : 0;
                    fnDecl(gz, scope, member, body, proto);
                }
                case GLOBAL_VAR_DECL, LOCAL_VAR_DECL, SIMPLE_VAR_DECL, ALIGNED_VAR_DECL ->
                        globalVarDecl(gz, scope, member, t.varDecl(member));
                case COMPTIME -> {
                    GenZir decl = new GenZir(scope, true);
                    fullBodyExpr(decl, decl, RI.NONE, t.lhs(member), false);
                }
                case USINGNAMESPACE -> {
                    GenZir decl = new GenZir(scope, true);
                    typeExpr(decl, decl, t.lhs(member));
                }
                case TEST_DECL -> testDecl(gz, scope, member);
                default -> {}
            }
        } catch (Fail f) {
            // the declaration failed; its errors are recorded
        } finally {
            withinFn = prevWithinFn;
            fnBlock = prevFnBlock;
            fnVarArgs = prevVarArgs;
        }
        return null;
    }

    private record NameEntry(int tok, List<Integer> dups) {}

    /** Zig's {@code scanContainer}: declaration names, duplicates, shadowing of primitives and outer locals. */
    private void scanContainer(Namespace ns, int[] members, Kind kind) {
        boolean anyInvalid = false;
        boolean anyDuplicates = false;
        Map<String, List<Integer>> names = new LinkedHashMap<>();
        Map<String, List<Integer>> testNames = new LinkedHashMap<>();
        Map<String, List<Integer>> decltestNames = new LinkedHashMap<>();
        for (int m : members) {
            boolean isField;
            int nameToken;
            switch (t.tag(m)) {
                case CONTAINER_FIELD_INIT, CONTAINER_FIELD_ALIGN, CONTAINER_FIELD -> {
                    AstGenTree.ContainerField f = t.containerField(m);
                    if (kind == Kind.UNION || kind == Kind.ENUM) f = f.toNonTupleLike(t);
                    if (f.tupleLike()) continue;
                    isField = true;
                    nameToken = f.mainToken();
                }
                case GLOBAL_VAR_DECL, LOCAL_VAR_DECL, SIMPLE_VAR_DECL, ALIGNED_VAR_DECL -> {
                    isField = false;
                    nameToken = t.mainToken(m) + 1;
                }
                case FN_PROTO_SIMPLE, FN_PROTO_MULTI, FN_PROTO_ONE, FN_PROTO, FN_DECL -> {
                    int identTok = t.mainToken(m) + 1;
                    if (t.tokTag(identTok) != Token.Tag.IDENTIFIER) {
                        appendNode(m, "missing function name");
                        anyInvalid = true;
                        continue;
                    }
                    isField = false;
                    nameToken = identTok;
                }
                case COMPTIME, USINGNAMESPACE -> {
                    continue;
                }
                case TEST_DECL -> {
                    int testNameToken = t.mainToken(m) + 1;
                    switch (t.tokTag(testNameToken)) {
                        case STRING_LITERAL -> {
                            byte[] name = strLit(testNameToken);
                            String key = new String(name, StandardCharsets.ISO_8859_1);
                            List<Integer> l = testNames.computeIfAbsent(key, k -> new ArrayList<>());
                            l.add(testNameToken);
                            if (l.size() > 1) anyDuplicates = true;
                        }
                        case IDENTIFIER -> {
                            String name = ident(testNameToken);
                            List<Integer> l = decltestNames.computeIfAbsent(name, k -> new ArrayList<>());
                            l.add(testNameToken);
                            if (l.size() > 1) anyDuplicates = true;
                        }
                        default -> {}
                    }
                    continue;
                }
                default -> {
                    continue;
                }
            }
            String name = ident(nameToken);
            if (!isField) ns.decls.put(name, m);
            List<Integer> l = names.computeIfAbsent(name, k -> new ArrayList<>());
            l.add(nameToken);
            if (l.size() > 1) {
                anyDuplicates = true;
                continue;
            }
            if (isField) continue;
            String raw = slice(nameToken);
            if (raw.charAt(0) != '@' && AstGenBuiltins.isPrimitive(raw)) {
                appendTok(nameToken, "name shadows primitive '" + raw + "'",
                        noteTok(nameToken, "consider using @\"" + raw + "\" to disambiguate"));
                anyInvalid = true;
                continue;
            }
            for (AstGenScope s = ns.parent; s != null; s = s.parent) {
                if (s instanceof Local local && local.name.equals(name)) {
                    appendTok(nameToken, "declaration '" + raw + "' shadows " + local.idCat.text + " from outer scope",
                            noteTok(local.tokenSrc, "previous declaration here"));
                    anyInvalid = true;
                    break;
                }
            }
        }
        if (!anyDuplicates) {
            if (anyInvalid) throw Fail.INSTANCE;
            return;
        }
        reportDuplicates(ns, kind, names, "duplicate name here", "duplicate " + kind.text + " member name '%s'");
        reportDuplicates(ns, kind, testNames, "duplicate test here", "duplicate test name '%s'");
        reportDuplicates(ns, kind, decltestNames, "duplicate decltest here", "duplicate decltest '%s'");
        throw Fail.INSTANCE;
    }

    private void reportDuplicates(Namespace ns, Kind kind, Map<String, List<Integer>> map, String noteMsg,
                                  String msgFormat) {
        for (Map.Entry<String, List<Integer>> e : map.entrySet()) {
            List<Integer> toks = e.getValue();
            if (toks.size() < 2) continue;
            Item[] notes = new Item[toks.size()];
            for (int i = 1; i < toks.size(); i++) notes[i - 1] = noteTok(toks.get(i), noteMsg);
            notes[toks.size() - 1] = note(ns.node, kind.text + " declared here");
            appendTok(toks.get(0), String.format(msgFormat, display(e.getKey())), notes);
        }
    }

    // ------------------------------------------------------------------ declarations

    private void fnDecl(GenZir gz, AstGenScope scope, int declNode, int bodyNode, AstGenTree.FnProto proto) {
        GenZir declGz = new GenZir(scope, true);
        GenZir fnGz = new GenZir(declGz, false);
        withinFn = true;
        int eei = proto.externExportInlineToken();
        Token.Tag eeiTag = eei >= 0 ? t.tokTag(eei) : null;
        boolean isExtern = eeiTag == Token.Tag.KEYWORD_EXTERN;
        boolean hasInline = eeiTag == Token.Tag.KEYWORD_INLINE;
        AstGenScope paramsScope = fnGz;
        boolean isVarArgs = false;
        int paramI = 0;
        for (AstGenTree.Param param : t.params(proto)) {
            if (param.comptimeNoalias() >= 0 && t.tokTag(param.comptimeNoalias()) == Token.Tag.KEYWORD_NOALIAS
                    && paramI >= 32) {
                throw failTok(param.comptimeNoalias(),
                        "this compiler implementation only supports 'noalias' on the first 32 parameters");
            }
            paramI++;
            boolean isAnytype = false;
            if (param.anytypeEllipsis3() >= 0) {
                if (t.tokTag(param.anytypeEllipsis3()) == Token.Tag.ELLIPSIS3) {
                    isVarArgs = true;
                    break;
                }
                isAnytype = true;
            }
            String paramName = null;
            if (param.nameToken() >= 0) {
                String bytes = slice(param.nameToken());
                if (!bytes.equals("_")) {
                    paramName = ident(param.nameToken());
                    if (!isExtern) {
                        detectLocalShadowing(paramsScope, paramName, param.nameToken(), bytes,
                                IdCat.FUNCTION_PARAMETER);
                    }
                }
            } else if (!isExtern) {
                if (param.anytypeEllipsis3() >= 0) throw failTok(param.anytypeEllipsis3(), "missing parameter name");
                int te = param.typeExpr();
                if (t.tag(te) == Node.Tag.IDENTIFIER) {
                    String id = slice(t.mainToken(te));
                    if (!AstGenBuiltins.isPrimitive(id)) {
                        throw failNode(te, "missing parameter name or type",
                                note(te, "if this is a name, annotate its type '" + id + ": T'"),
                                note(te, "if this is a type, give it a name '<name>: " + id + "'"));
                    }
                }
                throw failNode(te, "missing parameter name");
            }
            if (!isAnytype) {
                GenZir paramGz = declGz.sub(scope);
                fullBodyExpr(paramGz, paramsScope, RI.COERCED, param.typeExpr(), false);
            }
            if (paramName == null || isExtern) continue;
            paramsScope = new Local(paramsScope, paramName, param.nameToken(), IdCat.FUNCTION_PARAMETER, false, false);
        }
        if (proto.libName() >= 0) {
            byte[] lib = strLit(proto.libName());
            if (hasZero(lib)) throw failTok(proto.libName(), "library name cannot contain null bytes");
            if (lib.length == 0) throw failTok(proto.libName(), "library name cannot be empty");
        }
        int maybeBang = t.firstToken(proto.returnType()) - 1;
        boolean isInferredError = t.tokTag(maybeBang) == Token.Tag.BANG;
        if (proto.alignExpr() != 0) expr(declGz, paramsScope, RI.COERCED, proto.alignExpr());
        if (proto.addrspaceExpr() != 0) expr(declGz, paramsScope, RI.COERCED, proto.addrspaceExpr());
        if (proto.sectionExpr() != 0) expr(declGz, paramsScope, RI.COERCED, proto.sectionExpr());
        if (proto.callconvExpr() != 0) {
            if (hasInline) throw failNode(proto.callconvExpr(), "explicit callconv incompatible with inline keyword");
            GenZir ccGz = declGz.sub(paramsScope);
            expr(ccGz, paramsScope, RI.COERCED, proto.callconvExpr());
        }
        GenZir retGz = declGz.sub(paramsScope);
        fullBodyExpr(retGz, paramsScope, RI.COERCED, proto.returnType(), false);
        if (bodyNode == 0) {
            if (!isExtern) throw failTok(proto.fnToken(), "non-extern function has no body");
            if (isInferredError) throw failTok(maybeBang, "function prototype may not have inferred error set");
            return;
        }
        fnBlock = fnGz;
        fnVarArgs = isVarArgs;
        fullBodyExpr(fnGz, paramsScope, RI.NONE, bodyNode, true);
        checkUsed(fnGz, paramsScope);
    }

    private void globalVarDecl(GenZir gz, AstGenScope scope, int node, AstGenTree.VarDecl vd) {
        GenZir block = new GenZir(scope, true);
        boolean isMutable = t.tokTag(vd.mutToken()) == Token.Tag.KEYWORD_VAR;
        int ee = vd.externExportToken();
        boolean isExtern = ee >= 0 && t.tokTag(ee) == Token.Tag.KEYWORD_EXTERN;
        if (vd.threadlocalToken() >= 0 && !isMutable) {
            throw failTok(vd.threadlocalToken(), "threadlocal variable cannot be constant");
        }
        if (vd.libName() >= 0) {
            byte[] lib = strLit(vd.libName());
            if (hasZero(lib)) throw failTok(vd.libName(), "library name cannot contain null bytes");
            if (lib.length == 0) throw failTok(vd.libName(), "library name cannot be empty");
        }
        if (vd.initNode() != 0) {
            if (isExtern) throw failNode(vd.initNode(), "extern variables have no initializers");
            if (vd.typeNode() != 0) expr(block, block, RI.COERCED, vd.typeNode());
            expr(block, block, vd.typeNode() != 0 ? RI.TY : RI.NONE, vd.initNode());
        } else if (!isExtern) {
            throw failNode(node, "variables must be initialized");
        } else if (vd.typeNode() != 0) {
            typeExpr(block, block, vd.typeNode());
        } else {
            throw failNode(node, "unable to infer variable type");
        }
        if (vd.alignNode() != 0) {
            GenZir g = block.sub(scope);
            fullBodyExpr(g, g, RI.COERCED, vd.alignNode(), false);
        }
        if (vd.sectionNode() != 0) {
            GenZir g = block.sub(scope);
            fullBodyExpr(g, g, RI.COERCED, vd.sectionNode(), false);
        }
        if (vd.addrspaceNode() != 0) {
            GenZir g = block.sub(scope);
            fullBodyExpr(g, g, RI.COERCED, vd.addrspaceNode(), false);
        }
    }

    private void testDecl(GenZir gz, AstGenScope scope, int node) {
        GenZir declBlock = new GenZir(scope, true);
        int nameTok = t.mainToken(node) + 1;
        if (t.tokTag(nameTok) == Token.Tag.IDENTIFIER) {
            String raw = slice(nameTok);
            if (raw.equals("_")) throw failTok(nameTok, "'_' used as an identifier without @\"_\" syntax");
            if (raw.charAt(0) != '@' && AstGenBuiltins.isPrimitive(raw)) {
                throw failTok(nameTok, "cannot test a primitive");
            }
            String name = ident(nameTok);
            int foundAlready = 0;
            for (AstGenScope s = scope; s != null; s = s.parent) {
                if (s instanceof Local local) {
                    if (local.name.equals(name)) {
                        local.used = nameTok;
                        throw failTok(nameTok, "cannot test a " + local.idCat.text,
                                noteTok(local.tokenSrc, local.idCat.text + " declared here"));
                    }
                } else if (s instanceof Namespace ns) {
                    Integer i = ns.decls.get(name);
                    if (i != null) {
                        if (foundAlready != 0) {
                            throw failTok(nameTok, "ambiguous reference", note(foundAlready, "declared here"),
                                    note(i, "also declared here"));
                        }
                        foundAlready = i;
                    }
                }
            }
            if (foundAlready == 0) throw failTok(nameTok, "use of undeclared identifier '" + display(name) + "'");
        }
        GenZir fnBlk = new GenZir(declBlock, false);
        withinFn = true;
        fnBlock = fnBlk;
        fullBodyExpr(fnBlk, fnBlk, RI.NONE, t.rhs(node), false);
        if (t.tokTag(nameTok) == Token.Tag.STRING_LITERAL) {
            // setDeclaration: the test's name is interned after its body.
            byte[] name = strLit(nameTok);
            if (hasZero(name)) throw failTok(nameTok, "test name cannot contain null bytes");
            if (name.length == 0) throw failTok(nameTok, "empty test name must be omitted");
        }
    }

    // ------------------------------------------------------------------ scopes

    private void detectLocalShadowing(AstGenScope scope, String name, int nameToken, String tokenBytes, IdCat cat) {
        if (tokenBytes.charAt(0) != '@' && AstGenBuiltins.isPrimitive(tokenBytes)) {
            throw failTok(nameToken, "name shadows primitive '" + tokenBytes + "'",
                    noteTok(nameToken, "consider using @\"" + tokenBytes + "\" to disambiguate"));
        }
        boolean outer = false;
        for (AstGenScope s = scope; s != null; s = s.parent) {
            if (s instanceof Local local) {
                if (local.name.equals(name)) {
                    if (outer) {
                        throw failTok(nameToken, cat.text + " '" + display(name) + "' shadows " + local.idCat.text
                                + " from outer scope", noteTok(local.tokenSrc, "previous declaration here"));
                    }
                    throw failTok(nameToken, "redeclaration of " + local.idCat.text + " '" + display(name) + "'",
                            noteTok(local.tokenSrc, "previous declaration here"));
                }
            } else if (s instanceof Namespace ns) {
                outer = true;
                Integer decl = ns.decls.get(name);
                if (decl != null) {
                    throw failTok(nameToken, cat.text + " shadows declaration of '" + display(name) + "'",
                            note(decl, "declared here"));
                }
            } else if (s instanceof GenZir) {
                outer = true;
            }
        }
    }

    /** Zig's {@code checkUsed}: unused locals, pointless discards, never-mutated variables, innermost first. */
    private void checkUsed(AstGenScope outer, AstGenScope inner) {
        for (AstGenScope s = inner; s != outer && s != null; s = s.parent) {
            if (!(s instanceof Local l)) continue;
            if (l.used < 0 && l.discarded < 0) {
                appendTok(l.tokenSrc, "unused " + l.idCat.text);
                continue;
            }
            if (l.used >= 0 && l.discarded >= 0) {
                appendTok(l.discarded, "pointless discard of " + l.idCat.text, noteTok(l.used, "used here"));
            }
            if (l.ptr && l.idCat == IdCat.LOCAL_VARIABLE && !l.usedAsLvalue) {
                appendTok(l.tokenSrc, "local variable is never mutated", noteTok(l.tokenSrc, "consider using 'const'"));
            }
        }
    }

    private boolean tokenIdentEql(int a, int b) {
        return ident(a).equals(ident(b));
    }

    private void checkLabelRedefinition(AstGenScope parentScope, int label) {
        for (AstGenScope s = parentScope; s != null && !(s instanceof Namespace); s = s.parent) {
            if (s instanceof GenZir g && g.label != null && tokenIdentEql(label, g.label.token)) {
                throw failTok(label, "redefinition of label '" + display(ident(label)) + "'",
                        noteTok(g.label.token, "previous definition here"));
            }
        }
    }

    // ------------------------------------------------------------------ blocks and statements

    private int typeExpr(GenZir gz, AstGenScope scope, int node) {
        return comptimeExpr(gz, scope, RI.COERCED, node);
    }

    private int reachableExpr(GenZir gz, AstGenScope scope, RI ri, int node, int reachableNode) {
        return reachableExprComptime(gz, scope, ri, node, reachableNode, false);
    }

    private int reachableExprComptime(GenZir gz, AstGenScope scope, RI ri, int node, int reachableNode,
                                      boolean force) {
        int r = force ? comptimeExpr(gz, scope, ri, node) : expr(gz, scope, ri, node);
        if (r == NORET) {
            appendNode(reachableNode, "unreachable code", note(node, "control flow is diverted here"));
        }
        return r;
    }

    private int fullBodyExpr(GenZir gz, AstGenScope scope, RI ri, int node, boolean allowBranchHint) {
        int[] stmts = t.blockStatements(node);
        if (stmts == null) return expr(gz, scope, ri, node);
        if (t.isLabeledBlock(node)) return blockExpr(gz, scope, ri, node, stmts, allowBranchHint);
        GenZir sub = gz.sub(scope);
        blockExprStmts(sub, sub, stmts, allowBranchHint);
        return VAL;
    }

    private int blockExpr(GenZir gz, AstGenScope scope, RI ri, int node, int[] stmts, boolean allowBranchHint) {
        if (t.isLabeledBlock(node)) return labeledBlockExpr(gz, scope, ri, node, stmts, false, allowBranchHint);
        GenZir block = gz.sub(scope);
        blockExprStmts(block, block, stmts, allowBranchHint);
        return VAL;
    }

    private int labeledBlockExpr(GenZir gz, AstGenScope parentScope, RI ri, int node, int[] stmts,
                                 boolean forceComptime, boolean allowBranchHint) {
        int labelToken = t.mainToken(node) - 2;
        checkLabelRedefinition(parentScope, labelToken);
        GenZir block = gz.sub(parentScope);
        block.label = new Label(labelToken, false);
        block.setBreakResultInfo(ri.blockRi());
        if (forceComptime) block.isComptime = true;
        blockExprStmts(block, block, stmts, allowBranchHint);
        if (!block.label.used) appendTok(labelToken, "unused block label");
        return VAL;
    }

    private void blockExprStmts(GenZir gz, AstGenScope parentScope, int[] statements, boolean allowBranchHintKind) {
        if (statements.length == 0) return;
        int noreturnSrc = 0;
        AstGenScope scope = parentScope;
        for (int idx = 0; idx < statements.length; idx++) {
            int stmt = statements[idx];
            if (noreturnSrc != 0) {
                appendNode(stmt, "unreachable code", note(noreturnSrc, "control flow is diverted here"));
            }
            boolean allowBranchHint = allowBranchHintKind && idx == 0;
            int inner = stmt;
            while (true) {
                Node.Tag tag = t.tag(inner);
                switch (tag) {
                    case GLOBAL_VAR_DECL, LOCAL_VAR_DECL, SIMPLE_VAR_DECL, ALIGNED_VAR_DECL ->
                            scope = varDecl(gz, scope, stmt, t.varDecl(stmt));
                    case ASSIGN_DESTRUCTURE -> scope = assignDestructureMaybeDecls(gz, scope, stmt);
                    case DEFER -> scope = deferStmt(gz, scope, stmt, false);
                    case ERRDEFER -> scope = deferStmt(gz, scope, stmt, true);
                    case ASSIGN -> assign(gz, scope, stmt);
                    case ASSIGN_SHL, ASSIGN_SHR -> assignShift(gz, scope, stmt);
                    case ASSIGN_BIT_AND, ASSIGN_BIT_OR, ASSIGN_BIT_XOR, ASSIGN_DIV, ASSIGN_SUB, ASSIGN_SUB_WRAP,
                            ASSIGN_MOD, ASSIGN_ADD, ASSIGN_ADD_WRAP, ASSIGN_MUL, ASSIGN_MUL_WRAP ->
                            assignOp(gz, scope, stmt);
                    case GROUPED_EXPRESSION -> {
                        inner = t.lhs(inner);
                        continue;
                    }
                    case WHILE_SIMPLE, WHILE_CONT, WHILE -> whileExpr(gz, scope, RI.NONE, inner, true);
                    case FOR_SIMPLE, FOR -> forExpr(gz, scope, RI.NONE, inner, true);
                    case BUILTIN_CALL_TWO, BUILTIN_CALL_TWO_COMMA, BUILTIN_CALL, BUILTIN_CALL_COMMA -> {
                        int r = builtinCall(gz, scope, RI.NONE, inner, t.builtinParams(inner), allowBranchHint);
                        noreturnSrc = r == NORET ? inner : 0;
                    }
                    default -> noreturnSrc = expr(gz, scope, RI.NONE, inner) == NORET ? inner : 0;
                }
                break;
            }
        }
        checkUsed(parentScope, scope);
    }

    private AstGenScope varDecl(GenZir gz, AstGenScope scope, int node, AstGenTree.VarDecl vd) {
        int nameToken = vd.mutToken() + 1;
        String raw = slice(nameToken);
        if (raw.equals("_")) throw failTok(nameToken, "'_' used as an identifier without @\"_\" syntax");
        String name = ident(nameToken);
        boolean isConst = t.tokTag(vd.mutToken()) == Token.Tag.KEYWORD_CONST;
        detectLocalShadowing(scope, name, nameToken, raw, isConst ? IdCat.LOCAL_CONSTANT : IdCat.LOCAL_VARIABLE);
        if (vd.initNode() == 0) throw failNode(node, "variables must be initialized");
        if (vd.addrspaceNode() != 0) {
            throw failTok(t.mainToken(vd.addrspaceNode()), "cannot set address space of local variable '" + raw + "'");
        }
        if (vd.sectionNode() != 0) {
            throw failTok(t.mainToken(vd.sectionNode()), "cannot set section of local variable '" + raw + "'");
        }
        if (vd.alignNode() != 0) expr(gz, scope, RI.COERCED, vd.alignNode());
        if (isConst) {
            if (vd.comptimeToken() >= 0) {
                appendTok(vd.comptimeToken(),
                        "'comptime const' is redundant; instead wrap the initialization expression with 'comptime'");
            }
            boolean force = vd.comptimeToken() >= 0;
            if (vd.typeNode() != 0) typeExpr(gz, scope, vd.typeNode());
            RI ri = RI.of(vd.typeNode() != 0 ? RL.TY : RL.NONE, Ctx.CONST_INIT);
            reachableExprComptime(gz, scope, ri, vd.initNode(), node, force);
            return new Local(scope, name, nameToken, IdCat.LOCAL_CONSTANT, false, true);
        }
        if (vd.comptimeToken() >= 0 && gz.isComptime) {
            throw failTok(vd.comptimeToken(), "'comptime var' is redundant in comptime scope");
        }
        boolean isComptime = vd.comptimeToken() >= 0 || gz.isComptime;
        RI ri;
        if (vd.typeNode() != 0) {
            typeExpr(gz, scope, vd.typeNode());
            ri = RI.PTR;
        } else {
            ri = RI.INFERRED_PTR;
        }
        reachableExprComptime(gz, scope, ri, vd.initNode(), node, isComptime);
        return new Local(scope, name, nameToken, IdCat.LOCAL_VARIABLE, true, isComptime);
    }

    private AstGenScope deferStmt(GenZir gz, AstGenScope scope, int node, boolean isErrdefer) {
        GenZir deferGen = gz.sub(scope);
        deferGen.curDeferNode = node;
        deferGen.anyDeferNode = node;
        int payloadToken = t.lhs(node);
        AstGenScope sub = deferGen;
        if (isErrdefer && payloadToken != 0) {
            String name = ident(payloadToken);
            if (slice(payloadToken).equals("_")) {
                appendTok(payloadToken, "discard of error capture; omit it instead");
            } else {
                sub = new Local(deferGen, name, payloadToken, IdCat.CAPTURE, false, false);
            }
        }
        expr(deferGen, sub, RI.NONE, t.rhs(node));
        checkUsed(scope, sub);
        return new Defer(scope);
    }

    private void assign(GenZir gz, AstGenScope scope, int node) {
        int lhs = t.lhs(node);
        int rhs = t.rhs(node);
        if (t.tag(lhs) == Node.Tag.IDENTIFIER && slice(t.mainToken(lhs)).equals("_")) {
            expr(gz, scope, RI.of(RL.DISCARD, Ctx.ASSIGNMENT), rhs);
            return;
        }
        lvalExpr(gz, scope, lhs);
        expr(gz, scope, RI.PTR, rhs);
    }

    private void assignOp(GenZir gz, AstGenScope scope, int node) {
        lvalExpr(gz, scope, t.lhs(node));
        expr(gz, scope, RI.TY, t.rhs(node));
    }

    private void assignShift(GenZir gz, AstGenScope scope, int node) {
        lvalExpr(gz, scope, t.lhs(node));
        expr(gz, scope, RI.TY, t.rhs(node));
    }

    private void assignShiftSat(GenZir gz, AstGenScope scope, int node) {
        lvalExpr(gz, scope, t.lhs(node));
        expr(gz, scope, RI.NONE, t.rhs(node));
    }

    private int lvalExpr(GenZir gz, AstGenScope scope, int node) {
        switch (t.tag(node)) {
            case UNWRAP_OPTIONAL, DEREF, FIELD_ACCESS, ARRAY_ACCESS, IDENTIFIER, GROUPED_EXPRESSION, ORELSE -> {}
            case BUILTIN_CALL, BUILTIN_CALL_COMMA, BUILTIN_CALL_TWO, BUILTIN_CALL_TWO_COMMA -> {
                AstGenBuiltins.Info info = AstGenBuiltins.get(slice(t.mainToken(node)));
                if (info != null && !info.allowsLvalue()) {
                    throw failNode(node, "invalid left-hand side to assignment");
                }
            }
            default -> throw failNode(node, "invalid left-hand side to assignment");
        }
        return expr(gz, scope, RI.REF, node);
    }

    private void assignDestructure(GenZir gz, AstGenScope scope, int node) {
        AstGenTree.AssignDestructure full = t.assignDestructure(node);
        if (full.comptimeToken() >= 0 && gz.isComptime) {
            appendNode(node, "redundant comptime keyword in already comptime scope");
            return;
        }
        GenZir inner = gz;
        if (full.comptimeToken() >= 0) {
            inner = gz.sub(scope);
            inner.isComptime = true;
        }
        int[] comps = new int[full.variables().length];
        for (int i = 0; i < comps.length; i++) {
            int v = full.variables()[i];
            if (isUnderscoreIdent(v)) {
                comps[i] = AstGenScope.DS_DISCARD;
                continue;
            }
            comps[i] = AstGenScope.DS_TYPED_PTR;
            lvalExpr(inner, scope, v);
        }
        expr(inner, scope, new RI(RL.DESTRUCTURE, Ctx.NONE, node, comps), full.valueExpr());
    }

    private AstGenScope assignDestructureMaybeDecls(GenZir gz, AstGenScope scope, int node) {
        AstGenTree.AssignDestructure full = t.assignDestructure(node);
        if (full.comptimeToken() >= 0 && gz.isComptime) {
            appendNode(node, "redundant comptime keyword in already comptime scope");
        }
        boolean isComptime = full.comptimeToken() >= 0 || gz.isComptime;
        int[] vars = full.variables();
        int[] comps = new int[vars.length];
        boolean anyNonConst = false, anyLvalue = false;
        for (int i = 0; i < vars.length; i++) {
            int v = vars[i];
            Node.Tag tag = t.tag(v);
            if (tag == Node.Tag.IDENTIFIER && slice(t.mainToken(v)).equals("_")) {
                anyNonConst = true;
                comps[i] = AstGenScope.DS_DISCARD;
                continue;
            }
            if (AstGenTree.isVarDecl(tag)) {
                AstGenTree.VarDecl vd = t.varDecl(v);
                int nameToken = vd.mutToken() + 1;
                String raw = slice(nameToken);
                if (raw.equals("_")) throw failTok(nameToken, "'_' used as an identifier without @\"_\" syntax");
                if (vd.addrspaceNode() != 0) {
                    throw failTok(t.mainToken(vd.addrspaceNode()),
                            "cannot set address space of local variable '" + raw + "'");
                }
                if (vd.sectionNode() != 0) {
                    throw failTok(t.mainToken(vd.sectionNode()), "cannot set section of local variable '" + raw + "'");
                }
                boolean isConst = t.tokTag(vd.mutToken()) == Token.Tag.KEYWORD_CONST;
                if (!isConst) anyNonConst = true;
                if (vd.alignNode() != 0) expr(gz, scope, RI.COERCED, vd.alignNode());
                if (vd.typeNode() != 0) {
                    typeExpr(gz, scope, vd.typeNode());
                    comps[i] = AstGenScope.DS_TYPED_PTR;
                } else {
                    comps[i] = AstGenScope.DS_INFERRED_PTR;
                }
                continue;
            }
            anyNonConst = true;
            anyLvalue = true;
            comps[i] = AstGenScope.DS_TYPED_PTR;
        }
        if (full.comptimeToken() >= 0 && !anyNonConst) {
            appendTok(full.comptimeToken(),
                    "'comptime const' is redundant; instead wrap the initialization expression with 'comptime'");
        }
        GenZir inner = gz;
        if (full.comptimeToken() >= 0) {
            inner = gz.sub(scope);
            inner.isComptime = true;
        }
        if (anyLvalue) {
            for (int i = 0; i < vars.length; i++) {
                if (comps[i] != AstGenScope.DS_TYPED_PTR) continue;
                if (AstGenTree.isVarDecl(t.tag(vars[i]))) continue;
                lvalExpr(inner, scope, vars[i]);
            }
        }
        reachableExpr(inner, scope, new RI(RL.DESTRUCTURE, Ctx.NONE, node, comps), full.valueExpr(), node);
        AstGenScope cur = scope;
        for (int v : vars) {
            Node.Tag tag = t.tag(v);
            if (tag != Node.Tag.LOCAL_VAR_DECL && tag != Node.Tag.SIMPLE_VAR_DECL && tag != Node.Tag.ALIGNED_VAR_DECL) {
                continue;
            }
            AstGenTree.VarDecl vd = t.varDecl(v);
            boolean isConst = t.tokTag(vd.mutToken()) == Token.Tag.KEYWORD_CONST;
            int nameToken = vd.mutToken() + 1;
            String raw = slice(nameToken);
            String name = ident(nameToken);
            IdCat cat = isConst ? IdCat.LOCAL_CONSTANT : IdCat.LOCAL_VARIABLE;
            detectLocalShadowing(cur, name, nameToken, raw, cat);
            cur = new Local(cur, name, nameToken, cat, true, isConst || isComptime);
        }
        return cur;
    }

    // ------------------------------------------------------------------ expressions

    private int comptimeExpr(GenZir gz, AstGenScope scope, RI ri, int node) {
        if (gz.isComptime) return expr(gz, scope, ri, node);
        switch (t.tag(node)) {
            case IDENTIFIER -> {
                if (AstGenBuiltins.isPrimitiveInstr(slice(t.mainToken(node)))) return VAL;
            }
            case NUMBER_LITERAL, STRING_LITERAL, MULTILINE_STRING_LITERAL, ENUM_LITERAL, ERROR_VALUE -> {
                return expr(gz, scope, ri, node);
            }
            case BLOCK_TWO, BLOCK_TWO_SEMICOLON, BLOCK, BLOCK_SEMICOLON -> {
                if (t.isLabeledBlock(node)) {
                    labeledBlockExpr(gz, scope, ri.tyOnly(), node, t.blockStatements(node), true, false);
                    return VAL;
                }
            }
            default -> {}
        }
        GenZir block = gz.sub(scope);
        block.isComptime = true;
        fullBodyExpr(block, scope, ri.tyOnly(), node, false);
        return VAL;
    }

    private int expr(GenZir gz, AstGenScope scope, RI ri, int node) {
        Node.Tag tag = t.tag(node);
        switch (tag) {
            case ASSIGN -> {
                assign(gz, scope, node);
                return VAL;
            }
            case ASSIGN_DESTRUCTURE -> {
                assignDestructure(gz, scope, node);
                return VAL;
            }
            case ASSIGN_SHL, ASSIGN_SHR -> {
                assignShift(gz, scope, node);
                return VAL;
            }
            case ASSIGN_SHL_SAT -> {
                assignShiftSat(gz, scope, node);
                return VAL;
            }
            case ASSIGN_BIT_AND, ASSIGN_BIT_OR, ASSIGN_BIT_XOR, ASSIGN_DIV, ASSIGN_SUB, ASSIGN_SUB_WRAP,
                    ASSIGN_SUB_SAT, ASSIGN_MOD, ASSIGN_ADD, ASSIGN_ADD_WRAP, ASSIGN_ADD_SAT, ASSIGN_MUL,
                    ASSIGN_MUL_WRAP, ASSIGN_MUL_SAT -> {
                assignOp(gz, scope, node);
                return VAL;
            }
            case SHL, SHR -> {
                return shiftOp(gz, scope, t.lhs(node), t.rhs(node));
            }
            case ADD, ADD_WRAP, ADD_SAT, SUB, SUB_WRAP, SUB_SAT, MUL, MUL_WRAP, MUL_SAT, DIV, MOD, SHL_SAT, BIT_AND,
                    BIT_OR, BIT_XOR, BANG_EQUAL, EQUAL_EQUAL, GREATER_THAN, GREATER_OR_EQUAL, LESS_THAN,
                    LESS_OR_EQUAL, ARRAY_CAT, ERROR_UNION, MERGE_ERROR_SETS -> {
                return simpleBinOp(gz, scope, node, tag);
            }
            case ARRAY_MULT -> {
                expr(gz, scope, RI.NONE, t.lhs(node));
                comptimeExpr(gz, scope, RI.COERCED, t.rhs(node));
                return VAL;
            }
            case BOOL_AND, BOOL_OR -> {
                expr(gz, scope, RI.COERCED, t.lhs(node));
                GenZir rhsScope = gz.sub(scope);
                fullBodyExpr(rhsScope, rhsScope, RI.COERCED, t.rhs(node), true);
                return VAL;
            }
            case BOOL_NOT -> {
                expr(gz, scope, RI.COERCED, t.lhs(node));
                return VAL;
            }
            case BIT_NOT, NEGATION_WRAP -> {
                expr(gz, scope, RI.NONE, t.lhs(node));
                return VAL;
            }
            case NEGATION -> {
                int operand = t.lhs(node);
                if (t.tag(operand) == Node.Tag.NUMBER_LITERAL) return numberLiteral(operand, true);
                expr(gz, scope, RI.NONE, operand);
                return VAL;
            }
            case IDENTIFIER -> {
                return identifier(gz, scope, ri, node);
            }
            case ASM_SIMPLE, ASM -> {
                return asmExpr(gz, scope, node);
            }
            case STRING_LITERAL -> {
                strLit(t.mainToken(node));
                return VAL;
            }
            case MULTILINE_STRING_LITERAL, ANYFRAME_LITERAL -> {
                return VAL;
            }
            case NUMBER_LITERAL -> {
                return numberLiteral(node, false);
            }
            case BUILTIN_CALL_TWO, BUILTIN_CALL_TWO_COMMA, BUILTIN_CALL, BUILTIN_CALL_COMMA -> {
                return builtinCall(gz, scope, ri, node, t.builtinParams(node), false);
            }
            case CALL_ONE, CALL_ONE_COMMA, ASYNC_CALL_ONE, ASYNC_CALL_ONE_COMMA, CALL, CALL_COMMA, ASYNC_CALL,
                    ASYNC_CALL_COMMA -> {
                return callExpr(gz, scope, ri, node);
            }
            case UNREACHABLE_LITERAL -> {
                return NORET;
            }
            case RETURN -> {
                return ret(gz, scope, node);
            }
            case FIELD_ACCESS -> {
                ident(t.mainToken(node) + 1);
                expr(gz, scope, ri.isRef() ? RI.REF : RI.NONE, t.lhs(node));
                return VAL;
            }
            case IF_SIMPLE, IF -> {
                AstGenTree.If ifFull = t.ifFull(node);
                if (ifFull.errorToken() >= 0) {
                    AstGenTree.Switch sw = t.switchFull(ifFull.elseExpr());
                    if (sw != null && sw.labelToken() < 0 && t.tag(sw.condition()) == Node.Tag.IDENTIFIER
                            && slice(ifFull.errorToken()).equals(slice(t.mainToken(sw.condition())))) {
                        return switchExprErrUnion(gz, scope, ri.br(), node, false);
                    }
                }
                return ifExpr(gz, scope, ri.br(), node, ifFull);
            }
            case WHILE_SIMPLE, WHILE_CONT, WHILE -> {
                return whileExpr(gz, scope, ri.br(), node, false);
            }
            case FOR_SIMPLE, FOR -> {
                return forExpr(gz, scope, ri.br(), node, false);
            }
            case SLICE_OPEN -> {
                expr(gz, scope, RI.REF, t.lhs(node));
                expr(gz, scope, RI.COERCED, t.rhs(node));
                return VAL;
            }
            case SLICE, SLICE_SENTINEL -> {
                return sliceExpr(gz, scope, node);
            }
            case DEREF -> {
                expr(gz, scope, RI.NONE, t.lhs(node));
                return VAL;
            }
            case ADDRESS_OF -> {
                expr(gz, scope, ri.hasResultType() ? RI.of(RL.REF_COERCED_TY, Ctx.NONE) : RI.REF, t.lhs(node));
                return VAL;
            }
            case OPTIONAL_TYPE -> {
                typeExpr(gz, scope, t.lhs(node));
                return VAL;
            }
            case UNWRAP_OPTIONAL -> {
                expr(gz, scope, ri.isRef() ? RI.REF : RI.NONE, t.lhs(node));
                return VAL;
            }
            case BLOCK_TWO, BLOCK_TWO_SEMICOLON, BLOCK, BLOCK_SEMICOLON -> {
                return blockExpr(gz, scope, ri, node, t.blockStatements(node), false);
            }
            case ENUM_LITERAL -> {
                ident(t.mainToken(node));
                return VAL;
            }
            case ERROR_VALUE -> {
                ident(t.rhs(node));
                return VAL;
            }
            case ANYFRAME_TYPE -> {
                typeExpr(gz, scope, t.rhs(node));
                return VAL;
            }
            case CATCH -> {
                int catchToken = t.mainToken(node);
                int payload = t.tokTag(catchToken + 1) == Token.Tag.PIPE ? catchToken + 2 : -1;
                if (payload >= 0) {
                    AstGenTree.Switch sw = t.switchFull(t.rhs(node));
                    if (sw != null && sw.labelToken() < 0 && t.tag(sw.condition()) == Node.Tag.IDENTIFIER
                            && slice(payload).equals(slice(t.mainToken(sw.condition())))) {
                        return switchExprErrUnion(gz, scope, ri.br(), node, true);
                    }
                }
                return orelseCatchExpr(gz, scope, ri, node, t.lhs(node), true, t.rhs(node), payload);
            }
            case ORELSE -> {
                return orelseCatchExpr(gz, scope, ri, node, t.lhs(node), false, t.rhs(node), -1);
            }
            case PTR_TYPE_ALIGNED, PTR_TYPE_SENTINEL, PTR_TYPE, PTR_TYPE_BIT_RANGE -> {
                return ptrType(gz, scope, node);
            }
            case CONTAINER_DECL, CONTAINER_DECL_TRAILING, CONTAINER_DECL_ARG, CONTAINER_DECL_ARG_TRAILING,
                    CONTAINER_DECL_TWO, CONTAINER_DECL_TWO_TRAILING, TAGGED_UNION, TAGGED_UNION_TRAILING,
                    TAGGED_UNION_ENUM_TAG, TAGGED_UNION_ENUM_TAG_TRAILING, TAGGED_UNION_TWO,
                    TAGGED_UNION_TWO_TRAILING -> {
                return containerDecl(gz, scope, ri, node);
            }
            case BREAK -> {
                return breakExpr(gz, scope, node);
            }
            case CONTINUE -> {
                return continueExpr(gz, scope, node);
            }
            case GROUPED_EXPRESSION -> {
                return expr(gz, scope, ri, t.lhs(node));
            }
            case ARRAY_TYPE, ARRAY_TYPE_SENTINEL -> {
                return arrayType(gz, scope, node);
            }
            case CHAR_LITERAL -> {
                int tok = t.mainToken(node);
                AstGenLiterals.Problem p = AstGenLiterals.charLiteral(t.tokenBytes(tok));
                if (p != null) throw failOff(tok, p.offset(), p.message());
                return VAL;
            }
            case ERROR_SET_DECL -> {
                errorSetDecl(node);
                return VAL;
            }
            case ARRAY_ACCESS -> {
                expr(gz, scope, ri.isRef() ? RI.REF : RI.NONE, t.lhs(node));
                expr(gz, scope, RI.COERCED, t.rhs(node));
                return VAL;
            }
            case COMPTIME -> {
                if (gz.isComptime) appendNode(node, "redundant comptime keyword in already comptime scope");
                return comptimeExpr(gz, scope, ri, t.lhs(node));
            }
            case SWITCH, SWITCH_COMMA -> {
                return switchExpr(gz, scope, ri.br(), node);
            }
            case NOSUSPEND -> {
                if (gz.nosuspendNode != 0) {
                    appendNode(node, "redundant nosuspend block", note(gz.nosuspendNode, "other nosuspend block here"));
                }
                gz.nosuspendNode = node;
                try {
                    return expr(gz, scope, ri, t.lhs(node));
                } finally {
                    gz.nosuspendNode = 0;
                }
            }
            case SUSPEND -> {
                if (gz.nosuspendNode != 0) {
                    throw failNode(node, "suspend inside nosuspend block", note(gz.nosuspendNode, "nosuspend block here"));
                }
                if (gz.suspendNode != 0) {
                    throw failNode(node, "cannot suspend inside suspend block",
                            note(gz.suspendNode, "other suspend block here"));
                }
                GenZir suspendScope = gz.sub(scope);
                suspendScope.suspendNode = node;
                fullBodyExpr(suspendScope, suspendScope, RI.NONE, t.lhs(node), false);
                return VAL;
            }
            case AWAIT -> {
                if (gz.suspendNode != 0) {
                    throw failNode(node, "cannot await inside suspend block", note(gz.suspendNode, "suspend block here"));
                }
                expr(gz, scope, RI.REF, t.lhs(node));
                return VAL;
            }
            case RESUME -> {
                expr(gz, scope, RI.REF, t.lhs(node));
                return VAL;
            }
            case TRY -> {
                return tryExpr(gz, scope, ri, node);
            }
            case ARRAY_INIT_ONE, ARRAY_INIT_ONE_COMMA, ARRAY_INIT_DOT_TWO, ARRAY_INIT_DOT_TWO_COMMA, ARRAY_INIT_DOT,
                    ARRAY_INIT_DOT_COMMA, ARRAY_INIT, ARRAY_INIT_COMMA -> {
                return arrayInitExpr(gz, scope, ri, node);
            }
            case STRUCT_INIT_ONE, STRUCT_INIT_ONE_COMMA, STRUCT_INIT_DOT_TWO, STRUCT_INIT_DOT_TWO_COMMA,
                    STRUCT_INIT_DOT, STRUCT_INIT_DOT_COMMA, STRUCT_INIT, STRUCT_INIT_COMMA -> {
                return structInitExpr(gz, scope, ri, node);
            }
            case FN_PROTO_SIMPLE, FN_PROTO_MULTI, FN_PROTO_ONE, FN_PROTO -> {
                return fnProtoExpr(gz, scope, node);
            }
            default -> {
                return VAL;
            }
        }
    }

    private int sliceExpr(GenZir gz, AstGenScope scope, int node) {
        boolean sentinelNode = t.tag(node) == Node.Tag.SLICE_SENTINEL;
        int e = t.rhs(node);
        int start = t.extra(e);
        int end = t.extra(e + 1);
        int sentinel = sentinelNode ? t.extra(e + 2) : 0;
        int lhsNode = t.lhs(node);
        Node.Tag lhsTag = t.tag(lhsNode);
        boolean lhsIsSliceSentinel = lhsTag == Node.Tag.SLICE_SENTINEL;
        boolean lhsIsOpen = lhsTag == Node.Tag.SLICE_OPEN
                || (lhsIsSliceSentinel && t.extra(t.rhs(lhsNode) + 1) == 0);
        if (lhsIsOpen && nodeIsTriviallyZero(start)) {
            expr(gz, scope, RI.REF, t.lhs(lhsNode));
            if (lhsIsSliceSentinel) expr(gz, scope, RI.COERCED, t.extra(t.rhs(lhsNode)));
            else expr(gz, scope, RI.COERCED, t.rhs(lhsNode));
            if (end != 0) expr(gz, scope, RI.COERCED, end);
            if (sentinelNode) expr(gz, scope, RI.NONE, sentinel);
            return VAL;
        }
        expr(gz, scope, RI.REF, lhsNode);
        expr(gz, scope, RI.COERCED, start);
        if (!sentinelNode || end != 0) expr(gz, scope, RI.COERCED, end);
        if (sentinelNode) expr(gz, scope, RI.NONE, sentinel);
        return VAL;
    }

    private boolean nodeIsTriviallyZero(int node) {
        if (t.tag(node) != Node.Tag.NUMBER_LITERAL) return false;
        AstGenLiterals.Number n = AstGenLiterals.number(t.tokenBytes(t.mainToken(node)));
        return n.problem() == null && n.kind() == AstGenLiterals.NumberKind.INT && n.value() == 0;
    }

    private int simpleBinOp(GenZir gz, AstGenScope scope, int node, Node.Tag tag) {
        if (tag == Node.Tag.EQUAL_EQUAL || tag == Node.Tag.BANG_EQUAL) {
            if (t.tag(t.lhs(node)) == Node.Tag.STRING_LITERAL || t.tag(t.rhs(node)) == Node.Tag.STRING_LITERAL) {
                throw failNode(node, "cannot compare strings with " + (tag == Node.Tag.EQUAL_EQUAL ? "==" : "!="));
            }
        }
        reachableExpr(gz, scope, RI.NONE, t.lhs(node), node);
        reachableExpr(gz, scope, RI.NONE, t.rhs(node), node);
        return VAL;
    }

    private int shiftOp(GenZir gz, AstGenScope scope, int lhs, int rhs) {
        expr(gz, scope, RI.NONE, lhs);
        expr(gz, scope, RI.of(RL.TY, Ctx.SHIFT_OP), rhs);
        return VAL;
    }

    private int numberLiteral(int node, boolean negative) {
        int tok = t.mainToken(node);
        byte[] bytes = t.tokenBytes(tok);
        AstGenLiterals.Number n = AstGenLiterals.number(bytes);
        if (n.problem() != null) {
            AstGenLiterals.Problem p = n.problem();
            if (p.note() != null) throw failTok(tok, p.message(), noteTok(tok, p.note()));
            throw failOff(tok, p.offset(), p.message());
        }
        if (n.kind() == AstGenLiterals.NumberKind.INT && n.value() == 0 && negative) {
            throw failTok(tok, "integer literal '-0' is ambiguous", noteTok(tok, "use '0' for an integer zero"),
                    noteTok(tok, "use '-0.0' for a floating-point signed zero"));
        }
        return VAL;
    }

    private int identifier(GenZir gz, AstGenScope scope, RI ri, int node) {
        int tok = t.mainToken(node);
        String raw = slice(tok);
        if (raw.equals("_")) throw failNode(node, "'_' used as an identifier without @\"_\" syntax");
        if (raw.charAt(0) != '@') {
            if (AstGenBuiltins.isPrimitiveInstr(raw)) return VAL;
            if (raw.length() >= 2) {
                char first = raw.charAt(0);
                if (first == 'i' || first == 'u') {
                    if (raw.length() >= 3 && raw.charAt(1) == '0') {
                        throw failNode(node, "primitive integer type '" + raw + "' has leading zero");
                    }
                    int bits = 0;
                    boolean valid = true;
                    for (int i = 1; i < raw.length(); i++) {
                        char c = raw.charAt(i);
                        if (c < '0' || c > '9') {
                            valid = false;
                            break;
                        }
                        if (bits != 0) bits *= 10;
                        if (bits > 65535) {
                            throw failNode(node, "primitive integer type '" + raw
                                    + "' exceeds maximum bit width of 65535");
                        }
                        bits += c - '0';
                        if (bits > 65535) {
                            throw failNode(node, "primitive integer type '" + raw
                                    + "' exceeds maximum bit width of 65535");
                        }
                    }
                    if (valid) return VAL;
                }
            }
        }
        return localVarRef(gz, scope, ri, node, tok);
    }

    private int localVarRef(GenZir gz, AstGenScope scope, RI ri, int identNode, int identToken) {
        String name = ident(identToken);
        int foundAlready = 0;
        int numNamespacesOut = 0;
        Namespace capturing = null;
        for (AstGenScope s = scope; s != null; s = s.parent) {
            if (s instanceof Local local) {
                if (!local.name.equals(name)) continue;
                if (ri.rl() == RL.DISCARD && ri.ctx() == Ctx.ASSIGNMENT) local.discarded = identToken;
                else local.used = identToken;
                if (!local.ptr) return VAL;
                if (numNamespacesOut != 0 && !local.maybeComptime && !gz.isTypeof) {
                    throw failNode(identNode, "mutable '" + display(name) + "' not accessible from here",
                            noteTok(local.tokenSrc, "declared mutable here"),
                            note(capturing.node, "crosses namespace boundary here"));
                }
                if (ri.isRef()) local.usedAsLvalue = true;
                return VAL;
            } else if (s instanceof Namespace ns) {
                Integer i = ns.decls.get(name);
                if (i != null) {
                    if (foundAlready != 0) {
                        throw failNode(identNode, "ambiguous reference", note(foundAlready, "declared here"),
                                note(i, "also declared here"));
                    }
                    foundAlready = i;
                }
                numNamespacesOut++;
                capturing = ns;
            }
        }
        if (foundAlready == 0) throw failNode(identNode, "use of undeclared identifier '" + display(name) + "'");
        return VAL;
    }

    private int asmExpr(GenZir gz, AstGenScope scope, int node) {
        AstGenTree.Asm full = t.asmFull(node);
        switch (t.tag(full.template())) {
            case STRING_LITERAL -> strLit(t.mainToken(full.template()));
            case MULTILINE_STRING_LITERAL -> {}
            default -> comptimeExpr(gz, scope, RI.NONE, full.template());
        }
        if (fnBlock == null) {
            if (full.volatileToken() >= 0) throw failTok(full.volatileToken(), "volatile is meaningless on global assembly");
            if (full.outputs().length != 0 || full.inputs().length != 0 || full.firstClobber() >= 0) {
                throw failNode(node, "global assembly cannot have inputs, outputs, or clobbers");
            }
        } else if (full.outputs().length == 0 && full.volatileToken() < 0) {
            throw failNode(node, "assembly expression with no output must be marked volatile");
        }
        if (full.outputs().length > 32) throw failNode(full.outputs()[32], "too many asm outputs");
        boolean haveTypeOutput = false;
        for (int output : full.outputs()) {
            int sym = t.mainToken(output);
            ident(sym);
            strLit(sym + 2);
            if (t.tokTag(sym + 4) == Token.Tag.ARROW) {
                if (haveTypeOutput) throw failNode(output, "inline assembly allows up to one output value");
                haveTypeOutput = true;
                typeExpr(gz, scope, t.lhs(output));
            } else {
                localVarRef(gz, scope, RI.REF, node, sym + 4);
            }
        }
        if (full.inputs().length > 32) throw failNode(full.inputs()[32], "too many asm inputs");
        for (int input : full.inputs()) {
            int sym = t.mainToken(input);
            ident(sym);
            strLit(sym + 2);
            expr(gz, scope, RI.NONE, t.lhs(input));
        }
        if (full.firstClobber() >= 0) {
            int tok = full.firstClobber();
            int count = 0;
            while (true) {
                if (count >= 32) throw failTok(tok, "too many asm clobbers");
                strLit(tok);
                count++;
                tok++;
                Token.Tag tt = t.tokTag(tok);
                if (tt == Token.Tag.R_PAREN) break;
                if (tt == Token.Tag.COMMA) {
                    if (t.tokTag(tok + 1) == Token.Tag.R_PAREN) break;
                    tok++;
                    continue;
                }
                break;
            }
        }
        return VAL;
    }

    private int ptrType(GenZir gz, AstGenScope scope, int node) {
        AstGenTree.PtrType info = t.ptrType(node);
        if (info.size() == AstGenTree.PtrSize.C && info.allowzeroToken() >= 0) {
            throw failTok(info.allowzeroToken(), "C pointers always allow address zero");
        }
        typeExpr(gz, scope, info.childType());
        if (info.sentinel() != 0) comptimeExpr(gz, scope, RI.TY, info.sentinel());
        if (info.addrspaceNode() != 0) expr(gz, scope, RI.COERCED, info.addrspaceNode());
        if (info.alignNode() != 0) expr(gz, scope, RI.COERCED, info.alignNode());
        if (info.bitRangeStart() != 0) {
            expr(gz, scope, RI.COERCED, info.bitRangeStart());
            expr(gz, scope, RI.COERCED, info.bitRangeEnd());
        }
        return VAL;
    }

    private int arrayType(GenZir gz, AstGenScope scope, int node) {
        AstGenTree.ArrayType at = t.arrayType(node);
        if (isUnderscoreIdent(at.elemCount())) throw failNode(at.elemCount(), "unable to infer array size");
        if (at.sentinel() == 0) {
            expr(gz, scope, RI.COERCED, at.elemCount());
            typeExpr(gz, scope, at.elemType());
        } else {
            reachableExpr(gz, scope, RI.COERCED, at.elemCount(), node);
            typeExpr(gz, scope, at.elemType());
            reachableExprComptime(gz, scope, RI.COERCED, at.sentinel(), node, true);
        }
        return VAL;
    }

    private void errorSetDecl(int node) {
        Map<String, Integer> idents = new java.util.HashMap<>();
        for (int tok = t.mainToken(node) + 2; ; tok++) {
            Token.Tag tt = t.tokTag(tok);
            if (tt == Token.Tag.IDENTIFIER) {
                String name = ident(tok);
                Integer prev = idents.putIfAbsent(name, tok);
                if (prev != null) {
                    throw failTok(tok, "duplicate error set field '" + display(name) + "'",
                            noteTok(prev, "previous declaration here"));
                }
            } else if (tt == Token.Tag.R_BRACE || tt == Token.Tag.EOF) {
                return;
            }
        }
    }

    private int fnProtoExpr(GenZir gz, AstGenScope scope, int node) {
        AstGenTree.FnProto proto = t.fnProto(node);
        if (proto.nameToken() >= 0) throw failTok(proto.nameToken(), "function type cannot have a name");
        GenZir block = gz.sub(scope);
        int paramI = 0;
        for (AstGenTree.Param param : t.params(proto)) {
            if (param.comptimeNoalias() >= 0 && t.tokTag(param.comptimeNoalias()) == Token.Tag.KEYWORD_NOALIAS
                    && paramI >= 32) {
                throw failTok(param.comptimeNoalias(),
                        "this compiler implementation only supports 'noalias' on the first 32 parameters");
            }
            paramI++;
            boolean isAnytype = false;
            if (param.anytypeEllipsis3() >= 0) {
                if (t.tokTag(param.anytypeEllipsis3()) == Token.Tag.ELLIPSIS3) break;
                isAnytype = true;
            }
            if (param.nameToken() >= 0 && !slice(param.nameToken()).equals("_")) ident(param.nameToken());
            if (!isAnytype) {
                GenZir paramGz = block.sub(scope);
                fullBodyExpr(paramGz, scope, RI.COERCED, param.typeExpr(), false);
            }
        }
        if (proto.alignExpr() != 0) throw failNode(proto.alignExpr(), "function type cannot have an alignment");
        if (proto.addrspaceExpr() != 0) throw failNode(proto.addrspaceExpr(), "function type cannot have an addrspace");
        if (proto.sectionExpr() != 0) throw failNode(proto.sectionExpr(), "function type cannot have a linksection");
        if (proto.callconvExpr() != 0) expr(block, scope, RI.COERCED, proto.callconvExpr());
        int maybeBang = t.firstToken(proto.returnType()) - 1;
        if (t.tokTag(maybeBang) == Token.Tag.BANG) {
            throw failTok(maybeBang, "function type cannot have an inferred error set");
        }
        expr(block, scope, RI.COERCED, proto.returnType());
        return VAL;
    }

    private int arrayInitExpr(GenZir gz, AstGenScope scope, RI ri, int node) {
        AstGenTree.Init init = t.arrayInit(node);
        boolean typed = false;
        if (init.typeExpr() != 0) {
            typed = true;
            AstGenTree.ArrayType at = t.arrayType(init.typeExpr());
            if (at != null && t.tag(at.elemCount()) == Node.Tag.IDENTIFIER
                    && slice(t.mainToken(at.elemCount())).equals("_")) {
                typeExpr(gz, scope, at.elemType());
                if (at.sentinel() != 0) comptimeExpr(gz, scope, RI.TY, at.sentinel());
            } else {
                typeExpr(gz, scope, init.typeExpr());
            }
        }
        if (typed) {
            RI elemRi = ri.rl() == RL.DISCARD ? RI.TY : RI.COERCED;
            for (int el : init.items()) expr(gz, scope, elemRi, el);
            return VAL;
        }
        switch (ri.rl()) {
            case NONE, REF, INFERRED_PTR -> {
                for (int el : init.items()) expr(gz, scope, RI.NONE, el);
            }
            case DISCARD -> {
                for (int el : init.items()) expr(gz, scope, RI.DISCARD, el);
            }
            case REF_COERCED_TY, TY, COERCED_TY -> {
                for (int el : init.items()) expr(gz, scope, RI.COERCED, el);
            }
            case PTR -> {
                for (int el : init.items()) expr(gz, scope, RI.PTR, el);
            }
            case DESTRUCTURE -> {
                int[] comps = ri.dsComponents();
                if (init.items().length != comps.length) {
                    throw failNode(node, "expected " + comps.length + " elements for destructure, found "
                            + init.items().length, note(ri.dsNode(), "result destructured here"));
                }
                for (int i = 0; i < comps.length; i++) {
                    RI er = switch (comps[i]) {
                        case AstGenScope.DS_TYPED_PTR -> RI.PTR;
                        case AstGenScope.DS_INFERRED_PTR -> RI.INFERRED_PTR;
                        default -> RI.DISCARD;
                    };
                    expr(gz, scope, er, init.items()[i]);
                }
            }
            default -> {}
        }
        return VAL;
    }

    private int structInitExpr(GenZir gz, AstGenScope scope, RI ri, int node) {
        AstGenTree.Init init = t.structInit(node);
        int[] fields = init.items();
        if (init.typeExpr() == 0) {
            if (fields.length == 0) {
                if (ri.rl() == RL.DESTRUCTURE) {
                    throw failNode(node, "empty initializer cannot be destructured",
                            note(ri.dsNode(), "result destructured here"));
                }
                return VAL;
            }
        } else {
            AstGenTree.ArrayType at = t.arrayType(init.typeExpr());
            if (at == null) {
                if (fields.length == 0) {
                    typeExpr(gz, scope, init.typeExpr());
                    return VAL;
                }
            } else {
                boolean inferredLen = t.tag(at.elemCount()) == Node.Tag.IDENTIFIER
                        && slice(t.mainToken(at.elemCount())).equals("_");
                if (fields.length == 0) {
                    if (inferredLen) {
                        typeExpr(gz, scope, at.elemType());
                        if (at.sentinel() != 0) comptimeExpr(gz, scope, RI.TY, at.sentinel());
                        return VAL;
                    }
                    typeExpr(gz, scope, init.typeExpr());
                    return VAL;
                }
                throw failNode(init.typeExpr(), "initializing array with struct syntax");
            }
        }
        Map<String, List<Integer>> names = new LinkedHashMap<>();
        boolean anyDuplicate = false;
        for (int f : fields) {
            int nameToken = t.firstToken(f) - 2;
            String name = ident(nameToken);
            List<Integer> l = names.computeIfAbsent(name, k -> new ArrayList<>(1));
            l.add(nameToken);
            if (l.size() > 1) anyDuplicate = true;
        }
        if (anyDuplicate) {
            for (List<Integer> toks : names.values()) {
                if (toks.size() < 2) continue;
                Item[] notes = new Item[toks.size()];
                for (int i = 1; i < toks.size(); i++) notes[i - 1] = noteTok(toks.get(i), "duplicate name here");
                notes[toks.size() - 1] = note(node, "struct declared here");
                appendTok(toks.get(0), "duplicate struct field name", notes);
            }
            throw Fail.INSTANCE;
        }
        if (init.typeExpr() != 0) {
            typeExpr(gz, scope, init.typeExpr());
            for (int f : fields) expr(gz, scope, RI.COERCED, f);
            return VAL;
        }
        switch (ri.rl()) {
            case NONE, REF, INFERRED_PTR -> {
                for (int f : fields) expr(gz, scope, RI.NONE, f);
            }
            case DISCARD -> {
                for (int f : fields) expr(gz, scope, RI.DISCARD, f);
            }
            case REF_COERCED_TY, TY, COERCED_TY -> {
                for (int f : fields) expr(gz, scope, RI.COERCED, f);
            }
            case PTR -> {
                for (int f : fields) expr(gz, scope, RI.PTR, f);
            }
            case DESTRUCTURE -> throw failNode(node, "struct value cannot be destructured",
                    note(ri.dsNode(), "result destructured here"));
            default -> {}
        }
        return VAL;
    }

    private int breakExpr(GenZir parentGz, AstGenScope parentScope, int node) {
        int breakLabel = t.lhs(node);
        int rhs = t.rhs(node);
        for (AstGenScope s = parentScope; s != null && !(s instanceof Namespace); s = s.parent) {
            if (!(s instanceof GenZir blockGz)) continue;
            if (blockGz.curDeferNode != 0) {
                throw failNode(node, "cannot break out of defer expression",
                        note(blockGz.curDeferNode, "defer expression here"));
            }
            boolean target;
            if (breakLabel != 0) {
                target = blockGz.label != null && tokenIdentEql(blockGz.label.token, breakLabel);
                if (target) blockGz.label.used = true;
            } else {
                target = blockGz.hasBreakBlock;
            }
            if (!target) continue;
            if (rhs != 0) reachableExpr(parentGz, parentScope, blockGz.breakRi, rhs, node);
            return NORET;
        }
        if (breakLabel != 0) throw failTok(breakLabel, "label not found: '" + display(ident(breakLabel)) + "'");
        throw failNode(node, "break expression outside loop");
    }

    private int continueExpr(GenZir parentGz, AstGenScope parentScope, int node) {
        int breakLabel = t.lhs(node);
        int rhs = t.rhs(node);
        if (breakLabel == 0 && rhs != 0) throw failNode(node, "cannot continue with operand without label");
        for (AstGenScope s = parentScope; s != null && !(s instanceof Namespace); s = s.parent) {
            if (!(s instanceof GenZir g)) continue;
            if (g.curDeferNode != 0) {
                throw failNode(node, "cannot continue out of defer expression",
                        note(g.curDeferNode, "defer expression here"));
            }
            if (!g.hasContinueBlock) continue;
            if (breakLabel != 0) {
                if (g.label == null || !tokenIdentEql(g.label.token, breakLabel)) continue;
                if (rhs != 0) {
                    if (!g.label.isSwitch) throw failNode(node, "cannot continue loop with operand");
                } else if (g.label.isSwitch) {
                    throw failNode(node, "cannot continue switch without operand");
                }
                g.label.used = true;
                g.label.usedForContinue = true;
            } else if (g.label != null && g.label.isSwitch) {
                continue;
            }
            if (rhs != 0) reachableExpr(parentGz, parentScope, g.continueRi, rhs, node);
            return NORET;
        }
        if (breakLabel != 0) throw failTok(breakLabel, "label not found: '" + display(ident(breakLabel)) + "'");
        throw failNode(node, "continue expression outside loop");
    }

    private int ret(GenZir gz, AstGenScope scope, int node) {
        if (fnBlock == null) throw failNode(node, "'return' outside function scope");
        if (gz.anyDeferNode != 0) {
            throw failNode(node, "cannot return from defer expression", note(gz.anyDeferNode, "defer expression here"));
        }
        int operand = t.lhs(node);
        if (operand == 0) return NORET;
        if (t.tag(operand) == Node.Tag.ERROR_VALUE) {
            ident(t.rhs(operand));
            return NORET;
        }
        reachableExpr(gz, scope, RI.of(RL.COERCED_TY, Ctx.RETURN), operand, node);
        return NORET;
    }

    private int tryExpr(GenZir gz, AstGenScope scope, RI ri, int node) {
        if (fnBlock == null) throw failNode(node, "'try' outside function scope");
        if (gz.anyDeferNode != 0) {
            throw failNode(node, "'try' not allowed inside defer expression",
                    note(gz.anyDeferNode, "defer expression here"));
        }
        RL rl = switch (ri.rl()) {
            case REF -> RL.REF;
            case REF_COERCED_TY -> RL.REF_COERCED_TY;
            default -> ri.hasResultType() ? RL.COERCED_TY : RL.NONE;
        };
        reachableExpr(gz, scope, RI.of(rl, Ctx.ERROR_HANDLING_EXPR), t.lhs(node), node);
        return VAL;
    }

    private int orelseCatchExpr(GenZir parentGz, AstGenScope scope, RI ri, int node, int lhs, boolean isCatch,
                                int rhs, int payloadToken) {
        RI blockRi = ri.blockRi();
        GenZir blockScope = parentGz.sub(scope);
        blockScope.setBreakResultInfo(blockRi);
        boolean doErrTrace = fnBlock != null && isCatch;
        Ctx ctx = doErrTrace ? Ctx.ERROR_HANDLING_EXPR : Ctx.NONE;
        RI operandRi = RI.of(blockScope.breakRi.isRef() ? RL.REF : RL.NONE, ctx);
        reachableExpr(blockScope, blockScope, operandRi, lhs, rhs);
        GenZir elseScope = blockScope.sub(scope);
        AstGenScope elseSub = elseScope;
        if (payloadToken >= 0) {
            String errStr = slice(payloadToken);
            if (errStr.equals("_")) {
                appendTok(payloadToken, "discard of error capture; omit it instead");
            } else {
                String errName = ident(payloadToken);
                detectLocalShadowing(scope, errName, payloadToken, errStr, IdCat.CAPTURE);
                elseSub = new Local(elseScope, errName, payloadToken, IdCat.CAPTURE, false, false);
            }
        }
        fullBodyExpr(elseScope, elseSub, blockScope.breakRi, rhs, true);
        checkUsed(elseScope, elseSub);
        return VAL;
    }

    private int ifExpr(GenZir parentGz, AstGenScope scope, RI ri, int node, AstGenTree.If ifFull) {
        GenZir blockScope = parentGz.sub(scope);
        blockScope.setBreakResultInfo(ri.blockRi());
        boolean payloadIsRef = ifFull.payloadToken() >= 0 && t.tokTag(ifFull.payloadToken()) == Token.Tag.ASTERISK;
        if (ifFull.errorToken() >= 0) {
            expr(blockScope, blockScope, RI.of(payloadIsRef ? RL.REF : RL.NONE, Ctx.ERROR_HANDLING_EXPR),
                    ifFull.condExpr());
        } else if (ifFull.payloadToken() >= 0) {
            expr(blockScope, blockScope, payloadIsRef ? RI.REF : RI.NONE, ifFull.condExpr());
        } else {
            expr(blockScope, blockScope, RI.COERCED, ifFull.condExpr());
        }
        GenZir thenScope = parentGz.sub(scope);
        AstGenScope thenSub = thenScope;
        if (ifFull.errorToken() >= 0) {
            if (ifFull.payloadToken() >= 0) {
                int payload = ifFull.payloadToken();
                int nameTok = payload + (payloadIsRef ? 1 : 0);
                String name = ident(nameTok);
                String str = slice(nameTok);
                if (str.equals("_")) {
                    if (payloadIsRef) throw failTok(payload, "pointer modifier invalid on discard");
                } else {
                    detectLocalShadowing(thenScope, name, nameTok, str, IdCat.CAPTURE);
                    thenSub = new Local(thenScope, name, nameTok, IdCat.CAPTURE, false, false);
                }
            }
        } else if (ifFull.payloadToken() >= 0) {
            int payload = ifFull.payloadToken();
            int identTok = payloadIsRef ? payload + 1 : payload;
            String bytes = slice(identTok);
            if (bytes.equals("_")) {
                if (payloadIsRef) throw failTok(payload, "pointer modifier invalid on discard");
            } else {
                String name = ident(identTok);
                detectLocalShadowing(thenScope, name, identTok, bytes, IdCat.CAPTURE);
                thenSub = new Local(thenScope, name, identTok, IdCat.CAPTURE, false, false);
            }
        }
        fullBodyExpr(thenScope, thenSub, blockScope.breakRi, ifFull.thenExpr(), true);
        checkUsed(thenScope, thenSub);
        if (ifFull.elseExpr() != 0) {
            GenZir elseScope = parentGz.sub(scope);
            AstGenScope sub = elseScope;
            if (ifFull.errorToken() >= 0) {
                int errTok = ifFull.errorToken();
                String name = ident(errTok);
                String str = slice(errTok);
                if (!str.equals("_")) {
                    detectLocalShadowing(elseScope, name, errTok, str, IdCat.CAPTURE);
                    sub = new Local(elseScope, name, errTok, IdCat.CAPTURE, false, false);
                }
            }
            fullBodyExpr(elseScope, sub, blockScope.breakRi, ifFull.elseExpr(), true);
            checkUsed(elseScope, sub);
        }
        return VAL;
    }

    private int whileExpr(GenZir parentGz, AstGenScope scope, RI ri, int node, boolean isStatement) {
        AstGenTree.While wf = t.whileFull(node);
        RI blockRi = ri.blockRi();
        if (wf.labelToken() >= 0) checkLabelRedefinition(scope, wf.labelToken());
        boolean isInline = wf.inlineToken() >= 0;
        if (parentGz.isComptime && isInline) {
            appendTok(wf.inlineToken(), "redundant inline keyword in comptime scope");
        }
        GenZir loopScope = parentGz.sub(scope);
        loopScope.isInline = isInline;
        loopScope.setBreakResultInfo(blockRi);
        GenZir condScope = parentGz.sub(loopScope);
        boolean payloadIsRef = wf.payloadToken() >= 0 && t.tokTag(wf.payloadToken()) == Token.Tag.ASTERISK;
        if (wf.errorToken() >= 0 || wf.payloadToken() >= 0) {
            fullBodyExpr(condScope, condScope, payloadIsRef ? RI.REF : RI.NONE, wf.condExpr(), false);
        } else {
            fullBodyExpr(condScope, condScope, RI.COERCED, wf.condExpr(), false);
        }
        GenZir thenScope = parentGz.sub(condScope);
        AstGenScope thenSub = thenScope;
        if (wf.payloadToken() >= 0) {
            int payload = wf.payloadToken();
            int identTok = payload + (payloadIsRef ? 1 : 0);
            String bytes = slice(identTok);
            if (bytes.equals("_")) {
                if (payloadIsRef) throw failTok(payload, "pointer modifier invalid on discard");
            } else {
                String name = ident(identTok);
                detectLocalShadowing(thenScope, name, identTok, bytes, IdCat.CAPTURE);
                thenSub = new Local(thenScope, name, identTok, IdCat.CAPTURE, false, false);
            }
        }
        GenZir continueScope = parentGz.sub(thenSub);
        loopScope.hasBreakBlock = true;
        loopScope.hasContinueBlock = true;
        if (wf.labelToken() >= 0) loopScope.label = new Label(wf.labelToken(), false);
        if (wf.contExpr() != 0) expr(thenScope, thenSub, RI.NONE, wf.contExpr());
        fullBodyExpr(continueScope, continueScope, RI.NONE, wf.thenExpr(), true);
        checkUsed(thenScope, thenSub);
        if (wf.elseExpr() != 0) {
            GenZir elseScope = parentGz.sub(condScope);
            AstGenScope sub = elseScope;
            if (wf.errorToken() >= 0) {
                int errTok = wf.errorToken();
                String name = ident(errTok);
                String bytes = slice(errTok);
                if (!bytes.equals("_")) {
                    detectLocalShadowing(elseScope, name, errTok, bytes, IdCat.CAPTURE);
                    sub = new Local(elseScope, name, errTok, IdCat.CAPTURE, false, false);
                }
            }
            loopScope.hasContinueBlock = false;
            loopScope.hasBreakBlock = false;
            fullBodyExpr(elseScope, sub, loopScope.breakRi, wf.elseExpr(), true);
            checkUsed(elseScope, sub);
        }
        if (loopScope.label != null && !loopScope.label.used) {
            appendTok(loopScope.label.token, "unused while loop label");
        }
        return VAL;
    }

    private int forExpr(GenZir parentGz, AstGenScope scope, RI ri, int node, boolean isStatement) {
        AstGenTree.For ff = t.forFull(node);
        if (ff.labelToken() >= 0) checkLabelRedefinition(scope, ff.labelToken());
        RI blockRi = ri.blockRi();
        boolean isInline = ff.inlineToken() >= 0;
        if (parentGz.isComptime && isInline) {
            appendTok(ff.inlineToken(), "redundant inline keyword in comptime scope");
        }
        boolean anyLenChecks = false;
        int captureToken = ff.payloadToken();
        for (int input : ff.inputs()) {
            boolean isRef = t.tokTag(captureToken) == Token.Tag.ASTERISK;
            int identTok = captureToken + (isRef ? 1 : 0);
            boolean isDiscard = slice(identTok).equals("_");
            if (isDiscard && isRef) throw failTok(captureToken, "pointer modifier invalid on discard");
            captureToken = identTok + 2;
            if (t.tag(input) == Node.Tag.FOR_RANGE) {
                if (isRef) throw failTok(identTok, "cannot capture reference to range");
                expr(parentGz, scope, RI.TY, t.lhs(input));
                int end = t.rhs(input);
                if (end != 0) {
                    expr(parentGz, scope, RI.TY, end);
                    anyLenChecks = true;
                } else if (isDiscard) {
                    appendTok(identTok, "discard of unbounded counter");
                }
            } else {
                expr(parentGz, scope, RI.NONE, input);
                anyLenChecks = true;
            }
        }
        if (!anyLenChecks) throw failNode(node, "unbounded for loop");
        GenZir loopScope = parentGz.sub(scope);
        loopScope.isInline = isInline;
        loopScope.setBreakResultInfo(blockRi);
        GenZir condScope = parentGz.sub(loopScope);
        loopScope.hasBreakBlock = true;
        loopScope.hasContinueBlock = true;
        if (ff.labelToken() >= 0) loopScope.label = new Label(ff.labelToken(), false);
        GenZir thenScope = parentGz.sub(condScope);
        AstGenScope captureSub = thenScope;
        captureToken = ff.payloadToken();
        for (int ignored : ff.inputs()) {
            boolean isRef = t.tokTag(captureToken) == Token.Tag.ASTERISK;
            int identTok = captureToken + (isRef ? 1 : 0);
            String captureName = slice(identTok);
            captureToken = identTok + 2;
            if (captureName.equals("_")) continue;
            String name = ident(identTok);
            detectLocalShadowing(captureSub, name, identTok, captureName, IdCat.CAPTURE);
            captureSub = new Local(captureSub, name, identTok, IdCat.CAPTURE, false, false);
        }
        fullBodyExpr(thenScope, captureSub, RI.NONE, ff.thenExpr(), true);
        checkUsed(thenScope, captureSub);
        if (ff.elseExpr() != 0) {
            GenZir elseScope = parentGz.sub(condScope);
            loopScope.hasContinueBlock = false;
            loopScope.hasBreakBlock = false;
            fullBodyExpr(elseScope, elseScope, loopScope.breakRi, ff.elseExpr(), true);
        }
        if (loopScope.label != null && !loopScope.label.used) {
            appendTok(loopScope.label.token, "unused for loop label");
        }
        return VAL;
    }

    private int switchExpr(GenZir parentGz, AstGenScope scope, RI ri, int node) {
        AstGenTree.Switch sw = t.switchFull(node);
        RI blockRi = ri.blockRi();
        if (sw.labelToken() >= 0) checkLabelRedefinition(scope, sw.labelToken());
        boolean anyPayloadIsRef = false;
        int elseSrc = -1, underscoreSrc = -1;
        AstGenTree.SwitchCase[] cases = new AstGenTree.SwitchCase[sw.cases().length];
        for (int ci = 0; ci < cases.length; ci++) {
            AstGenTree.SwitchCase c = t.switchCase(sw.cases()[ci]);
            cases[ci] = c;
            if (c.payloadToken() >= 0 && t.tokTag(c.payloadToken()) == Token.Tag.ASTERISK) anyPayloadIsRef = true;
            if (c.values().length == 0) {
                int caseSrc = c.arrowToken() - 1;
                if (elseSrc >= 0) {
                    throw failTok(caseSrc, "multiple else prongs in switch expression",
                            noteTok(elseSrc, "previous else prong here"));
                } else if (underscoreSrc >= 0) {
                    throw failNode(node, "else and '_' prong in switch expression", noteTok(caseSrc, "else prong here"),
                            noteTok(underscoreSrc, "'_' prong here"));
                }
                elseSrc = caseSrc;
                continue;
            } else if (c.values().length == 1 && isUnderscoreIdent(c.values()[0])) {
                int caseSrc = c.arrowToken() - 1;
                if (underscoreSrc >= 0) {
                    throw failTok(caseSrc, "multiple '_' prongs in switch expression",
                            noteTok(underscoreSrc, "previous '_' prong here"));
                } else if (elseSrc >= 0) {
                    throw failNode(node, "else and '_' prong in switch expression", noteTok(elseSrc, "else prong here"),
                            noteTok(caseSrc, "'_' prong here"));
                }
                if (c.inlineToken() >= 0) throw failTok(caseSrc, "cannot inline '_' prong");
                underscoreSrc = caseSrc;
                continue;
            }
            for (int v : c.values()) {
                if (t.tag(v) == Node.Tag.STRING_LITERAL) throw failNode(v, "cannot switch on strings");
            }
        }
        expr(parentGz, scope, anyPayloadIsRef ? RI.REF : RI.NONE, sw.condition());
        GenZir blockScope = parentGz.sub(scope);
        blockScope.setBreakResultInfo(blockRi);
        if (sw.labelToken() >= 0) {
            blockScope.hasContinueBlock = true;
            blockScope.continueRi = anyPayloadIsRef ? RI.of(RL.REF_COERCED_TY, Ctx.NONE) : RI.COERCED;
            blockScope.label = new Label(sw.labelToken(), true);
        }
        for (AstGenTree.SwitchCase c : cases) {
            GenZir caseScope = parentGz.sub(blockScope);
            AstGenScope sub = caseScope;
            int payload = c.payloadToken();
            if (payload >= 0) {
                int identTok = t.tokTag(payload) == Token.Tag.ASTERISK ? payload + 1 : payload;
                boolean isPtr = identTok != payload;
                String identSlice = slice(identTok);
                AstGenScope payloadSub;
                if (identSlice.equals("_")) {
                    if (isPtr) throw failTok(payload, "pointer modifier invalid on discard");
                    payloadSub = caseScope;
                } else {
                    String name = ident(identTok);
                    detectLocalShadowing(caseScope, name, identTok, identSlice, IdCat.CAPTURE);
                    payloadSub = new Local(caseScope, name, identTok, IdCat.CAPTURE, false, false);
                }
                sub = payloadSub;
                if (t.tokTag(identTok + 1) == Token.Tag.COMMA) {
                    int tagToken = identTok + 2;
                    String tagSlice = slice(tagToken);
                    if (tagSlice.equals("_")) {
                        appendTok(tagToken, "discard of tag capture; omit it instead");
                    } else if (c.inlineToken() < 0) {
                        throw failTok(tagToken, "tag capture on non-inline prong");
                    }
                    String tagName = ident(tagToken);
                    detectLocalShadowing(payloadSub, tagName, tagToken, tagSlice, IdCat.SWITCH_TAG_CAPTURE);
                    sub = new Local(payloadSub, tagName, tagToken, IdCat.SWITCH_TAG_CAPTURE, false, false);
                }
            }
            switchItems(parentGz, scope, c);
            fullBodyExpr(caseScope, sub, blockScope.breakRi, c.targetExpr(), true);
            checkUsed(caseScope, sub);
        }
        if (sw.labelToken() >= 0 && !blockScope.label.used) appendTok(sw.labelToken(), "unused switch label");
        return VAL;
    }

    private void switchItems(GenZir parentGz, AstGenScope scope, AstGenTree.SwitchCase c) {
        int[] values = c.values();
        boolean isMulti = values.length > 1 || (values.length == 1 && t.tag(values[0]) == Node.Tag.SWITCH_RANGE);
        if (isMulti) {
            for (int v : values) {
                if (t.tag(v) == Node.Tag.SWITCH_RANGE) continue;
                comptimeExpr(parentGz, scope, RI.NONE, v);
            }
            for (int v : values) {
                if (t.tag(v) != Node.Tag.SWITCH_RANGE) continue;
                comptimeExpr(parentGz, scope, RI.NONE, t.lhs(v));
                comptimeExpr(parentGz, scope, RI.NONE, t.rhs(v));
            }
        } else if (values.length == 1 && !isUnderscoreIdent(values[0])) {
            comptimeExpr(parentGz, scope, RI.NONE, values[0]);
        }
    }

    private int switchExprErrUnion(GenZir parentGz, AstGenScope scope, RI ri, int node, boolean isCatch) {
        AstGenTree.If ifFull = isCatch ? null : t.ifFull(node);
        int switchNode = isCatch ? t.rhs(node) : ifFull.elseExpr();
        int operandNode = isCatch ? t.lhs(node) : ifFull.condExpr();
        int errorPayload = isCatch ? t.mainToken(node) + 2 : ifFull.errorToken();
        AstGenTree.Switch sw = t.switchFull(switchNode);
        RI blockRi = ri.blockRi();
        boolean payloadIsRef = isCatch ? ri.isRef()
                : ifFull.payloadToken() >= 0 && t.tokTag(ifFull.payloadToken()) == Token.Tag.ASTERISK;
        int elseSrc = -1;
        AstGenTree.SwitchCase[] cases = new AstGenTree.SwitchCase[sw.cases().length];
        for (int ci = 0; ci < cases.length; ci++) {
            AstGenTree.SwitchCase c = t.switchCase(sw.cases()[ci]);
            cases[ci] = c;
            if (c.values().length == 0) {
                int caseSrc = c.arrowToken() - 1;
                if (elseSrc >= 0) {
                    throw failTok(caseSrc, "multiple else prongs in switch expression",
                            noteTok(elseSrc, "previous else prong here"));
                }
                elseSrc = caseSrc;
                continue;
            } else if (c.values().length == 1 && isUnderscoreIdent(c.values()[0])) {
                int caseSrc = c.arrowToken() - 1;
                throw failTok(caseSrc, "'_' prong is not allowed when switching on errors",
                        noteTok(caseSrc, "consider using 'else'"));
            }
            for (int v : c.values()) {
                if (t.tag(v) == Node.Tag.STRING_LITERAL) throw failNode(v, "cannot switch on strings");
            }
        }
        reachableExpr(parentGz, scope, RI.of(payloadIsRef ? RL.REF : RL.NONE, Ctx.ERROR_HANDLING_EXPR), operandNode,
                switchNode);
        GenZir blockScope = parentGz.sub(scope);
        blockScope.setBreakResultInfo(blockRi);
        if (!isCatch) {
            GenZir caseScope = parentGz.sub(blockScope);
            AstGenScope thenSub = caseScope;
            if (ifFull.payloadToken() >= 0) {
                int nameTok = ifFull.payloadToken() + (payloadIsRef ? 1 : 0);
                String name = ident(nameTok);
                String str = slice(nameTok);
                if (!str.equals("_")) {
                    detectLocalShadowing(caseScope, name, nameTok, str, IdCat.CAPTURE);
                    thenSub = new Local(caseScope, name, nameTok, IdCat.CAPTURE, false, false);
                }
            }
            expr(caseScope, thenSub, blockScope.breakRi, ifFull.thenExpr());
            checkUsed(caseScope, thenSub);
        }
        String errStr = slice(errorPayload);
        if (errStr.equals("_")) throw failTok(errorPayload, "discard of error capture; omit it instead");
        String errName = ident(errorPayload);
        detectLocalShadowing(scope, errName, errorPayload, errStr, IdCat.CAPTURE);
        for (AstGenTree.SwitchCase c : cases) {
            GenZir caseScope = parentGz.sub(blockScope);
            AstGenScope errParent = caseScope;
            int captureToken = c.payloadToken();
            if (captureToken >= 0) {
                if (t.tokTag(captureToken) != Token.Tag.IDENTIFIER) {
                    throw failTok(captureToken + 1, "error set cannot be captured by reference");
                }
                String captureSlice = slice(captureToken);
                if (captureSlice.equals("_")) {
                    appendTok(captureToken, "discard of error capture; omit it instead");
                }
                String tagName = ident(captureToken);
                detectLocalShadowing(caseScope, tagName, captureToken, captureSlice, IdCat.CAPTURE);
                errParent = new Local(caseScope, tagName, captureToken, IdCat.CAPTURE, false, false);
            }
            Local errScope = new Local(errParent, errName, errorPayload, IdCat.CAPTURE, false, false);
            switchItems(parentGz, scope, c);
            fullBodyExpr(caseScope, errScope, blockScope.breakRi, c.targetExpr(), true);
            checkUsed(caseScope, errParent);
        }
        return VAL;
    }

    private int callExpr(GenZir gz, AstGenScope scope, RI ri, int node) {
        AstGenTree.Call call = t.call(node);
        int fn = call.fnExpr();
        switch (t.tag(fn)) {
            case FIELD_ACCESS -> {
                ident(t.mainToken(fn) + 1);
                expr(gz, scope, RI.REF, t.lhs(fn));
            }
            case ENUM_LITERAL -> ident(t.mainToken(fn));
            default -> expr(gz, scope, RI.NONE, fn);
        }
        for (int param : call.params()) {
            GenZir argBlock = gz.sub(scope);
            fullBodyExpr(argBlock, argBlock, RI.of(RL.COERCED_TY, Ctx.FN_ARG), param, false);
        }
        return VAL;
    }

    private void resultTypeForCast(RI ri, int node, String builtinName) {
        if (ri.hasResultType()) return;
        if (ri.rl() == RL.DESTRUCTURE) {
            throw failNode(node, builtinName + " must have a known result type",
                    note(ri.dsNode(), "destructure expressions do not provide a single result type"),
                    note(node, "use @as to provide explicit result type"));
        }
        throw failNode(node, builtinName + " must have a known result type",
                note(node, "use @as to provide explicit result type"));
    }

    private int builtinCall(GenZir gz, AstGenScope scope, RI ri, int node, int[] params, boolean allowBranchHint) {
        String name = slice(t.mainToken(node));
        AstGenBuiltins.Info info = AstGenBuiltins.get(name);
        if (info == null) throw failNode(node, "invalid builtin function: '" + name + "'");
        if (info.paramCount() >= 0 && info.paramCount() != params.length) {
            int expected = info.paramCount();
            throw failNode(node, "expected " + expected + " argument" + (expected == 1 ? "" : "s") + ", found "
                    + params.length);
        }
        if (fnBlock == null && info.illegalOutsideFunction()) {
            throw failNode(node, "'" + name + "' outside function scope");
        }
        switch (info.tag()) {
            case "branch_hint" -> {
                if (!allowBranchHint) {
                    throw failNode(node,
                            "'@branchHint' must appear as the first statement in a function or conditional branch");
                }
                comptimeExpr(gz, scope, RI.COERCED, params[0]);
            }
            case "import" -> {
                int operand = params[0];
                if (t.tag(operand) != Node.Tag.STRING_LITERAL) {
                    throw failNode(operand, "@import operand must be a string literal");
                }
                int strTok = t.mainToken(operand);
                byte[] str = strLit(strTok);
                if (hasZero(str)) throw failTok(strTok, "import path cannot contain null bytes");
                if (str.length == 0) throw failTok(strTok, "import path cannot be empty");
            }
            case "compile_log", "min", "max", "int_from_error", "error_from_int", "clz", "ctz", "pop_count",
                    "byte_swap", "bit_reverse", "div_exact", "div_floor", "div_trunc", "mod", "rem",
                    "add_with_overflow", "sub_with_overflow", "mul_with_overflow", "shl_with_overflow", "memcpy",
                    "async_call", "c_va_copy", "c_va_end", "int_from_ptr", "int_from_enum", "int_from_bool", "sqrt",
                    "sin", "cos", "tan", "exp", "exp2", "log", "log2", "log10", "abs", "floor", "ceil", "trunc",
                    "round", "tag_name", "type_name", "Frame", "frame_size" -> {
                if ((info.tag().equals("min") || info.tag().equals("max")) && params.length < 2) {
                    throw failNode(node, "expected at least 2 arguments, found " + params.length);
                }
                for (int p : params) expr(gz, scope, RI.NONE, p);
            }
            case "field" -> {
                expr(gz, scope, ri.isRef() ? RI.REF : RI.NONE, params[0]);
                comptimeExpr(gz, scope, RI.COERCED, params[1]);
            }
            case "FieldType", "has_decl", "has_field", "bit_offset_of", "offset_of" -> {
                typeExpr(gz, scope, params[0]);
                comptimeExpr(gz, scope, RI.COERCED, params[1]);
            }
            case "as" -> {
                typeExpr(gz, scope, params[0]);
                reachableExpr(gz, scope, RI.TY, params[1], node);
            }
            case "bit_cast" -> {
                resultTypeForCast(ri, node, "@bitCast");
                reachableExpr(gz, scope, RI.NONE, params[0], node);
            }
            case "TypeOf" -> {
                if (params.length < 1) throw failNode(node, "expected at least 1 argument, found 0");
                GenZir typeofScope = gz.sub(scope);
                typeofScope.isComptime = false;
                if (params.length == 1) {
                    typeofScope.isTypeof = true;
                    typeofScope.cImport = false;
                }
                for (int p : params) reachableExpr(typeofScope, typeofScope, RI.NONE, p, node);
            }
            case "union_init" -> {
                typeExpr(gz, scope, params[0]);
                comptimeExpr(gz, scope, RI.COERCED, params[1]);
                reachableExpr(gz, scope, RI.TY, params[2], node);
            }
            case "c_import" -> {
                if (gz.cImport) throw failNode(node, "cannot nest @cImport");
                GenZir block = gz.sub(scope);
                block.isComptime = true;
                block.cImport = true;
                fullBodyExpr(block, block, RI.NONE, params[0], false);
            }
            case "export", "prefetch" -> {
                expr(gz, scope, RI.NONE, params[0]);
                comptimeExpr(gz, scope, RI.COERCED, params[1]);
            }
            case "extern" -> {
                typeExpr(gz, scope, params[0]);
                comptimeExpr(gz, scope, RI.COERCED, params[1]);
            }
            case "set_float_mode", "Type", "set_eval_branch_quota", "embed_file", "error_name",
                    "set_runtime_safety" -> expr(gz, scope, RI.COERCED, params[0]);
            case "type_info", "size_of", "bit_size_of", "align_of" -> typeExpr(gz, scope, params[0]);
            case "compile_error" -> {
                comptimeExpr(gz, scope, RI.COERCED, params[0]);
                return NORET;
            }
            case "panic" -> {
                expr(gz, scope, RI.COERCED, params[0]);
                return NORET;
            }
            case "trap" -> {
                return NORET;
            }
            case "int_from_float", "float_from_int", "ptr_from_int", "enum_from_int", "float_cast", "int_cast",
                    "truncate", "error_cast" -> {
                resultTypeForCast(ri, node, name);
                expr(gz, scope, RI.NONE, params[0]);
            }
            case "in_comptime" -> {
                if (gz.isComptime) throw failNode(node, "redundant '@inComptime' in comptime scope");
            }
            case "ptr_cast", "align_cast", "addrspace_cast", "const_cast", "volatile_cast" -> ptrCast(gz, scope, ri, node);
            case "shl_exact", "shr_exact" -> shiftOp(gz, scope, params[0], params[1]);
            case "c_undef", "c_include" -> {
                if (!gz.cImport) {
                    throw failNode(node, (info.tag().equals("c_undef") ? "C undef" : "C include")
                            + " valid only inside C import block");
                }
                comptimeExpr(gz, scope, RI.COERCED, params[0]);
            }
            case "cmpxchg_strong", "cmpxchg_weak" -> {
                typeExpr(gz, scope, params[0]);
                expr(gz, scope, RI.NONE, params[1]);
                expr(gz, scope, RI.TY, params[2]);
                expr(gz, scope, RI.COERCED, params[3]);
                expr(gz, scope, RI.COERCED, params[4]);
                expr(gz, scope, RI.COERCED, params[5]);
            }
            case "wasm_memory_size", "work_item_id", "work_group_size", "work_group_id" ->
                    comptimeExpr(gz, scope, RI.COERCED, params[0]);
            case "wasm_memory_grow" -> {
                comptimeExpr(gz, scope, RI.COERCED, params[0]);
                expr(gz, scope, RI.COERCED, params[1]);
            }
            case "c_define" -> {
                if (!gz.cImport) throw failNode(node, "C define valid only inside C import block");
                comptimeExpr(gz, scope, RI.COERCED, params[0]);
                comptimeExpr(gz, scope, RI.NONE, params[1]);
            }
            case "splat" -> {
                resultTypeForCast(ri, node, name);
                expr(gz, scope, RI.TY, params[0]);
            }
            case "reduce" -> {
                expr(gz, scope, RI.COERCED, params[0]);
                expr(gz, scope, RI.NONE, params[1]);
            }
            case "atomic_load" -> {
                typeExpr(gz, scope, params[0]);
                expr(gz, scope, RI.NONE, params[1]);
                expr(gz, scope, RI.COERCED, params[2]);
            }
            case "atomic_rmw" -> {
                typeExpr(gz, scope, params[0]);
                expr(gz, scope, RI.NONE, params[1]);
                expr(gz, scope, RI.COERCED, params[2]);
                expr(gz, scope, RI.TY, params[3]);
                expr(gz, scope, RI.COERCED, params[4]);
            }
            case "atomic_store" -> {
                typeExpr(gz, scope, params[0]);
                expr(gz, scope, RI.NONE, params[1]);
                expr(gz, scope, RI.TY, params[2]);
                expr(gz, scope, RI.COERCED, params[3]);
            }
            case "mul_add" -> {
                typeExpr(gz, scope, params[0]);
                expr(gz, scope, RI.COERCED, params[1]);
                expr(gz, scope, RI.COERCED, params[2]);
                expr(gz, scope, RI.TY, params[3]);
            }
            case "call" -> {
                comptimeExpr(gz, scope, RI.COERCED, params[0]);
                expr(gz, scope, RI.NONE, params[1]);
                expr(gz, scope, RI.NONE, params[2]);
            }
            case "field_parent_ptr" -> {
                resultTypeForCast(ri, node, name);
                comptimeExpr(gz, scope, RI.COERCED, params[0]);
                expr(gz, scope, RI.NONE, params[1]);
            }
            case "memset" -> {
                expr(gz, scope, RI.NONE, params[0]);
                expr(gz, scope, RI.COERCED, params[1]);
            }
            case "shuffle" -> {
                typeExpr(gz, scope, params[0]);
                expr(gz, scope, RI.NONE, params[1]);
                expr(gz, scope, RI.NONE, params[2]);
                comptimeExpr(gz, scope, RI.NONE, params[3]);
            }
            case "select" -> {
                typeExpr(gz, scope, params[0]);
                expr(gz, scope, RI.NONE, params[1]);
                expr(gz, scope, RI.NONE, params[2]);
                expr(gz, scope, RI.NONE, params[3]);
            }
            case "Vector" -> {
                comptimeExpr(gz, scope, RI.COERCED, params[0]);
                typeExpr(gz, scope, params[1]);
            }
            case "c_va_arg" -> {
                expr(gz, scope, RI.NONE, params[0]);
                typeExpr(gz, scope, params[1]);
            }
            case "c_va_start" -> {
                if (!fnVarArgs) throw failNode(node, "'@cVaStart' in a non-variadic function");
            }
            default -> {}
        }
        return VAL;
    }

    private void ptrCast(GenZir gz, AstGenScope scope, RI ri, int root) {
        boolean fPtr = false, fAlign = false, fAddrspace = false, fConst = false, fVolatile = false;
        int node = root;
        loop:
        while (true) {
            Node.Tag tag = t.tag(node);
            if (tag == Node.Tag.GROUPED_EXPRESSION) {
                node = t.lhs(node);
                continue;
            }
            if (tag != Node.Tag.BUILTIN_CALL_TWO && tag != Node.Tag.BUILTIN_CALL_TWO_COMMA) break;
            if (t.lhs(node) == 0) break;
            String bname = slice(t.mainToken(node));
            AstGenBuiltins.Info info = AstGenBuiltins.get(bname);
            if (info == null) break;
            if (t.rhs(node) == 0) {
                if (info.paramCount() != 1) break;
                boolean already;
                switch (info.tag()) {
                    case "ptr_cast" -> {
                        already = fPtr;
                        fPtr = true;
                    }
                    case "align_cast" -> {
                        already = fAlign;
                        fAlign = true;
                    }
                    case "addrspace_cast" -> {
                        already = fAddrspace;
                        fAddrspace = true;
                    }
                    case "const_cast" -> {
                        already = fConst;
                        fConst = true;
                    }
                    case "volatile_cast" -> {
                        already = fVolatile;
                        fVolatile = true;
                    }
                    default -> {
                        break loop;
                    }
                }
                if (already) throw failNode(node, "redundant " + bname);
                node = t.lhs(node);
            } else {
                if (info.paramCount() != 2) break;
                if (!info.tag().equals("field_parent_ptr")) break;
                if (fPtr) break;
                resultTypeForCast(ri, root, "@alignCast");
                comptimeExpr(gz, scope, RI.COERCED, t.lhs(node));
                expr(gz, scope, RI.NONE, t.rhs(node));
                return;
            }
        }
        if (fPtr && !fAlign && !fAddrspace && !fConst && !fVolatile) {
            resultTypeForCast(ri, root, "@ptrCast");
            expr(gz, scope, RI.NONE, node);
            return;
        }
        if (!fPtr && !fAlign && !fAddrspace) {
            expr(gz, scope, RI.NONE, node);
            return;
        }
        resultTypeForCast(ri, root, fPtr ? "@ptrCast" : fAlign ? "@alignCast" : "@addrSpaceCast");
        expr(gz, scope, RI.NONE, node);
    }
}
