package nl.stadmaken.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A function's sample events in {@code events/<folder>/}: the HTTP ones are replayed through its handler in a given
 * order with the status each must give; scheduled ones ({@code schedule-*.json}) are left to the job's own test.
 */
public record SampleEvents(Path folder) {

    public static SampleEvents of(String folder) {
        return new SampleEvents(RepositoryPaths.root().resolve("events").resolve(folder));
    }

    /** Case names with their expected status, in replay order: {@code cases("create", 201, "get", 200)}. */
    public static Map<String, Integer> cases(Object... pairs) {
        Map<String, Integer> cases = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cases.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return cases;
    }

    public String read(String name) {
        try {
            return Files.readString(folder.resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("no sample event " + name + " in " + folder, e);
        }
    }

    public Set<String> httpEventNames() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.startsWith("schedule-"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** The route keys the HTTP events call. */
    public Set<String> routeKeys() {
        return httpEventNames().stream().map(name -> JsonTrees.read(read(name)).path("routeKey").asText())
                .collect(Collectors.toSet());
    }

    /**
     * Replays {@code cases} in order through {@code handler}: each must give its status, and every error must be
     * problem+json. {@code after} runs a step after the case of that name (time passing, a code being stored).
     */
    public void replay(RequestStreamHandler handler, String functionName, Map<String, Integer> cases, Map<String, Runnable> after) {
        for (Map.Entry<String, Integer> sample : cases.entrySet()) {
            LambdaInvoker.Response response = LambdaInvoker.invoke(handler, functionName, read(sample.getKey()));

            assertEquals((int) sample.getValue(), response.status(), sample.getKey() + ": " + response.body());
            if (response.status() >= 400) {
                assertEquals("application/problem+json", response.contentType(), sample.getKey());
            }
            after.getOrDefault(sample.getKey(), () -> { }).run();
        }
    }
}
