package nl.stadmaken.budget;

import java.time.Clock;
import java.time.Duration;
import nl.stadmaken.budget.domain.BudgetService;
import nl.stadmaken.budget.store.DynamoBudgetStore;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.ids.Ulids;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires the budget service from a function's environment; both entry points of this module use it. */
final class BudgetFunction {

    private BudgetFunction() {
    }

    static Secrets secrets(Environment environment) {
        return new Secrets(environment.require("STADMAKEN_SECRET"));
    }

    static BudgetService service(Environment environment, DynamoDbClient dynamo, Clock clock) {
        return new BudgetService(new DynamoBudgetStore(dynamo, environment.require("BUDGET_TABLE")), secrets(environment),
                Ulids.secure(clock), clock, BudgetFunction::sleep);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
