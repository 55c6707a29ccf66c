package nl.stadmaken.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Collects the figures of a run and renders BENCHMARKS.md, with every ratio and its target next to it. */
final class BenchReport {

    static final double FLOOR_TARGET = 1.25;
    static final double NAIVE_TARGET = 0.70;
    static final double SIZE_TARGET_MB = 10;
    static final double THROUGHPUT_TARGET = 0.8;
    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem");

    private final Machine machine;
    private final BenchSettings settings;
    private Map<ColdStartSubject, List<ColdStartRun>> coldStarts = Map.of();
    private List<String> jvmFlags = List.of();
    private final Map<String, String> notMeasured = new LinkedHashMap<>();
    /** Artifacts of functions left out of the cold starts, by function: their size is still reported. */
    private final Map<String, Path> otherArtifacts = new LinkedHashMap<>();
    private BallotThroughput.Comparison ballots;
    private SignUpThroughput.Comparison signUps;
    private List<RequestCounts.Counted> requestCounts = List.of();
    private List<TallyTimes.Timed> tallies = List.of();
    private List<DrawTimes.Timed> draws = List.of();
    private List<IncrementalRuns.Measured> incremental = List.of();

    BenchReport(Machine machine, BenchSettings settings) {
        this.machine = machine;
        this.settings = settings;
    }

    void coldStarts(Map<ColdStartSubject, List<ColdStartRun>> runs, List<String> jvmFlags) {
        this.coldStarts = runs;
        this.jvmFlags = List.copyOf(jvmFlags);
    }

    void otherArtifact(String function, Path artifact) {
        otherArtifacts.put(function, artifact);
    }

    void notMeasured(String function, String reason) {
        notMeasured.put(function, reason);
    }

    void ballots(BallotThroughput.Comparison comparison) {
        this.ballots = comparison;
    }

    void signUps(SignUpThroughput.Comparison comparison) {
        this.signUps = comparison;
    }

    void requestCounts(List<RequestCounts.Counted> counted) {
        this.requestCounts = counted;
    }

    void tallies(List<TallyTimes.Timed> timed) {
        this.tallies = timed;
    }

    void draws(List<DrawTimes.Timed> timed) {
        this.draws = timed;
    }

    void incremental(List<IncrementalRuns.Measured> measured) {
        this.incremental = measured;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `bin/bench` on ").append(machine.date()).append(". Machines are shared and noisy, so every target is a ")
                .append("ratio to a baseline measured in the same run; absolute times are reported, not targeted.\n\n");
        md.append("Machine: ").append(machine.processors()).append(" processors (").append(machine.cpu()).append("), ")
                .append(machine.memory()).append(" memory, JDK ").append(machine.jdk())
                .append(". DynamoDB: moto on 127.0.0.1, serving one request at a time.\n\n");
        if (settings.runs("cold-starts")) {
            coldStartSection(md);
            sizeSection(md);
        }
        if (settings.runs("throughput")) {
            throughputSection(md);
        }
        if (settings.runs("requests")) {
            requestSection(md);
        }
        if (settings.runs("tallies") || settings.runs("draws")) {
            tallySection(md);
        }
        incrementalSection(md);
        return md.toString();
    }

