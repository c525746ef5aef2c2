package dev.zcu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.server.TelnetLineDecoder.Event;
import dev.zcu.server.TelnetLineDecoder.Line;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TelnetLineDecoderProperties {

    /** How the input is cut into chunks never changes what it means. */
    @Property
    void chunkingDoesNotMatter(@ForAll @Size(max = 600) byte[] input, @ForAll @IntRange(min = 1, max = 40) int chunk,
                               @ForAll @IntRange(min = 1, max = 64) int maxLine) {
        List<Event> whole = new TelnetLineDecoder(maxLine).feed(input);
        TelnetLineDecoder pieces = new TelnetLineDecoder(maxLine);
        List<Event> chunked = new ArrayList<>();
        for (int i = 0; i < input.length; i += chunk) chunked.addAll(pieces.feed(input, i, Math.min(input.length, i + chunk)));
        assertEquals(render(whole), render(chunked));
    }

    /** Any bytes at all: no exception, and no line longer than the limit comes out. */
    @Property
    void linesRespectTheLimit(@ForAll @Size(max = 2000) byte[] input, @ForAll @IntRange(min = 1, max = 32) int maxLine) {
        for (Event e : new TelnetLineDecoder(maxLine).feed(input)) {
            if (e instanceof Line line) {
                assertTrue(line.text().length() <= maxLine, line.text());
                assertTrue(line.text().indexOf('\n') < 0);
            }
        }
    }

    private static List<String> render(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            out.add(e instanceof TelnetLineDecoder.TelnetReply r ? "reply" + java.util.Arrays.toString(r.bytes())
                    : e.toString());
        }
        return out;
    }
}
