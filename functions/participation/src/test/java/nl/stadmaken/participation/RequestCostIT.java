package nl.stadmaken.participation;

import static nl.stadmaken.participation.ParticipationFixture.publishedTrajectory;
import static nl.stadmaken.participation.ParticipationFixture.signUp;
import static nl.stadmaken.testkit.HandlerClient.RESIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import nl.stadmaken.testkit.DynamoDbExtension;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.RequestCounter;
import nl.stadmaken.testkit.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What one request costs in DynamoDB calls: reads are gets and queries, never scans; a sign-up is one transaction. */
@ExtendWith(DynamoDbExtension.class)
class RequestCostIT {

    @Test
    void signUpIsOneReadAndOneTransaction(TestTables tables) {
        RequestCounter counter = new RequestCounter();
        ParticipationHandler handler = new ParticipationHandler(tables.environmentOf("ParticipationFunction"),
                tables.countingClient(counter), ParticipationFixture.tickingClock());
        HandlerClient client = new HandlerClient(handler, "ParticipationFunction", handler.api().routeKeys());
        publishedTrajectory(client, "kosten", 5);

        counter.reset();
        client.post("/trajectories/kosten/signups", signUp("Kees", "kees@example.nl"), RESIDENT);
        assertThat(counter.operations()).containsExactly("GetItem", "TransactWriteItems");

        counter.reset();
        client.get("/trajectories?wijk=WK039201", RESIDENT);
        client.get("/trajectories/kosten", RESIDENT);
        client.get("/staff/trajectories/kosten/signups", HandlerClient.STAFF);
        assertThat(counter.operations()).doesNotContain("Scan").containsOnly("Query", "GetItem");
    }
}
