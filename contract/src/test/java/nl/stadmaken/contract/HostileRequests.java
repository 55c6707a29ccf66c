package nl.stadmaken.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests for one function's routes, from the schema and beyond it: path parameters that exist or are hostile, query
 * parameters, and bodies that are valid, valid but for one field (missing, extra, wrong type, out of range, too long,
 * control characters, lone surrogates, hostile text), duplicated keys, not an object at all, wrongly encoded or huge.
 */
final class HostileRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}+]+)\\+?}");
    /** Stands where a raw JSON value is put into the written body. */
    private static final String HOLE = "@@HOSTILE@@";

    private record Body(String text, boolean base64, String contentType, String fault, String field) {
        static final Body NONE = new Body(null, false, null, "no body", null);
    }

    /** A place in a body, by its JSON path and the steps (names and indexes) that lead there, so copies can be changed. */
    private record Spot(String path, List<Object> steps) {

        Object last() {
            return steps.get(steps.size() - 1);
        }

        JsonNode nodeIn(JsonNode root) {
            JsonNode node = root;
            for (Object step : steps) {
                node = step instanceof String name ? node.get(name) : node.get((Integer) step);
            }
            return node;
        }

        JsonNode parentIn(JsonNode root) {
            return new Spot(path, steps.subList(0, steps.size() - 1)).nodeIn(root);
        }

        void fill(JsonNode root) {
            JsonNode parent = parentIn(root);
            if (last() instanceof String name) {
                ((ObjectNode) parent).put(name, HOLE);
            } else {
                ((ArrayNode) parent).set((Integer) last(), JSON.getNodeFactory().stringNode(HOLE));
            }
        }
    }

    private final OpenApiContract contract;
    private final SampleSeeds seeds;
    private final SchemaValues schemas;

    HostileRequests(OpenApiContract contract, SampleSeeds seeds) {
        this.contract = contract;
        this.seeds = seeds;
        this.schemas = new SchemaValues(contract, seeds);
    }

    Arbitrary<HostileRequest> forRoute(String routeKey) {
        boolean write = !routeKey.startsWith("GET ");
        Arbitrary<Body> body = write ? bodies(routeKey) : Arbitraries.just(Body.NONE);
        Arbitrary<String> key = write ? idempotencyKeys().injectNull(0.7) : Arbitraries.just(null);
        Arbitrary<String> source = Arbitraries.longs().between(1, 0xFFFF_FFFFL).map(n -> "2001:db8::" + Long.toHexString(n));
        return Combinators.combine(pathParameters(routeKey), query(routeKey), body, key, source).as((path, query, b, k, ip) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            if (b.contentType() != null) {
                headers.put("content-type", b.contentType());
            }
            if (k != null) {
                headers.put("idempotency-key", k);
            }
            return new HostileRequest(routeKey, path, query, headers, b.text(), b.base64(), ip, b.fault(), b.field());
        });
    }

    /** What the sweep puts in place of each field in turn, as raw JSON, by what it is. */
    private static final Map<String, String> SWEEP_VALUES = sweepValues();

    private static Map<String, String> sweepValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("null", "null");
        values.put("empty text", "\"\"");
        values.put("zero", "0");
        values.put("minus one", "-1");
        values.put("empty list", "[]");
        values.put("list of null", "[null]");
        values.put("empty object", "{}");
        return values;
    }

    /** What the sweep puts in place of each path parameter in turn. */
    private static final List<String> SWEEP_PATH_VALUES = List.of("", " ", "x".repeat(300), "a\u0000b", "../x", "a/b", "null",
            "Ünïcødé", "#a = :b", "TRAJ#x");

    /** What the sweep puts in place of each query parameter in turn (or leaves it out, as null). */
    private static final List<String> SWEEP_QUERY_VALUES = Arrays.asList(null, "", " ", "0", "-1", "null",
            "x".repeat(2_000), "a\u0000b", "2027-02-30", "9999-12-31", "[]");

    /**
     * A sweep, not a sample: each sample body of the route with one field taken out, and with one field replaced by
     * another kind of value and by each of {@link #SWEEP_VALUES}, field by field, and each query parameter left out or
     * replaced by each of {@link #SWEEP_QUERY_VALUES}, on the sample's own path; and each path parameter replaced by
     * each of {@link #SWEEP_PATH_VALUES}, with the sample's query and body. {@code sources} gives each request its own
     * address.
     */
    List<HostileRequest> eachFieldInTurn(String routeKey, Iterator<String> sources) {
        List<HostileRequest> requests = new ArrayList<>();
        for (SampleSeeds.SampleCall call : seeds.calls(routeKey)) {
            String sampleBody = call.body() == null ? null : JSON.writeValueAsString(call.body());
            Map<String, String> headers = call.body() == null ? Map.of() : Map.of("content-type", "application/json");
            for (String name : call.pathParameters().keySet()) {
                for (String value : SWEEP_PATH_VALUES) {
                    Map<String, String> path = new LinkedHashMap<>(call.pathParameters());
                    path.put(name, value);
                    requests.add(new HostileRequest(routeKey, path, call.query(), headers, sampleBody, false, sources.next(),
                            "swept path " + name, null));
                }
            }
            for (String name : call.query().keySet()) {
                for (String value : SWEEP_QUERY_VALUES) {
                    Map<String, String> query = new LinkedHashMap<>(call.query());
                    if (value == null) {
                        query.remove(name);
                    } else {
                        query.put(name, value);
                    }
                    requests.add(new HostileRequest(routeKey, call.pathParameters(), query, headers, sampleBody, false, sources.next(),
                            (value == null ? "missing" : "swept") + " query " + name, null));
                }
            }
            if (call.body() == null) {
                continue;
            }
            List<Spot> spots = new ArrayList<>();
            spots(call.body(), "", List.of(), spots);
            for (Spot spot : spots) {
                List<Body> bodies = new ArrayList<>();
                JsonNode missing = call.body().deepCopy();
                if (spot.last() instanceof String name) {
                    ((ObjectNode) spot.parentIn(missing)).remove(name);
                } else {
                    ((ArrayNode) spot.parentIn(missing)).remove((int) (Integer) spot.last());
                }
                bodies.add(new Body(JSON.writeValueAsString(missing), false, "application/json", "missing " + spot.path(), null));
                JsonNode holed = call.body().deepCopy();
                spot.fill(holed);
                bodies.add(write(holed, otherKind(spot.nodeIn(call.body())), "other kind at " + spot.path(), null));
                SWEEP_VALUES.forEach((what, json) -> bodies.add(write(holed, json, what + " at " + spot.path(), null)));
                for (Body body : bodies) {
                    requests.add(new HostileRequest(routeKey, call.pathParameters(), call.query(), headers,
                            body.text(), false, sources.next(), body.fault(), null));
                }
            }
        }
        return requests;
    }

    /** A value of another JSON kind than {@code node}'s: text for a number, a number for text, and so on. */
    private static String otherKind(JsonNode node) {
        if (node.isString()) {
            return "123";
        }
        if (node.isNumber()) {
            return "\"7\"";
        }
        if (node.isBoolean()) {
            return "\"true\"";
        }
        return node.isArray() ? "{}" : "[]";
    }

    private Arbitrary<Map<String, String>> pathParameters(String routeKey) {
        Matcher variables = PATH_VARIABLE.matcher(routeKey);
        List<Arbitrary<Map.Entry<String, String>>> parts = new ArrayList<>();
        while (variables.find()) {
            String name = variables.group(1);
            List<String> known = seeds.pathValues(name);
            Arbitrary<String> value = known.isEmpty() ? HostileValues.strings()
                    : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(known)), Tuple.of(2, HostileValues.strings()));
            parts.add(value.map(v -> Map.entry(name, v)));
        }
        return Combinators.combine(parts).as(HostileRequests::toMap);
    }

    private Arbitrary<Map<String, String>> query(String routeKey) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        if (contract.declares(routeKey)) {
            contract.queryParameters(routeKey).forEach((name, schema) -> {
                List<String> known = new ArrayList<>(seeds.queryValues().getOrDefault(name, java.util.Set.of()));
                schema.path("enum").forEach(value -> known.add(value.asString()));
                names.put(name, known);
            });
        } else {
            seeds.queryValues().forEach((name, values) -> names.put(name, List.copyOf(values)));
        }
        if (!routeKey.startsWith("GET ")) {
            return Arbitraries.just(Map.of());
        }
        List<Arbitrary<Map.Entry<String, String>>> parts = new ArrayList<>();
        names.forEach((name, known) -> {
            Arbitrary<String> value = known.isEmpty() ? HostileValues.strings()
                    : Arbitraries.oneOf(Arbitraries.of(known), HostileValues.strings());
            parts.add(value.map(v -> Map.entry(name, v)).injectNull(0.4));
        });
        parts.add(HostileValues.strings().map(v -> Map.entry("unexpected", v)).injectNull(0.8));
        return Combinators.combine(parts).as(HostileRequests::toMap);
    }

    private Arbitrary<Body> bodies(String routeKey) {
        List<Arbitrary<JsonNode>> sources = new ArrayList<>();
        if (!seeds.bodies(routeKey).isEmpty()) {
            sources.add(Arbitraries.of(seeds.bodies(routeKey)));
        }
        Optional<JsonNode> schema = contract.declares(routeKey) ? contract.requestSchema(routeKey) : Optional.empty();
        schema.ifPresent(s -> sources.add(schemas.of(s, "body")));
        if (sources.isEmpty()) {
            sources.add(Arbitraries.just(JSON.createObjectNode()));
        }
        Arbitrary<JsonNode> seed = Arbitraries.oneOf(sources).map(JsonNode::deepCopy);
        return Arbitraries.frequencyOf(
                Tuple.of(2, seed.map(object -> new Body(JSON.writeValueAsString(object), false, "application/json", "valid", null))),
                Tuple.of(7, seed.flatMap(this::oneFieldWrong)),
                Tuple.of(2, HostileValues.wholeBodies().map(text -> new Body(text, false, "application/json", "not an object", null))),
                Tuple.of(2, seed.flatMap(HostileRequests::encodings)));
    }

    /** The body with one field made wrong; {@code field} names it where a refusal should say which field it was. */
    private Arbitrary<Body> oneFieldWrong(JsonNode object) {
        List<Spot> spots = new ArrayList<>();
        spots(object, "", List.of(), spots);
        List<Spot> containers = new ArrayList<>(List.of(new Spot("", List.of())));
        spots.stream().filter(s -> s.nodeIn(object).isObject()).forEach(containers::add);
        Arbitrary<Body> extra = Combinators.combine(Arbitraries.of(containers), jsonText()).as((container, value) -> {
            JsonNode copy = object.deepCopy();
            ((ObjectNode) container.nodeIn(copy)).put("unexpected", HOLE);
            return write(copy, value, "extra field", container.path().isEmpty() ? "unexpected" : container.path() + ".unexpected");
        });
        if (spots.isEmpty()) {
            return extra;
        }
        Arbitrary<Spot> spot = Arbitraries.of(spots);
        return Arbitraries.frequencyOf(
                Tuple.of(1, extra),
                Tuple.of(2, spot.map(s -> {
                    JsonNode copy = object.deepCopy();
                    JsonNode parent = s.parentIn(copy);
                    if (s.last() instanceof String name) {
                        ((ObjectNode) parent).remove(name);
                        return new Body(JSON.writeValueAsString(copy), false, "application/json", "missing field", null);
                    }
                    ((ArrayNode) parent).remove((int) (Integer) s.last());
                    return new Body(JSON.writeValueAsString(copy), false, "application/json", "missing item", null);
                })),
                Tuple.of(6, Combinators.combine(spot, wrongValues()).as((s, wrong) -> {
                    JsonNode copy = object.deepCopy();
                    String before = kind(s.nodeIn(copy));
                    s.fill(copy);
                    boolean refused = wrong.alwaysRefused()
                            || (wrong.kind().equals("wrong type") && !before.equals(kind(JSON.readTree(wrong.json()))));
                    return write(copy, wrong.json(), wrong.kind(), refused ? s.path() : null);
                })),
                Tuple.of(1, spot.filter(s -> s.last() instanceof String).map(s -> {
                    JsonNode copy = object.deepCopy();
                    String original = JSON.writeValueAsString(s.nodeIn(copy));
                    s.fill(copy);
                    return write(copy, original + ",\"" + s.last() + "\":\"again\"", "duplicate key", null);
                })));
    }

    /** A wrong value as raw JSON, what kind of wrong it is, and whether every field would refuse it. */
    private record Wrong(String kind, String json, boolean alwaysRefused) {
    }

    private static Arbitrary<Wrong> wrongValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, jsonText().map(v -> new Wrong("wrong type", v, false))),
                Tuple.of(1, Arbitraries.just(new Wrong("null", "null", false))),
                Tuple.of(3, HostileValues.wrongNumbers().map(v -> new Wrong("number out of range", v, true))),
                Tuple.of(1, HostileValues.edgeNumbers().map(v -> new Wrong("edge number", v, false))),
                Tuple.of(2, Arbitraries.of(201, 4_001, 70_000).map(n -> new Wrong("long text", "\"" + "x".repeat(n) + "\"", false))),
                Tuple.of(2, Arbitraries.of("\"a\\u0000b\"", "\"\\u001b[31m\"", "\"\\u0007\"").map(v -> new Wrong("control characters", v, true))),
                Tuple.of(1, Arbitraries.of("\"x\\r\\ny\"", "\" \\t \"").map(v -> new Wrong("line breaks", v, false))),
                Tuple.of(2, Arbitraries.of("\"\\ud800\"", "\"a\\udfffb\"", "\"\\udbff\\udbff\"").map(v -> new Wrong("lone surrogate", v, true))),
                Tuple.of(3, HostileValues.strings().map(v -> new Wrong("hostile text", JSON.writeValueAsString(v), false))));
    }

    /** JSON kinds as the binding sees them: a whole number and a fraction are different kinds. */
    private static String kind(JsonNode node) {
        if (node.isIntegralNumber()) {
            return "integer";
        }
        return node.getNodeType().name();
    }

    private static Arbitrary<String> jsonText() {
        return Arbitraries.of("\"text\"", "\"\"", "123", "-5", "1.5", "true", "false", "[]", "[1,2]", "[\"a\",\"a\"]", "{}", "{\"a\":1}");
    }

    private static Arbitrary<Body> encodings(JsonNode object) {
        String text = JSON.writeValueAsString(object);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Arbitraries.of(
                new Body(Base64.getEncoder().encodeToString(bytes), true, "application/json", "base64 body", null),
                new Body(Base64.getEncoder().encodeToString(invalidUtf8(bytes)), true, "application/json", "invalid UTF-8", null),
                new Body("not*base64!", true, "application/json", "bad base64", null),
                new Body(text, false, null, "no content type", null),
                new Body(text, false, "text/plain", "wrong media type", null),
                new Body(text, false, "application/xml", "wrong media type", null),
                new Body(text, false, "application/json; charset=iso-8859-1", "wrong charset", null),
                new Body(text, false, "APPLICATION/JSON; Charset=UTF-8", "media type in capitals", null),
                new Body(text, false, "application/merge-patch+json", "other JSON media type", null));
    }

    private static byte[] invalidUtf8(byte[] bytes) {
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length / 2);
        broken[bytes.length / 2] = (byte) 0xC3;
        broken[bytes.length / 2 + 1] = (byte) 0x28;
        System.arraycopy(bytes, bytes.length / 2, broken, bytes.length / 2 + 2, bytes.length - bytes.length / 2);
        return broken;
    }

    private static void spots(JsonNode node, String path, List<Object> steps, List<Spot> spots) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                Spot spot = new Spot(path.isEmpty() ? name : path + "." + name, append(steps, name));
                spots.add(spot);
                spots(node.get(name), spot.path(), spot.steps(), spots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Spot spot = new Spot(path + "[" + i + "]", append(steps, i));
                spots.add(spot);
                spots(node.get(i), spot.path(), spot.steps(), spots);
            }
        }
    }

    private static List<Object> append(List<Object> steps, Object step) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static Body write(JsonNode object, String rawValue, String fault, String field) {
        String text = JSON.writeValueAsString(object).replace("\"" + HOLE + "\"", rawValue);
        return new Body(text, false, "application/json", fault, field);
    }

    private static Map<String, String> toMap(List<Map.Entry<String, String>> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        entries.stream().filter(e -> e != null).forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private static Arbitrary<String> idempotencyKeys() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(8).ofMaxLength(36)),
                Tuple.of(1, Arbitraries.of("", " ", "x".repeat(129), "ключ", "a b", "a\u0000b", "#a = :b")));
    }
}
