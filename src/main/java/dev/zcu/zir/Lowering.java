package dev.zcu.zir;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Full;
import dev.zcu.syntax.Node;
import dev.zcu.syntax.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lowers one parsed file into its {@link Zir}: finds every container (the root, and each container expression
 * at any depth, anonymous ones inside function bodies too), the declarations each owns with a stable key and a
 * token-based source hash, the namespace hash of each container, and the file's imports and builtins.
 * The second stage of the pipeline (after {@code syntax}, before {@code sema}); pure and immutable.
 */
public final class Lowering {

    private final Ast ast;
    /** The source bytes, copied once: {@link Ast#source()} copies on every call. */
    private final byte[] src;
    private final List<ZirContainer> containers = new ArrayList<>();
    private final List<ZirDecl> decls = new ArrayList<>();
    /** Token ranges of declarations and fields that may hold nested containers. */
    private final List<Holder> holders = new ArrayList<>();

    private record Holder(String key, int declIndex, int first, int last, int[] childCount) {}

    /** The holders by first token: declarations and fields nest, so the innermost holder of a token is found walking down. */
    private final java.util.TreeMap<Integer, List<Holder>> holdersByFirst = new java.util.TreeMap<>();

    private void addHolder(Holder h) {
        holders.add(h);
        holdersByFirst.computeIfAbsent(h.first, k -> new ArrayList<>()).add(h);
    }

    /**
     * The smallest holder whose token range contains {@code tok} (the first added among equals), or null. Ranges
     * nest (they are AST subtrees), so it is the containing holder with the greatest first token: no scan of all
     * holders per container (that was quadratic in the file's size).
     */
    private Holder innermostHolder(int tok) {
        for (var e = holdersByFirst.floorEntry(tok); e != null; e = holdersByFirst.lowerEntry(e.getKey())) {
            Holder inner = null;
            for (Holder h : e.getValue()) {
                if (tok <= h.last && (inner == null || h.last - h.first < inner.last - inner.first)) inner = h;
            }
            if (inner != null) return inner;
        }
        return null;
    }

    private Lowering(Ast ast) {
        this.ast = ast;
        this.src = ast.source();
    }

    /** Lowers a parsed file. Files with parse errors lower what their AST holds. */
    public static Zir lower(Ast ast) {
        return new Lowering(ast).run();
    }

    private Zir run() {
        addContainer("", 0, -1, ast.rootDecls());
        List<Integer> nested = new ArrayList<>();
        for (int n = 1; n < ast.nodeCount(); n++) {
            if (isContainerNode(ast.nodeTag(n))) nested.add(n);
        }
        nested.sort((a, b) -> Integer.compare(ast.firstToken(a), ast.firstToken(b)));
        for (int n : nested) {
            int tok = ast.mainToken(n);
            Holder best = innermostHolder(tok);
            String key = best == null ? "?$" + n : best.key + "$" + best.childCount[0]++;
            int[] members = ast.fullContainerDecl(n).map(Full.ContainerDecl::members).orElse(new int[0]);
            addContainer(key, n, best == null ? -1 : best.declIndex, members);
        }
        List<ZirImport> imports = new ArrayList<>();
        Set<String> builtins = new TreeSet<>();
        for (int t = 0; t < ast.tokenCount(); t++) {
            if (ast.tokenTag(t) != Token.Tag.BUILTIN) continue;
            String b = ast.tokenSlice(t);
            builtins.add(b);
            boolean imp = b.equals("@import");
            if ((imp || b.equals("@embedFile")) && t + 2 < ast.tokenCount()
                    && ast.tokenTag(t + 1) == Token.Tag.L_PAREN && ast.tokenTag(t + 2) == Token.Tag.STRING_LITERAL) {
                imports.add(new ZirImport(StringLiterals.parse(ast.tokenSlice(t + 2)), t + 2, !imp));
            }
        }
        return new Zir(ast, containers, decls, imports, builtins);
    }

    static boolean isContainerNode(Node.Tag tag) {
        return switch (tag) {
            case CONTAINER_DECL, CONTAINER_DECL_TRAILING, CONTAINER_DECL_TWO, CONTAINER_DECL_TWO_TRAILING,
                 CONTAINER_DECL_ARG, CONTAINER_DECL_ARG_TRAILING, TAGGED_UNION, TAGGED_UNION_TRAILING,
                 TAGGED_UNION_TWO, TAGGED_UNION_TWO_TRAILING, TAGGED_UNION_ENUM_TAG,
                 TAGGED_UNION_ENUM_TAG_TRAILING -> true;
            default -> false;
        };
    }

