package dev.zcu.sema;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Full;
import dev.zcu.zir.ZirDecl;
import java.util.List;
import java.util.Optional;

/**
 * What {@code std/start.zig}'s {@code comptime} block does in a {@code zig build-obj} of a root file that declares
 * {@code pub fn main} (and no {@code _start}): it exports {@code _start}, whose inline {@code callMain} checks
 * main's type and calls it, so main and its body are analysed. zcu cannot run start.zig itself (inline assembly,
 * naked functions), so this is the {@code comptime} unit of start.zig's namespace, analysed by this class instead:
 * the same references, and zig's errors at their places in start.zig (found in the installed file, not hard-coded),
 * with the same notes.
 */
final class StartCode {
    private StartCode() {}

    /**
     * Makes start.zig's root type an analysis root when the root file declares {@code pub main} (std and start.zig are
     * loaded then); does nothing without a zig lib directory, or in a library file.
     */
    static void prepare(Zcu zcu, int rootFile) {
        if (zcu.startFile >= 0) return;
        Optional<Integer> rootType = zcu.fileRootType(rootFile);
        if (rootType.isEmpty() || !zcu.namespace(zcu.ip.container(rootType.get()).namespace).pubDecls.containsKey("main")) {
            return;
        }
        FileProvider.Import std = zcu.importFile(rootFile, "std");
        if (!std.ok() || zcu.file(std.file()).zir() == null) return;
        FileProvider.Import start = zcu.importFile(std.file(), "start.zig");
        if (!start.ok() || zcu.file(start.file()).zir() == null) return;
        zcu.startFile = start.file();
        Sema.ensureFileRoot(zcu, start.file());
    }

    /** The work of start.zig's comptime unit: analyse root's {@code main} the way {@code callMain} uses it. */
    static void analyse(Sema sema, int rootFile) {
        Zcu zcu = sema.zcu;
        InternPool ip = zcu.ip;
        int rootType = zcu.fileRootType(rootFile).orElseThrow(sema::transitive);
        ContainerType root = ip.container(rootType);
        int rootTracked = zcu.tracked(rootFile, "container:");
        sema.declare(new Dependee.NamespaceName(rootTracked, "main"));
        sema.declare(new Dependee.NamespaceName(rootTracked, "_start"));
        Namespace ns = zcu.namespace(root.namespace);
        Integer main = ns.pubDecls.get("main");
        if (main == null || ns.pubDecls.containsKey("_start")) return;

        Ast start = zcu.file(zcu.startFile).zir().ast();
        String text = new String(start.source(), java.nio.charset.StandardCharsets.ISO_8859_1);
        int callMain = find(sema, text, "pub inline fn callMain() u8 {", 0);
        SemaMessage viaArgs = note(sema, start, find(sema, text, "return callMain(", find(sema, text,
                "inline fn callMainWithArgs(", 0)) + "return callMain".length());
        SemaMessage viaExit = note(sema, start, find(sema, text, "exit(callMainWithArgs(", 0) + "exit(callMainWithArgs".length());

        sema.declare(new Dependee.NavVal(main));
        int typeOfMain = find(sema, text, "@TypeOf(root.main)", callMain) + "@TypeOf(root".length();
        sema.reference(AnalUnit.navVal(main), zcu.startFile, nodeAt(sema, start, typeOfMain));
        Sema.ensureNavVal(zcu, main);
        if (zcu.failed(AnalUnit.navVal(main))) throw sema.transitive();
        Nav nav = zcu.nav(main);
        if (!(ip.key(nav.type) instanceof Key.Fn fn)) {
            int at = find(sema, text, ".@\"fn\"", callMain);
            FileProvider.Import builtin = zcu.importFile(zcu.startFile, "builtin.zig");
            SemaMessage unionHere = null;
            if (builtin.ok() && zcu.file(builtin.file()).zir() != null) {
                Ast b = zcu.file(builtin.file()).zir().ast();
                String bt = new String(b.source(), java.nio.charset.StandardCharsets.ISO_8859_1);
                int u = find(sema, bt, "pub const Type = union(enum)", 0) + "pub const Type = ".length();
                unionHere = located(sema, builtin.file(), b, u, "union declared here");
            }
            SemaMessage err = located(sema, zcu.startFile, start, at,
                    "access of union field 'fn' while field '" + typeInfoTag(ip, nav.type) + "' is active");
            if (unionHere != null) err = err.withNote(unionHere);
            throw sema.fail(err.withNote(viaArgs).withNote(viaExit));
        }
        int ret = fn.ret();
        int callAt;
        Integer payload = null;
        if (ret == ip.voidType) {
            callAt = find(sema, text, "root.main()", find(sema, text, "void => {", callMain)) + "root".length();
        } else if (ret == ip.noreturnType || ret == ip.u8Type) {
            callAt = find(sema, text, "root.main()", find(sema, text, "noreturn, u8 => {", callMain)) + "root".length();
        } else if (ip.key(ret) instanceof Key.ErrorUnion eu) {
            callAt = find(sema, text, "root.main() catch", callMain) + "root".length();
            payload = eu.payload();
        } else {
            int at = find(sema, text, "@compileError(bad_main_ret)", callMain);
            throw sema.fail(located(sema, zcu.startFile, start, at, BAD_MAIN_RET).withNote(viaArgs).withNote(viaExit));
        }
        if (!fn.params().isEmpty()) {
            ZirDecl decl = zcu.trackedDecl(nav.trackedInst).orElseThrow(sema::transitive);
            Ast user = zcu.file(ns.file).zir().ast();
            Full.FnProto proto = Sema.proto(user, decl.node());
            int[] sp = Sema.span(user, proto.protoNode());
            throw sema.fail(located(sema, zcu.startFile, start, callAt,
                    "expected " + fn.params().size() + " argument(s), found 0")
                    .withNote(new SemaMessage(ns.file, sp[0], sp[1], sp[2], "function declared here", List.of()))
                    .withNote(viaArgs).withNote(viaExit));
        }
        if (payload != null && payload != ip.voidType
                && payload != ip.u8Type) {
            int first = find(sema, text, "@compileError(bad_main_ret)", callMain);
            int at = find(sema, text, "@compileError(bad_main_ret)", first + 1);
            throw sema.fail(located(sema, zcu.startFile, start, at, BAD_MAIN_RET).withNote(viaArgs).withNote(viaExit));
        }
        if (nav.value instanceof Value.Func f) {
            int lparen = text.indexOf('(', callAt);
            sema.reference(AnalUnit.func(f.index()), zcu.startFile, nodeAt(sema, start, lparen));
            zcu.queueFunc(f.index());
        }
    }

