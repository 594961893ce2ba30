package app.vocero.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether the database already has every migration of this build, found without Flyway (which loads some 300
 * classes and scans the class path): the versions of the {@code V<version>__*.sql} files in the common folder
 * {@code db/migration} and the database's vendor folder ({@code db/vendor/h2} or {@code db/vendor/postgresql}, see
 * {@link Dialect}) against the successful versions of Flyway's history table. Anything unexpected — no
 * history table, a failed migration, a folder it cannot list — answers "not up to date", and Flyway runs as before.
 */
final class SchemaCheck {

    private static final Pattern MIGRATION = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");

    private SchemaCheck() {
    }

    static boolean upToDate(Connection connection, Dialect dialect) {
        Set<String> shipped = shippedVersions(dialect);
        if (shipped.isEmpty()) {
            return false;
        }
        try {
            return appliedVersions(connection).containsAll(shipped);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The versions Flyway recorded as applied and successful; an exception when there is no history table yet. */
    static Set<String> appliedVersions(Connection connection) throws SQLException {
        Set<String> applied = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    throw new SQLException("a migration failed: " + rows.getString(1));
                }
                applied.add(normal(rows.getString(1)));
            }
        }
        return applied;
    }

    /**
     * The versions of the migration files this build ships for a database: the common folder (which may be empty)
     * and the vendor folder; empty when a folder cannot be listed.
     */
    static Set<String> shippedVersions(Dialect dialect) {
        Set<String> versions = new TreeSet<>();
        for (String location : dialect.locations()) {
            if (!addVersions(versions, location)) {
                return new TreeSet<>();
            }
        }
        return versions;
    }

    /** Adds the versions of one folder; false when it exists but cannot be listed. */
    private static boolean addVersions(Set<String> versions, String location) {
        URL folder = SchemaCheck.class.getClassLoader().getResource(location);
        if (folder == null) {
            return true; // no such folder in this build: nothing to add
        }
        try {
            if (folder.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    files.forEach(file -> add(versions, file.getFileName().toString()));
                }
            } else if (folder.getProtocol().equals("jar")) {
                JarURLConnection jar = (JarURLConnection) folder.openConnection();
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    Enumeration<JarEntry> entries = file.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(location + "/") && name.indexOf('/', location.length() + 1) < 0) {
                            add(versions, name.substring(location.length() + 1));
                        }
                    }
                }
            } else {
                return false;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return false;
        }
        return true;
    }

    private static void add(Set<String> versions, String fileName) {
        Matcher matcher = MIGRATION.matcher(fileName);
        if (matcher.matches()) {
            versions.add(normal(matcher.group(1)));
        }
    }

    /** Flyway writes {@code 1_1} as {@code 1.1}; trailing zero parts are the same version. */
    static String normal(String version) {
        String dotted = version.replace('_', '.');
        while (dotted.endsWith(".0")) {
            dotted = dotted.substring(0, dotted.length() - 2);
        }
        return dotted.replaceAll("(^|\\.)0+(\\d)", "$1$2");
    }
}
