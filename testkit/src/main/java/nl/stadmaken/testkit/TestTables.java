package nl.stadmaken.testkit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The template's tables, created for one test class under names of its own on the run's DynamoDB endpoint, and the
 * environment a function's handler gets to use them.
 */
public final class TestTables {

    public static final String TEST_SECRET = "test-secret-for-keyed-hashes-only";

    private final SamTemplate template;
    private final DynamoDbEndpoint endpoint;
    private final DynamoDbClient client;
    private final Map<String, String> names = new LinkedHashMap<>();

    TestTables(SamTemplate template, DynamoDbEndpoint endpoint) {
        this.template = template;
        this.endpoint = endpoint;
        this.client = DynamoDbClients.fromEnvironment(new Environment(baseEnvironment(endpoint.uri())));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (TableSpec table : template.tables()) {
            String name = table.logicalId() + "-" + suffix;
            table.create(client, name);
            names.put(table.logicalId(), name);
        }
    }

    /** The template's tables on {@code endpoint}, for tests that manage the endpoint themselves (jqwik, load runs). */
    public static TestTables on(DynamoDbEndpoint endpoint) {
        return new TestTables(SamTemplate.ofRepository(), endpoint);
    }

    public DynamoDbClient client() {
        return client;
    }

    /** A client of its own that tells {@code counter} every operation it sends. */
    public DynamoDbClient countingClient(RequestCounter counter) {
        return DynamoDbClients.fromEnvironment(new Environment(baseEnvironment(endpoint.uri())), List.of(counter));
    }

    /** A client of its own with the given interceptors (counting, limits, faults). */
    public DynamoDbClient clientWith(List<ExecutionInterceptor> interceptors) {
        return DynamoDbClients.fromEnvironment(new Environment(baseEnvironment(endpoint.uri())), interceptors);
    }

    public URI endpoint() {
        return endpoint.uri();
    }

    public String describeEndpoint() {
        return endpoint.description();
    }

    public String name(String logicalId) {
        String name = names.get(logicalId);
        if (name == null) {
            throw new IllegalArgumentException("no table " + logicalId + " in template.yaml");
        }
        return name;
    }

    public Map<String, String> names() {
        return Map.copyOf(names);
    }

    /** The environment {@code functionLogicalId} has in AWS, pointed at these tables and this endpoint. */
    public Environment environmentOf(String functionLogicalId) {
        Map<String, String> overrides = baseEnvironment(endpoint.uri());
        overrides.put("STADMAKEN_SECRET", TEST_SECRET);
        return new Environment(FunctionEnvironment.resolve(template, template.function(functionLogicalId), names, overrides));
    }

    static Map<String, String> baseEnvironment(URI endpoint) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DYNAMODB_ENDPOINT", endpoint.toString());
        environment.put("AWS_REGION", "eu-west-1");
        environment.put("AWS_ACCESS_KEY_ID", "testing");
        environment.put("AWS_SECRET_ACCESS_KEY", "testing");
        // moto serves one request at a time, so under a parallel test a request may wait its turn for a while,
        // longer than a request's time budget; tests of that budget turn it back on.
        environment.put("DYNAMODB_TIMEOUT_SECONDS", "60");
        environment.put("REQUEST_DEADLINE", "off");
        return environment;
    }
}
