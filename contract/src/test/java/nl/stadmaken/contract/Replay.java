package nl.stadmaken.contract;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.HttpApiEvents;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.RepositoryPaths;

/**
 * Sends a function's sample events (and a few calls of its own) to its handler in order, and notes every answer
 * whose status is not the one expected or that {@code openapi.yaml} does not describe.
 */
final class Replay {

    private final RequestStreamHandler handler;
    private final String functionName;
    private final Set<String> routeKeys;
    private final Path folder;
    private final ResponseConformance conformance;
    private final List<String> findings = new ArrayList<>();
    private final Set<String> replayed = new HashSet<>();

    Replay(RequestStreamHandler handler, String functionName, Set<String> routeKeys, String eventFolder,
           ResponseConformance conformance) {
        this.handler = handler;
        this.functionName = functionName;
        this.routeKeys = routeKeys;
        this.folder = RepositoryPaths.root().resolve("events").resolve(eventFolder);
        this.conformance = conformance;
    }

    /** Replays {@code events/<folder>/<name>.json}. */
    LambdaInvoker.Response event(String name, int expectedStatus) {
        try {
            String event = Files.readString(folder.resolve(name + ".json"));
            String routeKey = JsonTrees.read(event).path("routeKey").asText();
            LambdaInvoker.Response response = LambdaInvoker.invoke(handler, functionName, event);
            note(name, routeKey, response, expectedStatus);
            replayed.add(name);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A call that no sample event makes, such as one with a token an earlier answer gave. */
    LambdaInvoker.Response call(String method, String pathAndQuery, String body, Map<String, String> claims, int expectedStatus) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String routeKey = routeKeys.stream()
                .filter(key -> key.startsWith(method + " ") && HttpApiEvents.match(key.substring(method.length() + 1), path) != null)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no route for " + method + " " + path));
        LambdaInvoker.Response response = new HandlerClient(handler, functionName, List.of(routeKey))
                .call(method, pathAndQuery, body, Map.of(), claims);
        note(method + " " + pathAndQuery, routeKey, response, expectedStatus);
        return response;
    }

    /** What went against expectation or contract so far; empty when all is well. */
    List<String> findings() {
        return List.copyOf(findings);
    }

    /** The sample events of the folder that were not replayed. */
    Set<String> notReplayed() {
        Set<String> left = new TreeSet<>(httpEvents());
        left.removeAll(replayed);
        return left;
    }

    private void note(String what, String routeKey, LambdaInvoker.Response response, int expectedStatus) {
        if (response.status() != expectedStatus) {
            findings.add(what + ": expected " + expectedStatus + " but got " + response.status() + " " + response.body());
        }
        conformance.check(routeKey, response).forEach(problem -> findings.add(what + ": " + problem));
    }

    /** The events that are HTTP API requests; scheduled events have no route. */
    private Set<String> httpEvents() {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new TreeSet<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                if (JsonTrees.read(Files.readString(file)).has("routeKey")) {
                    String name = file.getFileName().toString();
                    names.add(name.substring(0, name.length() - ".json".length()));
                }
            }
            return names;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("an event in " + folder + " is not JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
