package nl.stadmaken.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stadmaken.budget.tally.TallyRule;
import nl.stadmaken.testkit.DynamoDbEndpoint;
import nl.stadmaken.testkit.MotoSes;
import nl.stadmaken.testkit.RepositoryPaths;
import nl.stadmaken.testkit.SamTemplate;

/**
 * Runs every benchmark against one emulator on the loopback interface and writes BENCHMARKS.md. Each figure has a
 * baseline measured in the same run, so the ratios hold on a shared, noisy machine where absolute times do not.
 */
public final class Bench {

    /**
     * The event each function answers first in a cold start; functions not named here are listed as not measured. The
     * panel draw is the one write: the untimed first start draws the bench's closed panel, and every timed one answers
     * the same request again with that draw, as the function does (reading the panel's items, solving nothing).
     */
    static final Map<String, String> FIRST_EVENTS = Map.of(
            "ParticipationFunction", "participation/list-trajectories.json",
            "BudgetFunction", "budget/list-rounds.json",
            "SpreekuurFunction", "spreekuur/list-hosts.json",
            "BudgetCloserFunction", "budget/schedule-close-rounds.json",
            "IndicatorsFunction", "indicators/list-indicators.json",
            "IndicatorJobFunction", "indicators/schedule-aggregate.json",
            "MailFunction", "mail/stream-outbox.json",
            "SpreekuurRemindersFunction", "spreekuur/schedule-reminders.json",
            "PanelDrawFunction", "panel-draw/staff-draw-panel.json");

    /** Functions that make no DynamoDB requests, so have nothing to count. */
    static final Set<String> WITHOUT_DYNAMODB = Set.of("MailFunction");

