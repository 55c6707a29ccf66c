package nl.stadmaken.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and the shared data beside it are, whichever module a test or the runner starts from. */
public final class RepositoryPaths {

    private RepositoryPaths() {
    }

    public static Path root() {
        String configured = System.getProperty("stadmaken.repoDir");
        if (configured != null && Files.exists(Path.of(configured, "template.yaml"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("template.yaml")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository (template.yaml); set -Dstadmaken.repoDir");
    }

    /** The read-only data folder beside the repository ({@code ../shared/data}), or STADMAKEN_SHARED_DIR. */
    public static Path sharedData() {
        String configured = System.getenv("STADMAKEN_SHARED_DIR");
        Path shared = configured != null ? Path.of(configured) : root().resolve("../shared");
        return shared.resolve("data").normalize();
    }
}
