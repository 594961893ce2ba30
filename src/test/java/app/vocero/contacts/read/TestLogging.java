package app.vocero.contacts.read;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Test helper: silences the DEBUG chatter of the file libraries (parquet dumps whole footers). */
final class TestLogging {

    private TestLogging() {
    }

    static void quiet() {
        for (String name : new String[] {"org.apache.parquet", "org.apache.hadoop", "org.dhatim", "shaded"}) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
        }
    }
}
