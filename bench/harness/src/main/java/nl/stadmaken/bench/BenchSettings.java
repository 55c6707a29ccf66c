package nl.stadmaken.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * How much to measure. {@code --only} names the sections to run (while working on one figure); a partial report goes
 * to {@code bench/harness/target/BENCHMARKS-partial.md} unless {@code --report} says otherwise, so it never replaces
 * the whole one.
 */
record BenchSettings(int coldStartRuns, int ballots, int signUps, int callers, int tallyRuns, int storedItems, Path report,
                     Set<String> sections) {

    static final Set<String> SECTIONS = Set.of("cold-starts", "throughput", "requests", "tallies", "incremental", "draws");
    private static final String USAGE = "usage: bin/bench [--runs N] [--ballots N] [--signups N] [--callers N] [--tally-runs N] "
            + "[--stored-items N] [--report FILE] [--only SECTION,...] with sections " + new TreeSet<>(SECTIONS);

    static BenchSettings parse(String[] args, Path repository) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException(USAGE);
        }
        BenchSettings settings = new BenchSettings(15, 2_000, 400, 8, 5, 100_000, null, SECTIONS);
        for (int i = 0; i + 1 < args.length; i += 2) {
            settings = settings.with(args[i], args[i + 1]);
        }
        if (settings.report == null) {
            Path report = settings.sections.equals(SECTIONS) ? repository.resolve("BENCHMARKS.md")
                    : repository.resolve("bench/harness/target/BENCHMARKS-partial.md");
            settings = settings.withReport(report);
        }
        return settings;
    }

    boolean runs(String section) {
        return sections.contains(section);
    }

    private BenchSettings withReport(Path path) {
        return new BenchSettings(coldStartRuns, ballots, signUps, callers, tallyRuns, storedItems, path, sections);
    }

    private BenchSettings withSections(String list) {
        Set<String> named = Set.copyOf(Arrays.asList(list.split(",")));
        if (!SECTIONS.containsAll(named)) {
            throw new IllegalArgumentException(USAGE);
        }
        return new BenchSettings(coldStartRuns, ballots, signUps, callers, tallyRuns, storedItems, report, named);
    }

    private BenchSettings with(String option, String value) {
        return switch (option) {
            case "--runs" -> new BenchSettings(Integer.parseInt(value), ballots, signUps, callers, tallyRuns, storedItems, report, sections);
            case "--ballots" -> new BenchSettings(coldStartRuns, Integer.parseInt(value), signUps, callers, tallyRuns, storedItems, report, sections);
            case "--signups" -> new BenchSettings(coldStartRuns, ballots, Integer.parseInt(value), callers, tallyRuns, storedItems, report, sections);
            case "--callers" -> new BenchSettings(coldStartRuns, ballots, signUps, Integer.parseInt(value), tallyRuns, storedItems, report, sections);
            case "--tally-runs" -> new BenchSettings(coldStartRuns, ballots, signUps, callers, Integer.parseInt(value), storedItems, report, sections);
            case "--stored-items" -> new BenchSettings(coldStartRuns, ballots, signUps, callers, tallyRuns, Integer.parseInt(value), report, sections);
            case "--report" -> withReport(Path.of(value).toAbsolutePath());
            case "--only" -> withSections(value);
            default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
        };
    }
}
