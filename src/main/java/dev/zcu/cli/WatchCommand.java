package dev.zcu.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.zcu.server.WatchDriver;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/**
 * {@code zcu watch ROOT.zig [flags]}: compile, then recompile on every save. Starts {@code zcu build-obj ...
 * --listen=-} as a child process on the same JVM and class path and drives it over Zig's compiler protocol
 * ({@link WatchDriver}); renders every update's errors like {@code zig build} (on stderr, colours on a
 * terminal) with a status line per update. With {@code --debug-incremental} the child serves the debug REPL.
 * Ctrl-C, the end of stdin, or a line {@code exit} ends both processes.
 */
@Command(name = "watch", sortOptions = false,
        description = "Compile, then recompile on every save (the bundled build driver).",
        footer = {"",
                "Runs 'zcu build-obj ROOT.zig -fno-emit-bin ... --listen=-' as a child process and sends it an "
                        + "update after every save of a file it read (debounced: zcu.watch.debounce). Errors are "
                        + "printed as zig build prints them, then one status line per update.",
                "Ctrl-C, the end of stdin, or a line 'exit' stops both processes."})
public final class WatchCommand implements Callable<Integer> {

    @Mixin
    BuildFlags flags = new BuildFlags();

    /** Arguments picocli did not recognise; zig calls them unrecognized parameters. */
    @Unmatched
    List<String> unmatched = new ArrayList<>();

    @Override
    public Integer call() {
        Optional<String> fatal = flags.validate(unmatched, false);
        if (fatal.isPresent()) {
            return Fatal.print(fatal.get());
        }
        if (!java.nio.file.Files.isRegularFile(flags.root)) {
            return Fatal.print("unable to open '" + flags.root + "': FileNotFound");
        }
        Config config = ConfigFactory.load();
        List<String> command = childCommand(flags.childArgs());
        BuildStepRenderer renderer = new BuildStepRenderer(TtyConfig.forStderr(flags.color),
                "zcu build-obj " + flags.root);
        WatchDriver driver = new WatchDriver(new WatchDriver.Settings(command, Path.of("").toAbsolutePath(),
                flags.zigLibDir == null ? null : flags.zigLibDir.toAbsolutePath(),
                config.getDuration("zcu.watch.debounce"), config.getBytes("zcu.protocol.max-message-bytes")),
                System.err, renderer::render);
        if (flags.debugIncremental) {
            String host = flags.debugHost != null ? flags.debugHost : config.getString("zcu.debug.host");
            int port = flags.debugPort != null ? flags.debugPort : config.getInt("zcu.debug.port");
            System.err.println(port == 0
                    ? "zcu watch: debug REPL enabled; the compiler prints its port below ('zcu: debug REPL: telnet ...')"
                    : "zcu watch: debug REPL enabled; connect with: telnet " + host + " " + port);
        }
        System.err.println("zcu watch: watching " + flags.root + " (Ctrl-C to stop)");
        Thread hook = new Thread(driver::stop, "zcu-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        driver.stopOnEndOf(System.in);
        int status = driver.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Ctrl-C: the hook is running
        }
        return status;
    }

    /** {@code java [JVM options] -cp CLASSPATH dev.zcu.cli.Main build-obj ARGS --listen=-}. */
    static List<String> childCommand(List<String> buildArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-X") || arg.startsWith("-D")) {
                cmd.add(arg);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.add("build-obj");
        cmd.addAll(buildArgs);
        cmd.add("--listen=-");
        return cmd;
    }
}