    private void coldStartSection(StringBuilder md) {
        md.append("## Cold start\n\n");
        md.append("Each run is a fresh JVM (`java ").append(String.join(" ", jvmFlags))
                .append("`: the functions' JAVA_TOOL_OPTIONS from the template, for baselines too, and the collector; the JDK of JAVA_HOME) with the Lambda artifact and a small launcher on its classpath: it builds the handler ")
                .append("with its `(Map<String, String>)` constructor and the function's environment from the template, and answers ")
                .append("the first event against the emulator. Wall time runs from starting the process to the first response; ")
                .append("peak RSS is the child's VmHWM at that moment. Median of ").append(settings.coldStartRuns())
                .append(" runs after one untimed run; subjects take turns in every round.\n\n");
        md.append("Baselines: **floor** is a handler that makes the same GSI query as `GET /trajectories` with only `dynamodb`, ")
                .append("`url-connection-client` and `aws-lambda-java-core` (URL-connection client, explicit region and static ")
                .append("credentials, JSON written by hand); **naive** makes the same query with the SDK's default HTTP client ")
                .append("(Apache 5, the SDK's first choice; `apache-client` is on its classpath too), the default region and credential ")
                .append("chains, the enhanced client with `TableSchema.fromBean` and a default Jackson `ObjectMapper`. ")
                .append("Targets: median at most ").append(FLOOR_TARGET).append("x the floor and at most ").append(NAIVE_TARGET)
                .append("x the naive handler.\n\n");
        md.append("| subject | first event | median wall ms | range ms | init ms | first call ms | peak RSS MB | vs floor | vs naive | target |\n");
        md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|---|\n");
        List<Double> floor = walls(ColdStartSubject.Kind.FLOOR);
        List<Double> naive = walls(ColdStartSubject.Kind.NAIVE);
        coldStarts.forEach((subject, runs) -> {
            List<Double> walls = runs.stream().map(ColdStartRun::wallMs).toList();
            double wall = Stats.median(walls);
            double min = runs.stream().mapToDouble(ColdStartRun::wallMs).min().orElse(0);
            double max = runs.stream().mapToDouble(ColdStartRun::wallMs).max().orElse(0);
            boolean function = subject.kind() == ColdStartSubject.Kind.FUNCTION;
            Stats.Ratio toFloor = Stats.ratio(walls, floor);
            Stats.Ratio toNaive = Stats.ratio(walls, naive);
            String verdict = !function ? "baseline"
                    : toFloor.value() <= FLOOR_TARGET && toNaive.value() <= NAIVE_TARGET ? "PASS" : "FAIL";
            md.append("| ").append(function ? subject.name() : "**" + subject.name() + "**")
                    .append(" | `").append(subject.event().getParent().getFileName()).append('/').append(subject.event().getFileName())
                    .append("` | ").append(f0(wall))
                    .append(" | ").append(f0(min)).append("–").append(f0(max))
                    .append(" | ").append(f0(Stats.median(runs.stream().map(ColdStartRun::initMs).toList())))
                    .append(" | ").append(f0(Stats.median(runs.stream().map(ColdStartRun::invokeMs).toList())))
                    .append(" | ").append(f1(Stats.median(runs.stream().map(run -> run.peakRssKb() / 1024.0).toList())))
                    .append(" | ").append(ratio(toFloor)).append(" | ").append(ratio(toNaive)).append(" | ")
                    .append(verdict).append(statuses(runs)).append(" |\n");
        });
        notMeasured.forEach((function, reason) ->
                md.append("| ").append(function).append(" | not measured: ").append(reason).append(" | | | | | | | | |\n"));
        md.append("\nIn brackets beside each ratio: the interval it falls in on 95% of ").append(f0(Stats.RESAMPLES))
                .append(" resamplings of the rounds (bootstrap, with the runs of a round kept together); where a target lies ")
                .append("inside it, whether the subject meets it is within this run's noise.\n\n");
        md.append("Init is the handler's construction (class loading, client, wiring) and first call its first `handleRequest`, ")
                .append("both timed inside the child; the rest of the wall time is the JVM starting and loading the launcher. ")
                .append("The baselines make one request; what each function's first event makes is under DynamoDB requests per ")
                .append("operation (the indicator job's is a whole run that finds nothing new). The panel draw's untimed first ")
                .append("start draws the bench's closed panel; every timed one answers that request again with the stored draw, ")
                .append("as the function answers a retry (reading the panel's draws, input and letters, and making sure every ")
                .append("letter is in the outbox).\n\n");
    }

    private void sizeSection(StringBuilder md) {
        md.append("## Artifact size\n\n");
        md.append("The deployment artifact as uploaded (a jar is a zip). Target: at most ").append(f0(SIZE_TARGET_MB)).append(" MB.\n\n");
        md.append("| artifact | used by | MB | target |\n|---|---|--:|---|\n");
        Map<String, List<String>> users = new LinkedHashMap<>();
        Map<String, Double> sizes = new LinkedHashMap<>();
        Map<String, Boolean> baseline = new LinkedHashMap<>();
        coldStarts.keySet().forEach(subject -> {
            String artifact = subject.artifact().getFileName().toString();
            users.computeIfAbsent(artifact, a -> new ArrayList<>()).add(subject.name());
            sizes.put(artifact, megabytes(subject));
            baseline.put(artifact, subject.kind() != ColdStartSubject.Kind.FUNCTION);
        });
        otherArtifacts.forEach((function, path) -> {
            String artifact = path.getFileName().toString();
            users.computeIfAbsent(artifact, a -> new ArrayList<>()).add(function);
            sizes.put(artifact, megabytes(path));
            baseline.putIfAbsent(artifact, false);
        });
        users.forEach((artifact, names) -> md.append("| `").append(artifact).append("` | ").append(String.join(", ", names))
                .append(" | ").append(f2(sizes.get(artifact))).append(" | ")
                .append(baseline.get(artifact) ? "baseline" : sizes.get(artifact) <= SIZE_TARGET_MB ? "PASS" : "FAIL").append(" |\n"));
        md.append('\n');
    }

