package dev.zcu.sema;

import dev.zcu.syntax.Ast;
import dev.zcu.zir.Zir;
import dev.zcu.zir.ZirDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Zig's {@code LazySrcLoc} for zcu: the positions of a unit's error, kept relative to the tracked declaration
 * (Zig's TrackedInst) that encloses each of them, as token offsets from the declaration's first token plus a byte
 * offset inside the token. An edit above the declaration, or whitespace and comments inside it, moves the
 * declaration without changing its source hash: the error is resolved to its new line and column when the error
 * bundle is built, without analysing the unit again. A position outside any declaration, or one whose declaration
 * changed or vanished, falls back to the absolute position seen at analysis time (the Zcu then re-analyses the
 * unit, see {@link #stillValid}). A root struct's "declared here" follows the file's first token, as in zig.
 */
final class LazySrcLoc {

    private LazySrcLoc() {}

    /** Where one message's span sits inside a declaration: tokens relative to its first token, bytes into them. */
    record Anchor(int trackedInst, long declHash, int startTok, int startDelta, int mainTok, int mainDelta, int endTok,
                  int endDelta) {}

    /** A message (with its notes) as captured after analysis: the absolute original and, where possible, an anchor. */
    record LazyMessage(SemaMessage absolute, Anchor anchor, List<LazyMessage> notes) {}

    /** Captures {@code m}, whose positions refer to the files' current ASTs. */
    static LazyMessage capture(Zcu zcu, SemaMessage m) {
        List<LazyMessage> notes = new ArrayList<>();
        for (SemaMessage n : m.notes()) notes.add(capture(zcu, n));
        return new LazyMessage(m, anchor(zcu, m), notes);
    }

    private static Anchor anchor(Zcu zcu, SemaMessage m) {
        if (m.file() < 0 || m.file() >= zcu.fileCount()) return null;
        Zir zir = zcu.file(m.file()).zir();
        if (zir == null) return null;
        Ast ast = zir.ast();
        if (ast.tokenCount() == 0 || m.spanStart() > m.spanMain() || m.spanMain() > m.spanEnd()) return null;
        if (m.spanEnd() == 0) return null; // the file itself (a root struct's "declared here"): stays at 1:1
        if (m.spanStart() == ast.tokenStart(0) && m.spanMain() == m.spanStart()
                && m.spanEnd() == ast.tokenStart(0) + ast.tokenLength(0) && m.msg().endsWith("declared here")) {
            // a file's root struct is "declared" at the file's first token, whatever that token is now
            return new Anchor(-1, 0, 0, 0, 0, 0, 0, ast.tokenLength(0));
        }
        int mainTok = tokenAt(ast, m.spanMain());
        int startTok = tokenAt(ast, m.spanStart());
        int endTok = tokenAt(ast, Math.max(m.spanStart(), m.spanEnd() - 1));
        ZirDecl best = null;
        int bestFirst = 0;
        int bestLast = 0;
        for (ZirDecl d : zir.decls()) {
            int first = ast.firstToken(d.node());
            int last = ast.lastToken(d.node());
            if (first <= startTok && endTok <= last && first <= mainTok && mainTok <= last
                    && (best == null || last - first < bestLast - bestFirst)) {
                best = d;
                bestFirst = first;
                bestLast = last;
            }
        }
        if (best == null || m.spanStart() < ast.tokenStart(startTok) || m.spanMain() < ast.tokenStart(mainTok)) return null;
        return new Anchor(zcu.tracked(m.file(), best.key()), best.srcHash(),
                startTok - bestFirst, m.spanStart() - ast.tokenStart(startTok),
                mainTok - bestFirst, m.spanMain() - ast.tokenStart(mainTok),
                endTok - bestFirst, m.spanEnd() - ast.tokenStart(endTok));
    }

    /** The token whose bytes contain (or, between tokens, precede) {@code offset}. */
    private static int tokenAt(Ast ast, int offset) {
        int lo = 0;
        int hi = ast.tokenCount() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ast.tokenStart(mid) <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The declaration an anchor refers to, if it still exists with the same source. */
    private static Optional<ZirDecl> base(Zcu zcu, Anchor a) {
        if (a.trackedInst() < 0) return Optional.empty();
        return zcu.trackedDecl(a.trackedInst()).filter(d -> d.srcHash() == a.declHash());
    }

    /** The message at the declarations' current positions. */
    static SemaMessage resolve(Zcu zcu, LazyMessage lm) {
        List<SemaMessage> notes = new ArrayList<>();
        for (LazyMessage n : lm.notes()) notes.add(resolve(zcu, n));
        SemaMessage m = lm.absolute();
        Anchor a = lm.anchor();
        if (a != null && a.trackedInst() < 0 && zcu.file(m.file()).zir() != null) {
            Ast ast = zcu.file(m.file()).zir().ast();
            if (ast.tokenCount() > 0) {
                int start = ast.tokenStart(0);
                return new SemaMessage(m.file(), start, start, start + ast.tokenLength(0), m.msg(), notes);
            }
        }
        Optional<ZirDecl> d = a == null ? Optional.empty() : base(zcu, a);
        if (d.isEmpty()) return new SemaMessage(m.file(), m.spanStart(), m.spanMain(), m.spanEnd(), m.msg(), notes);
        Ast ast = zcu.file(m.file()).zir().ast();
        int first = ast.firstToken(d.get().node());
        return new SemaMessage(m.file(), ast.tokenStart(first + a.startTok()) + a.startDelta(),
                ast.tokenStart(first + a.mainTok()) + a.mainDelta(), ast.tokenStart(first + a.endTok()) + a.endDelta(),
                m.msg(), notes);
    }

    /** False when a position of the message in {@code file} can no longer be resolved (the unit must run again). */
    static boolean stillValid(Zcu zcu, LazyMessage lm, int file) {
        SemaMessage m = lm.absolute();
        boolean fileStart = m.spanStart() == 0 && m.spanMain() == 0 && m.spanEnd() == 0; // a file root: never moves
        boolean rootStruct = lm.anchor() != null && lm.anchor().trackedInst() < 0;
        if (m.file() == file && !fileStart && !rootStruct && (lm.anchor() == null || base(zcu, lm.anchor()).isEmpty())) {
            return false;
        }
        for (LazyMessage n : lm.notes()) if (!stillValid(zcu, n, file)) return false;
        return true;
    }

    /** For each token of a file, the index (in {@code zir.decls()}) of the innermost declaration holding it, or -1. */
    static int[] innermostDecls(Zir zir) {
        Ast ast = zir.ast();
        int[] out = new int[ast.tokenCount()];
        java.util.Arrays.fill(out, -1);
        Integer[] order = new Integer[zir.decls().size()];
        int[][] range = new int[order.length][];
        for (int d = 0; d < order.length; d++) {
            order[d] = d;
            int node = zir.decls().get(d).node();
            range[d] = new int[] {ast.firstToken(node), ast.lastToken(node)};
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(range[b][1] - range[b][0], range[a][1] - range[a][0]));
        for (int d : order) {
            for (int t = Math.max(0, range[d][0]); t <= range[d][1] && t < out.length; t++) out[t] = d;
        }
        return out;
    }

    /**
     * Moves a span of the old AST of a file to the new one through the declaration that holds it (same key, same
     * source hash: the same tokens): {start, main, end} in the new source, or {@code null} when the declaration
     * changed or vanished (then the unit that recorded the span is analysed again anyway).
     */
    static int[] translate(Zir old, int[] innermost, Zir now, Map<String, ZirDecl> nowDecls, int start, int main, int end) {
        Ast oa = old.ast();
        if (oa.tokenCount() == 0 || start > main || main > end) return null;
        int st = tokenAt(oa, start);
        int mt = tokenAt(oa, main);
        int et = tokenAt(oa, Math.max(start, end - 1));
        int d = innermost[mt];
        if (d < 0 || start < oa.tokenStart(st) || main < oa.tokenStart(mt)) return null;
        ZirDecl od = old.decls().get(d);
        int first = oa.firstToken(od.node());
        int last = oa.lastToken(od.node());
        if (st < first || et > last) return null;
        ZirDecl nd = nowDecls.get(od.key());
        if (nd == null || nd.srcHash() != od.srcHash()) return null;
        Ast na = now.ast();
        int nf = na.firstToken(nd.node());
        return new int[] {na.tokenStart(nf + st - first) + start - oa.tokenStart(st),
                na.tokenStart(nf + mt - first) + main - oa.tokenStart(mt),
                na.tokenStart(nf + et - first) + end - oa.tokenStart(et)};
    }
}
