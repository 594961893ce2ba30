import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build tool (run by Maven at prepare-package, not part of Vocero): rewrites a jar of old class files (picocli's are
 * Java 5, class version 49) in place as Java 17 class files with stack map frames, the same code otherwise. A class
 * data-sharing archive cannot hold classes older than version 50, so picocli's ~200 classes were parsed and verified
 * with the old verifier at every command's start; rewritten, they are archived and linked ahead of time like the rest.
 * Usage: java -cp asm.jar src/build/ModernBytecode.java JAR...
 */
public final class ModernBytecode {

    private static final int TARGET = Opcodes.V17;

    public static void main(String[] args) throws IOException {
        for (String name : args) {
            modernize(Path.of(name));
        }
    }

    private static void modernize(Path jar) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".tmp");
        int changed = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ModernBytecode.class.getClassLoader());
             JarFile in = new JarFile(jar.toFile());
             OutputStream file = Files.newOutputStream(rewritten);
             JarOutputStream out = new JarOutputStream(file)) {
            for (JarEntry entry : Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream read = in.getInputStream(entry)) {
                    bytes = read.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && !entry.getName().contains("module-info")
                        && !entry.getName().startsWith("META-INF/versions/") && major(bytes) < 50) {
                    bytes = rewrite(bytes, classes);
                    changed++;
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (changed == 0) {
            Files.delete(rewritten);
        } else {
            Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("ModernBytecode: " + jar.getFileName() + ": " + changed + " classes rewritten as Java 17");
    }

    private static int major(byte[] bytes) {
        return ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    }

    private static byte[] rewrite(byte[] bytes, ClassLoader classes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes; // the frames' common superclasses are looked up among the jar's own classes too
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(TARGET, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
