package nl.stadmaken.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.stadmaken.budget.tally.BallotBox;
import nl.stadmaken.budget.tally.TallyRule;
import nl.stadmaken.budget.tally.pabulib.PabulibInstance;
import nl.stadmaken.budget.tally.pabulib.PabulibReader;

/** Tally times on real Pabulib instances: warmed up, then the median of several runs. */
final class TallyTimes {

    private static final int WARM_UP = 2;

    private TallyTimes() {
    }

    record Timed(String instance, int projects, int voters, String rule, double readMs, double medianMs, int winners) {
    }

    static List<Timed> measure(List<Path> files, List<TallyRule> rules, int runs) {
        List<Timed> timed = new ArrayList<>();
        for (Path file : files) {
            long start = System.nanoTime();
            PabulibInstance instance = read(file);
            BallotBox box = instance.toBallotBox();
            double readMs = (System.nanoTime() - start) / 1e6;
            for (TallyRule rule : rules) {
                for (int i = 0; i < WARM_UP; i++) {
                    rule.tally(box);
                }
                List<Double> times = new ArrayList<>();
                int winners = 0;
                for (int i = 0; i < runs; i++) {
                    long before = System.nanoTime();
                    winners = rule.tally(box).winners().size();
                    times.add((System.nanoTime() - before) / 1e6);
                }
                timed.add(new Timed(file.getFileName().toString(), instance.projects().size(), instance.votes().size(),
                        rule.ruleName(), readMs, Stats.median(times), winners));
            }
        }
        return timed;
    }

    private static PabulibInstance read(Path file) {
        try {
            return PabulibReader.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
