package nl.stadmaken.participation.draw;

import static nl.stadmaken.shared.http.Route.staff;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.stadmaken.participation.ParticipationContext;
import nl.stadmaken.participation.domain.CityTime;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.http.HttpApi;
import nl.stadmaken.shared.http.HttpResponse;
import nl.stadmaken.shared.http.SnapStartPriming;
import nl.stadmaken.shared.idempotency.IdempotentWrites;
import nl.stadmaken.shared.log.JsonLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lambda entry of the panel-draw function: the two routes that run the sortition engine, in a function of their own
 * with more memory and the solver in its jar, on the participation function's table.
 */
public final class PanelDrawHandler implements RequestStreamHandler {

    private final HttpApi api;
    private final SnapStartPriming priming;

    public PanelDrawHandler() {
        this(Environment.system());
    }

    public PanelDrawHandler(Map<String, String> environment) {
        this(new Environment(environment));
    }

    public PanelDrawHandler(Environment environment) {
        this(environment, DynamoDbClients.fromEnvironment(environment), Clock.systemUTC());
    }

    public PanelDrawHandler(Environment environment, DynamoDbClient dynamo, Clock clock) {
        ParticipationContext context = ParticipationContext.of(environment, dynamo, clock);
        String table = context.table();
        PanelDrawing drawing = new PanelDrawing(context.trajectories(), context.panels(), context.pseudonyms(), clock);
        this.api = new HttpApi(List.of(
                staff("POST /staff/trajectories/{id}/panel/draws", request -> HttpResponse.created(
                        drawing.draw(request.pathParameter("id"), request.body(PanelDrawing.DrawForm.class)))),
                staff("POST /staff/trajectories/{id}/panel/draws/{number}/replacements", request -> HttpResponse.created(
                        drawing.replace(request.pathParameter("id"), request.pathParameter("number"))))),
                new IdempotentWrites(dynamo, table, context.secrets(), clock), JsonLog.standardOut(clock));
        this.priming = new SnapStartPriming(api, dynamo, table, "POST /staff/trajectories/{id}/panel/draws",
                "/staff/trajectories/snapstart-priming/panel/draws", () -> CityTime.ZONE.getRules(), new EngineWarmUp()::warmUp)
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