    private void throughputSection(StringBuilder md) {
        md.append("## Throughput\n\n");
        md.append("In-process, ").append(settings.callers()).append(" parallel callers, each with its own handler instance (as ")
                .append("separate Lambda instances) or raw client, all with the functions' client settings. The raw side makes exactly ")
                .append("the write the handler's store makes for the operation (its conditions and the change-index attributes the ")
                .append("indicator job reads; the harness checks that items written by both sides carry the same attributes). Both ")
                .append("sides warm up alike, then take turns in chunks (").append(BallotThroughput.CHUNK).append(" ballots, ")
                .append(SignUpThroughput.CHUNK).append(" sign-ups), each going first in every other chunk, so neither gains from ")
                .append("the JIT having compiled the SDK code they share or from a smaller table. Since moto answers one ")
                .append("request at a time, the ratio mostly counts requests: every extra read of the handler costs throughput here. ")
                .append("Bounded in time as well as count: the ballots stop after ").append(2 * BallotThroughput.LIMIT.toSeconds())
                .append(" s and the sign-ups after ").append(2 * SignUpThroughput.LIMIT.toSeconds())
                .append(" s in all; rates are over the operations done. ")
                .append("Target: at least ").append(THROUGHPUT_TARGET).append("x raw.\n\n");
        md.append("| operation | done (handler / raw) | handler /s | raw /s | ratio | target | handler requests each | raw requests each |\n");
        md.append("|---|--:|--:|--:|--:|---|---|---|\n");
        throughputRow(md, "ballot (`POST /budget/rounds/{id}/ballots` vs conditional `UpdateItem`)", ballots.handler(), ballots.raw());
        throughputRow(md, "sign-up (`POST /trajectories/{id}/signups` vs `TransactWriteItems`)", signUps.handler(), signUps.raw());
        md.append('\n');
    }

    private static void throughputRow(StringBuilder md, String operation, Throughput handler, Throughput raw) {
        double ratio = handler.perSecond() / raw.perSecond();
        md.append("| ").append(operation).append(" | ").append(handler.operations()).append(" / ").append(raw.operations())
                .append(" | ").append(f0(handler.perSecond())).append(" | ").append(f0(raw.perSecond()))
                .append(" | ").append(f2(ratio)).append("x | ").append(ratio >= THROUGHPUT_TARGET ? "PASS" : "FAIL")
                .append(" | ").append(handler.requestsPerOperation()).append(" | ").append(raw.requestsPerOperation()).append(" |\n");
    }

