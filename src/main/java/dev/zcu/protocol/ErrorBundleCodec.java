package dev.zcu.protocol;

import dev.zcu.protocol.ErrorBundle.ErrorMessage;
import dev.zcu.protocol.ErrorBundle.ReferenceTrace;
import dev.zcu.protocol.ErrorBundle.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Zig's wire encoding of an {@link ErrorBundle} ({@code lib/std/zig/ErrorBundle.zig}): a string table of
 * NUL-terminated strings (index 0 is the empty string, meaning "none") and an {@code extra} array of u32 holding
 * an {@code ErrorMessageList} at 0, then {@code SourceLocation}s (each followed by its {@code ReferenceTrace}s,
 * the last of which may be the sentinel), {@code ErrorMessage}s (each followed by the indices of its notes), and
 * finally the list of root messages. Both arrays empty means "no errors".
 *
 * <p>The encoder lays the arrays out in the order the Zig compiler does when it collects semantic-analysis
 * errors ({@code Compilation.addModuleErrorMsg}): per root message, the reference-trace locations, the message's
 * location, its reference traces, its notes' strings and locations, the message text, the message, the
 * reserved note slots and then the notes; the compile-log text and the root list last. So a bundle decoded from
 * the reference zig re-encodes to the same bytes. The decoder validates every index and never throws on
 * malformed input: it answers {@link Decoded.Malformed}.
 */
public final class ErrorBundleCodec {

    private ErrorBundleCodec() {}

    /** A bundle in Zig's in-memory form: the two arrays of {@code std.zig.ErrorBundle}. */
    public record Wire(int[] extra, byte[] stringBytes) {
        public Wire {
            extra = extra.clone();
            stringBytes = stringBytes.clone();
        }

        @Override
        public int[] extra() {
            return extra.clone();
        }

        @Override
        public byte[] stringBytes() {
            return stringBytes.clone();
        }

        /** The body of an {@code error_bundle} message: {@code {extra_len, string_bytes_len}}, extra, strings. */
        public byte[] toMessageBody() {
            byte[] out = new byte[8 + 4 * extra.length + stringBytes.length];
            Le.putU32(out, 0, extra.length);
            Le.putU32(out, 4, stringBytes.length);
            for (int i = 0; i < extra.length; i++) {
                Le.putU32(out, 8 + 4 * i, extra[i]);
            }
            System.arraycopy(stringBytes, 0, out, 8 + 4 * extra.length, stringBytes.length);
            return out;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Wire w && Arrays.equals(w.extra, extra) && Arrays.equals(w.stringBytes, stringBytes);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(extra) + Arrays.hashCode(stringBytes);
        }

        @Override
        public String toString() {
            return "Wire[extra=" + Arrays.toString(extra) + ", string_bytes=" + stringBytes.length + " bytes]";
        }
    }

    /** The outcome of decoding: a bundle, or the reason the bytes are not one. */
    public sealed interface Decoded permits Decoded.Ok, Decoded.Malformed {
        record Ok(ErrorBundle bundle) implements Decoded {}

        record Malformed(String reason) implements Decoded {}
    }

    // ---------------------------------------------------------------- encoding

    /** The body of an {@code error_bundle} message for this bundle. */
    public static byte[] encodeMessageBody(ErrorBundle bundle) {
        return encode(bundle).toMessageBody();
    }

