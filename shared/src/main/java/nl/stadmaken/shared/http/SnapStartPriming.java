package nl.stadmaken.shared.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stadmaken.shared.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Warms a function before its SnapStart snapshot: one read of a reserved key (SDK client, signing, HTTP) and one
 * public read route through the whole request path (event parsing, routing, JSON), so the first request after a
 * restore does not pay for loading those classes. It writes nothing a user could see.
 */
public final class SnapStartPriming {

    static final String RESERVED_KEY = "SNAPSTART#PRIMING";

    private final HttpApi api;
    private final DynamoDbClient dynamo;
    private final String table;
    private final String routeKey;
    private final String path;
    private final List<Runnable> loads;
    private final SnapStartRehearsal rehearsal = new SnapStartRehearsal(() -> {
        try {
            prime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    /**
     * {@code loads}: what else to load before the snapshot that the warmed route does not reach but other requests
     * need, such as the time-zone rules that a function leaves to the first request needing local time.
     */
    public SnapStartPriming(HttpApi api, DynamoDbClient dynamo, String table, String routeKey, String path, Runnable... loads) {
        this.api = api;
        this.dynamo = dynamo;
        this.table = table;
        this.routeKey = routeKey;
        this.path = path;
        this.loads = List.of(loads);
    }

    /**
     * Registers {@link #prime} as the function's rehearsal before the snapshot; the caller keeps a reference, which keeps
     * the rehearsal (the checkpoint context holds it weakly).
     */
    public SnapStartPriming register() {
        rehearsal.register();
        return this;
    }

    /** The status the warmed route answered with. */
    public int prime() throws IOException {
        loads.forEach(Runnable::run);
        dynamo.getItem(get -> get.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS(RESERVED_KEY), "sk", AttributeValue.fromS(RESERVED_KEY))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        api.handle(new ByteArrayInputStream(event().getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.readTree(out.toString(StandardCharsets.UTF_8)).path("statusCode").asInt();
    }

    private String event() {
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", "GET");
        http.put("path", path);
        http.put("sourceIp", "127.0.0.1");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("requestId", "snapstart-priming");
        context.put("http", http);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", path);
        event.put("headers", Map.of("accept", "application/json"));
        event.put("requestContext", context);
        event.put("isBase64Encoded", false);
        return Json.write(event);
    }
}
