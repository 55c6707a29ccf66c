package nl.stadmaken.participation.sortition;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The quotas of a draw, kept sorted by feature and value so that their order in the input never matters. */
public record Quotas(List<Quota> quotas) {

    public Quotas {
        quotas = quotas.stream().sorted(Comparator.comparing(Quota::featureValue)).toList();
        Set<FeatureValue> seen = new HashSet<>();
        for (Quota quota : quotas) {
            if (!seen.add(quota.featureValue())) {
                throw new IllegalArgumentException("more than one quota for " + quota.featureValue());
            }
        }
    }

    public static Quotas none() {
        return new Quotas(List.of());
    }

    public SortedSet<String> features() {
        TreeSet<String> features = new TreeSet<>();
        quotas.forEach(quota -> features.add(quota.feature()));
        return features;
    }

    public List<Quota> forFeature(String feature) {
        return quotas.stream().filter(quota -> quota.feature().equals(feature)).toList();
    }

    public boolean covers(FeatureValue featureValue) {
        return quotas.stream().anyMatch(quota -> quota.featureValue().equals(featureValue));
    }
}
