package dev.zcu.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zcu build-obj}: Analyse a Zig program like zig build-obj -fno-emit-bin. Not built yet. */
@Command(name = "build-obj", description = "Analyse a Zig program like zig build-obj -fno-emit-bin.")
public final class BuildObjCommand implements Callable<Integer> {

    @Parameters(arity = "0..*")
    List<String> args = List.of();

    @Override
    public Integer call() {
        System.err.println("zcu: 'build-obj' is not built yet");
        return 2;
    }
}
