package nl.stadmaken.indicators;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.stadmaken.indicators.domain.IndicatorCatalogue;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.dynamo.DynamoDbClients;
import nl.stadmaken.shared.http.SnapStartRehearsal;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.log.JsonLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Scheduled entry: the nightly aggregation run; the schedule's event carries nothing it needs. */
public final class IndicatorJob implements RequestStreamHandler {

    private final AggregationRun aggregation;
    private final JsonLog log;
    private final SnapStartRehearsal priming;

    public IndicatorJob() {
        this(Environment.system());
    }

    public IndicatorJob(Map<String, String> environment) {
        this(new Environment(environment));
    }

    public IndicatorJob(Environment environment) {
        this(environment, DynamoDbClients.fromEnvironment(environment), Clock.systemUTC());
    }

    public IndicatorJob(Environment environment, DynamoDbClient dynamo, Clock clock) {
        this.aggregation = IndicatorFunction.aggregation(environment, IndicatorFunction.tables(environment), dynamo, clock,
                IndicatorCatalogue.bundled());
        this.log = JsonLog.standardOut(clock);
        this.priming = new SnapStartRehearsal(aggregation::rehearse).register();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        AggregationRun.Report report = run();
        output.write(Json.write(report).getBytes(StandardCharsets.UTF_8));
    }

    public SnapStartRehearsal priming() {
        return priming;
    }

    public AggregationRun.Report run() {
        AggregationRun.Report report = aggregation.run(Optional.empty());
        log.info("indicators aggregated", Map.of("itemsRead", report.itemsRead(), "factsChanged", report.factsChanged(),
                "watermark", report.watermark(), "periods", report.periods()));
        return report;
    }
}
