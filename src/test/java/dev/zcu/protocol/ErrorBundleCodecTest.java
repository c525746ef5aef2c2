package dev.zcu.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.protocol.ErrorBundle.ErrorMessage;
import dev.zcu.protocol.ErrorBundle.ReferenceTrace;
import dev.zcu.protocol.ErrorBundle.SourceLocation;
import dev.zcu.protocol.ErrorBundleCodec.Decoded;
import dev.zcu.protocol.ErrorBundleCodec.Wire;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorBundleCodecTest {

    static List<GoldenCases> cases() {
        return GoldenCases.all();
    }

    /** Cases whose errors all come from semantic analysis, which Zig lays out as the encoder does. */
    static List<GoldenCases> semaCases() {
        return GoldenCases.all().stream().filter(c -> !c.name().startsWith("astgen")).toList();
    }

    @ParameterizedTest
    @MethodSource("semaCases")
    void reencodesZigsBundleToTheSameBytes(GoldenCases c) {
        byte[] zig = c.bundleBody();
        assertArrayEquals(zig, ErrorBundleCodec.encodeMessageBody(c.bundle()), c.name());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void decodesWhatItEncodes(GoldenCases c) {
        ErrorBundle bundle = c.bundle();
        assertTrue(bundle.messages().size() >= 1);
        assertEquals(new Decoded.Ok(bundle), ErrorBundleCodec.decodeMessageBody(ErrorBundleCodec.encodeMessageBody(bundle)));
    }

    @Test
    void decodesTheRecordedSemaBundle() {
        ErrorBundle b = GoldenCases.all().stream().filter(c -> c.name().equals("sema_note_reftrace")).findFirst()
                .orElseThrow().bundle();
        ErrorMessage m = b.messages().get(0);
        assertEquals("expected type 'u32', found '*const [5:0]u8'", m.msg());
        assertEquals(new SourceLocation("b.zig", 1, 11, 30, 30, 37, "    return \"hello\";"), m.src());
        assertEquals(List.of(ErrorMessage.of("function return type declared here",
                new SourceLocation("b.zig", 0, 13, 13, 13, 16, "pub fn foo() u32 {"))), m.notes());
        assertEquals(3, m.referenceTrace().size());
        assertEquals("main", m.referenceTrace().get(0).declName());
        assertEquals(ReferenceTrace.hidden(4), m.referenceTrace().get(2));
        assertEquals("", b.compileLogText());
    }

    @Test
    void emptyBundleIsTwoEmptyArrays() {
        assertArrayEquals(new byte[8], ErrorBundleCodec.encodeMessageBody(ErrorBundle.EMPTY));
        assertEquals(new Decoded.Ok(ErrorBundle.EMPTY), ErrorBundleCodec.decodeMessageBody(new byte[8]));
    }

    @Test
    void layoutFollowsZigsErrorMessageList() {
        ErrorBundle b = new ErrorBundle(List.of(
                new ErrorMessage("no location", 2, null, List.of(), List.of())), "log\n");
        Wire w = ErrorBundleCodec.encode(b);
        int[] extra = w.extra();
        // ErrorMessageList{len=1, start, compile_log_text}, then ErrorMessage{msg, count, src_loc=0, notes_len=0}
        assertEquals(1, extra[0]);
        assertEquals(extra.length - 1, extra[1]);
        assertEquals(3, extra[extra.length - 1]);
        assertEquals(2, extra[4]);
        assertEquals(0, extra[5]);
        assertEquals("\0no location\0log\n\0", new String(w.stringBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void malformedBodiesAreReportedNotThrown() {
        assertMalformed(new byte[3], "shorter than its header");
        assertMalformed(body(new int[] {5}, new byte[0], 99, 0), "announces");
        // extra_len 0 but strings present
        assertMalformed(body(new int[0], new byte[] {0, 1}), "no extra array");
        // root list pointing outside the extra array
        assertMalformed(body(new int[] {1, 40, 0}, new byte[] {0}), "outside the extra array");
        // message whose string is out of range
        assertMalformed(body(new int[] {1, 7, 0, 100, 1, 0, 0, 3}, new byte[] {0}), "outside the string table");
        // string not NUL-terminated
        assertMalformed(body(new int[] {1, 7, 0, 1, 1, 0, 0, 3}, new byte[] {0, 'a'}), "not NUL-terminated");
        // a note that is its own note: a cycle
        assertMalformed(body(new int[] {1, 8, 0, 0, 1, 0, 1, 3, 3}, new byte[] {0}), "");
        // reference traces running past the end
        assertMalformed(body(new int[] {1, 15, 0, 0, 1, 7, 0, 0, 0, 0, 0, 0, 0, 0, 1000, 3}, new byte[] {0}),
                "reference traces");
    }

    @Test
    void hugeCountsInHeaderDoNotAllocate() {
        byte[] b = new byte[8];
        Le.putU32(b, 0, -1);
        Le.putU32(b, 4, -1);
        assertMalformed(b, "announces");
    }

    private static void assertMalformed(byte[] body, String reasonPart) {
        Decoded d = ErrorBundleCodec.decodeMessageBody(body);
        Decoded.Malformed m = assertInstanceOf(Decoded.Malformed.class, d);
        assertTrue(m.reason().contains(reasonPart), m.reason());
    }

    static byte[] body(int[] extra, byte[] strings) {
        return new Wire(extra, strings).toMessageBody();
    }

    static byte[] body(int[] extra, byte[] strings, int extraLen, int stringLen) {
        byte[] b = body(extra, strings);
        Le.putU32(b, 0, extraLen);
        Le.putU32(b, 4, stringLen);
        return b;
    }
}
