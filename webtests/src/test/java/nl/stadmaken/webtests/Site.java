package nl.stadmaken.webtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.stadmaken.local.LocalRunner;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.RepositoryPaths;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One local runner (API, moto, web/ and demo data) for the whole browser suite, started on first use and stopped when
 * the JVM ends; tests call the API directly with java.net.http to check what the pages stored.
 */
final class Site {

    private static LocalRunner runner;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Site() {
    }

    static synchronized LocalRunner runner() throws Exception {
        if (runner == null) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            runner = LocalRunner.start(RepositoryPaths.root(), port, true, Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(runner::stop, "webtests-runner-stop"));
        }
        return runner;
    }

    static String base() throws Exception {
        return "http://127.0.0.1:" + runner().port();
    }

    static HttpResponse<String> call(String method, String path, String body, boolean staff) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("content-type", "application/json");
        }
        if (staff) {
            request.header("authorization", "Bearer " + runner().staffToken());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String method, String path, String body, boolean staff) throws Exception {
        HttpResponse<String> response = call(method, path, body, staff);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " gave " + response.statusCode() + ": " + response.body());
        }
        return JsonTrees.read(response.body());
    }

    static JsonNode staffGet(String path) throws Exception {
        return json("GET", path, null, true);
    }

    /** Runs the indicator aggregation now, as staff can, so figures include what the pages just stored. */
    static JsonNode runIndicators() throws Exception {
        return json("POST", "/staff/indicators/run", null, true);
    }

    /** Every item of one partition of a table, as a handler stored it (for what the API never shows, such as survey answers). */
    static List<Map<String, AttributeValue>> storedItems(String table, String partition) throws Exception {
        try (DynamoDbClient dynamo = DynamoDbClients.fromEnvironment(new Environment(Map.of("DYNAMODB_ENDPOINT", runner().dynamoDbEndpoint())))) {
            return dynamo.query(q -> q.tableName(table).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))).items();
        }
    }

    /** Fresh voting codes through the staff API, as the mail merge gets them. */
    static List<String> votingCodes(String round, int count) throws Exception {
        HttpResponse<String> csv = call("POST", "/staff/budget/rounds/" + round + "/codes", "{\"count\": " + count + "}", true);
        if (csv.statusCode() != 201) {
            throw new IOException("codes: " + csv.statusCode() + " " + csv.body());
        }
        return Arrays.stream(csv.body().split("\r\n")).skip(1).map(line -> line.split(",")[1].replace("\"", "")).toList();
    }
}
