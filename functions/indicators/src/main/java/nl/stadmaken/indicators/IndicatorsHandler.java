package nl.stadmaken.indicators;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import nl.stadmaken.indicators.domain.IndicatorCatalogue;
import nl.stadmaken.indicators.domain.SurveyDesk;
import nl.stadmaken.indicators.domain.WijkAreas;
import nl.stadmaken.indicators.store.DynamoIndicatorStore;
import nl.stadmaken.indicators.store.DynamoSurveyStore;
import nl.stadmaken.indicators.store.Source;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.http.HttpApi;
import nl.stadmaken.shared.http.SnapStartPriming;
import nl.stadmaken.shared.idempotency.IdempotentWrites;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.ids.Ulids;
import nl.stadmaken.shared.log.JsonLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Lambda entry of the indicators function's HTTP routes; constructors as in every function of this project. */
public final class IndicatorsHandler implements RequestStreamHandler {

    private final HttpApi api;
    private final SnapStartPriming priming;

    public IndicatorsHandler() {
        this(Environment.system());
    }

    public IndicatorsHandler(Map<String, String> environment) {
        this(new Environment(environment));
    }

    public IndicatorsHandler(Environment environment) {
        this(environment, DynamoDbClients.fromEnvironment(environment), Clock.systemUTC());
    }

    public IndicatorsHandler(Environment environment, DynamoDbClient dynamo, Clock clock) {
        String table = environment.require("INDICATORS_TABLE");
        Secrets secrets = new Secrets(environment.require("STADMAKEN_SECRET"));
        IndicatorCatalogue catalogue = IndicatorCatalogue.bundled();
        SurveyDesk survey = new SurveyDesk(new DynamoSurveyStore(dynamo, table), catalogue, WijkAreas.haarlem(), secrets,
                Ulids.secure(clock), clock);
        IndicatorReader reader = new IndicatorReader(new DynamoIndicatorStore(dynamo, table), catalogue, clock);
        // Staff start a run now and then; an instance that only answers readers never builds one.
        Map<Source, String> sources = IndicatorFunction.tables(environment);
        Supplier<AggregationRun> aggregation = new Supplier<>() {
            private AggregationRun run;

            @Override
            public synchronized AggregationRun get() {
                if (run == null) {
                    run = IndicatorFunction.aggregation(environment, sources, dynamo, clock, catalogue);
                }
                return run;
            }
        };
        this.api = new HttpApi(IndicatorRoutes.of(catalogue, survey, reader, aggregation),
                new IdempotentWrites(dynamo, table, secrets, clock), JsonLog.standardOut(clock));
        // The catalogue answers before any run has published figures, which GET /indicators does not.
        this.priming = new SnapStartPriming(api, dynamo, table, "GET /indicators/catalogue", "/indicators/catalogue").register();
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
