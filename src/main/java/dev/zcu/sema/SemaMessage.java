package dev.zcu.sema;

import java.util.List;

/**
 * One compile error of an analysis unit, Zig's {@code Zcu.ErrorMsg}: where (file, byte span of the offending
 * node, the main byte), the text, and notes. Errors are data: a failed unit stores its message in the Zcu.
 */
public record SemaMessage(int file, int spanStart, int spanMain, int spanEnd, String msg, List<SemaMessage> notes) {
    public SemaMessage {
        notes = List.copyOf(notes);
    }

    public SemaMessage withNote(SemaMessage note) {
        java.util.ArrayList<SemaMessage> n = new java.util.ArrayList<>(notes);
        n.add(note);
        return new SemaMessage(file, spanStart, spanMain, spanEnd, msg, n);
    }
}
