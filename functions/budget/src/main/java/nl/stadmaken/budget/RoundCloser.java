package nl.stadmaken.budget;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.stadmaken.budget.domain.BudgetService;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.http.SnapStartRehearsal;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.log.JsonLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Scheduled entry: closes and counts every open round whose voting window has passed. */
public final class RoundCloser implements RequestStreamHandler {

    private final BudgetService service;
    private final JsonLog log;
    private final SnapStartRehearsal priming;

    public RoundCloser() {
        this(Environment.system());
    }

    public RoundCloser(Map<String, String> environment) {
        this(new Environment(environment));
    }

    public RoundCloser(Environment environment) {
        this(environment, DynamoDbClients.fromEnvironment(environment), Clock.systemUTC());
    }

    public RoundCloser(Environment environment, DynamoDbClient dynamo, Clock clock) {
        this.service = BudgetFunction.service(environment, dynamo, clock);
        this.log = JsonLog.standardOut(clock);
        this.priming = new SnapStartRehearsal(() -> Json.write(Map.of("due", service.dueRounds()))).register();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        List<String> closed = service.closeDueRounds();
        log.info("rounds closed", Map.of("rounds", closed));
        output.write(Json.write(Map.of("closed", closed)).getBytes(StandardCharsets.UTF_8));
    }

    public SnapStartRehearsal priming() {
        return priming;
    }
}
