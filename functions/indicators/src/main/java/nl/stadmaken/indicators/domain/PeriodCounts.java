package nl.stadmaken.indicators.domain;

import java.util.Map;
import java.util.TreeMap;

/** The counters of one period as the job has kept them. */
public record PeriodCounts(Map<Counter, Long> counters) {

    public PeriodCounts {
        counters = Map.copyOf(counters);
    }

    public long get(Counter counter) {
        return counters.getOrDefault(counter, 0L);
    }

    public long total(String metric) {
        return get(Counter.total(metric));
    }

    /** The cells of one breakdown of a metric, sorted by cell; cells at zero are left out. */
    public Map<String, Long> cells(String metric, String dimension) {
        Map<String, Long> cells = new TreeMap<>();
        counters.forEach((counter, amount) -> {
            if (counter.metric().equals(metric) && counter.dimension().equals(dimension) && amount != 0) {
                cells.put(counter.cell(), amount);
            }
        });
        return cells;
    }
}
