package nl.stadmaken.participation.sortition;

import java.util.Comparator;
import java.util.Objects;

/** A value of one feature, such as {@code Gender=Female}; quotas and infeasibility reasons are stated per feature value. */
public record FeatureValue(String feature, String value) implements Comparable<FeatureValue> {

    private static final Comparator<FeatureValue> ORDER =
            Comparator.comparing(FeatureValue::feature).thenComparing(FeatureValue::value);

    public FeatureValue {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(value, "value");
    }

    public boolean isHeldBy(Member member) {
        return value.equals(member.features().get(feature));
    }

    @Override
    public int compareTo(FeatureValue other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return feature + "=" + value;
    }
}
