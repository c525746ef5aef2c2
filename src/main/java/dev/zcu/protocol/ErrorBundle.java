package dev.zcu.protocol;

import java.util.List;

/**
 * The errors of one compilation update, modelled on Zig's {@code std.zig.ErrorBundle}: what the compiler
 * sends to its build driver in an {@code error_bundle} message and what a terminal renders. Immutable.
 * The wire encoding (string table, extra array) lives in this package too.
 *
 * @param messages       root error messages, in the order Zig reports them
 * @param compileLogText the text of {@code @compileLog} calls, empty if none
 */
public record ErrorBundle(List<ErrorMessage> messages, String compileLogText) {

    public static final ErrorBundle EMPTY = new ErrorBundle(List.of(), "");

    public ErrorBundle {
        messages = List.copyOf(messages);
        compileLogText = compileLogText == null ? "" : compileLogText;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /**
     * One message, Zig's {@code ErrorMessage}.
     *
     * @param msg            the text, without "error: "
     * @param count          how many times it was reported (at least 1)
     * @param src            where, or {@code null} for a message without a location
     * @param notes          the notes, rendered under the message
     * @param referenceTrace the "referenced by:" entries, root messages only
     */
    public record ErrorMessage(String msg, int count, SourceLocation src, List<ErrorMessage> notes,
                               List<ReferenceTrace> referenceTrace) {
        public ErrorMessage {
            notes = List.copyOf(notes);
            referenceTrace = List.copyOf(referenceTrace);
        }

        public static ErrorMessage of(String msg, SourceLocation src) {
            return new ErrorMessage(msg, 1, src, List.of(), List.of());
        }
    }

    /**
     * Zig's {@code SourceLocation}: 0-based line and column of {@code spanMain}; span offsets are byte offsets
     * in the file; {@code sourceLine} is the whole line containing {@code spanMain} (no newline), or
     * {@code null}.
     */
    public record SourceLocation(String srcPath, int line, int column, int spanStart, int spanMain, int spanEnd,
                                 String sourceLine) {}

    /**
     * One "referenced by:" entry, Zig's {@code ReferenceTrace}: a declaration name and where it was
     * referenced. With {@code src == null}, {@code hiddenCount} references were elided (Zig encodes that count
     * in {@code decl_name}).
     */
    public record ReferenceTrace(String declName, SourceLocation src, int hiddenCount) {
        public static ReferenceTrace of(String declName, SourceLocation src) {
            return new ReferenceTrace(declName, src, 0);
        }

        public static ReferenceTrace hidden(int count) {
            return new ReferenceTrace("", null, count);
        }
    }
}
