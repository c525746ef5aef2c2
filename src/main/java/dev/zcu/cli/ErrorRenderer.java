package dev.zcu.cli;

import dev.zcu.cli.TtyConfig.Color;
import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.ErrorBundle.ErrorMessage;
import dev.zcu.protocol.ErrorBundle.ReferenceTrace;
import dev.zcu.protocol.ErrorBundle.SourceLocation;
import java.nio.charset.StandardCharsets;

/**
 * Renders an {@link ErrorBundle} as text exactly as Zig's {@code ErrorBundle.renderToWriter} does: the bold
 * {@code path:line:col: } prefix, the red {@code error: } (cyan {@code note: }), multi-line messages indented
 * under their first line, {@code (N times)} for repeated messages, the source line with tabs as spaces and a
 * green caret under the span, notes, the dim {@code referenced by:} block and the compile-log text. The last
 * stage of the pipeline: {@code zcu build-obj} and {@code zcu watch} print what this returns.
 */
public final class ErrorRenderer {

    /**
     * Zig's {@code ErrorBundle.RenderOptions}.
     *
     * @param tty                  colours or not
     * @param includeReferenceTrace print "referenced by:" blocks
     * @param includeSourceLine    print the source line and caret
     * @param includeLogText       print the compile-log text
     */
    public record Options(TtyConfig tty, boolean includeReferenceTrace, boolean includeSourceLine,
                          boolean includeLogText) {

        /**
         * What {@code zig build-obj} and {@code zig build} use ({@code Color.renderOptions}): source lines and
         * reference traces only with colour.
         */
        public static Options forCli(TtyConfig tty) {
            boolean color = tty != TtyConfig.NO_COLOR;
            return new Options(tty, color, color, true);
        }
    }

    private final Options options;

    public ErrorRenderer(Options options) {
        this.options = options;
    }

    /** The whole bundle; empty for a bundle without messages. */
    public String render(ErrorBundle bundle) {
        StringBuilder out = new StringBuilder();
        if (bundle.isEmpty()) {
            return "";
        }
        for (ErrorMessage m : bundle.messages()) {
            renderMessage(out, m, "error", Color.RED, 0);
        }
        if (options.includeLogText() && !bundle.compileLogText().isEmpty()) {
            out.append("\nCompile Log Output:\n").append(bundle.compileLogText());
        }
        return out.toString();
    }

    private void renderMessage(StringBuilder out, ErrorMessage m, String kind, Color color, int indent) {
        TtyConfig tty = options.tty();
        SourceLocation src = m.src();
        if (src != null) {
            String location = src.srcPath() + ":" + (Integer.toUnsignedLong(src.line()) + 1) + ":"
                    + (Integer.toUnsignedLong(src.column()) + 1) + ": ";
            out.append(" ".repeat(indent)).append(tty.set(Color.BOLD)).append(location).append(tty.set(color))
                    .append(kind).append(": ");
            int prefixLen = indent + utf8Length(location) + utf8Length(kind) + 2;
            out.append(tty.set(Color.RESET)).append(tty.set(Color.BOLD));
            writeMsg(out, m.msg(), prefixLen);
            if (m.count() == 1) {
                out.append('\n');
            } else {
                out.append(tty.set(Color.DIM)).append(" (").append(Integer.toUnsignedLong(m.count()))
                        .append(" times)\n");
            }
            out.append(tty.set(Color.RESET));
            if (src.sourceLine() != null && options.includeSourceLine()) {
                out.append(src.sourceLine().replace('\t', ' ')).append('\n');
                long beforeCaret = Math.max(0L, (long) src.spanMain() - src.spanStart());
                long afterCaret = Math.max(0L, Math.max(0L, (long) src.spanEnd() - src.spanMain()) - 1);
                long lead = Math.max(0L, src.column() - beforeCaret);
                out.append(" ".repeat((int) lead)).append(tty.set(Color.GREEN)).append("~".repeat((int) beforeCaret))
                        .append('^').append("~".repeat((int) afterCaret)).append('\n').append(tty.set(Color.RESET));
            }
            for (ErrorMessage note : m.notes()) {
                renderMessage(out, note, "note", Color.CYAN, indent);
            }
            if (!m.referenceTrace().isEmpty() && options.includeReferenceTrace()) {
                int len = m.referenceTrace().size();
                out.append(tty.set(Color.RESET)).append(tty.set(Color.DIM)).append("referenced by:\n");
                for (ReferenceTrace rt : m.referenceTrace()) {
                    if (rt.src() != null) {
                        out.append("    ").append(rt.declName()).append(": ").append(rt.src().srcPath())
                                .append(':').append(Integer.toUnsignedLong(rt.src().line()) + 1).append(':')
                                .append(Integer.toUnsignedLong(rt.src().column()) + 1).append('\n');
                    } else if (rt.hiddenCount() != 0) {
                        long count = Integer.toUnsignedLong(rt.hiddenCount());
                        out.append("    ").append(count).append(" reference(s) hidden; use '-freference-trace=")
                                .append(count + len - 1).append("' to see all references\n");
                    } else {
                        out.append("    remaining reference traces hidden; use '-freference-trace' to see all"
                                + " reference traces\n");
                    }
                }
                out.append(tty.set(Color.RESET));
            }
        } else {
            out.append(tty.set(color)).append(" ".repeat(indent)).append(kind).append(": ")
                    .append(tty.set(Color.RESET)).append(m.msg());
            if (m.count() == 1) {
                out.append('\n');
            } else {
                out.append(tty.set(Color.DIM)).append(" (").append(Integer.toUnsignedLong(m.count()))
                        .append(" times)\n");
            }
            out.append(tty.set(Color.RESET));
            for (ErrorMessage note : m.notes()) {
                renderMessage(out, note, "note", Color.CYAN, indent + 4);
            }
        }
    }

    /** Zig's {@code writeMsg}: continuation lines of a multi-line message are indented under the first. */
    private static void writeMsg(StringBuilder out, String msg, int indent) {
        String[] lines = msg.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i + 1 < lines.length) {
                out.append('\n').append(" ".repeat(indent));
            }
        }
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
