package dev.zcu.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever bytes come in, {@link Ast#parse} ends in a tree or errors: never an exception, and never a run-away
 * loop. Termination is structural (every parser loop consumes a token or exits, checked per input by a step
 * budget proportional to the token count that reports {@link Ast.Error.Tag#PARSER_STEP_LIMIT} if ever exceeded),
 * so these properties assert that the budget and the other internal guards never trip on any input.
 */
class ParserProperties {

    private static final Set<Ast.Error.Tag> INTERNAL = Set.of(Ast.Error.Tag.PARSER_STEP_LIMIT,
            Ast.Error.Tag.INTERNAL_PARSER_ERROR);

    /** Parses and checks every invariant a caller may rely on. */
    static void checkInvariants(byte[] source) {
        Ast ast = Ast.parse(source);
        assertTrue(ast.tokenCount() >= 1);
        assertEquals(Token.Tag.EOF, ast.tokenTag(ast.tokenCount() - 1));
        assertEquals(source.length, ast.tokenStart(ast.tokenCount() - 1));
        for (int t = 1; t < ast.tokenCount(); t++) {
            assertTrue(ast.tokenStart(t - 1) <= ast.tokenStart(t), "token starts are ordered");
            if (ast.tokenTag(t - 1) != Token.Tag.INVALID_PERIODASTERISKS) {
                assertTrue(ast.tokenStart(t - 1) + ast.tokenLength(t - 1) <= ast.tokenStart(t), "tokens overlap");
            }
        }
        assertTrue(ast.nodeCount() >= 1);
        assertEquals(Node.Tag.ROOT, ast.nodeTag(0));
        for (Ast.Error e : ast.errors()) {
            assertFalse(INTERNAL.contains(e.tag()), "internal guard tripped: " + e);
            assertFalse(ast.renderError(e).isEmpty());
        }
        if (!ast.errors().isEmpty()) {
            assertFalse(ast.errors().get(0).isNote(), "the first error is not a note");
            String text = SourceCheck.renderParseErrors("f.zig", ast);
            assertTrue(text.startsWith("f.zig:"));
        } else {
            for (int n = 1; n < ast.nodeCount(); n++) {
                int first = ast.firstToken(n);
                int last = ast.lastToken(n);
                assertTrue(first >= 0 && first <= last && last < ast.tokenCount(),
                        "node " + n + " " + ast.nodeTag(n));
            }
            for (int d : ast.rootDecls()) {
                assertTrue(d > 0 && d < ast.nodeCount());
            }
        }
    }

    @Property(tries = 2000)
    void randomBytesEndInTreeOrErrors(@ForAll("bytes") byte[] source) {
        checkInvariants(source);
    }

    @Property(tries = 1000)
    void randomTokenSoupEndsInTreeOrErrors(@ForAll("tokenSoup") String source) {
        checkInvariants(source.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void mutatedStdFilesEndInTreeOrErrors(@ForAll("mutatedStd") byte[] source) {
        checkInvariants(source);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 0, (byte) '\n', (byte) '\r', (byte) '"', (byte) '\'',
                (byte) '\\', (byte) '/', (byte) '{', (byte) '}', (byte) '(', (byte) ')', (byte) 0xFF, (byte) 0xEF,
                (byte) '@', (byte) '.', (byte) '*');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.bytes()),
                        net.jqwik.api.Tuple.of(2, interesting),
                        net.jqwik.api.Tuple.of(3, Arbitraries.bytes().between((byte) 32, (byte) 126)))
                .array(byte[].class).ofMaxSize(600);
    }

    private static final String[] FRAGMENTS = {
        "const ", "var ", "fn ", "pub ", "extern ", "export ", "inline ", "comptime ", "test ", "struct ", "enum ",
        "union ", "opaque ", "error", "if ", "else ", "while ", "for ", "switch ", "return ", "break ", "continue ",
        "try ", "catch ", "orelse ", "and ", "or ", "defer ", "errdefer ", "usingnamespace ", "asm ", "volatile ",
        "align", "addrspace", "linksection", "callconv", "anytype", "noalias ", "threadlocal ", "packed ",
        "x", "y", "blk", "@import", "@as", "1", "0x1p4", "'a'", "\"s\"", "\\\\line\n", "///doc\n", "//!top\n",
        "// c\n", "(", ")", "{", "}", "[", "]", ";", ",", ":", ".", "..", "...", ".*", ".?", ".{", "=", "==", "=>",
        "!", "!=", "|", "||", "&", "&&", "*", "**", "[*]", "[*c]", "[:0]", "?", "+", "+%", "-", "->", "<", "<<",
        ">", ">>", "<=", "~", "^", "%", "/", " ", "\n", "\t", "_",
    };

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(120).map(l -> String.join("", l));
    }

    private static List<byte[]> stdSources;

    static synchronized List<byte[]> stdSources() {
        if (stdSources == null) {
            List<byte[]> list = new ArrayList<>();
            try {
                for (Path p : StdLibParseTest.stdFiles()) {
                    list.add(Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stdSources = list;
        }
        return stdSources;
    }

    /** A std file with up to three random edits: a range deleted, duplicated elsewhere, or swapped with another. */
    @Provide
    Arbitrary<byte[]> mutatedStd() {
        Arbitrary<Integer> file = Arbitraries.integers().between(0, 547);
        Arbitrary<int[]> edit = Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(4);
        return Combinators.combine(file, edit.list().ofMinSize(1).ofMaxSize(3)).as((f, edits) -> {
            List<byte[]> all = stdSources();
            byte[] src = all.get(f % all.size());
            for (int[] e : edits) {
                src = mutate(src, e);
            }
            return src;
        });
    }

    static byte[] mutate(byte[] src, int[] e) {
        int len = src.length;
        if (len == 0) {
            return src;
        }
        int pos = e[1] % len;
        int size = 1 + e[2] % Math.min(64, len - pos);
        switch (e[0] % 3) {
            case 0: { // delete
                byte[] out = new byte[len - size];
                System.arraycopy(src, 0, out, 0, pos);
                System.arraycopy(src, pos + size, out, pos, len - pos - size);
                return out;
            }
            case 1: { // duplicate the range at another position
                int at = e[3] % (len + 1);
                byte[] out = new byte[len + size];
                System.arraycopy(src, 0, out, 0, at);
                System.arraycopy(src, pos, out, at, size);
                System.arraycopy(src, at, out, at + size, len - at);
                return out;
            }
            default: { // swap the range with one of the same size elsewhere
                int other = e[3] % (len - size + 1);
                byte[] out = src.clone();
                byte[] tmp = new byte[size];
                System.arraycopy(out, pos, tmp, 0, size);
                System.arraycopy(out, other, out, pos, size);
                System.arraycopy(tmp, 0, out, other, size);
                return out;
            }
        }
    }
}
