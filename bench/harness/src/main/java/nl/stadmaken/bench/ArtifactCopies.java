package nl.stadmaken.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;

/**
 * Private copies of the artifacts under test: a build elsewhere in the work tree may rewrite a function's jar while
 * the benchmark runs, and a child JVM must never start from a half-written one.
 */
final class ArtifactCopies {

    private static final int ATTEMPTS = 10;

    private final Path directory;

    ArtifactCopies(Path directory) {
        this.directory = directory;
    }

    /** A copy of {@code artifact} that holds {@code handlerClass}, taken again while the original is being written. */
    Path copy(Path artifact, String handlerClass) {
        Path copy = directory.resolve(artifact.getFileName());
        String entry = handlerClass.replace('.', '/') + ".class";
        try {
            Files.createDirectories(directory);
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                if (!Files.isRegularFile(artifact)) {
                    throw new IllegalStateException("no artifact at " + artifact + " (build it first: mvn package)");
                }
                Files.copy(artifact, copy, StandardCopyOption.REPLACE_EXISTING);
                if (holds(copy, entry)) {
                    return copy;
                }
                Thread.sleep(3_000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + artifact, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        throw new IllegalStateException(artifact + " stayed incomplete (no " + entry + ")");
    }

    private static boolean holds(Path jar, String entry) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry(entry) != null && file.getEntry("com/amazonaws/services/lambda/runtime/Context.class") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
