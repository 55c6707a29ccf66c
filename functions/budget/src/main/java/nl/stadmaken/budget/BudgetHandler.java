package nl.stadmaken.budget;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.http.HttpApi;
import nl.stadmaken.shared.http.SnapStartPriming;
import nl.stadmaken.shared.idempotency.IdempotentWrites;
import nl.stadmaken.shared.log.JsonLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Lambda entry of the budget function's HTTP routes; constructors as in every function of this project. */
public final class BudgetHandler implements RequestStreamHandler {

    private final HttpApi api;
    private final SnapStartPriming priming;

    public BudgetHandler() {
        this(Environment.system());
    }

    public BudgetHandler(Map<String, String> environment) {
        this(new Environment(environment));
    }

    public BudgetHandler(Environment environment) {
        this(environment, DynamoDbClients.fromEnvironment(environment), Clock.systemUTC());
    }

    public BudgetHandler(Environment environment, DynamoDbClient dynamo, Clock clock) {
        this.api = new HttpApi(BudgetRoutes.of(BudgetFunction.service(environment, dynamo, clock)),
                new IdempotentWrites(dynamo, environment.require("BUDGET_TABLE"), BudgetFunction.secrets(environment), clock),
                JsonLog.standardOut(clock));
        this.priming = new SnapStartPriming(api, dynamo, environment.require("BUDGET_TABLE"), "GET /budget/rounds", "/budget/rounds")
                .register();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        api.handle(input, output, context);
    }

    public HttpApi api() {
        return api;
    }

    public SnapStartPriming priming() {
        return priming;
    }
}