    /** Functions left out on purpose, with the reason the report gives. */
    static final Map<String, String> LEFT_OUT = Map.of();

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = RepositoryPaths.root();
        BenchSettings settings = BenchSettings.parse(args, repository);
        SamTemplate template = SamTemplate.load(repository.resolve("template.yaml"));
        Path logs = Files.createDirectories(repository.resolve("bench/harness/target/bench-logs"));
        // Handlers log every request to standard out; thousands of lines would bury the progress on standard error.
        System.setOut(new PrintStream(Files.newOutputStream(logs.resolve("handlers.log")), true, StandardCharsets.UTF_8));
        BenchReport report = new BenchReport(Machine.current(), settings);
        try (DynamoDbEndpoint endpoint = DynamoDbEndpoint.start()) {
            progress("emulator: " + endpoint.description());
            BenchTables tables = new BenchTables(template, endpoint.uri());
            BenchData.seed(tables);

            List<ColdStartSubject> subjects = subjects(repository, template, tables, report,
                    new ArtifactCopies(repository.resolve("bench/harness/target/artifacts")));
            if (settings.runs("cold-starts")) {
                progress("cold starts: " + subjects.size() + " subjects, " + settings.coldStartRuns() + " runs each");
                List<String> jvmFlags = ColdStartBench.jvmFlags(template);
                ColdStartBench coldStarts = new ColdStartBench(java(), jvmFlags, repository.resolve("bench/harness/target/bench-harness-launcher.jar"), logs);
                report.coldStarts(coldStarts.measure(subjects, settings.coldStartRuns()), jvmFlags);
            }
            // Before the throughput runs fill the tables: moto copies every table in each transaction, so setting up
            // a round on full tables can take longer than a function's timeout.
            if (settings.runs("requests")) {
                progress("request counts");
                report.requestCounts(RequestCounts.measure(tables,
                        subjects.stream().filter(s -> s.kind() == ColdStartSubject.Kind.FUNCTION && !WITHOUT_DYNAMODB.contains(s.name())).toList()));
            }
            if (settings.runs("throughput")) {
                try (ParallelCallers callers = new ParallelCallers(settings.callers())) {
                    progress("ballots: " + settings.ballots() + " each side, " + settings.callers() + " callers");
                    report.ballots(BallotThroughput.measure(tables, settings.ballots(), callers));
                    progress("sign-ups: " + settings.signUps() + " each side, " + settings.callers() + " callers");
                    report.signUps(SignUpThroughput.measure(tables, settings.signUps(), callers));
                }
            }
        }
        if (settings.runs("tallies")) {
            progress("tallies");
            Path pabulib = RepositoryPaths.sharedData().resolve("pabulib");
            report.tallies(TallyTimes.measure(
                    List.of(pabulib.resolve("poland_gdansk_2020_.pb"), pabulib.resolve("poland_wieliczka_2023.pb")),
                    List.of(TallyRule.GREEDY, TallyRule.EQUAL_SHARES), settings.tallyRuns()));
        }
        if (settings.runs("incremental") && settings.storedItems() > 0) {
            try (DynamoDbEndpoint endpoint = DynamoDbEndpoint.start()) {
                progress("indicator job: 1% of " + settings.storedItems() + " stored items changed");
                BenchTables tables = new BenchTables(template, endpoint.uri());
                report.incremental(IncrementalRuns.measure(tables, settings.storedItems(), settings.storedItems() / 100));
            }
        }
        if (settings.runs("draws")) {
            progress("panel draws");
            report.draws(DrawTimes.measure(RepositoryPaths.sharedData().resolve("sortition")));
        }
        Files.writeString(settings.report(), report.markdown());
        progress("wrote " + settings.report());
    }

    /** The baselines first, then every function of the template with its artifact, handler and first event. */
    private static List<ColdStartSubject> subjects(Path repository, SamTemplate template, BenchTables tables, BenchReport report,
                                                   ArtifactCopies copies) {
        Map<String, String> baselineEnvironment = new LinkedHashMap<>(tables.awsEnvironment());
        baselineEnvironment.put("PARTICIPATION_TABLE", tables.name("ParticipationTable"));
        Path listTrajectories = repository.resolve("events/participation/list-trajectories.json");
        List<ColdStartSubject> subjects = new ArrayList<>(List.of(
                new ColdStartSubject("floor", ColdStartSubject.Kind.FLOOR,
                        copies.copy(repository.resolve("bench/floor/target/floor-lambda.jar"), "nl.stadmaken.bench.floor.FloorHandler"),
                        "nl.stadmaken.bench.floor.FloorHandler", listTrajectories, baselineEnvironment),
                new ColdStartSubject("naive", ColdStartSubject.Kind.NAIVE,
                        copies.copy(repository.resolve("bench/naive/target/naive-lambda.jar"), "nl.stadmaken.bench.naive.NaiveHandler"),
                        "nl.stadmaken.bench.naive.NaiveHandler", listTrajectories, baselineEnvironment)));
        for (SamTemplate.FunctionSpec function : template.functions()) {
            String event = FIRST_EVENTS.get(function.logicalId());
            if (LEFT_OUT.containsKey(function.logicalId())) {
                report.notMeasured(function.logicalId(), LEFT_OUT.get(function.logicalId()));
                report.otherArtifact(function.logicalId(), repository.resolve(function.codeUri()));
                continue;
            }
            if (event == null) {
                report.otherArtifact(function.logicalId(), repository.resolve(function.codeUri()));
                report.notMeasured(function.logicalId(), function.routes().isEmpty()
                        ? "no HTTP routes and no sample event of its trigger in events/"
                        : "no first event chosen for it in Bench.FIRST_EVENTS");
                continue;
            }
            if (function.logicalId().equals("MailFunction")) {
                // The mail function's first event sends two letters; SES takes them only from a verified sender.
                MotoSes.verify(tables.endpoint(), tables.environmentOf(function.logicalId()).get("SENDER_ADDRESS"));
            }
            subjects.add(new ColdStartSubject(function.logicalId(), ColdStartSubject.Kind.FUNCTION,
                    copies.copy(repository.resolve(function.codeUri()), function.handlerClass()), function.handlerClass(),
                    repository.resolve("events").resolve(event),
                    tables.environmentOf(function.logicalId())));
        }
        return subjects;
    }

    /** The JDK of JAVA_HOME, as bin/bench selects it; else the one running the harness. */
    private static Path java() {
        String home = System.getenv("JAVA_HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("java.home"), "bin", "java");
    }

    private static void progress(String message) {
        System.err.println("bench: " + message);
    }
}
