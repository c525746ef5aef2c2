package dev.zcu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.ErrorBundle.ErrorMessage;
import dev.zcu.protocol.ErrorBundle.SourceLocation;
import dev.zcu.protocol.GoldenCases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ErrorRendererTest {

    static List<GoldenCases> cases() {
        return GoldenCases.all();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rendersLikeZigOnAPipe(GoldenCases c) {
        String text = new ErrorRenderer(ErrorRenderer.Options.forCli(TtyConfig.NO_COLOR)).render(c.bundle());
        assertEquals(c.plain(), text);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rendersLikeZigWithColorOn(GoldenCases c) {
        String text = new ErrorRenderer(ErrorRenderer.Options.forCli(TtyConfig.ESCAPE_CODES)).render(c.bundle());
        assertEquals(c.color(), text);
    }

    @Test
    void messageWithoutLocationAndRepeatedCount() {
        ErrorBundle b = new ErrorBundle(List.of(new ErrorMessage("no location", 3, null,
                List.of(ErrorMessage.of("a note", null)), List.of())), "");
        assertEquals("error: no location (3 times)\n    note: a note\n",
                new ErrorRenderer(ErrorRenderer.Options.forCli(TtyConfig.NO_COLOR)).render(b));
        assertEquals("\u001b[31merror: \u001b[0mno location\u001b[2m (3 times)\n\u001b[0m\u001b[36m    note: "
                        + "\u001b[0ma note\n\u001b[0m",
                new ErrorRenderer(ErrorRenderer.Options.forCli(TtyConfig.ESCAPE_CODES)).render(b));
    }

    @Test
    void hiddenReferenceSentinelWithoutCount() {
        SourceLocation at = new SourceLocation("a.zig", 0, 0, 0, 0, 1, "x");
        ErrorBundle b = new ErrorBundle(List.of(new ErrorMessage("m", 1, at, List.of(),
                List.of(ErrorBundle.ReferenceTrace.of("f", at), ErrorBundle.ReferenceTrace.hidden(0)))), "");
        String text = new ErrorRenderer(new ErrorRenderer.Options(TtyConfig.NO_COLOR, true, true, true)).render(b);
        assertEquals("a.zig:1:1: error: m\nx\n^\nreferenced by:\n    f: a.zig:1:1\n"
                + "    remaining reference traces hidden; use '-freference-trace' to see all reference traces\n", text);
    }

    @Test
    void colorDetectionFollowsZig() {
        assertEquals(TtyConfig.NO_COLOR, TtyConfig.resolve(TtyConfig.ColorMode.auto, Map.of(), false));
        assertEquals(TtyConfig.ESCAPE_CODES, TtyConfig.resolve(TtyConfig.ColorMode.auto, Map.of(), true));
        assertEquals(TtyConfig.NO_COLOR, TtyConfig.resolve(TtyConfig.ColorMode.auto, Map.of("NO_COLOR", "1"), true));
        assertEquals(TtyConfig.ESCAPE_CODES,
                TtyConfig.resolve(TtyConfig.ColorMode.auto, Map.of("CLICOLOR_FORCE", "1"), false));
        assertEquals(TtyConfig.ESCAPE_CODES, TtyConfig.resolve(TtyConfig.ColorMode.on, Map.of("NO_COLOR", "1"), false));
        assertEquals(TtyConfig.NO_COLOR, TtyConfig.resolve(TtyConfig.ColorMode.off, Map.of(), true));
    }
}
