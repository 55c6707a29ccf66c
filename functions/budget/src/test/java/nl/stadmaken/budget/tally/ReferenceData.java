package nl.stadmaken.budget.tally;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.stadmaken.budget.tally.pabulib.PabulibInstance;
import nl.stadmaken.budget.tally.pabulib.PabulibReader;

/** The real Pabulib instances in the shared data folder and their reference winners (expected.json). */
public final class ReferenceData {

    private static final Map<String, PabulibInstance> INSTANCES = new ConcurrentHashMap<>();

    private ReferenceData() {
    }

    /** From the repository's sibling shared folder, or from STADMAKEN_SHARED_DIR. */
    public static Path directory() {
        String repoDir = System.getProperty("stadmaken.repoDir");
        Path fromRepo = repoDir == null ? null : Path.of(repoDir).resolve("../shared/data/pabulib").normalize();
        if (fromRepo != null && Files.isDirectory(fromRepo)) {
            return fromRepo;
        }
        String sharedDir = System.getenv("STADMAKEN_SHARED_DIR");
        Path fromEnv = sharedDir == null ? null : Path.of(sharedDir).resolve("data/pabulib");
        if (fromEnv != null && Files.isDirectory(fromEnv)) {
            return fromEnv;
        }
        throw new IllegalStateException("no Pabulib data: looked in " + fromRepo + " (stadmaken.repoDir) and "
                + fromEnv + " (STADMAKEN_SHARED_DIR)");
    }

    public static Path file(String name) {
        return directory().resolve(name);
    }

    public static PabulibInstance instance(String name) {
        return INSTANCES.computeIfAbsent(name, key -> {
            try {
                return PabulibReader.read(file(key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static BallotBox ballotBox(String name) {
        return instance(name).toBallotBox();
    }

    /** File name to rule name to winners in selection order. */
    public static Map<String, Map<String, List<String>>> expectedWinners() {
        try {
            return new ObjectMapper().readValue(file("expected.json").toFile(),
                    new TypeReference<LinkedHashMap<String, Map<String, List<String>>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> instanceNames() {
        return List.copyOf(expectedWinners().keySet());
    }
}
