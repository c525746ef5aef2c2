package dev.zcu.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.protocol.FrameReader.Read;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    private static FrameReader reader(byte[] bytes, long max) {
        return new FrameReader(new ByteArrayInputStream(bytes), max);
    }

    @Test
    void readsFramesThenCleanEnd() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter w = new FrameWriter(out);
        w.write(Frame.of(ClientTag.UPDATE));
        w.write(Frame.zigVersion("0.14.0"));
        w.write(Frame.of(ClientTag.EXIT));
        byte[] bytes = out.toByteArray();
        assertEquals(8 + 8 + 6 + 8, bytes.length);
        assertEquals(1, bytes[0]);
        FrameReader r = reader(bytes, 100);
        assertEquals(new Read.Message(Frame.of(ClientTag.UPDATE)), r.next());
        Read.Message v = assertInstanceOf(Read.Message.class, r.next());
        assertEquals("0.14.0", new String(v.frame().body(), StandardCharsets.UTF_8));
        assertEquals(new Read.Message(Frame.of(ClientTag.EXIT)), r.next());
        assertInstanceOf(Read.EndOfStream.class, r.next());
    }

    @Test
    void truncatedHeader() {
        Read r = reader(new byte[] {1, 0, 0}, 100).next();
        assertTrue(assertInstanceOf(Read.Malformed.class, r).reason().contains("truncated message header"));
    }

    @Test
    void endOfStreamInsideBody() {
        byte[] b = new Frame(7, new byte[10]).toBytes();
        byte[] cut = java.util.Arrays.copyOf(b, 12);
        Read r = reader(cut, 100).next();
        assertTrue(assertInstanceOf(Read.Malformed.class, r).reason().contains("end of stream inside a message body"));
    }

    @Test
    void bodyOverTheMaximumIsRefusedWithoutReadingIt() {
        byte[] header = new byte[8];
        Le.putU32(header, 0, 1);
        Le.putU32(header, 4, -1); // 4 GiB - 1
        // A stream that would never end: the reader must not try to read the body.
        InputStream endless = new InputStream() {
            int i;

            @Override
            public int read() {
                return i < 8 ? header[i++] & 0xff : 0;
            }
        };
        Read r = new FrameReader(endless, 1 << 20).next();
        String reason = assertInstanceOf(Read.Malformed.class, r).reason();
        assertTrue(reason.contains("4294967295 bytes") && reason.contains("maximum of 1048576"), reason);
    }

    @Test
    void unknownTagsAreFramedNotRejected() {
        Read r = reader(new Frame(0xdeadbeef, new byte[] {1, 2}).toBytes(), 100).next();
        Read.Message m = assertInstanceOf(Read.Message.class, r);
        assertEquals(0xdeadbeefL, m.frame().tagUnsigned());
        assertTrue(ClientTag.fromCode(m.frame().tag()).isEmpty());
    }

    @Test
    void afterAnErrorTheReaderStaysBroken() {
        FrameReader r = reader(new byte[] {1, 0, 0, 0, 5}, 100);
        assertInstanceOf(Read.Malformed.class, r.next());
        assertInstanceOf(Read.Malformed.class, r.next());
    }
}