    private void addContainer(String key, int node, int parentDecl, int[] members) {
        int index = containers.size();
        String prefix = key.isEmpty() ? "" : key + ".";
        List<Integer> own = new ArrayList<>();
        List<Integer> fields = new ArrayList<>();
        Map<String, Integer> counters = new HashMap<>();
        TreeSet<String> names = new TreeSet<>();
        for (int m : members) {
            Node.Tag tag = ast.nodeTag(m);
            ZirDecl.Kind kind;
            String name = null;
            int nameToken = ast.mainToken(m);
            boolean isPub = false;
            boolean isExport = false;
            boolean isExtern = false;
            switch (tag) {
                case GLOBAL_VAR_DECL, SIMPLE_VAR_DECL, ALIGNED_VAR_DECL, LOCAL_VAR_DECL -> {
                    Full.VarDecl v = ast.fullVarDecl(m).orElseThrow();
                    kind = ast.tokenTag(v.mutToken()) == Token.Tag.KEYWORD_VAR ? ZirDecl.Kind.VAR : ZirDecl.Kind.CONST;
                    nameToken = v.mutToken() + 1;
                    name = identifier(nameToken);
                    isPub = v.visibToken() >= 0;
                    if (v.externExportToken() >= 0) {
                        isExport = ast.tokenTag(v.externExportToken()) == Token.Tag.KEYWORD_EXPORT;
                        isExtern = !isExport;
                    }
                }
                case FN_DECL, FN_PROTO, FN_PROTO_ONE, FN_PROTO_MULTI, FN_PROTO_SIMPLE -> {
                    Full.FnProto p = ast.fullFnProto(m).orElseThrow();
                    kind = ZirDecl.Kind.FN;
                    nameToken = p.nameToken() >= 0 ? p.nameToken() : p.fnToken();
                    name = p.nameToken() >= 0 ? identifier(p.nameToken()) : null;
                    isPub = p.visibToken() >= 0;
                    if (p.externExportInlineToken() >= 0) {
                        Token.Tag t = ast.tokenTag(p.externExportInlineToken());
                        isExport = t == Token.Tag.KEYWORD_EXPORT;
                        isExtern = t == Token.Tag.KEYWORD_EXTERN;
                    }
                }
                case COMPTIME -> kind = ZirDecl.Kind.COMPTIME;
                case TEST_DECL -> {
                    kind = ZirDecl.Kind.TEST;
                    int nt = ast.lhs(m);
                    if (nt != 0) {
                        nameToken = nt;
                        name = ast.tokenTag(nt) == Token.Tag.STRING_LITERAL
                                ? StringLiterals.parse(ast.tokenSlice(nt)) : identifier(nt);
                    }
                }
                case USINGNAMESPACE -> kind = ZirDecl.Kind.USINGNAMESPACE;
                case CONTAINER_FIELD, CONTAINER_FIELD_ALIGN, CONTAINER_FIELD_INIT -> {
                    fields.add(m);
                    addHolder(new Holder(prefix + "field:" + ast.tokenSlice(ast.mainToken(m)), -1,
                            ast.firstToken(m), ast.lastToken(m), new int[1]));
                    continue;
                }
                default -> {
                    continue;
                }
            }
            String local = switch (kind) {
                case COMPTIME, USINGNAMESPACE -> {
                    String k = kind.name().toLowerCase();
                    int c = counters.merge(k, 1, Integer::sum) - 1;
                    yield k + "#" + c;
                }
                case TEST -> {
                    String base = "test#" + (name == null ? "" : name);
                    int c = counters.merge(base, 1, Integer::sum) - 1;
                    yield c == 0 ? base : base + "#" + c;
                }
                default -> name == null ? "fn#" + counters.merge("fn", 1, Integer::sum) : name;
            };
            if (name != null && kind != ZirDecl.Kind.TEST) names.add((isPub ? "pub " : "") + name);
            int first = ast.firstToken(m);
            int last = ast.lastToken(m);
            long hash = hashTokens(first, last, isPub ? 1 : 0);
            int di = decls.size();
            decls.add(new ZirDecl(prefix + local, kind, name, m, nameToken, index, isPub, isExport, isExtern, hash));
            own.add(di);
            addHolder(new Holder(prefix + local, di, first, last, new int[1]));
        }
        // Like Zig's fields_hash: the type changes with its header and fields, not with its declarations.
        long srcHash = node == 0 ? 0x9e3779b97f4a7c15L : hashTokens(ast.firstToken(node), ast.mainToken(node) + 1, 0);
        for (int fieldNode : fields) {
            srcHash = srcHash * 31 + hashTokens(ast.firstToken(fieldNode), ast.lastToken(fieldNode), 7);
        }
        long nsHash = 0xcbf29ce484222325L;
        for (String n : names) nsHash = fnv(nsHash, n.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, n.length());
        containers.add(new ZirContainer(key, node, parentDecl, own, fields, srcHash, nsHash));
    }

    private String identifier(int token) {
        String s = ast.tokenSlice(token);
        if (s.startsWith("@\"")) return StringLiterals.parse(s.substring(1));
        return s;
    }

    /** FNV-1a over the tags and bytes of tokens {@code first..last}: insensitive to layout and comments. */
    private long hashTokens(int first, int last, int seed) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (int t = first; t <= last && t < ast.tokenCount(); t++) {
            h = (h ^ ast.tokenTag(t).ordinal()) * 0x100000001b3L;
            int start = ast.tokenStart(t);
            h = fnv(h, src, start, ast.tokenLength(t));
        }
        return h;
    }

    private static long fnv(long h, byte[] bytes, int start, int len) {
        for (int i = start; i < start + len && i < bytes.length; i++) {
            h = (h ^ (bytes[i] & 0xff)) * 0x100000001b3L;
        }
        return (h ^ 0xff) * 0x100000001b3L;
    }
}
