package nl.stadmaken.bench;

import java.nio.file.Path;

/** How much to measure. */
record BenchSettings(int coldStartRuns, int ballots, int signUps, int callers, int tallyRuns, int storedItems, Path report) {

    static BenchSettings parse(String[] args, Path repository) {
        BenchSettings settings = new BenchSettings(7, 2_000, 400, 8, 5, 100_000, repository.resolve("BENCHMARKS.md"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            settings = settings.with(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: bin/bench [--runs N] [--ballots N] [--signups N] [--callers N] [--tally-runs N] [--stored-items N] [--report FILE]");
        }
        return settings;
    }

    private BenchSettings with(String option, String value) {
        return switch (option) {
            case "--runs" -> new BenchSettings(Integer.parseInt(value), ballots, signUps, callers, tallyRuns, storedItems, report);
            case "--ballots" -> new BenchSettings(coldStartRuns, Integer.parseInt(value), signUps, callers, tallyRuns, storedItems, report);
            case "--signups" -> new BenchSettings(coldStartRuns, ballots, Integer.parseInt(value), callers, tallyRuns, storedItems, report);
            case "--callers" -> new BenchSettings(coldStartRuns, ballots, signUps, Integer.parseInt(value), tallyRuns, storedItems, report);
            case "--tally-runs" -> new BenchSettings(coldStartRuns, ballots, signUps, callers, Integer.parseInt(value), storedItems, report);
            case "--stored-items" -> new BenchSettings(coldStartRuns, ballots, signUps, callers, tallyRuns, Integer.parseInt(value), report);
            case "--report" -> new BenchSettings(coldStartRuns, ballots, signUps, callers, tallyRuns, storedItems, Path.of(value).toAbsolutePath());
            default -> throw new IllegalArgumentException("unknown option " + option);
        };
    }
}
