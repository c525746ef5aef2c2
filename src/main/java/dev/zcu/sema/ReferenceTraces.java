package dev.zcu.sema;

import dev.zcu.syntax.Ast;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "referenced by:" trace of a compile error, as {@code Compilation.addModuleErrorMsg} builds it: from the unit
 * that failed, each step names the unit that referenced it (a function or Nav by its name, {@code comptime}, a type
 * by its name) and where, up to the analysis roots. Units a type references implicitly (its {@code comptime} blocks
 * and exports) take the type's own reference. zig's roots are std's: the chain from std.zig through start.zig to
 * the root file (or to {@code pub main}) is appended from the installed files, where zcu's roots are the root file
 * and start.zig.
 */
public final class ReferenceTraces {
    private ReferenceTraces() {}

    /** One step: the referencing unit's name and the source span of the reference. */
    public record Frame(String name, int file, int spanStart, int spanMain, int spanEnd) {}

    /** The whole chain for the unit whose error is {@code error} (empty if the unit is unknown or unreferenced). */
    public static List<Frame> of(Zcu zcu, SemaMessage error) {
        if (isImportFailure(error.msg())) return List.of();
        Optional<AnalUnit> failing = zcu.unitWithError(error);
        if (failing.isEmpty()) return List.of();
        Map<AnalUnit, Optional<AnalUnit>> refs = zcu.resolveReferences();
        List<Frame> out = new ArrayList<>();
        if (isStartUnit(zcu, failing.get())) {
            // zig's failing unit is posixCallMainAndExit, where callMain is inlined.
            startChain(zcu, out);
            return out;
        }
        Set<AnalUnit> seen = new HashSet<>();
        AnalUnit unit = failing.get();
        while (true) {
            Optional<AnalUnit> by = refs.get(unit);
            if (by == null) return out;
            if (by.isEmpty()) {
                rootChain(zcu, unit, out);
                return out;
            }
            AnalUnit referencer = by.get();
            if (referencer.kind() == AnalUnit.Kind.TYPE && zcu.implicitReferences(referencer.index()).contains(unit)) {
                unit = referencer;
                continue;
            }
            if (!seen.add(referencer)) return out;
            if (isStartUnit(zcu, referencer)) {
                Optional<UnitState.Reference> r = zcu.referenceOf(referencer, unit);
                if (r.isEmpty()) return out;
                out.add(frame("posixCallMainAndExit", r.get()));
                startChain(zcu, out);
                return out;
            }
            Optional<UnitState.Reference> r = zcu.referenceOf(referencer, unit);
            if (r.isEmpty()) return out;
            out.add(frame(name(zcu, referencer), r.get()));
            unit = referencer;
        }
    }

    /** zig reports a failed {@code @import} as a failed file, which has no reference trace. */
    private static boolean isImportFailure(String msg) {
        return msg.startsWith("unable to load '") || msg.startsWith("import of file outside module path");
    }

    private static Frame frame(String name, UnitState.Reference r) {
        return new Frame(name, r.file(), r.spanStart(), r.spanMain(), r.spanEnd());
    }

    static String name(Zcu zcu, AnalUnit unit) {
        return switch (unit.kind()) {
            case COMPTIME -> "comptime";
            case NAV_VAL, NAV_TY -> zcu.nav(unit.index()).name;
            case TYPE -> zcu.ip.container(unit.index()).name;
            case FUNC -> zcu.funcs.containsKey(unit.index()) ? zcu.nav(zcu.funcs.get(unit.index()).nav()).name : "?";
            default -> unit.kind().name().toLowerCase();
        };
    }

    private static boolean isStartUnit(Zcu zcu, AnalUnit unit) {
        if (unit.kind() != AnalUnit.Kind.COMPTIME || zcu.startFile < 0) return false;
        return zcu.namespace(zcu.comptimeUnit(unit.index()).namespace()).file == zcu.startFile;
    }

    /** A zcu root reached: the root file's type is referenced by start.zig's {@code root}, start.zig's by std.zig. */
    private static void rootChain(Zcu zcu, AnalUnit unit, List<Frame> out) {
        if (unit.kind() != AnalUnit.Kind.TYPE) return;
        Optional<Integer> rootType = zcu.fileRootType(zcu.rootFile());
        if (rootType.isPresent() && rootType.get() == unit.index()) {
            Optional<Text> start = start(zcu);
            if (start.isEmpty()) return;
            Text s = start.get();
            if (!s.add(out, "root", "@import(\"root\")", "@import(".length())) return;
            if (!s.add(out, "comptime", "_ = root;", "_ = ".length())) return;
            stdChain(zcu, out);
        } else if (zcu.startFile >= 0 && zcu.fileRootType(zcu.startFile).orElse(-1) == unit.index()) {
            stdChain(zcu, out);
        }
    }

    /** After {@code posixCallMainAndExit}: {@code _start} references it, start's comptime exports {@code _start}. */
    private static void startChain(Zcu zcu, List<Frame> out) {
        Optional<Text> start = start(zcu);
        if (start.isEmpty()) return;
        Text s = start.get();
        if (!s.add(out, "_start", "(&posixCallMainAndExit)", "(&".length())) return;
        if (!s.add(out, "comptime", "@export(&_start, ", "@export(&".length())) return;
        stdChain(zcu, out);
    }

    private static void stdChain(Zcu zcu, List<Frame> out) {
        FileProvider.Import std = zcu.importFile(zcu.rootFile(), "std");
        if (!std.ok() || zcu.file(std.file()).zir() == null) return;
        Text s = new Text(std.file(), zcu.file(std.file()).zir().ast());
        if (!s.add(out, "start", "pub const start = @import(\"start.zig\")", "pub const start = @import(".length())) {
            return;
        }
        s.add(out, "comptime", "_ = start;", "_ = ".length());
    }

    private static Optional<Text> start(Zcu zcu) {
        FileProvider.Import std = zcu.importFile(zcu.rootFile(), "std");
        if (!std.ok()) return Optional.empty();
        FileProvider.Import start = zcu.importFile(std.file(), "start.zig");
        if (!start.ok() || zcu.file(start.file()).zir() == null) return Optional.empty();
        return Optional.of(new Text(start.file(), zcu.file(start.file()).zir().ast()));
    }

    /** A library file searched by text for the places of its references (found, never hard-coded). */
    private static final class Text {
        private final int file;
        private final Ast ast;
        private final String text;

        Text(int file, Ast ast) {
            this.file = file;
            this.ast = ast;
            this.text = new String(ast.source(), StandardCharsets.ISO_8859_1);
        }

        /** Adds a frame at the token {@code offsetInSnippet} bytes into the first {@code snippet}; false if absent. */
        boolean add(List<Frame> out, String name, String snippet, int offsetInSnippet) {
            int at = text.indexOf(snippet);
            if (at < 0) return false;
            int pos = at + offsetInSnippet;
            for (int t = 0; t < ast.tokenCount(); t++) {
                if (ast.tokenStart(t) == pos) {
                    out.add(new Frame(name, file, pos, pos, pos + ast.tokenLength(t)));
                    return true;
                }
            }
            return false;
        }
    }
}
