package nl.stadmaken.participation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import nl.stadmaken.participation.domain.CityTime;
import nl.stadmaken.participation.panel.PanelDesk;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.http.HttpApi;
import nl.stadmaken.shared.http.SnapStartPriming;
import nl.stadmaken.shared.idempotency.IdempotentWrites;
import nl.stadmaken.shared.log.JsonLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lambda entry of the participation function. Lambda uses the no-argument constructor; the local runner passes the
 * function's own environment; tests pass a client and a clock of their own.
 */
public final class ParticipationHandler implements RequestStreamHandler {

    private final HttpApi api;
    private final SnapStartPriming priming;

    public ParticipationHandler() {
        this(Environment.system());
    }

    public ParticipationHandler(Map<String, String> environment) {
        this(new Environment(environment));
    }

    public ParticipationHandler(Environment environment) {
        this(environment, DynamoDbClients.fromEnvironment(environment), Clock.systemUTC());
    }

    public ParticipationHandler(Environment environment, DynamoDbClient dynamo, Clock clock) {
        ParticipationContext context = ParticipationContext.of(environment, dynamo, clock);
        PanelDesk panels = new PanelDesk(context.trajectories(), context.panels(), context.pseudonyms(), clock);
        this.api = new HttpApi(ParticipationRoutes.of(context.trajectories(), panels),
                new IdempotentWrites(dynamo, context.table(), context.secrets(), clock), JsonLog.standardOut(clock));
        // A lambda, not CityTime.ZONE::getRules, which would load the time-zone rules at once.
        this.priming = new SnapStartPriming(api, dynamo, context.table(), "GET /wijken", "/wijken",
                () -> CityTime.ZONE.getRules()).register();
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
