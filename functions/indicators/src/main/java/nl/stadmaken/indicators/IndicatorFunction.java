package nl.stadmaken.indicators;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.stadmaken.indicators.domain.IndicatorCatalogue;
import nl.stadmaken.indicators.domain.WijkAreas;
import nl.stadmaken.indicators.store.ChangeFeed;
import nl.stadmaken.indicators.store.DynamoIndicatorStore;
import nl.stadmaken.indicators.store.Source;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.ids.Ulids;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Builds the aggregation run from a function's environment; the HTTP handler and the scheduled job share it. */
final class IndicatorFunction {

    private IndicatorFunction() {
    }

    /** The source tables by source; a function without one of their variables fails as it starts. */
    static Map<Source, String> tables(Environment environment) {
        Map<Source, String> tables = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            tables.put(source, environment.require(source.tableVariable()));
        }
        return tables;
    }

    static AggregationRun aggregation(Environment environment, Map<Source, String> tables, DynamoDbClient dynamo, Clock clock,
                                      IndicatorCatalogue catalogue) {
        return new AggregationRun(
                new DynamoIndicatorStore(dynamo, environment.require("INDICATORS_TABLE")),
                new ChangeFeed(dynamo),
                WijkAreas.haarlem(),
                tables,
                catalogue,
                Ulids.secure(clock),
                clock,
                LocalDate.parse(environment.get("CHANGES_START_DATE", "2025-01-01")),
                Duration.ofSeconds(environment.integer("CHANGES_SETTLE_SECONDS", 120)),
                environment.get("CODE_VERSION", IndicatorFunction.class.getPackage().getImplementationVersion() == null
                        ? "development" : IndicatorFunction.class.getPackage().getImplementationVersion()));
    }
}
