import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Shrinks some jars of the packaged class path to the classes the rest of the class path can reach.
 *
 * <p>Why: parquet-hadoop names Hadoop classes even where Vocero reads and writes local files without Hadoop
 * ({@code LocalInputFile}, {@code PlainParquetConfiguration}, its own codecs: see STACK.md), so hadoop-common and
 * hadoop-mapreduce-client-core must be on the class path — 15 MB of classes, of which a Parquet import loads 11.
 * Hadoop's own code never runs in Vocero (its dependencies are excluded), so what the JVM may ask of these jars is
 * what the other classes name, and what those name in turn.
 *
 * <p>How, on purpose wider than the JVM's linking: every name of a class of the shrunk jars written anywhere in a
 * class file — class references, descriptors, signatures, annotations, string constants with slashes or dots (a
 * {@code Class.forName}) — or in another file of the class path up to {@value #LARGEST_SCANNED} bytes (service
 * files, properties), counts as a reference; the shrunk jars keep every class referenced that way from outside them,
 * transitively, and all their files that are not classes. Whatever is kept is byte for byte the original.
 *
 * <p>Usage: {@code java SlimJars.java FOLDER PREFIX...}: the jars in FOLDER (and its sub-folders; folders of classes
 * too) whose file name starts with a PREFIX are rewritten in place; every other jar or class folder there is the
 * rest of the class path. Run by the installer profile of the pom on {@code target/installer/input} and by
 * {@code SlimJarsTest}.
 */
public final class SlimJars {

    /** Files that are not classes are scanned up to this size; larger ones are native libraries and data. */
    static final int LARGEST_SCANNED = 1 << 20;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java SlimJars.java FOLDER PREFIX...");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        List<String> prefixes = List.of(args).subList(1, args.length);
        List<Path> shrunk = new ArrayList<>();
        List<Path> rest = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path path : paths.sorted().collect(Collectors.toList())) {
                String name = path.getFileName().toString();
                if (name.endsWith(".jar") && Files.isRegularFile(path)) {
                    (prefixes.stream().anyMatch(name::startsWith) ? shrunk : rest).add(path);
                } else if (name.endsWith(".class") && Files.isRegularFile(path)) {
                    rest.add(path);
                }
            }
        }
        if (shrunk.size() != prefixes.size()) {
            System.err.println("SlimJars: expected one jar for each of " + prefixes + " in " + folder + ", found " + shrunk);
            System.exit(1);
        }
        new SlimJars(shrunk).run(rest);
    }

    private final List<Path> jars;
    /** Class name (with slashes, no ".class") → the jar holding it, for the classes of the jars being shrunk. */
    private final Map<String, Path> classes = new HashMap<>();
    private final Pattern names;

    SlimJars(List<Path> jars) throws IOException {
        this.jars = jars;
        Set<String> packages = new TreeSet<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    String entry = e.nextElement().getName();
                    String name = className(entry);
                    if (name != null) {
                        classes.putIfAbsent(name, jar);
                        String[] parts = name.split("/");
                        // the first three levels (org/apache/hadoop), or fewer for a shallower class
                        packages.add(String.join("/", List.of(parts).subList(0, Math.min(3, parts.length - 1))));
                    }
                }
            }
        }
        // a name starts with one of those packages, its separators slashes or dots, and runs while it may be a name
        String alternatives = packages.stream()
                .map(p -> Stream.of(p.split("/")).map(Pattern::quote).collect(Collectors.joining("[/.]")))
                .collect(Collectors.joining("|"));
        names = Pattern.compile("(?:" + alternatives + ")[/.][A-Za-z0-9_$/.]*");
    }

    void run(List<Path> rest) throws IOException {
        Set<String> kept = new HashSet<>();
        Deque<String> toScan = new ArrayDeque<>();
        for (Path path : rest) {
            if (path.getFileName().toString().endsWith(".class")) {
                reach(Files.readAllBytes(path), kept, toScan);
                continue;
            }
            try (ZipFile zip = new ZipFile(path.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (!entry.isDirectory() && (entry.getName().endsWith(".class") || entry.getSize() <= LARGEST_SCANNED)) {
                        reach(read(zip, entry), kept, toScan);
                    }
                }
            }
        }
        Map<Path, ZipFile> open = new HashMap<>();
        try {
            while (!toScan.isEmpty()) {
                String name = toScan.pop();
                Path jar = classes.get(name);
                ZipFile zip = open.computeIfAbsent(jar, SlimJars::open);
                reach(read(zip, zip.getEntry(name + ".class")), kept, toScan);
            }
        } finally {
            for (ZipFile zip : open.values()) {
                zip.close();
            }
        }
        for (Path jar : jars) {
            rewrite(jar, kept);
        }
    }

    /** Adds to {@code kept} (and to the queue) every class of the shrunk jars these bytes name. */
    private void reach(byte[] bytes, Set<String> kept, Deque<String> toScan) {
        // ISO-8859-1 maps each byte to one char: names are ASCII, whatever surrounds them stays apart
        Matcher matcher = names.matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        while (matcher.find()) {
            String name = matcher.group().replace('.', '/');
            // "a/b/C", "a/b/C.class", "a/b/C/method" (a member written after its class): the longest that is a class
            while (true) {
                if (name.endsWith("/class")) {
                    name = name.substring(0, name.length() - "/class".length());
                }
                if (classes.containsKey(name)) {
                    if (kept.add(name)) {
                        toScan.push(name);
                    }
                    break;
                }
                int slash = name.lastIndexOf('/');
                if (slash <= 0) {
                    break;
                }
                name = name.substring(0, slash);
            }
        }
    }

    private void rewrite(Path jar, Set<String> kept) throws IOException {
        Path slim = jar.resolveSibling(jar.getFileName() + ".slim");
        int before = 0;
        int after = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slim))) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = className(entry.getName());
                if (name != null) {
                    before++;
                    if (!kept.contains(name) && !name.endsWith("/package-info") && !name.equals("module-info")) {
                        continue;
                    }
                    after++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        long sizeBefore = Files.size(jar);
        // a new file moved over the old name: a symbolic link there is replaced, never written through
        Files.move(slim, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("SlimJars: %s: %,d of %,d classes kept, %,d → %,d bytes%n",
                jar.getFileName(), after, before, sizeBefore, Files.size(jar));
    }

    /** The class an entry holds ("a/b/C" for "a/b/C.class" or a versioned "META-INF/versions/11/a/b/C.class"), else null. */
    static String className(String entry) {
        if (!entry.endsWith(".class")) {
            return null;
        }
        String name = entry.substring(0, entry.length() - ".class".length());
        if (name.startsWith("META-INF/versions/")) {
            int slash = name.indexOf('/', "META-INF/versions/".length());
            name = slash < 0 ? name : name.substring(slash + 1);
        }
        return name;
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(32, entry.getSize()));
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static ZipFile open(Path jar) {
        try {
            return new ZipFile(jar.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
