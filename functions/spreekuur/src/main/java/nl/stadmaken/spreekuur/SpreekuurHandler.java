package nl.stadmaken.spreekuur;

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
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.log.JsonLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lambda entry of the spreekuur function. Lambda uses the no-argument constructor; the local runner passes the
 * function's own environment; tests pass a client and a clock of their own.
 */
public final class SpreekuurHandler implements RequestStreamHandler {

    private final HttpApi api;
    private final SnapStartPriming priming;

    public SpreekuurHandler() {
        this(Environment.system());
    }

    public SpreekuurHandler(Map<String, String> environment) {
        this(new Environment(environment));
    }

    public SpreekuurHandler(Environment environment) {
        this(environment, DynamoDbClients.fromEnvironment(environment), Clock.systemUTC());
    }

    public SpreekuurHandler(Environment environment, DynamoDbClient dynamo, Clock clock) {
        SpreekuurSetup setup = SpreekuurSetup.of(environment, dynamo, clock);
        this.api = new HttpApi(SpreekuurRoutes.of(setup.officeHours(), setup.desk()),
                new IdempotentWrites(dynamo, setup.table(), new Secrets(environment.require("STADMAKEN_SECRET")), clock),
                JsonLog.standardOut(clock));
        this.priming = new SnapStartPriming(api, dynamo, setup.table(), "GET /spreekuur/hosts", "/spreekuur/hosts").register();
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
