package nl.stadmaken.participation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import nl.stadmaken.participation.domain.ParticipationService;
import nl.stadmaken.participation.domain.Wijken;
import nl.stadmaken.participation.panel.PanelDesk;
import nl.stadmaken.participation.panel.Pseudonyms;
import nl.stadmaken.participation.store.DynamoPanelStore;
import nl.stadmaken.participation.store.DynamoTrajectoryStore;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.http.HttpApi;
import nl.stadmaken.shared.http.SnapStartPriming;
import nl.stadmaken.shared.idempotency.IdempotentWrites;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.ids.Ulids;
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
        String table = environment.require("PARTICIPATION_TABLE");
        Secrets secrets = new Secrets(environment.require("STADMAKEN_SECRET"));
        ParticipationService service = new ParticipationService(
                new DynamoTrajectoryStore(dynamo, table),
                Wijken.haarlem(),
                secrets,
                Ulids.secure(clock),
                clock,
                environment.integer("RETENTION_DAYS_AFTER_FEEDBACK", 90));
        PanelDesk panels = new PanelDesk(service, new DynamoPanelStore(dynamo, table, clock), new Pseudonyms(secrets), clock);
        this.api = new HttpApi(ParticipationRoutes.of(service, panels), new IdempotentWrites(dynamo, table, secrets, clock),
                JsonLog.standardOut(clock));
        this.priming = new SnapStartPriming(api, dynamo, table, "GET /wijken", "/wijken").register();
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
