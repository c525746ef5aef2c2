package dev.zcu.zir;

import java.util.List;

/**
 * One AstGen error of a file, as {@code zig ast-check} reports it: the message, the byte offset of the
 * location zig points at (the main token of the node, or a token plus an offset: Zig's {@code span_main}), that
 * location's 1-based line and byte column (as printed), the span around it ({@code spanStart}..{@code spanEnd},
 * byte offsets, as Zig's {@code nodeToSpan}/token span), the source line containing it (without the newline),
 * and the notes in zig's order. Produced by {@link AstGen#check}; consumed by {@code zcu ast-check} and by the
 * compilation's error bundle (whose {@code SourceLocation} is 0-based: {@code line - 1}, {@code column - 1}).
 */
public record AstGenError(String message, int byteOffset, int line, int column, int spanStart, int spanEnd,
                          String sourceLine, List<Note> notes) {

    public AstGenError {
        notes = List.copyOf(notes);
    }

    /** A note attached to an error (e.g. "previous declaration here"). */
    public record Note(String message, int byteOffset, int line, int column, int spanStart, int spanEnd,
                       String sourceLine) {
        /** {@code path:line:col: note: msg}, as zig prints it on a pipe. */
        public String render(String path) {
            return path + ":" + line + ":" + column + ": note: " + message;
        }
    }

    /** {@code path:line:col: error: msg} followed by the notes, one line each, as zig prints on a pipe. */
    public List<String> render(String path) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(1 + notes.size());
        out.add(path + ":" + line + ":" + column + ": error: " + message);
        for (Note n : notes) out.add(n.render(path));
        return out;
    }
}
