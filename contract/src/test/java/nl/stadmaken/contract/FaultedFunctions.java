package nl.stadmaken.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stadmaken.budget.BudgetHandler;
import nl.stadmaken.participation.ParticipationHandler;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.spreekuur.SpreekuurHandler;
import nl.stadmaken.testkit.FaultProxy;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.JsonTrees;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.RepositoryPaths;
import nl.stadmaken.testkit.SamTemplate;
import nl.stadmaken.testkit.TestTables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The functions' handlers on a test class's tables, each with its own DynamoDB client through a fault proxy of its
 * own, with short timeouts and the request deadline on, as in AWS; and the sample events that set the scene.
 */
final class FaultedFunctions implements AutoCloseable {

    private final TestTables tables;
    private final FaultProxy proxy;

    private FaultedFunctions(TestTables tables, FaultProxy proxy) {
        this.tables = tables;
        this.proxy = proxy;
    }

    /** Starts the proxy in front of the tables' endpoint; {@link #close()} stops it. */
    static FaultedFunctions start(TestTables tables) {
        return new FaultedFunctions(tables, FaultProxy.start(tables.endpoint()));
    }

    FaultProxy proxy() {
        return proxy;
    }

    @Override
    public void close() {
        proxy.close();
    }

    /** Inside the demo trajectory's sign-up window. */
    HandlerClient participation() {
        return client(new ParticipationHandler(environment("ParticipationFunction"), dynamo("ParticipationFunction"),
                realTimeFrom("2027-03-01T10:00:00Z")), "ParticipationFunction");
    }

    /** While the demo round is open. */
    HandlerClient budget() {
        return budget(realTimeFrom("2027-05-03T10:00:00Z"));
    }

    HandlerClient budget(Clock clock) {
        return client(new BudgetHandler(environment("BudgetFunction"), dynamo("BudgetFunction"), clock), "BudgetFunction");
    }

    /** The week before the demo slots. */
    HandlerClient spreekuur() {
        return client(new SpreekuurHandler(environment("SpreekuurFunction"), dynamo("SpreekuurFunction"),
                realTimeFrom("2027-03-22T10:00:00Z")), "SpreekuurFunction");
    }

    /** A clock that runs as real time does, from {@code start}: a claim left by a failed attempt lapses as it would in AWS. */
    static Clock realTimeFrom(String start) {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), Instant.parse(start)));
    }

    /** Sends sample events of {@code folder} as they are, each expecting success. */
    static void replay(HandlerClient client, String folder, String... events) {
        for (String event : events) {
            JsonNode sample = JsonTrees.read(sampleEvent(folder, event));
            Map<String, String> claims = sample.path("rawPath").asText().startsWith("/staff/") ? HandlerClient.STAFF : HandlerClient.RESIDENT;
            String body = sample.path("body").isNull() || sample.path("body").isMissingNode() ? null : sample.path("body").asText();
            LambdaInvoker.Response response = client.call(sample.path("requestContext").path("http").path("method").asText(),
                    sample.path("rawPath").asText(), body, Map.of(), claims);
            assertThat(response.status()).as(event + ": " + response.body()).isLessThan(300);
        }
    }

    static String sampleBody(String folder, String event) {
        return Json.readTree(sampleEvent(folder, event)).path("body").asText();
    }

    private static String sampleEvent(String folder, String event) {
        try {
            return Files.readString(RepositoryPaths.root().resolve("events").resolve(folder).resolve(event + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The voting codes in a CSV of them. */
    static List<String> votingCodes(String csv) {
        List<String> codes = new ArrayList<>();
        Matcher code = Pattern.compile("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}").matcher(csv);
        while (code.find()) {
            codes.add(code.group());
        }
        return codes;
    }

    /** Every item of a table, read consistently past the proxy. */
    List<Map<String, AttributeValue>> items(String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        tables.client().scanPaginator(s -> s.tableName(tables.name(table)).consistentRead(true)).items().forEach(items::add);
        return items;
    }

    private Environment environment(String function) {
        Map<String, String> variables = new LinkedHashMap<>(tables.environmentOf(function).variables());
        variables.put("DYNAMODB_ENDPOINT", proxy.uri().toString());
        variables.put("DYNAMODB_TIMEOUT_SECONDS", "1");
        variables.put("REQUEST_DEADLINE", "on");
        return new Environment(variables);
    }

    private DynamoDbClient dynamo(String function) {
        return DynamoDbClients.fromEnvironment(environment(function));
    }

    private static HandlerClient client(RequestStreamHandler handler, String function) {
        return new HandlerClient(handler, function, SamTemplate.ofRepository().function(function).routes().stream()
                .map(SamTemplate.HttpRoute::routeKey).toList());
    }
}
