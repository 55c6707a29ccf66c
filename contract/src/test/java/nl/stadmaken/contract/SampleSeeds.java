package nl.stadmaken.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.stadmaken.testkit.RepositoryPaths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a function's sample events know, as seeds for the fuzzer: the bodies sent per route, the path and query values
 * used, and every text value by field name (ids, codes, wijk codes that pass the domain's checks). Values learned
 * while setting up (tokens handed out) are added with {@link #learn}.
 */
final class SampleSeeds {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A sample event's own path and query parameters, and its JSON object body (null without one). */
    record SampleCall(Map<String, String> pathParameters, Map<String, String> query, JsonNode body) {
        SampleCall {
            pathParameters = Collections.unmodifiableMap(pathParameters);
            query = Collections.unmodifiableMap(query);
        }
    }

    private final Map<String, List<SampleCall>> calls = new LinkedHashMap<>();
    private final Map<String, Set<String>> pathValues = new LinkedHashMap<>();
    private final Map<String, Set<String>> queryValues = new LinkedHashMap<>();
    private final Map<String, Set<String>> texts = new LinkedHashMap<>();

    static SampleSeeds of(String eventFolder) {
        SampleSeeds seeds = new SampleSeeds();
        Path folder = RepositoryPaths.root().resolve("events").resolve(eventFolder);
        try (Stream<Path> files = Files.list(folder)) {
            // Samples of malformed bodies are left out as seeds: the fuzzer makes its own, one fault at a time.
            for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("malformed")).sorted().toList()) {
                seeds.read(JSON.readTree(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }

    private void read(JsonNode event) {
        String routeKey = event.path("routeKey").asString("");
        if (routeKey.isEmpty()) {
            return;
        }
        // In the sample's order, so the sweep goes the same way every run.
        Map<String, String> path = new LinkedHashMap<>();
        event.path("pathParameters").properties().forEach(p -> path.put(p.getKey(), p.getValue().asString()));
        Map<String, String> query = new LinkedHashMap<>();
        event.path("queryStringParameters").properties().forEach(p -> query.put(p.getKey(), p.getValue().asString()));
        path.forEach((name, value) -> add(pathValues, name, value));
        query.forEach((name, value) -> add(queryValues, name, value));
        String body = event.path("body").asString("");
        if (body.isEmpty() || event.path("isBase64Encoded").asBoolean(false)) {
            if (body.isEmpty()) {
                calls.computeIfAbsent(routeKey, key -> new ArrayList<>()).add(new SampleCall(path, query, null));
            }
            return;
        }
        try {
            JsonNode parsed = JSON.readTree(body);
            if (parsed.isObject()) {
                calls.computeIfAbsent(routeKey, key -> new ArrayList<>()).add(new SampleCall(path, query, parsed));
                collectTexts(parsed);
            }
        } catch (RuntimeException notJson) {
            // a sample of a malformed body; the fuzzer makes its own
        }
    }

    private void collectTexts(JsonNode node) {
        node.properties().forEach(p -> {
            if (p.getValue().isString()) {
                add(texts, p.getKey(), p.getValue().asString());
            } else if (p.getValue().isArray()) {
                p.getValue().forEach(item -> {
                    if (item.isString()) {
                        add(texts, p.getKey(), item.asString());
                    }
                });
            }
            if (p.getValue().isContainer()) {
                collectTexts(p.getValue());
            }
        });
    }

    /** A value handed out during set-up (a token, an id) that later requests may use in a field or the path. */
    void learn(String name, String value) {
        add(texts, name, value);
        add(pathValues, name, value);
    }

    List<JsonNode> bodies(String routeKey) {
        return calls(routeKey).stream().map(SampleCall::body).filter(Objects::nonNull).toList();
    }

    /** The samples of a route, without a body or with a JSON object, in file order. */
    List<SampleCall> calls(String routeKey) {
        return calls.getOrDefault(routeKey, List.of());
    }

    List<String> pathValues(String name) {
        return List.copyOf(pathValues.getOrDefault(name, Set.of()));
    }

    Map<String, Set<String>> queryValues() {
        return queryValues;
    }

    List<String> texts(String field) {
        return List.copyOf(texts.getOrDefault(field, Set.of()));
    }

    private static void add(Map<String, Set<String>> values, String name, String value) {
        values.computeIfAbsent(name, key -> new LinkedHashSet<>()).add(value);
    }
}
