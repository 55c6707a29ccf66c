package nl.stadmaken.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Medians, since one slow run on a shared machine should not move a figure, and how far a ratio of them can be trusted. */
final class Stats {

    static final int RESAMPLES = 2_000;
    /** Fixed, so the same runs give the same interval. */
    private static final long SEED = 20_260_301L;

    private Stats() {
    }

    static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A ratio of medians with the interval it falls in on 95% of resamplings. */
    record Ratio(double value, double low, double high) {
    }

    /**
     * The ratio of the medians of {@code subject} and {@code baseline}, whose runs are paired by round (the {@code i}th
     * of each ran in the same round), with a 95% bootstrap interval: whole rounds are drawn again with replacement, so a
     * slow moment on the machine that slowed both stays paired. A target inside the interval is within the noise.
     */
    static Ratio ratio(List<Double> subject, List<Double> baseline) {
        if (subject.size() != baseline.size() || subject.isEmpty()) {
            throw new IllegalArgumentException("runs must be paired by round: " + subject.size() + " against " + baseline.size());
        }
        int rounds = subject.size();
        SplittableRandom random = new SplittableRandom(SEED);
        double[] ratios = new double[RESAMPLES];
        double[] drawnSubject = new double[rounds];
        double[] drawnBaseline = new double[rounds];
        for (int resample = 0; resample < RESAMPLES; resample++) {
            for (int i = 0; i < rounds; i++) {
                int round = random.nextInt(rounds);
                drawnSubject[i] = subject.get(round);
                drawnBaseline[i] = baseline.get(round);
            }
            ratios[resample] = median(drawnSubject) / median(drawnBaseline);
        }
        Arrays.sort(ratios);
        return new Ratio(median(subject) / median(baseline), ratios[(int) (RESAMPLES * 0.025)], ratios[(int) (RESAMPLES * 0.975) - 1]);
    }

    /** Sorts {@code values} in place. */
    private static double median(double[] values) {
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