    private void requestSection(StringBuilder md) {
        md.append("## DynamoDB requests per operation\n\n");
        md.append("Counted on the wire by an SDK `ExecutionInterceptor` on a handler built with its `(Environment, DynamoDbClient, Clock)` ")
                .append("constructor. Expected: a ballot is one write (plus its reads), a sign-up at most one transaction.\n\n");
        md.append("| operation | requests | total | writes | expected |\n|---|---|--:|--:|---|\n");
        for (RequestCounts.Counted counted : requestCounts) {
            long writes = counted.requests().entrySet().stream().filter(e -> WRITES.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
            String expected = counted.operation().startsWith("ballot") ? (writes == 1 ? "PASS (1 write)" : "FAIL (1 write)")
                    : counted.operation().startsWith("sign-up") ? (counted.requests().getOrDefault("TransactWriteItems", 0L) <= 1
                            && writes == counted.requests().getOrDefault("TransactWriteItems", 0L) ? "PASS (≤ 1 transaction)" : "FAIL (≤ 1 transaction)")
                    : "";
            md.append("| ").append(counted.operation()).append(" | ").append(describe(counted.requests()))
                    .append(" | ").append(counted.total()).append(" | ").append(writes).append(" | ").append(expected).append(" |\n");
        }
        md.append('\n');
    }

    private void tallySection(StringBuilder md) {
        md.append("## Algorithms\n\n");
        md.append("Tallies with `nl.stadmaken.budget.tally` on the Pabulib instances in `../shared/data/pabulib/` with the most ")
                .append("voters (Gdańsk) and the most projects (Wieliczka): two warm-up runs, then the median of ")
                .append(settings.tallyRuns()).append(". Reading includes parsing the file and building the ballot box (once, cold).\n\n");
        md.append("| instance | projects | voters | rule | read ms | median tally ms | winners |\n|---|--:|--:|---|--:|--:|--:|\n");
        for (TallyTimes.Timed timed : tallies) {
            md.append("| ").append(timed.instance()).append(" | ").append(timed.projects()).append(" | ").append(timed.voters())
                    .append(" | ").append(timed.rule()).append(" | ").append(f0(timed.readMs())).append(" | ")
                    .append(f1(timed.medianMs())).append(" | ").append(timed.winners()).append(" |\n");
        }
        md.append('\n');
        md.append("Panel draws with `nl.stadmaken.participation.sortition` (one draw each, in this JVM after a small warm-up draw; ")
                .append("the made-up pools have 4 features with 14 values, quotas of 80% to 120% of the population's share, and a ")
                .append("make-up unlike the population's). The panel-draw function answers within the HTTP API's 30 s; its ")
                .append("Lambda has 3 GB, which gives about two vCPUs.\n\n");
        md.append("| pool | members | panel | quotas | algorithm | ms | smallest probability |\n|---|--:|--:|--:|---|--:|--:|\n");
        for (DrawTimes.Timed timed : draws) {
            md.append("| ").append(timed.pool()).append(" | ").append(timed.poolSize()).append(" | ").append(timed.panelSize())
                    .append(" | ").append(timed.quotas()).append(" | ").append(timed.algorithm()).append(" | ").append(f0(timed.ms()))
                    .append(" | ").append(Double.isNaN(timed.minimumProbability()) ? "no panel" : String.format(Locale.ROOT, "%.4f", timed.minimumProbability()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private void incrementalSection(StringBuilder md) {
        if (incremental.isEmpty()) {
            return;
        }
        md.append("Indicator job when 1% of the stored items changed: ").append(String.format(Locale.ROOT, "%,d", incremental.get(0).storedItems()))
                .append(" sign-ups lie in the participation table, stamped before the job's watermark; 1% of them are withdrawn, ")
                .append("then the job runs (one run, its DynamoDB requests counted). Against it the least a full recomputation ")
                .append("must do: scan every item and derive its facts, in memory, writing nothing.\n\n");
        md.append("| run | stored items | items read | DynamoDB requests | ms |\n|---|--:|--:|--:|--:|\n");
        for (IncrementalRuns.Measured measured : incremental) {
            md.append("| ").append(measured.run()).append(" | ").append(String.format(Locale.ROOT, "%,d", measured.storedItems()))
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", measured.itemsRead())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", measured.requests())).append(" | ").append(f0(measured.ms())).append(" |\n");
        }
        md.append('\n');
    }

    private List<Double> walls(ColdStartSubject.Kind kind) {
        return coldStarts.entrySet().stream().filter(e -> e.getKey().kind() == kind).findFirst()
                .map(e -> e.getValue().stream().map(ColdStartRun::wallMs).toList())
                .orElseThrow(() -> new IllegalStateException("no " + kind + " baseline was measured"));
    }

    /** A ratio with its 95% interval, {@code 1.08x (1.02–1.13)}. */
    private static String ratio(Stats.Ratio ratio) {
        return f2(ratio.value()) + "x (" + f2(ratio.low()) + "–" + f2(ratio.high()) + ")";
    }

    /** Flags a run whose first response was an error, since its time would not be a real first response. */
    private static String statuses(List<ColdStartRun> runs) {
        List<Integer> wrong = runs.stream().map(ColdStartRun::status).filter(status -> status != 0 && status != 200).distinct().toList();
        return wrong.isEmpty() ? "" : " (answered " + wrong + ")";
    }

    private static String describe(Map<String, Long> requests) {
        StringBuilder text = new StringBuilder();
        requests.forEach((operation, count) -> text.append(text.isEmpty() ? "" : ", ").append(operation).append(' ').append(count));
        return text.isEmpty() ? "none" : text.toString();
    }

    private static double megabytes(ColdStartSubject subject) {
        return megabytes(subject.artifact());
    }

    private static double megabytes(Path artifact) {
        try {
            return Files.size(artifact) / 1_000_000.0;
        } catch (IOException e) {
            throw new UncheckedIOException("no artifact at " + artifact, e);
        }
    }

    private static String f0(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String f1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String f2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
