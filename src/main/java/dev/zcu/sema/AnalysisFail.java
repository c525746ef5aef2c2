package dev.zcu.sema;

/**
 * Zig's {@code error.AnalysisFail}: unwinds the analysis of one unit after its error has been recorded as data
 * in the Zcu (or after it found that a unit it needed failed). Never escapes the Zcu's analysis door.
 */
final class AnalysisFail extends RuntimeException {
    AnalysisFail() {
        super(null, null, false, false);
    }
}
