package dev.zcu.compile;

import dev.zcu.protocol.ErrorBundle;
import dev.zcu.sema.SemaMessage;
import dev.zcu.syntax.Ast;
import dev.zcu.zir.AstGenError;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns parse errors and sema messages into Zig's {@link ErrorBundle} shape: 0-based line and column of the main
 * byte, byte spans, the whole source line, notes.
 */
final class BundleBuilder {

    private final List<ErrorBundle.ErrorMessage> messages = new ArrayList<>();

    private String compileLogText = "";

    ErrorBundle build() {
        return new ErrorBundle(messages, compileLogText);
    }

    /** The text zig prints under "Compile Log Output:" ({@code @compileLog} calls, one line each). */
    void setCompileLogText(String text) {
        compileLogText = text;
    }

    static ErrorBundle.SourceLocation location(String path, Ast ast, int start, int main, int end) {
        Ast.Location loc = ast.lineColumn(main);
        String line = ast.sourceString(loc.lineStart(), Math.max(loc.lineStart(), loc.lineEnd()));
        return new ErrorBundle.SourceLocation(path, loc.line(), loc.column(), start, main, end, line);
    }

    /** The parse errors of a file, notes attached to the error before them, as Zig reports them. */
    void addParseErrors(String path, Ast ast) {
        ErrorBundle.ErrorMessage current = null;
        List<ErrorBundle.ErrorMessage> notes = new ArrayList<>();
        for (Ast.Error e : ast.errors()) {
            int off = ast.errorByteOffset(e);
            int tokStart = ast.tokenStart(e.token());
            int tokEnd = tokStart + ast.tokenLength(e.token());
            ErrorBundle.SourceLocation loc = location(path, ast, tokStart, off, Math.max(tokEnd, off));
            ErrorBundle.ErrorMessage m = ErrorBundle.ErrorMessage.of(ast.renderError(e), loc);
            if (e.isNote() && current != null) {
                notes.add(m);
                continue;
            }
            flush(current, notes);
            current = m;
            notes = new ArrayList<>();
        }
        flush(current, notes);
    }

    /** The AstGen errors of a file with the spans and source lines AstGen computed, notes attached. */
    void addAstGenErrors(String path, List<AstGenError> errors) {
        for (AstGenError e : errors) {
            List<ErrorBundle.ErrorMessage> notes = new ArrayList<>();
            for (AstGenError.Note n : e.notes()) {
                // As in zig's bundles, a note at its error's own place has no source line of its own.
                boolean samePlace = n.byteOffset() == e.byteOffset() && n.spanStart() == e.spanStart()
                        && n.spanEnd() == e.spanEnd();
                notes.add(ErrorBundle.ErrorMessage.of(n.message(), new ErrorBundle.SourceLocation(path, n.line() - 1,
                        n.column() - 1, n.spanStart(), n.byteOffset(), n.spanEnd(), samePlace ? null : n.sourceLine())));
            }
            messages.add(new ErrorBundle.ErrorMessage(e.message(), 1, new ErrorBundle.SourceLocation(path,
                    e.line() - 1, e.column() - 1, e.spanStart(), e.byteOffset(), e.spanEnd(), e.sourceLine()),
                    notes, List.of()));
        }
    }

    private void flush(ErrorBundle.ErrorMessage m, List<ErrorBundle.ErrorMessage> notes) {
        if (m == null) return;
        messages.add(new ErrorBundle.ErrorMessage(m.msg(), 1, m.src(), notes, List.of()));
    }

    void add(ErrorBundle.ErrorMessage m) {
        messages.add(m);
    }

    interface FileLookup {
        String path(int file);

        Ast ast(int file);
    }

    static ErrorBundle.ErrorMessage convert(SemaMessage m, FileLookup files, List<ErrorBundle.ReferenceTrace> trace) {
        ErrorBundle.SourceLocation loc = m.file() < 0 ? null
                : location(files.path(m.file()), files.ast(m.file()), m.spanStart(), m.spanMain(), m.spanEnd());
        // Like zig's addModuleErrorMsg: identical notes are given once with a count ("(N times)"), and a note at the
        // error's own place has no source line of its own.
        List<ErrorBundle.ErrorMessage> notes = new ArrayList<>();
        java.util.Map<SemaMessage, Integer> seen = new java.util.HashMap<>();
        for (SemaMessage n : m.notes()) {
            Integer at = seen.get(n);
            if (at != null) {
                ErrorBundle.ErrorMessage first = notes.get(at);
                notes.set(at, new ErrorBundle.ErrorMessage(first.msg(), first.count() + 1, first.src(), first.notes(),
                        first.referenceTrace()));
                continue;
            }
            seen.put(n, notes.size());
            ErrorBundle.ErrorMessage note = convert(n, files, List.of());
            if (note.src() != null && n.file() == m.file() && n.spanStart() == m.spanStart()
                    && n.spanMain() == m.spanMain() && n.spanEnd() == m.spanEnd()) {
                ErrorBundle.SourceLocation s = note.src();
                note = new ErrorBundle.ErrorMessage(note.msg(), note.count(), new ErrorBundle.SourceLocation(s.srcPath(),
                        s.line(), s.column(), s.spanStart(), s.spanMain(), s.spanEnd(), null), note.notes(),
                        note.referenceTrace());
            }
            notes.add(note);
        }
        return new ErrorBundle.ErrorMessage(m.msg(), 1, loc, notes, trace);
    }
}
