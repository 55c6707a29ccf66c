package nl.stadmaken.contract;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stadmaken.testkit.RepositoryPaths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code openapi.yaml} read as data: the routes it declares with who may call them, and for a route, status and media
 * type the response schema as a standalone JSON Schema 2020-12 document. The component schemas travel along as
 * {@code $defs}, so each schema's {@code #/components/schemas/...} references resolve inside that document.
 */
final class OpenApiContract {

    static final String STAFF_SCHEME = "staffJwt";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";

    private final JsonNode root;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private OpenApiContract(JsonNode root) {
        this.root = root;
    }

    static Path file() {
        return RepositoryPaths.root().resolve("openapi.yaml");
    }

    static OpenApiContract ofRepository() {
        return new OpenApiContract(new YAMLMapper().readTree(file().toFile()));
    }

    /** Every operation as {@code METHOD /path} with its access: {@code staff}, {@code public}, or what is unclear. */
    Map<String, String> routeAccess() {
        Map<String, String> routes = new LinkedHashMap<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                routes.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), access(operation.getValue()));
            }
        }));
        return routes;
    }

    /** Staff: the staff scheme is required (on the operation or by default). Public: the operation says {@code security: []}. */
    private String access(JsonNode operation) {
        JsonNode security = operation.has("security") ? operation.get("security") : root.path("security");
        if (operation.has("security") && security.isArray() && security.isEmpty()) {
            return "public";
        }
        if (security.isArray() && security.size() == 1 && security.get(0).has(STAFF_SCHEME)) {
            return "staff";
        }
        return "unclear security " + security;
    }

    /** Whether the contract describes this route at all. */
    boolean declares(String routeKey) {
        String method = routeKey.substring(0, routeKey.indexOf(' ')).toLowerCase(Locale.ROOT);
        return !root.path("paths").path(routeKey.substring(routeKey.indexOf(' ') + 1)).path(method).isMissingNode();
    }

    /** The JSON schema of a route's request body, if it takes one; references are left for {@link #resolve}. */
    Optional<JsonNode> requestSchema(String routeKey) {
        JsonNode schema = operation(routeKey).path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    /** The query parameters of a route (name to schema), from the path and the operation. */
    Map<String, JsonNode> queryParameters(String routeKey) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        for (JsonNode list : List.of(root.path("paths").path(path).path("parameters"), operation(routeKey).path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode followed = follow(parameter);
                if (followed.path("in").asString("").equals("query")) {
                    parameters.put(followed.path("name").asString(), resolve(followed.path("schema")));
                }
            }
        }
        return parameters;
    }

    /** A schema with a {@code #/components/...} reference followed. */
    JsonNode resolve(JsonNode schema) {
        return follow(schema);
    }

    /** The response object declared for a route key and status, with a {@code $ref} to a shared response followed. */
    Optional<JsonNode> response(String routeKey, int status) {
        JsonNode response = operation(routeKey).path("responses").path(Integer.toString(status));
        return response.isMissingNode() ? Optional.empty() : Optional.of(follow(response));
    }

    /** The schema of a response's media type (without parameters such as charset), if the response declares it. */
    Optional<Schema> responseSchema(JsonNode response, String mediaType) {
        JsonNode schema = response.path("content").path(mediaType).path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(registry.getSchema(standalone(schema)));
    }

    Set<String> mediaTypes(JsonNode response) {
        return Set.copyOf(response.path("content").propertyNames());
    }

    private JsonNode operation(String routeKey) {
        String method = routeKey.substring(0, routeKey.indexOf(' ')).toLowerCase(Locale.ROOT);
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        JsonNode operation = root.path("paths").path(path).path(method);
        if (operation.isMissingNode()) {
            throw new IllegalArgumentException("openapi.yaml has no operation " + routeKey);
        }
        return operation;
    }

    /** Follows a local reference such as {@code #/components/responses/NotFound}. */
    private JsonNode follow(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : follow(root.at(ref.asString().substring(1)));
    }

    private ObjectNode standalone(JsonNode schema) {
        ObjectNode document = (ObjectNode) schema.deepCopy();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.set("$defs", root.path("components").path("schemas").deepCopy());
        pointRefsAtDefs(document);
        return document;
    }

    private static void pointRefsAtDefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(COMPONENT_SCHEMAS)) {
                object.set("$ref", StringNode.valueOf("#/$defs/" + ref.asString().substring(COMPONENT_SCHEMAS.length())));
            }
        }
        for (Iterator<JsonNode> children = node.iterator(); children.hasNext(); ) {
            pointRefsAtDefs(children.next());
        }
    }
}
