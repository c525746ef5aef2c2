package dev.zcu.cli;

import dev.zcu.cli.TtyConfig.ColorMode;
import dev.zcu.compile.CompilationOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The flags {@code zcu build-obj} and {@code zcu watch} share, spelled as zig spells them. Flags of zig that
 * mean nothing to a front end without code generation ({@code --cache-dir}, {@code --global-cache-dir},
 * {@code -O}, {@code -target}, ...) are accepted and ignored, so zcu can stand in for zig in scripts. Turns
 * the command line into {@link CompilationOptions} after {@link #validate()}, which reports what zig would
 * report as a fatal error.
 */
public final class BuildFlags {

    @Parameters(arity = "0..1", paramLabel = "ROOT.zig", description = "The root source file of the main module.")
    Path root;

    @Option(names = "-fno-emit-bin", description = "Do not output machine code (required: zcu generates none).")
    boolean noEmitBin;

    @Option(names = "-femit-bin", arity = "0..1", fallbackValue = "", paramLabel = "path",
            description = "Output machine code: refused, zcu does not generate code.")
    String emitBin;

    @Option(names = "-fincremental", description = "Enable incremental compilation.")
    boolean incremental;

    @Option(names = "-fno-incremental", description = "Disable incremental compilation (default).")
    boolean noIncremental;

    @Option(names = "--debug-incremental",
            description = "Enable incremental compilation debug features: the debug REPL (requires -fincremental).")
    boolean debugIncremental;

    @Option(names = "--debug-host", paramLabel = "HOST",
            description = "Address the debug REPL binds (default: zcu.debug.host, ::1).")
    String debugHost;

    @Option(names = "--debug-port", paramLabel = "PORT",
            description = "Port of the debug REPL (default: zcu.debug.port, 7623; 0 picks a free port).")
    Integer debugPort;

    @Option(names = "--zig-lib-dir", paramLabel = "DIR", description = "Override path to Zig installation lib directory.")
    Path zigLibDir;

    @Option(names = "--color", paramLabel = "auto|on|off", description = "Enable or disable colored error messages.")
    ColorMode color = ColorMode.auto;

    @Option(names = "--cache-dir", paramLabel = "DIR", hidden = true)
    String ignoredCacheDir;

    @Option(names = "--global-cache-dir", paramLabel = "DIR", hidden = true)
    String ignoredGlobalCacheDir;

    @Option(names = "-O", paramLabel = "MODE", hidden = true)
    String ignoredOptimize;

    @Option(names = "-target", paramLabel = "TRIPLE", hidden = true)
    String ignoredTarget;

    @Option(names = "-mcpu", paramLabel = "CPU", hidden = true)
    String ignoredCpu;

    @Option(names = "--name", paramLabel = "NAME", hidden = true)
    String ignoredName;

    @Option(names = {"-fno-emit-h", "-fno-emit-docs", "-fno-emit-implib", "-fstrip", "-fno-strip",
            "-fno-reference-trace", "-fsingle-threaded", "-fno-single-threaded"}, hidden = true)
    List<Boolean> ignoredSwitches = new ArrayList<>();

    /** {@code -freference-trace[=N]}: how many "referenced by:" entries errors show (zig: 2, or all without N). */
    @Option(names = "-freference-trace", paramLabel = "N", arity = "0..1", fallbackValue = "256", hidden = true)
    Integer referenceTrace;

    /**
     * What zig would refuse with a fatal error, in the order zcu checks: unknown parameters, a missing or
     * non-{@code .zig} root, asking for a binary, {@code --debug-incremental} without {@code -fincremental}.
     *
     * @param unmatched        the arguments picocli did not recognise (the command's {@code @Unmatched})
     * @param requireNoEmitBin whether the command needs {@code -fno-emit-bin} spelled out (build-obj does)
     */
    public Optional<String> validate(List<String> unmatched, boolean requireNoEmitBin) {
        if (!unmatched.isEmpty()) {
            String arg = unmatched.get(0);
            if (arg.endsWith(".zig") && !arg.startsWith("-") && root != null) {
                return Optional.of("found another zig file '" + arg + "' after root source file '" + root + "'");
            }
            return Optional.of("unrecognized parameter: '" + arg + "'");
        }
        if (root == null) {
            return Optional.of("expected a root source file argument (ROOT.zig)");
        }
        if (!root.toString().endsWith(".zig")) {
            return Optional.of("unrecognized file extension of parameter '" + root + "'");
        }
        if (emitBin != null || (requireNoEmitBin && !noEmitBin)) {
            return Optional.of("zcu does not generate code; pass -fno-emit-bin");
        }
        if (debugIncremental && !isIncremental()) {
            return Optional.of("--debug-incremental requires -fincremental");
        }
        return Optional.empty();
    }

    public boolean isIncremental() {
        return incremental && !noIncremental;
    }

    public CompilationOptions compilationOptions() {
        return new CompilationOptions(root, zigLibDir, isIncremental(), debugIncremental,
                referenceTrace == null ? CompilationOptions.DEFAULT_REFERENCE_TRACE : referenceTrace);
    }

    /** The flags to pass on to a compiler child process ({@code zcu watch} → {@code zcu build-obj}). */
    public List<String> childArgs() {
        List<String> args = new ArrayList<>();
        args.add(root.toString());
        args.add("-fno-emit-bin");
        if (isIncremental()) {
            args.add("-fincremental");
        }
        if (debugIncremental) {
            args.add("--debug-incremental");
        }
        if (debugHost != null) {
            args.add("--debug-host");
            args.add(debugHost);
        }
        if (debugPort != null) {
            args.add("--debug-port");
            args.add(debugPort.toString());
        }
        if (zigLibDir != null) {
            args.add("--zig-lib-dir");
            args.add(zigLibDir.toString());
        }
        if (referenceTrace != null) {
            args.add("-freference-trace=" + referenceTrace);
        }
        return args;
    }
}
