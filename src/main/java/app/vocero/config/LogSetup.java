package app.vocero.config;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Sends the logs to a rolling file in the data directory ({@code logs/vocero.log}) and nowhere else: the command
 * line prints its own one-line messages, and its {@code --json} output on standard output must stay clean.
 */
public final class LogSetup {

    public static final String LOG_FILE = "logs/vocero.log";

    private LogSetup() {
    }

    public static Path logFile(Path dataDirectory) {
        return dataDirectory.resolve(LOG_FILE);
    }

    public static void toDataDirectory(Path dataDirectory) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext)) {
            return;
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        URL config = LogSetup.class.getResource("/app/vocero/logback-vocero.xml");
        context.reset();
        context.putProperty("VOCERO_LOG_DIR", dataDirectory.resolve("logs").toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            System.err.println("Vocero: logging could not be set up: " + e.getMessage());
        }
    }
}
