package nl.stadmaken.participation.sortition;

import java.util.Objects;

/**
 * Everything a draw depends on. Construction rejects input that is malformed rather than merely infeasible: every member
 * must have a value for every quota feature, and that value must have a quota.
 */
public record DrawRequest(Pool pool, Quotas quotas, int panelSize, HouseholdRule householdRule, Algorithm algorithm, Seed seed) {

    public DrawRequest {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(quotas, "quotas");
        Objects.requireNonNull(householdRule, "householdRule");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(seed, "seed");
        if (panelSize < 1) {
            throw new IllegalArgumentException("panel size must be at least 1, got " + panelSize);
        }
        for (Member member : pool.members()) {
            for (String feature : quotas.features()) {
                String value = member.features().get(feature);
                if (value == null) {
                    throw new IllegalArgumentException("member " + member.id() + " has no value for " + feature);
                }
                if (!quotas.covers(new FeatureValue(feature, value))) {
                    throw new IllegalArgumentException("member " + member.id() + " has " + feature + "=" + value + ", which has no quota");
                }
            }
        }
    }

    public DrawRequest withSeed(Seed otherSeed) {
        return new DrawRequest(pool, quotas, panelSize, householdRule, algorithm, otherSeed);
    }

    public DrawRequest withAlgorithm(Algorithm otherAlgorithm) {
        return new DrawRequest(pool, quotas, panelSize, householdRule, otherAlgorithm, seed);
    }
}
