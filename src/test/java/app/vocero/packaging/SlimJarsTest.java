package app.vocero.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packaging/SlimJars.java}, which the installer profile runs on the packaged class path: hadoop-common and
 * hadoop-mapreduce-client-core shrink to the classes the rest of the class path names, and Vocero's Parquet tests —
 * every codec, V1 and V2 pages with and without dictionaries, damaged and hostile files, the import, Saem's Parquet
 * upload and the sandbox reading it — pass in a JVM whose class path has the shrunk jars in place of the whole ones.
 * The same tests fail with no Hadoop jar at all, so they do reach Hadoop's classes.
 */
class SlimJarsTest {

    private static final List<String> PREFIXES = List.of("hadoop-common-", "hadoop-mapreduce-client-core-");
    private static final List<String> PARQUET_TESTS = List.of(
            "app.vocero.contacts.read.ParquetRowReaderTest",
            "app.vocero.contacts.read.RowReadersTest",
            "app.vocero.contacts.read.HostileFilesTest",
            "app.vocero.contacts.read.ReaderFuzzTest",
            "app.vocero.contacts.read.ContactFileMessagesTest",
            "app.vocero.contacts.ContactImporterTest",
            "app.vocero.provider.saem.SaemMultipartTest",
            "app.vocero.provider.sandbox.SaemSandboxTest");

    @TempDir
    static Path temp;
    private static List<String> classPath;
    private static Path input;
    private static String slimming;

    /** The test class path as the installer's input folder: links to every entry, copies of the jars to shrink. */
    @BeforeAll
    static void shrinkACopyOfTheClassPath() throws Exception {
        classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        input = Files.createDirectories(temp.resolve("input"));
        int i = 0;
        for (String entry : classPath) {
            Path path = Path.of(entry).toAbsolutePath();
            if (!Files.exists(path)) {
                continue;
            }
            Path there = input.resolve(i++ + "-" + path.getFileName());
            if (shrunk(path)) {
                Files.copy(path, input.resolve(path.getFileName()));
            } else {
                linkOrCopy(there, path);
            }
        }
        assertThat(shrunkJars()).hasSize(PREFIXES.size());

        List<String> command = new ArrayList<>(List.of(java(), "packaging/SlimJars.java", input.toString()));
        command.addAll(PREFIXES);
        Run run = run(command);
        assertThat(run.exit).as(run.output).isZero();
        slimming = run.output;
    }

    @Test
    void theHadoopJarsKeepWhatParquetNamesAndLoseMostOfTheRest() throws Exception {
        assertThat(slimming).contains("SlimJars: hadoop-common-", "SlimJars: hadoop-mapreduce-client-core-");
        long wholeBytes = 0;
        long slimBytes = 0;
        for (Path slim : shrunkJars()) {
            Path whole = classPath.stream().map(Path::of).filter(p -> p.getFileName().equals(slim.getFileName()))
                    .findFirst().orElseThrow();
            Set<String> before = entries(whole);
            Set<String> after = entries(slim);
            assertThat(before).containsAll(after);
            assertThat(classes(after)).hasSizeLessThan(classes(before).size() * 3 / 4);
            // what is not a class stays: the default configurations, services, licences, the manifest
            assertThat(after).containsAll(before.stream().filter(name -> !name.endsWith(".class")).toList());
            wholeBytes += Files.size(whole);
            slimBytes += Files.size(slim);
        }
        assertThat(slimBytes).isLessThan(wholeBytes * 2 / 3);
        Set<String> kept = new java.util.HashSet<>();
        for (Path slim : shrunkJars()) {
            kept.addAll(entries(slim));
        }
        // the classes a Parquet import loads (the packaged app's class list) and the configuration its writer names;
        // written with ':' here, since this test's own class is on the class path SlimJars scans
        assertThat(kept).contains(names(
                "org:apache:hadoop:mapreduce:lib:input:FileInputFormat",
                "org:apache:hadoop:mapreduce:InputFormat",
                "org:apache:hadoop:mapreduce:RecordReader",
                "org:apache:hadoop:mapreduce:MRJobConfig",
                "org:apache:hadoop:fs:PathFilter",
                "org:apache:hadoop:fs:LocatedFileStatus",
                "org:apache:hadoop:io:Writable",
                "org:apache:hadoop:conf:Configuration"));
        // and not, for instance, the administration of highly available Hadoop services, which nothing else names
        assertThat(kept).doesNotContain(names("org:apache:hadoop:ha:HAAdmin", "org:apache:hadoop:ha:ActiveStandbyElector"));
    }

    @Test
    void runningItAgainKeepsEveryClass() throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "packaging/SlimJars.java", input.toString()));
        command.addAll(PREFIXES);
        Set<String> before = new java.util.HashSet<>();
        for (Path slim : shrunkJars()) {
            before.addAll(entries(slim));
        }

        Run again = run(command);

        assertThat(again.exit).as(again.output).isZero();
        Set<String> after = new java.util.HashSet<>();
        for (Path slim : shrunkJars()) {
            after.addAll(entries(slim));
        }
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theParquetTestsPassWithTheShrunkJars() throws Exception {
        List<String> slimPath = classPath.stream().map(entry -> {
            Path path = Path.of(entry);
            return shrunk(path) ? input.resolve(path.getFileName()).toString() : entry;
        }).toList();

        Run probe = probe(slimPath, PARQUET_TESTS);

        assertThat(probe.exit).as(probe.output).isZero();
        assertThat(probe.output).contains("0 failed").doesNotContain("NoClassDefFoundError", "ClassNotFoundException");
    }

    @Test
    void theParquetTestsReachHadoopsClasses() throws Exception {
        List<String> noHadoop = classPath.stream().filter(entry -> !shrunk(Path.of(entry))).toList();

        Run probe = probe(noHadoop, List.of("app.vocero.contacts.read.ParquetRowReaderTest"));

        assertThat(probe.exit).as(probe.output).isNotZero();
        assertThat(probe.output).contains("org/apache/hadoop/");
    }

    private static Run probe(List<String> classPath, List<String> testClasses) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-Dfile.encoding=UTF-8",
                "-cp", String.join(File.pathSeparator, classPath), SlimJarsProbe.class.getName()));
        command.addAll(testClasses);
        return run(command);
    }

    /** A symbolic link, or a copy where links cannot be made (Windows without the right to make them). */
    private static void linkOrCopy(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException cannotLink) {
            try (var paths = Files.walk(target)) {
                for (Path from : (Iterable<Path>) paths::iterator) {
                    Path to = link.resolve(target.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
        }
    }

    private static String[] names(String... classes) {
        return java.util.Arrays.stream(classes).map(name -> name.replace(':', '/') + ".class").toArray(String[]::new);
    }

    private static boolean shrunk(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".jar") && PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static List<Path> shrunkJars() throws IOException {
        try (var files = Files.list(input)) {
            return files.filter(SlimJarsTest::shrunk).filter(p -> !Files.isSymbolicLink(p)).sorted().toList();
        }
    }

    private static Set<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).collect(Collectors.toSet());
        }
    }

    private static List<String> classes(Set<String> entries) {
        return entries.stream().filter(name -> name.endsWith(".class")).toList();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws Exception {
        Path log = Files.createTempFile(temp, "run", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
