package nl.stadmaken.indicators;

import static nl.stadmaken.indicators.IndicatorsFixture.expect;
import static nl.stadmaken.testkit.HandlerClient.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.stadmaken.indicators.domain.PeriodKind;
import nl.stadmaken.indicators.domain.Snapshot;
import nl.stadmaken.indicators.store.DynamoIndicatorStore;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reference population staff store is what the next run compares with, and its lineage says which one it was. */
@ExtendWith(DynamoDbExtension.class)
class StoredPopulationIT {

    private static final String POPULATION = """
            {"csv": "area_kind,area,residents,reference_date,source_note\\ncity,Haarlem,170000,2025-01-01,test\\nstadsdeel,Noord,56000,2025,test\\nageBand,25-45,50000,2025,test\\n"}
            """;

    @Test
    void theNextRunUsesTheStoredPopulation(TestTables tables) {
        Clock clock = IndicatorsFixture.realTimeClock();
        HandlerClient staff = IndicatorsFixture.client(tables, clock);
        IndicatorJob job = IndicatorsFixture.job(tables, clock);
        DynamoIndicatorStore store = new DynamoIndicatorStore(tables.client(), tables.name("IndicatorsTable"));

        job.run();
        assertThat(populationOfYear(store)).isEqualTo("bundled");

        String version = expect(staff.put("/staff/indicators/population", POPULATION, STAFF), 200).json().path("version").asText();
        assertThat(expect(staff.get("/staff/indicators/population", STAFF), 200).json().path("version").asText()).isEqualTo(version);
        job.run();

        assertThat(populationOfYear(store)).isEqualTo(version);
    }

    private static String populationOfYear(DynamoIndicatorStore store) {
        return store.latest(PeriodKind.YEAR).stream().map(Snapshot::lineage).reduce((first, last) -> last).orElseThrow()
                .populationVersion();
    }
}
