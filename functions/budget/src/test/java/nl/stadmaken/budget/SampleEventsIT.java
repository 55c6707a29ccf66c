package nl.stadmaken.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stadmaken.budget.store.DynamoBudgetStore;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.SampleEvents;
import nl.stadmaken.testkit.TestClock;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays every HTTP sample event in {@code events/budget/} through the handler: first while voting is open, then
 * after the window has closed. The demo round's code {@code ABCD-EFGH-JKMN-PQRS} is stored as the staff would have.
 */
@ExtendWith(DynamoDbExtension.class)
class SampleEventsIT {

    static final Map<String, Integer> WHILE_OPEN = SampleEvents.cases(
            "staff-create-round", 201,
            "staff-create-round-invalid", 422,
            "staff-update-round", 200,
            "staff-add-proposal", 201,
            "staff-add-second-proposal", 201,
            "staff-add-third-proposal", 201,
            "staff-add-proposal-invalid", 422,
            "staff-update-proposal", 200,
            "staff-delete-proposal", 200,
            "staff-get-round", 200,
            "staff-list-rounds", 200,
            "staff-open-round", 200,
            "staff-add-proposal-after-open", 409,
            "staff-generate-codes", 201,
            "staff-generate-codes-invalid", 422,
            "list-rounds", 200,
            "get-round", 200,
            "get-round-unknown", 404,
            "cast-ballot", 201,
            "cast-ballot-breaks-rules", 422,
            "cast-ballot-unknown-code", 403,
            "cast-ballot-malformed", 422,
            "look-up-ballot", 200,
            "look-up-ballot-unknown-code", 403,
            "get-results-while-open", 404,
            "get-receipts-while-open", 404,
            "staff-get-results-while-open", 404,
            "staff-close-round-too-early", 409,
            "staff-export-while-open", 409,
            "staff-route-without-token", 401,
            "staff-import-round", 201,
            "staff-import-round-invalid", 422);

    static final Map<String, Integer> AFTER_CLOSING = SampleEvents.cases(
            "staff-close-round", 200,
            "staff-publish-round", 200,
            "get-results", 200,
            "get-receipts", 200,
            "staff-get-results", 200,
            "staff-export-round", 200);

    @Test
    void everySampleEventGivesItsStatus(TestTables tables) {
        SampleEvents events = SampleEvents.of("budget");
        Set<String> replayed = new HashSet<>(WHILE_OPEN.keySet());
        replayed.addAll(AFTER_CLOSING.keySet());
        assertThat(events.httpEventNames()).isEqualTo(replayed);
        TestClock clock = new TestClock(BudgetFixture.DURING);
        BudgetHandler handler = BudgetFixture.handler(tables, clock);
        Runnable storeDemoCode = () -> new DynamoBudgetStore(tables.client(), tables.name("BudgetTable")).addCodes("demo-schalkwijk", "demo",
                List.of(new Secrets(TestTables.TEST_SECRET).hash("voting-code:demo-schalkwijk", "ABCDEFGHJKMNPQRS")),
                BudgetFixture.AFTER.minusSeconds(86_400));

        events.replay(handler, "BudgetFunction", WHILE_OPEN, Map.of("staff-open-round", storeDemoCode));
        clock.set(BudgetFixture.AFTER);
        events.replay(handler, "BudgetFunction", AFTER_CLOSING, Map.of());
    }
}
