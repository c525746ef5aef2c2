package dev.zcu.zir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Token;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 3's hash properties of {@link Lowering} on real code (std files): reformatting a file (whitespace, line
 * comments, blank lines between tokens) changes no declaration hash and no namespace; renaming one identifier
 * inside a declaration changes that declaration's hash (or that of the innermost declaration holding the
 * token) and no hash of a declaration that does not contain the token.
 */
class ZirHashProperties {
    private static final List<Path> STD = stdFiles();
    private static final String[] FILLERS = {" ", "\n", "\n\n", "\t", " // zcu: a comment\n", "\n    "};

    private static List<Path> stdFiles() {
        Path std = Path.of(System.getProperty("zig.home", ".cache/zig"), "lib", "std");
        try (Stream<Path> s = Files.walk(std)) {
            return s.filter(p -> p.toString().endsWith(".zig"))
                    .filter(p -> p.toFile().length() < 40_000)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A std file's bytes (token starts are byte offsets). */
    private static byte[] read(int fileIndex) {
        try {
            return Files.readAllBytes(STD.get(Math.floorMod(fileIndex, STD.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 60)
    void reformattingChangesNoHash(@ForAll @IntRange(min = 0, max = 100_000) int fileIndex,
                                   @ForAll long seed) {
        byte[] src = read(fileIndex);
        Ast ast = Ast.parse(src);
        Assume.that(ast.errors().isEmpty());
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length + 1024);
        int prev = 0;
        for (int t = 0; t < ast.tokenCount(); t++) {
            int start = ast.tokenStart(t);
            out.write(src, prev, start - prev);
            if (random.nextInt(8) == 0) {
                out.writeBytes(FILLERS[random.nextInt(FILLERS.length)].getBytes(StandardCharsets.UTF_8));
            }
            prev = start;
        }
        out.write(src, prev, src.length - prev);
        Ast edited = Ast.parse(out.toByteArray());
        Assume.that(edited.errors().isEmpty());

        ZirMap map = ZirMap.between(Lowering.lower(ast), Lowering.lower(edited));
        assertEquals(List.of(), map.changed());
        assertEquals(List.of(), map.added());
        assertEquals(List.of(), map.removed());
        assertTrue(map.namespacesChanged().isEmpty());
    }

    @Property(tries = 60)
    void renamingOneIdentifierChangesOnlyTheDeclarationsHoldingIt(
            @ForAll @IntRange(min = 0, max = 100_000) int fileIndex, @ForAll long seed) {
        byte[] src = read(fileIndex);
        Ast ast = Ast.parse(src);
        Assume.that(ast.errors().isEmpty());
        Zir before = Lowering.lower(ast);
        Random random = new Random(seed);

        List<Integer> nameTokens = before.decls().stream().map(ZirDecl::nameToken).collect(Collectors.toList());
        List<Integer> candidates = new ArrayList<>();
        for (ZirDecl d : before.decls()) {
            for (int t = ast.firstToken(d.node()); t <= ast.lastToken(d.node()); t++) {
                if (ast.tokenTag(t) == Token.Tag.IDENTIFIER && !nameTokens.contains(t)) candidates.add(t);
            }
        }
        Assume.that(!candidates.isEmpty());
        int token = candidates.get(random.nextInt(candidates.size()));
        int start = ast.tokenStart(token);
        ByteArrayOutputStream renamed = new ByteArrayOutputStream(src.length + 16);
        renamed.write(src, 0, start);
        renamed.writeBytes("zcu_renamed_".getBytes(StandardCharsets.UTF_8));
        renamed.write(src, start, src.length - start);
        Ast edited = Ast.parse(renamed.toByteArray());
        Assume.that(edited.errors().isEmpty());

        ZirMap map = ZirMap.between(before, Lowering.lower(edited));
        assertEquals(List.of(), map.added());
        assertEquals(List.of(), map.removed());
        assertTrue(!map.changed().isEmpty(), "renaming token " + token + " changed no declaration");
        for (int changed : map.changed()) {
            ZirDecl d = before.decls().get(changed);
            assertTrue(ast.firstToken(d.node()) <= token && token <= ast.lastToken(d.node()),
                    "declaration " + d.key() + " changed though it does not contain token " + token);
        }
    }
}
