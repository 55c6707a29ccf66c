package nl.stadmaken.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class SnapStartPrimingIT {

    @Test
    void primingRunsARealReadRouteAndWritesNothing(TestTables tables) throws Exception {
        BudgetHandler handler = new BudgetHandler(tables.environmentOf("BudgetFunction"), tables.client(), Clock.systemUTC());
        int before = tables.client().scan(scan -> scan.tableName(tables.name("BudgetTable"))).count();

        int status = handler.priming().prime();

        assertThat(status).isEqualTo(200);
        assertThat(tables.client().scan(scan -> scan.tableName(tables.name("BudgetTable"))).count()).isEqualTo(before);
    }
}
