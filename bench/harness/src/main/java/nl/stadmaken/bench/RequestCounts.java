package nl.stadmaken.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stadmaken.budget.BudgetHandler;
import nl.stadmaken.participation.ParticipationHandler;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.testkit.HandlerClient;
import nl.stadmaken.testkit.LambdaInvoker;
import nl.stadmaken.testkit.TestClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB requests of single operations, counted on a handler built with the {@code (Environment, DynamoDbClient,
 * Clock)} constructor and a counting client: the first call of a new instance, then the next one.
 */
final class RequestCounts {

    private RequestCounts() {
    }

    record Counted(String operation, Map<String, Long> requests) {

        long total() {
            return requests.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static List<Counted> measure(BenchTables tables, List<ColdStartSubject> readEvents) {
        List<Counted> counted = new ArrayList<>();
        RequestCounter counter = new RequestCounter();
        DynamoDbClient client = CountingClients.of(tables.awsEnvironment(), counter);

        TestClock voting = new TestClock(BenchData.BEFORE_VOTING);
        HandlerClient staff = BenchData.budget(tables, voting);
        List<String> proposals = BenchData.openRound(staff, "tellen", 3);
        List<String> codes = BenchData.codes(staff, "tellen", 2);
        voting.set(BenchData.DURING_VOTING);
        BudgetHandler budget = new BudgetHandler(tables.functionEnvironment("BudgetFunction"), client, voting);
        HandlerClient voter = new HandlerClient(budget, "BudgetFunction", budget.api().routeKeys());
        for (int i = 0; i < 2; i++) {
            BenchData.expect(voter.post("/budget/rounds/tellen/ballots",
                    "{\"code\": \"" + codes.get(i) + "\", \"proposals\": [\"" + proposals.get(i) + "\"]}", HandlerClient.RESIDENT), 201);
            counted.add(new Counted(i == 0 ? "ballot, first on a new instance" : "ballot", counter.takeCounts()));
        }

        TestClock signUpOpen = new TestClock(BenchData.SIGN_UP_OPEN);
        BenchData.publishTrajectory(BenchData.participation(tables, signUpOpen), "tellen", 10);
        ParticipationHandler participation = new ParticipationHandler(tables.functionEnvironment("ParticipationFunction"), client, signUpOpen);
        HandlerClient resident = new HandlerClient(participation, "ParticipationFunction", participation.api().routeKeys());
        for (int i = 0; i < 2; i++) {
            BenchData.expect(resident.post("/trajectories/tellen/signups", """
                    {"name": "Teller %d", "email": "teller%d@example.nl", "consent": true}
                    """.formatted(i, i), HandlerClient.RESIDENT), 201);
            counted.add(new Counted(i == 0 ? "sign-up, first on a new instance" : "sign-up", counter.takeCounts()));
        }

        for (ColdStartSubject subject : readEvents) {
            RequestStreamHandler handler = handler(subject.handlerClass(), tables.functionEnvironment(subject.name()), client);
            LambdaInvoker.invoke(handler, subject.name(), read(subject));
            counted.add(new Counted(subject.name() + ": " + subject.event().getFileName(), counter.takeCounts()));
        }
        return counted;
    }

    private static RequestStreamHandler handler(String handlerClass, Environment environment, DynamoDbClient client) {
        try {
            return (RequestStreamHandler) Class.forName(handlerClass)
                    .getConstructor(Environment.class, DynamoDbClient.class, Clock.class)
                    .newInstance(environment, client, Clock.systemUTC());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(handlerClass + " has no (Environment, DynamoDbClient, Clock) constructor", e);
        }
    }

    private static String read(ColdStartSubject subject) {
        try {
            return Files.readString(subject.event());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
