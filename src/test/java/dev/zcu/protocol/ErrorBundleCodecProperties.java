package dev.zcu.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zcu.protocol.ErrorBundle.ErrorMessage;
import dev.zcu.protocol.ErrorBundle.ReferenceTrace;
import dev.zcu.protocol.ErrorBundle.SourceLocation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ErrorBundleCodecProperties {

    @Property(tries = 300)
    void decodeInvertsEncode(@ForAll("bundles") ErrorBundle bundle) {
        assertEquals(new ErrorBundleCodec.Decoded.Ok(bundle),
                ErrorBundleCodec.decodeMessageBody(ErrorBundleCodec.encodeMessageBody(bundle)));
    }

    @Property(tries = 300)
    void encodingIsDeterministic(@ForAll("bundles") ErrorBundle bundle) {
        assertEquals(ErrorBundleCodec.encode(bundle), ErrorBundleCodec.encode(bundle));
    }

    /** Arbitrary bytes never make the decoder throw: it answers Ok or Malformed. */
    @Property(tries = 2000)
    void decoderNeverThrows(@ForAll("words") int[] extra, @ForAll byte[] strings) {
        ErrorBundleCodec.decode(new ErrorBundleCodec.Wire(extra, strings));
    }

    /** Corrupting one word of a valid bundle never makes the decoder throw. */
    @Property(tries = 1000)
    void corruptedBundlesNeverThrow(@ForAll("bundles") ErrorBundle bundle, @ForAll int position, @ForAll int value) {
        int[] extra = ErrorBundleCodec.encode(bundle).extra();
        if (extra.length > 0) {
            extra[Math.floorMod(position, extra.length)] = value;
        }
        ErrorBundleCodec.decode(new ErrorBundleCodec.Wire(extra, ErrorBundleCodec.encode(bundle).stringBytes()));
    }

    @Provide
    Arbitrary<int[]> words() {
        return Arbitraries.integers().between(-2, 40).array(int[].class).ofMaxSize(40);
    }

    @Provide
    Arbitrary<ErrorBundle> bundles() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abc xyz:'\n\té").ofMaxLength(12);
        Arbitrary<SourceLocation> loc = Combinators.combine(text, Arbitraries.integers().between(0, 500),
                Arbitraries.integers().between(0, 80), Arbitraries.integers().between(0, 4000),
                text.injectNull(0.3)).as((path, line, col, start, src) ->
                new SourceLocation(path, line, col, start, start + col % 3, start + col % 7, src));
        Arbitrary<ReferenceTrace> trace = Arbitraries.oneOf(
                Combinators.combine(text, loc).as(ReferenceTrace::of),
                Arbitraries.integers().between(0, 9).map(ReferenceTrace::hidden));
        Arbitrary<ErrorMessage> note = Combinators.combine(text, Arbitraries.integers().between(1, 3),
                loc.injectNull(0.2)).as((m, c, l) -> new ErrorMessage(m, c, l, List.of(), List.of()));
        Arbitrary<ErrorMessage> root = Combinators.combine(text, Arbitraries.integers().between(1, 3), loc,
                note.list().ofMaxSize(3), trace.list().ofMaxSize(4)).as(ErrorMessage::new);
        Arbitrary<ErrorMessage> rootWithoutLocation = Combinators.combine(text, note.list().ofMaxSize(2))
                .as((m, ns) -> new ErrorMessage(m, 1, null, ns, List.of()));
        return Combinators.combine(Arbitraries.oneOf(root, rootWithoutLocation).list().ofMinSize(1).ofMaxSize(5),
                text).as(ErrorBundle::new);
    }
}
