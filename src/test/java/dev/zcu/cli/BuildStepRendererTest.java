package dev.zcu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.ErrorBundle.ErrorMessage;
import dev.zcu.protocol.ErrorBundle.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildStepRendererTest {

    private static final ErrorBundle ONE = new ErrorBundle(List.of(ErrorMessage.of("broken",
            new SourceLocation("b.zig", 1, 4, 20, 20, 24, "    oops();"))), "");

    /** zig build on a pipe: "install\n+- zig build-obj a Debug native 1 errors\n" then the bundle. */
    @Test
    void plainLikeZigBuildOnAPipe() {
        assertEquals("watch\n+- zcu build-obj main.zig 1 errors\nb.zig:2:5: error: broken\n",
                new BuildStepRenderer(TtyConfig.NO_COLOR, "zcu build-obj main.zig").render(ONE));
    }

    @Test
    void coloredWithTheTreeGlyph() {
        assertEquals("\u001b[2mwatch\n\u001b(0mq\u001b(B zcu build-obj main.zig\u001b[31m 1 errors\n\u001b[0m\u001b[0m"
                        + new ErrorRenderer(ErrorRenderer.Options.forCli(TtyConfig.ESCAPE_CODES)).render(ONE),
                new BuildStepRenderer(TtyConfig.ESCAPE_CODES, "zcu build-obj main.zig").render(ONE));
    }

    @Test
    void nothingWithoutErrors() {
        assertEquals("", new BuildStepRenderer(TtyConfig.ESCAPE_CODES, "x").render(ErrorBundle.EMPTY));
    }
}
