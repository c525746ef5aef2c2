package dev.zcu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The files under conf/ are on the classpath and load without errors (a broken logback.xml is silent otherwise). */
class ConfigFilesTest {

    @Test
    void logbackXmlConfiguresWithoutErrors() throws Exception {
        URL url = getClass().getClassLoader().getResource("logback.xml");
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(url);
        List<String> problems = context.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getLevel() >= Status.WARN)
                .map(Status::toString)
                .collect(Collectors.toList());
        assertEquals(List.of(), problems);
        context.stop();
    }

    @Test
    void applicationConfHasZcuSettings() {
        Config config = ConfigFactory.load();
        assertEquals("0.14.0-dev.2456", config.getString("zcu.zig-version"));
        assertTrue(config.getInt("zcu.debug.port") > 0);
        assertEquals("::1", config.getString("zcu.debug.host"));
    }
}
