package nl.stadmaken.indicators.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Mean answer to a question with its 95% confidence interval (Student's t on the sample standard deviation), from the
 * number of answers per scale value. With one answer there is no spread to estimate, so no interval.
 */
public record ScoreSummary(long n, double mean, Double standardDeviation, Double lower, Double upper,
                           Map<Integer, Long> distribution) {

    public static ScoreSummary of(Map<Integer, Long> distribution) {
        long n = 0;
        double sum = 0;
        for (Map.Entry<Integer, Long> entry : distribution.entrySet()) {
            n += entry.getValue();
            sum += (double) entry.getKey() * entry.getValue();
        }
        if (n == 0) {
            throw new IllegalArgumentException("a score needs at least one answer");
        }
        double mean = sum / n;
        if (n == 1) {
            return new ScoreSummary(n, mean, null, null, null, new TreeMap<>(distribution));
        }
        double squares = 0;
        for (Map.Entry<Integer, Long> entry : distribution.entrySet()) {
            double deviation = entry.getKey() - mean;
            squares += deviation * deviation * entry.getValue();
        }
        double sd = Math.sqrt(squares / (n - 1));
        double margin = StudentT.critical95((int) Math.min(Integer.MAX_VALUE, n - 1)) * sd / Math.sqrt(n);
        return new ScoreSummary(n, mean, sd, mean - margin, mean + margin, new TreeMap<>(distribution));
    }
}
