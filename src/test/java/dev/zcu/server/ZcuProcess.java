package dev.zcu.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@code zcu} as a real process ({@code java -cp <test class path> dev.zcu.cli.Main ...}) for the
 * end-to-end tests, optionally with the fake front end, and collects its stderr.
 */
public final class ZcuProcess implements AutoCloseable {

    public final Process process;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Thread stderrPump;

    private ZcuProcess(Process process) {
        this.process = process;
        this.stderrPump = new Thread(() -> pump(process.getErrorStream()), "zcu-stderr");
        this.stderrPump.setDaemon(true);
        this.stderrPump.start();
    }

    public static String javaBin() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** {@code zcu ARGS} in {@code dir}; {@code fake} selects the scripted front end. */
    public static ZcuProcess start(Path dir, boolean fake, String... args) throws IOException {
        return startWith(dir, fake ? List.of("-Dzcu.compilation-factory=" + FakeCompilation.Factory.class.getName())
                : List.of(), args);
    }

    /** {@code zcu ARGS} in {@code dir} with extra JVM options (system properties). */
    public static ZcuProcess startWith(Path dir, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classPath()));
        cmd.addAll(jvmOptions);
        cmd.add("dev.zcu.cli.Main");
        cmd.addAll(List.of(args));
        return new ZcuProcess(new ProcessBuilder(cmd).directory(dir.toFile()).start());
    }

    private void pump(InputStream in) {
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                synchronized (stderr) {
                    stderr.write(buf, 0, n);
                }
            }
        } catch (IOException ignored) {
            // the process went away
        }
    }

    public String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until stderr contains {@code text} (or the process ends, or 60 s pass); returns stderr. */
    public String awaitStderr(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!stderr().contains(text) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return stderr();
    }

    /** Waits for the exit status (at most 60 s; the process is killed and -1 returned after that). */
    public int exitStatus() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        stderrPump.join(5000);
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
