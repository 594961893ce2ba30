package app.vocero.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the logs to a rolling file in the data directory ({@code logs/vocero.log}) and nowhere else: the command
 * line prints its own one-line messages, and its {@code --json} output on standard output must stay clean.
 * Configured in code, not from XML: parsing a Logback XML file loads some 400 classes before a command prints
 * (see {@link LogDefaults} for the configuration before the data directory is known).
 */
public final class LogSetup {

    public static final String LOG_FILE = "logs/vocero.log";
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";

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
        // No reset: a reset makes every logger DEBUG until it is configured again, while other threads run (a
        // command reads its file meanwhile), and a library that sees DEBUG does the work of its debug lines for
        // nobody (parquet-java writes a file's whole footer as JSON for one). The levels first, then the appenders.
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.apache.parquet").setLevel(Level.WARN);
        // forward slashes: a file name pattern takes a backslash as an escape
        String folder = dataDirectory.resolve("logs").toAbsolutePath().toString().replace('\\', '/');

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/vocero.log");

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/vocero.%d{yyyy-MM-dd}.%i.log.gz");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        file.setRollingPolicy(rolling);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setEncoder(encoder);
        file.start();
        if (!file.isStarted()) {
            System.err.println("Vocero: logging could not be set up in " + folder);
        }

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders(); // standard error's (LogDefaults), or an earlier data directory's file
        root.addAppender(file);
        root.setLevel(Level.INFO);
    }
}
