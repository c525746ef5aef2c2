package dev.zcu.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zcu ast-check}: Parse and check Zig files like zig ast-check. Not built yet. */
@Command(name = "ast-check", description = "Parse and check Zig files like zig ast-check.")
public final class AstCheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..*")
    List<String> args = List.of();

    @Override
    public Integer call() {
        System.err.println("zcu: 'ast-check' is not built yet");
        return 2;
    }
}
