package app.vocero.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The logs go to the data directory's file, and while they are being sent there no logger is ever more verbose than
 * it will be: a command reads its contact file on another thread meanwhile, and a library that sees DEBUG for a
 * moment does the work of its debug lines (parquet-java writes a file's whole footer as JSON for one).
 */
class LogSetupTest {

    @TempDir
    Path dir;

    @Test
    void noLoggerTurnsDebugWhileTheLogsMoveToTheDataDirectory() throws Exception {
        Logger parquet = LoggerFactory.getLogger("org.apache.parquet.hadoop.ParquetFileReader");
        Logger vocero = LoggerFactory.getLogger("app.vocero.service.ContactListService");
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger debugSeen = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                looks.incrementAndGet();
                if (parquet.isDebugEnabled() || vocero.isDebugEnabled()) {
                    debugSeen.incrementAndGet();
                }
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 30; i++) {
                LogSetup.toDataDirectory(dir.resolve("data" + (i % 3)));
            }
        } finally {
            done.set(true);
            reader.join();
        }

        assertThat(looks.get()).isPositive();
        assertThat(debugSeen.get()).as("moments a logger said DEBUG").isZero();
        // and the last data directory's file is where the logs go now, at INFO for Vocero and WARN for Parquet
        vocero.info("imported a list");
        vocero.debug("not kept");
        parquet.info("not kept either");
        parquet.warn("a footer warning");
        Path log = LogSetup.logFile(dir.resolve("data2"));
        assertThat(log).exists();
        String text = Files.readString(log);
        assertThat(text).contains("imported a list", "a footer warning").doesNotContain("not kept");
        assertThat(Files.readString(LogSetup.logFile(dir.resolve("data1")))).doesNotContain("imported a list");
    }
}
