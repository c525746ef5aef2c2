package dev.zcu.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zcu watch}: Compile, then recompile on every save (the bundled build driver). Not built yet. */
@Command(name = "watch", description = "Compile, then recompile on every save (the bundled build driver).")
public final class WatchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*")
    List<String> args = List.of();

    @Override
    public Integer call() {
        System.err.println("zcu: 'watch' is not built yet");
        return 2;
    }
}
