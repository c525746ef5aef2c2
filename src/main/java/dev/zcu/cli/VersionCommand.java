package dev.zcu.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code zcu version}: zcu's version and the Zig version whose behaviour it follows. */
@Command(name = "version", description = "Print zcu's version and the Zig version it follows.")
public final class VersionCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Config config = ConfigFactory.load();
        System.out.println("zcu " + config.getString("zcu.version") + " (follows zig "
                + config.getString("zcu.zig-version") + ")");
        return 0;
    }
}
