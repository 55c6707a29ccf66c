package nl.stadmaken.bench;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.testkit.FunctionEnvironment;
import nl.stadmaken.testkit.SamTemplate;
import nl.stadmaken.testkit.TableSpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The template's tables created on the benchmark's emulator, and each function's environment pointed at them. */
final class BenchTables {

    static final String SECRET = "bench-secret-for-keyed-hashes-only";

    private final SamTemplate template;
    private final URI endpoint;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final DynamoDbClient client;

    BenchTables(SamTemplate template, URI endpoint) {
        this.template = template;
        this.endpoint = endpoint;
        this.client = DynamoDbClients.fromEnvironment(new Environment(awsEnvironment()));
        for (TableSpec table : template.tables()) {
            String name = table.logicalId() + "-bench";
            table.create(client, name);
            names.put(table.logicalId(), name);
        }
    }

    DynamoDbClient client() {
        return client;
    }

    String name(String logicalId) {
        return names.get(logicalId);
    }

    URI endpoint() {
        return endpoint;
    }

    /** What Lambda puts in every function's environment, pointed at the emulator. */
    Map<String, String> awsEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DYNAMODB_ENDPOINT", endpoint.toString());
        environment.put("SES_ENDPOINT", endpoint.toString());
        environment.put("AWS_REGION", "eu-west-1");
        environment.put("AWS_ACCESS_KEY_ID", "testing");
        environment.put("AWS_SECRET_ACCESS_KEY", "testing");
        // moto serves one request at a time, so with eight callers a request may wait its turn for a while.
        environment.put("DYNAMODB_TIMEOUT_SECONDS", "60");
        return environment;
    }

    /**
     * The function's environment as the local runner resolves it. JAVA_TOOL_OPTIONS is left out because every
     * cold-start child, baselines included, gets the same JVM flags on its command line.
     */
    Map<String, String> environmentOf(String functionLogicalId) {
        Map<String, String> overrides = awsEnvironment();
        overrides.put("STADMAKEN_SECRET", SECRET);
        Map<String, String> environment = new LinkedHashMap<>(
                FunctionEnvironment.resolve(template, template.function(functionLogicalId), names, overrides));
        environment.remove("JAVA_TOOL_OPTIONS");
        return environment;
    }

    Environment functionEnvironment(String functionLogicalId) {
        return new Environment(environmentOf(functionLogicalId));
    }
}
