package dev.zcu.server;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The input side of one debug REPL connection, before any command is parsed: strips telnet negotiation
 * (RFC 854/855: {@code IAC} commands, option verbs, subnegotiation; {@code IAC IAC} is a data byte 255), answers
 * {@code IAC DO TIMING-MARK} (telnet's Ctrl-C sends {@code IAC IP IAC DO TIMING-MARK} and waits for it) with
 * {@code IAC WONT TIMING-MARK}, drops the partial line on {@code IAC IP}, and frames lines at LF. A line longer
 * than the limit is discarded as it arrives (memory stays bounded) and reported once when it ends; a line that
 * is not UTF-8 is reported instead of decoded. Replaces Pekko's {@code Framing.delimiter}, which fails the
 * stream (and so resets the connection) on an over-long frame. A partial line at end of input is dropped, as
 * in the seed. Pure state machine, fed chunk by chunk; not thread-safe (one per connection).
 */
public final class TelnetLineDecoder {

    /** What a chunk of input means, in order. */
    public sealed interface Event {}

    /** A complete line without its LF (and a CR just before it), decoded from UTF-8; not trimmed. */
    public record Line(String text) implements Event {}

    /** A line longer than the limit ended; it was ignored. */
    public enum LineTooLong implements Event { INSTANCE }

    /** A line that is not valid UTF-8 ended; it was ignored. */
    public enum NotUtf8 implements Event { INSTANCE }

    /** Bytes to send back to the client for telnet's sake. */
    public record TelnetReply(byte[] bytes) implements Event {}

    static final int IAC = 255;
    static final int DONT = 254;
    static final int DO = 253;
    static final int WONT = 252;
    static final int WILL = 251;
    static final int SB = 250;
    static final int IP = 244;
    static final int SE = 240;
    static final int TIMING_MARK = 6;

    private enum State { DATA, IAC, OPTION, SUBNEGOTIATION, SUBNEGOTIATION_IAC }

    private final int maxLineBytes;
    private final byte[] line;
    private int length;
    private boolean overflow;
    private State state = State.DATA;
    private int verb;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** @param maxLineBytes the longest accepted line in bytes, not counting its CR LF */
    public TelnetLineDecoder(int maxLineBytes) {
        if (maxLineBytes < 1) throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        this.maxLineBytes = maxLineBytes;
        this.line = new byte[maxLineBytes + 1]; // room for a CR before the LF
    }

    /** Feeds the next bytes received; returns the events they complete, in order. */
    public List<Event> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    /** Feeds {@code bytes[from, to)}. */
    public List<Event> feed(byte[] bytes, int from, int to) {
        List<Event> events = new ArrayList<>(2);
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xff;
            switch (state) {
                case DATA -> {
                    if (b == IAC) {
                        state = State.IAC;
                    } else if (b == '\n') {
                        events.add(endLine());
                    } else {
                        append(b);
                    }
                }
                case IAC -> {
                    if (b == IAC) {
                        append(IAC);
                        state = State.DATA;
                    } else if (b >= WILL && b <= DONT) {
                        verb = b;
                        state = State.OPTION;
                    } else if (b == SB) {
                        state = State.SUBNEGOTIATION;
                    } else {
                        if (b == IP) discardLine();
                        state = State.DATA;
                    }
                }
                case OPTION -> {
                    if (verb == DO && b == TIMING_MARK) {
                        events.add(new TelnetReply(new byte[] {(byte) IAC, (byte) WONT, (byte) TIMING_MARK}));
                    }
                    state = State.DATA;
                }
                case SUBNEGOTIATION -> {
                    if (b == IAC) state = State.SUBNEGOTIATION_IAC;
                }
                case SUBNEGOTIATION_IAC -> state = b == SE ? State.DATA : State.SUBNEGOTIATION;
            }
        }
        return events;
    }

    private void append(int b) {
        if (length < line.length) {
            line[length++] = (byte) b;
        } else {
            overflow = true;
        }
    }

    private void discardLine() {
        length = 0;
        overflow = false;
    }

    private Event endLine() {
        int end = length;
        if (end > 0 && line[end - 1] == '\r') end--;
        boolean tooLong = overflow || end > maxLineBytes;
        discardLine();
        if (tooLong) return LineTooLong.INSTANCE;
        boolean ascii = true;
        for (int i = 0; i < end; i++) {
            if (line[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) return new Line(new String(line, 0, end, StandardCharsets.ISO_8859_1));
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(line, 0, end));
            return new Line(chars.toString());
        } catch (CharacterCodingException e) {
            return NotUtf8.INSTANCE;
        }
    }
}
