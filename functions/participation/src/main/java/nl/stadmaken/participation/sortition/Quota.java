package nl.stadmaken.participation.sortition;

import java.util.Objects;

/** How many panel members must, and may, have one feature value. */
public record Quota(FeatureValue featureValue, int min, int max) {

    public Quota {
        Objects.requireNonNull(featureValue, "featureValue");
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("quota " + featureValue + " needs 0 <= min <= max, got " + min + ".." + max);
        }
    }

    public Quota(String feature, String value, int min, int max) {
        this(new FeatureValue(feature, value), min, max);
    }

    public String feature() {
        return featureValue.feature();
    }

    public boolean admits(int count) {
        return min <= count && count <= max;
    }
}