    static final String BAD_MAIN_RET = "expected return type of main to be 'void', '!void', 'noreturn', 'u8', or '!u8'";

    /** The tag of {@code @typeInfo(T)} for a type, as {@code std.builtin.Type} names it. */
    static String typeInfoTag(InternPool ip, int type) {
        Key k = ip.key(type);
        if (k instanceof Key.Simple s) {
            return switch (s.name()) {
                case "usize", "isize", "c_int", "c_uint", "c_long", "c_ulong", "c_short", "c_ushort", "c_longlong",
                        "c_ulonglong", "c_char" -> "int";
                case "f16", "f32", "f64", "f80", "f128", "c_longdouble" -> "float";
                case "@Type(.enum_literal)" -> "enum_literal";
                case "@TypeOf(null)" -> "null";
                case "@TypeOf(undefined)" -> "undefined";
                case "anyopaque" -> "opaque";
                default -> s.name();
            };
        }
        if (k instanceof Key.Int) return "int";
        if (k instanceof Key.Ptr) return "pointer";
        if (k instanceof Key.Array) return "array";
        if (k instanceof Key.Optional) return "optional";
        if (k instanceof Key.ErrorUnion) return "error_union";
        if (k instanceof Key.ErrorSet) return "error_set";
        if (k instanceof Key.Fn) return "fn";
        if (k instanceof Key.Tuple) return "struct";
        if (k instanceof Key.Container c) {
            return switch (c.kind()) {
                case STRUCT -> "struct";
                case ENUM -> "enum";
                case UNION -> "union";
                case OPAQUE -> "opaque";
            };
        }
        return "type";
    }

    private static int find(Sema sema, String text, String what, int from) {
        int i = text.indexOf(what, from);
        if (i < 0) throw sema.fail(new SemaMessage(sema.zcu.startFile, 0, 0, 0,
                "zcu does not support this start.zig yet (no '" + what + "')", List.of()));
        return i;
    }

    /** The node whose main token starts at byte {@code offset} (the innermost such node: the first in node order). */
    private static int nodeAt(Sema sema, Ast ast, int offset) {
        for (int n = 1; n < ast.nodeCount(); n++) {
            if (ast.tokenStart(ast.mainToken(n)) == offset) return n;
        }
        throw sema.fail(new SemaMessage(sema.zcu.startFile, offset, offset, offset,
                "zcu does not support this start.zig yet (no node at byte " + offset + ")", List.of()));
    }

    private static SemaMessage located(Sema sema, int file, Ast ast, int offset, String text) {
        int[] sp = Sema.span(ast, nodeAt(sema, ast, offset));
        return new SemaMessage(file, sp[0], sp[1], sp[2], text, List.of());
    }

    private static SemaMessage note(Sema sema, Ast ast, int offset) {
        return located(sema, sema.zcu.startFile, ast, offset, "called from here");
    }
}
