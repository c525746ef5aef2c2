package dev.zcu.bench;

import dev.zcu.cli.ErrorRenderer;
import dev.zcu.cli.TtyConfig;
import dev.zcu.protocol.ErrorBundle;
import dev.zcu.protocol.ErrorBundle.ErrorMessage;
import dev.zcu.protocol.ErrorBundle.ReferenceTrace;
import dev.zcu.protocol.ErrorBundle.SourceLocation;
import dev.zcu.protocol.ErrorBundleCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the compiler protocol's error bundles: encoding (what the compiler pays per update), decoding
 * and rendering (what {@code zcu watch} pays), for bundles of 1, 100 and 1000 errors shaped like Zig's
 * (location, source line, one note, a three-entry reference trace). Run: {@code bench/jmh.sh ProtocolBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProtocolBenchmark {

    @Param({"1", "100", "1000"})
    int errors;

    ErrorBundle bundle;
    byte[] body;
    ErrorRenderer color = new ErrorRenderer(ErrorRenderer.Options.forCli(TtyConfig.ESCAPE_CODES));

    @Setup
    public void setup() {
        List<ErrorMessage> messages = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            SourceLocation at = new SourceLocation("src/file" + (i % 10) + ".zig", i, 12, 400 + i, 404 + i, 410 + i,
                    "    const value: u32 = compute(\"text\", " + i + ");");
            SourceLocation decl = new SourceLocation("src/decl.zig", 3, 4, 30, 30, 40, "pub fn compute(a: []const u8) u32 {");
            messages.add(new ErrorMessage("expected type 'u32', found '*const [4:0]u8'", 1, at,
                    List.of(ErrorMessage.of("parameter type declared here", decl)),
                    List.of(ReferenceTrace.of("main", new SourceLocation("src/main.zig", 9, 4, 90, 90, 94, null)),
                            ReferenceTrace.of("run", new SourceLocation("src/main.zig", 2, 0, 10, 10, 12, null)),
                            ReferenceTrace.hidden(3))));
        }
        bundle = new ErrorBundle(messages, "");
        body = ErrorBundleCodec.encodeMessageBody(bundle);
    }

    @Benchmark
    public byte[] encode() {
        return ErrorBundleCodec.encodeMessageBody(bundle);
    }

    @Benchmark
    public ErrorBundleCodec.Decoded decode() {
        return ErrorBundleCodec.decodeMessageBody(body);
    }

    @Benchmark
    public String renderColor() {
        return color.render(bundle);
    }
}
