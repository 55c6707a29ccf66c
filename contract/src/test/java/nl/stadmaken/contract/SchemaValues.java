package nl.stadmaken.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values that a request schema of {@code openapi.yaml} allows: objects with their required and some optional
 * properties, numbers inside their range, strings of the right format and length. Where the schema has a pattern
 * (ids, codes), values the sample events used for the same field are taken, so more requests get past validation.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenApiContract contract;
    private final SampleSeeds seeds;

    SchemaValues(OpenApiContract contract, SampleSeeds seeds) {
        this.contract = contract;
        this.seeds = seeds;
    }

    Arbitrary<JsonNode> of(JsonNode schema, String field) {
        JsonNode resolved = contract.resolve(schema);
        if (resolved.has("const")) {
            return Arbitraries.just(resolved.get("const"));
        }
        if (resolved.has("enum")) {
            List<JsonNode> choices = new ArrayList<>();
            resolved.get("enum").forEach(choices::add);
            return Arbitraries.of(choices);
        }
        if (resolved.has("allOf") || resolved.has("anyOf") || resolved.has("properties")) {
            return object(resolved);
        }
        return switch (resolved.path("type").asString("")) {
            case "array" -> array(resolved, field);
            // A map (only additionalProperties): an empty one is always of the right type.
            case "object" -> object(resolved);
            // Small numbers: a count of voting codes makes that many items, and every item makes the tables slower to compare.
            case "integer" -> Arbitraries.longs().between(resolved.path("minimum").asLong(0), Math.min(resolved.path("maximum").asLong(50), 50))
                    .map(NODES::numberNode);
            case "number" -> Arbitraries.doubles().between(0, 1).map(NODES::numberNode);
            case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            default -> text(resolved, field).map(NODES::stringNode);
        };
    }

    private Arbitrary<JsonNode> object(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        collect(schema, properties, required);
        List<Arbitrary<Map.Entry<String, JsonNode>>> parts = new ArrayList<>();
        properties.forEach((name, property) -> {
            Arbitrary<Map.Entry<String, JsonNode>> value = of(property, name).map(v -> Map.entry(name, v));
            parts.add(required.contains(name) ? value : value.injectNull(0.5));
        });
        return Combinators.combine(parts).as(entries -> {
            ObjectNode object = NODES.objectNode();
            entries.stream().filter(e -> e != null).forEach(e -> object.set(e.getKey(), e.getValue()));
            return object;
        });
    }

    /** Properties and required names of a schema and of the branches it combines (for anyOf, the first). */
    private void collect(JsonNode schema, Map<String, JsonNode> properties, Set<String> required) {
        JsonNode resolved = contract.resolve(schema);
        resolved.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
        resolved.path("required").forEach(name -> required.add(name.asString()));
        resolved.path("allOf").forEach(branch -> collect(branch, properties, required));
        if (resolved.has("anyOf")) {
            collect(resolved.get("anyOf").get(0), properties, required);
        }
    }

    private Arbitrary<JsonNode> array(JsonNode schema, String field) {
        int max = Math.min(schema.path("maxItems").asInt(3), 3);
        return of(schema.path("items"), field).list().ofMaxSize(max).uniqueElements().map(items -> {
            var array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
    }

    private Arbitrary<String> text(JsonNode schema, String field) {
        List<String> known = seeds.texts(field);
        String format = schema.path("format").asString("");
        Arbitrary<String> made = switch (format) {
            case "date" -> Arbitraries.integers().between(1, 28).map(day -> "2027-04-%02d".formatted(day));
            case "date-time" -> Arbitraries.integers().between(0, 23).map(hour -> "2027-04-01T%02d:00:00+02:00".formatted(hour));
            case "email" -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).map(name -> name + "@example.nl");
            default -> Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-').ofMinLength(1)
                    .ofMaxLength(Math.min(schema.path("maxLength").asInt(30), 30));
        };
        if (known.isEmpty()) {
            return made;
        }
        return schema.has("pattern") ? Arbitraries.of(known) : Arbitraries.oneOf(Arbitraries.of(known), made);
    }
}
