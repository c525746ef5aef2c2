package dev.zcu.zir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.syntax.Ast;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The old→new map of tracked declarations on edit pairs. */
class ZirMapTest {

    private static Zir lower(String src) {
        Ast ast = Ast.parse(src);
        assertTrue(ast.errors().isEmpty(), src);
        return Lowering.lower(ast);
    }

    private static List<String> keys(Zir zir, List<Integer> idx) {
        return idx.stream().map(i -> zir.decls().get(i).key()).collect(Collectors.toList());
    }

    private static ZirMap map(String a, String b) {
        return ZirMap.between(lower(a), lower(b));
    }

    @Test
    void keysNameNestingAndAnonymousContainers() {
        Zir z = lower("const A = struct { pub const b = 1; fn f() void { const T = struct { const c = 2; }; _ = T; } };\ncomptime {}\ntest \"t\" {}\n");
        List<String> keys = z.decls().stream().map(ZirDecl::key).collect(Collectors.toList());
        assertEquals(List.of("A", "comptime#0", "test#t", "A$0.b", "A$0.f", "A$0.f$0.c"), keys);
        assertEquals(List.of("", "A$0", "A$0.f$0"), z.containers().stream().map(ZirContainer::key).collect(Collectors.toList()));
    }

    @Test
    void whitespaceAndCommentsChangeNothing() {
        ZirMap m = map("const a = 1;\nfn f() void {}\n", "// hi\n\nconst   a =\n 1;\n\n\nfn f() void { // c\n}\n");
        assertTrue(m.changed().isEmpty());
        assertTrue(m.added().isEmpty());
        assertTrue(m.removed().isEmpty());
        assertTrue(m.namespacesChanged().isEmpty());
    }

    @Test
    void bodyChangeChangesOnlyThatDeclaration() {
        Zir a = lower("const a = 1;\nfn f() u8 { return 1; }\n");
        ZirMap m = ZirMap.between(a, lower("const a = 1;\nfn f() u8 { return 2; }\n"));
        assertEquals(List.of("f"), keys(a, m.changed()));
        assertTrue(m.namespacesChanged().isEmpty());
    }

    @Test
    void renameIsRemoveAndAdd() {
        Zir a = lower("const a = 1;\nconst b = 2;\n");
        Zir b = lower("const a = 1;\nconst c = 2;\n");
        ZirMap m = ZirMap.between(a, b);
        assertEquals(List.of("b"), keys(a, m.removed()));
        assertEquals(List.of("c"), keys(b, m.added()));
        assertEquals(List.of(0), m.namespacesChanged());
    }

    @Test
    void moveAndInsertAboveKeepIdentity() {
        Zir a = lower("const a = 1;\nconst b = 2;\n");
        Zir b = lower("const n = 0;\nconst b = 2;\nconst a = 1;\n");
        ZirMap m = ZirMap.between(a, b);
        assertEquals(Map.of(0, 2, 1, 1), m.oldToNew());
        assertTrue(m.changed().isEmpty());
        assertEquals(List.of("n"), keys(b, m.added()));
    }

    @Test
    void signatureChangeAndPubChange() {
        Zir a = lower("fn f(x: u8) u8 { return x; }\nconst k = 1;\n");
        ZirMap m = ZirMap.between(a, lower("fn f(x: u16) u16 { return x; }\npub const k = 1;\n"));
        assertEquals(List.of("f", "k"), keys(a, m.changed()));
        assertEquals(List.of(0), m.namespacesChanged());
    }

    @Test
    void nestedStructAddedIsANewContainer() {
        Zir a = lower("const S = struct { x: u8 };\n");
        Zir b = lower("const S = struct { x: u8, const Inner = struct {}; };\n");
        ZirMap m = ZirMap.between(a, b);
        assertEquals(List.of("S$0.Inner"), keys(b, m.added()));
        assertEquals(3, b.containers().size());
        assertNotEquals(a.decls().get(0).srcHash(), b.decls().get(0).srcHash());
    }

    @Test
    void deleteRemoves() {
        Zir a = lower("const a = 1;\nfn g() void {}\n");
        ZirMap m = ZirMap.between(a, lower("const a = 1;\n"));
        assertEquals(List.of("g"), keys(a, m.removed()));
    }

    @Test
    void importsAndBuiltins() {
        Zir z = lower("const a = @import(\"a.zig\");\nconst e = @embedFile(\"x.txt\");\nconst t = @This();\n");
        assertEquals(List.of(new ZirImport("a.zig", 5, false), new ZirImport("x.txt", 13, true)), z.imports());
        assertTrue(z.builtins().containsAll(List.of("@import", "@embedFile", "@This")));
    }
}
