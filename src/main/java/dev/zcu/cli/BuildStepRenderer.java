package dev.zcu.cli;

import dev.zcu.cli.TtyConfig.Color;
import dev.zcu.protocol.ErrorBundle;

/**
 * Renders a failed update as {@code zig build} does ({@code printErrorMessages} in zig's build runner): the
 * dim step tree down to the failing step ({@code watch}, then {@code +- zcu build-obj ROOT} with the tree
 * glyph on a terminal) with the red {@code N errors}, then the bundle as {@link ErrorRenderer} renders it.
 * An update without errors renders as nothing. Used by {@code zcu watch}.
 */
public final class BuildStepRenderer {

    private final TtyConfig tty;
    private final ErrorRenderer bundleRenderer;
    private final String stepName;

    /** @param stepName the failing step's name, e.g. {@code zcu build-obj main.zig} */
    public BuildStepRenderer(TtyConfig tty, String stepName) {
        this.tty = tty;
        this.bundleRenderer = new ErrorRenderer(ErrorRenderer.Options.forCli(tty));
        this.stepName = stepName;
    }

    public String render(ErrorBundle bundle) {
        if (bundle.isEmpty()) {
            return "";
        }
        String childPrefix = tty == TtyConfig.ESCAPE_CODES ? "\u001b(0\u006dq\u001b(B " : "+- ";
        return tty.set(Color.DIM) + "watch\n" + childPrefix + stepName + tty.set(Color.RED) + " "
                + bundle.messages().size() + " errors\n" + tty.set(Color.RESET) + tty.set(Color.RESET)
                + bundleRenderer.render(bundle);
    }
}
