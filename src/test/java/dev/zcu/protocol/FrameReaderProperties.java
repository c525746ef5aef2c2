package dev.zcu.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FrameReaderProperties {

    /** Any byte stream ends in finitely many reads with frames, then the end or one clear error. */
    @Property(tries = 1000)
    void arbitraryBytesNeverThrowNorLoop(@ForAll @Size(max = 200) byte[] bytes) {
        FrameReader r = new FrameReader(new ByteArrayInputStream(bytes), 64);
        int reads = 0;
        while (true) {
            FrameReader.Read read = r.next();
            reads++;
            assertTrue(reads <= bytes.length / 8 + 1);
            if (!(read instanceof FrameReader.Read.Message)) {
                break;
            }
        }
    }

    /** Frames written are the frames read, in order; a cut anywhere inside the last one is reported. */
    @Property(tries = 300)
    void framesSurviveTheWireAndCutsAreDetected(@ForAll @Size(max = 6) List<@Size(max = 40) byte[]> bodies,
                                                @ForAll @IntRange(min = 1, max = 47) int cut) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter w = new FrameWriter(out);
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Frame f = new Frame(i, bodies.get(i));
            frames.add(f);
            w.write(f);
        }
        byte[] wire = out.toByteArray();
        FrameReader r = new FrameReader(new ByteArrayInputStream(wire), 1 << 20);
        for (Frame f : frames) {
            assertEquals(new FrameReader.Read.Message(f), r.next());
        }
        assertEquals(new FrameReader.Read.EndOfStream(), r.next());
        if (!frames.isEmpty()) {
            int lastLength = Frame.HEADER_BYTES + frames.get(frames.size() - 1).bodyLength();
            int keep = wire.length - lastLength + Math.min(cut, lastLength - 1);
            FrameReader cutReader = new FrameReader(new ByteArrayInputStream(Arrays.copyOf(wire, keep)), 1 << 20);
            for (int i = 0; i < frames.size() - 1; i++) {
                cutReader.next();
            }
            assertTrue(cutReader.next() instanceof FrameReader.Read.Malformed);
        }
    }
}