    /** Zig's two arrays for this bundle; both empty when it has no messages. */
    public static Wire encode(ErrorBundle bundle) {
        if (bundle.messages().isEmpty()) {
            return new Wire(new int[0], new byte[0]);
        }
        Encoder e = new Encoder();
        int[] roots = new int[bundle.messages().size()];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = e.addRootMessage(bundle.messages().get(i));
        }
        int logText = bundle.compileLogText().isEmpty() ? 0 : e.addString(bundle.compileLogText());
        int start = e.extraLen;
        for (int r : roots) {
            e.addExtra(r);
        }
        e.extra[0] = roots.length;
        e.extra[1] = start;
        e.extra[2] = logText;
        return new Wire(Arrays.copyOf(e.extra, e.extraLen), e.strings.toByteArray());
    }

    private static final class Encoder {
        final ByteArrayOutputStream strings = new ByteArrayOutputStream();
        int[] extra = new int[64];
        int extraLen;

        Encoder() {
            strings.write(0);
            addExtra(0, 0, 0); // ErrorMessageList, patched at the end
        }

        int addString(String s) {
            int index = strings.size();
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            strings.write(bytes, 0, bytes.length);
            strings.write(0);
            return index;
        }

        int addExtra(int... values) {
            int index = extraLen;
            if (extraLen + values.length > extra.length) {
                extra = Arrays.copyOf(extra, Math.max(extra.length * 2, extraLen + values.length));
            }
            System.arraycopy(values, 0, extra, extraLen, values.length);
            extraLen += values.length;
            return index;
        }

        int reserve(int n) {
            int start = extraLen;
            addExtra(new int[n]);
            return start;
        }

        /** A message whose strings and locations are in place; its ErrorMessage is written later. */
        record Prepared(int msg, int count, int srcLoc, List<Prepared> notes) {}

        int addRootMessage(ErrorMessage m) {
            int srcLoc = addLocationWithTraces(m);
            List<Prepared> notes = prepareNotes(m.notes());
            Prepared root = new Prepared(addString(m.msg()), Math.max(1, m.count()), srcLoc, notes);
            return writeMessage(root);
        }

        List<Prepared> prepareNotes(List<ErrorMessage> notes) {
            List<Prepared> out = new ArrayList<>(notes.size());
            for (ErrorMessage n : notes) {
                int msg = addString(n.msg());
                int srcLoc = addLocationWithTraces(n);
                out.add(new Prepared(msg, Math.max(1, n.count()), srcLoc, prepareNotes(n.notes())));
            }
            return out;
        }

        int writeMessage(Prepared p) {
            int index = addExtra(p.msg, p.count, p.srcLoc, p.notes.size());
            int slots = reserve(p.notes.size());
            for (int i = 0; i < p.notes.size(); i++) {
                int note = writeMessage(p.notes.get(i)); // may grow (replace) the extra array
                extra[slots + i] = note;
            }
            return index;
        }

        /** Locations of the reference traces, the message's location, then the traces themselves. */
        int addLocationWithTraces(ErrorMessage m) {
            if (m.src() == null) {
                return 0;
            }
            List<int[]> traces = new ArrayList<>(m.referenceTrace().size());
            for (ReferenceTrace rt : m.referenceTrace()) {
                if (rt.src() == null) {
                    traces.add(new int[] {rt.hiddenCount(), 0});
                } else {
                    int name = addString(rt.declName());
                    traces.add(new int[] {name, addLocation(rt.src(), 0)});
                }
            }
            int loc = addLocation(m.src(), traces.size());
            for (int[] t : traces) {
                addExtra(t);
            }
            return loc;
        }

        int addLocation(SourceLocation s, int referenceTraceLen) {
            int path = addString(s.srcPath());
            int line = s.sourceLine() == null ? 0 : addString(s.sourceLine());
            return addExtra(path, s.line(), s.column(), s.spanStart(), s.spanMain(), s.spanEnd(), line,
                    referenceTraceLen);
        }
    }

    // ---------------------------------------------------------------- decoding

    /** Decodes the body of an {@code error_bundle} message. */
    public static Decoded decodeMessageBody(byte[] body) {
        if (body.length < 8) {
            return new Decoded.Malformed("error_bundle body of " + body.length + " bytes is shorter than its header");
        }
        long extraLen = Integer.toUnsignedLong(Le.u32(body, 0));
        long stringLen = Integer.toUnsignedLong(Le.u32(body, 4));
        long expected = 8 + 4 * extraLen + stringLen;
        if (expected != body.length) {
            return new Decoded.Malformed("error_bundle header announces " + extraLen + " extra words and "
                    + stringLen + " string bytes (" + expected + " bytes) but the body has " + body.length);
        }
        int[] extra = new int[(int) extraLen];
        for (int i = 0; i < extra.length; i++) {
            extra[i] = Le.u32(body, 8 + 4 * i);
        }
        byte[] strings = Arrays.copyOfRange(body, 8 + 4 * extra.length, body.length);
        return decode(new Wire(extra, strings));
    }

    /** Decodes Zig's two arrays. */
    public static Decoded decode(Wire wire) {
        try {
            return new Decoded.Ok(new Decoder(wire.extra, wire.stringBytes).bundle());
        } catch (BadBundle e) {
            return new Decoded.Malformed(e.getMessage());
        }
    }

    /** Internal signal of the decoder; never escapes {@link #decode}. */
    private static final class BadBundle extends Exception {
        BadBundle(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Decoder {
        private static final int MAX_NOTE_DEPTH = 64;
        private final int[] extra;
        private final byte[] strings;
        /** Messages decoded so far; bounded so that shared or cyclic note indices cannot blow up. */
        private int budget;

        Decoder(int[] extra, byte[] strings) {
            this.extra = extra;
            this.strings = strings;
            this.budget = extra.length / 4 + 1;
        }

        ErrorBundle bundle() throws BadBundle {
            if (extra.length == 0) {
                if (strings.length != 0) {
                    throw new BadBundle("error bundle has string bytes but no extra array");
                }
                return ErrorBundle.EMPTY;
            }
            int len = word(0, "ErrorMessageList");
            int start = word(1, "ErrorMessageList");
            int logText = word(2, "ErrorMessageList");
            checkRange(u(start), u(len), "root message list");
            List<ErrorMessage> messages = new ArrayList<>();
            for (int i = 0; i < len; i++) {
                messages.add(message(extra[start + i], 0));
            }
            return new ErrorBundle(messages, logText == 0 ? "" : string(logText, "compile_log_text"));
        }

        ErrorMessage message(int index, int depth) throws BadBundle {
            if (depth > MAX_NOTE_DEPTH) {
                throw new BadBundle("notes nested deeper than " + MAX_NOTE_DEPTH);
            }
            if (--budget < 0) {
                throw new BadBundle("error bundle references more messages than it can hold");
            }
            checkRange(u(index), 4, "ErrorMessage");
            int msg = extra[index];
            int count = extra[index + 1];
            int srcLoc = extra[index + 2];
            int notesLen = extra[index + 3];
            checkRange(u(index) + 4, u(notesLen), "notes of ErrorMessage at " + u(index));
            SourceLocation src = null;
            List<ReferenceTrace> traces = List.of();
            if (srcLoc != 0) {
                src = location(srcLoc);
                traces = traces(srcLoc);
            }
            List<ErrorMessage> notes = new ArrayList<>(notesLen);
            for (int i = 0; i < notesLen; i++) {
                notes.add(message(extra[index + 4 + i], depth + 1));
            }
            return new ErrorMessage(string(msg, "msg"), count, src, notes, traces);
        }

        SourceLocation location(int index) throws BadBundle {
            checkRange(u(index), 8, "SourceLocation");
            int sourceLine = extra[index + 6];
            return new SourceLocation(string(extra[index], "src_path"), extra[index + 1], extra[index + 2],
                    extra[index + 3], extra[index + 4], extra[index + 5],
                    sourceLine == 0 ? null : string(sourceLine, "source_line"));
        }

        List<ReferenceTrace> traces(int srcLoc) throws BadBundle {
            int len = extra[srcLoc + 7];
            checkRange(u(srcLoc) + 8, 2 * u(len), "reference traces of SourceLocation at " + u(srcLoc));
            List<ReferenceTrace> out = new ArrayList<>(len);
            for (int i = 0; i < len; i++) {
                int at = srcLoc + 8 + 2 * i;
                int declName = extra[at];
                int loc = extra[at + 1];
                if (loc == 0) {
                    out.add(ReferenceTrace.hidden(declName));
                } else {
                    out.add(ReferenceTrace.of(string(declName, "decl_name"), location(loc)));
                }
            }
            return out;
        }

        static long u(int value) {
            return Integer.toUnsignedLong(value);
        }

        int word(int index, String what) throws BadBundle {
            checkRange(index, 1, what);
            return extra[index];
        }

        /** Checks that words {@code [start, start + len)} (both unsigned) lie in the extra array. */
        void checkRange(long start, long len, String what) throws BadBundle {
            if (start < 0 || len < 0 || start + len > extra.length) {
                throw new BadBundle(what + " at extra[" + start + "..+" + len + "] is outside the extra array of "
                        + extra.length + " words");
            }
        }

        String string(int index, String what) throws BadBundle {
            long i = Integer.toUnsignedLong(index);
            if (i >= strings.length) {
                throw new BadBundle(what + " string index " + i + " is outside the string table of "
                        + strings.length + " bytes");
            }
            int end = (int) i;
            while (end < strings.length && strings[end] != 0) {
                end++;
            }
            if (end == strings.length) {
                throw new BadBundle(what + " string at " + i + " is not NUL-terminated");
            }
            return new String(strings, (int) i, end - (int) i, StandardCharsets.UTF_8);
        }
    }
}
