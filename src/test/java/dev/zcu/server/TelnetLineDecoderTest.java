package dev.zcu.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.server.TelnetLineDecoder.Event;
import dev.zcu.server.TelnetLineDecoder.Line;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelnetLineDecoderTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    @Test
    void framesLinesAcrossChunksAndDropsAPartialLine() {
        TelnetLineDecoder d = new TelnetLineDecoder(16);
        assertEquals(List.of(), d.feed("sum".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(new Line("summary"), new Line("")), d.feed("mary\r\n\nhel".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void overLongLinesAreReportedOnceWhenTheyEnd() {
        TelnetLineDecoder d = new TelnetLineDecoder(4);
        assertEquals(List.of(), d.feed("abcdefghij".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(TelnetLineDecoder.LineTooLong.INSTANCE, new Line("abcd")),
                d.feed("kl\nabcd\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(TelnetLineDecoder.LineTooLong.INSTANCE),
                d.feed("abcde\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void telnetCommandsAreStrippedAndTimingMarkIsRefused() {
        TelnetLineDecoder d = new TelnetLineDecoder(64);
        List<Event> events = d.feed(bytes(255, 253, 1, 'a', 255, 250, 24, 1, 255, 255, 10, 255, 240, 'b', 255, 255,
                255, 241, '\n', 'x', 255, 244, 255, 253, 6, 'y', '\n'));
        assertEquals(3, events.size());
        assertEquals(TelnetLineDecoder.NotUtf8.INSTANCE, events.get(0)); // "ab" + data byte 255
        assertArrayEquals(bytes(255, 252, 6), ((TelnetLineDecoder.TelnetReply) events.get(1)).bytes());
        assertEquals(new Line("y"), events.get(2)); // IAC IP dropped "x"
    }

    @Test
    void utf8IsDecodedAndInvalidUtf8Reported() {
        TelnetLineDecoder d = new TelnetLineDecoder(64);
        assertEquals(List.of(new Line("find_nav \u00fc\u20ac"), TelnetLineDecoder.NotUtf8.INSTANCE,
                        TelnetLineDecoder.NotUtf8.INSTANCE),
                d.feed(bytes('f', 'i', 'n', 'd', '_', 'n', 'a', 'v', ' ', 0xc3, 0xbc, 0xe2, 0x82, 0xac, '\n',
                        0xc3, '\n', 0xed, 0xa0, 0x80, '\n')));
    }
}
