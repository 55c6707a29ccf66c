package nl.stadmaken.indicators.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one source item adds to the counters of every period it falls in, keyed {@code <period>|<metric>|<dimension>|<cell>}.
 * Only numbers and area or group words: nothing that names a person. Keeping the last fact of each item lets a change
 * be applied as the difference between old and new, so withdrawals, moves and cancellations come out right.
 */
public record Fact(Map<String, Long> counters) {

    public static final Fact NONE = new Fact(Map.of());

    public Fact {
        counters = Map.copyOf(counters);
    }

    public static Fact of(List<Contribution> contributions) {
        Map<String, Long> counters = new HashMap<>();
        for (Contribution contribution : contributions) {
            for (Period period : Period.containing(contribution.day())) {
                counters.merge(period.key() + "|" + contribution.counter().text(), contribution.amount(), Long::sum);
            }
        }
        counters.values().removeIf(amount -> amount == 0);
        return new Fact(counters);
    }

    /** What must be added to the counters to go from {@code old} to this fact; counters that do not move are left out. */
    public Map<String, Long> changeFrom(Fact old) {
        Map<String, Long> change = new TreeMap<>(counters);
        old.counters.forEach((key, amount) -> change.merge(key, -amount, Long::sum));
        change.values().removeIf(amount -> amount == 0);
        return change;
    }

    public static String period(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    public static Counter counter(String key) {
        return Counter.parse(key.substring(key.indexOf('|') + 1));
    }
}
