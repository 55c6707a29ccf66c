package nl.stadmaken.participation.sortition;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One person in the pool, known only by a pseudonymous id.
 *
 * @param id pseudonymous id, unique within the pool
 * @param features feature name to this member's value, e.g. {@code age_bracket -> 30-44}
 * @param household key shared by members of one household; empty when unknown
 */
public record Member(String id, Map<String, String> features, Optional<String> household) {

    public Member {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("member id must not be blank");
        }
        features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
        household = household.filter(key -> !key.isBlank());
    }

    public Member(String id, Map<String, String> features) {
        this(id, features, Optional.empty());
    }

    public Optional<String> valueOf(String feature) {
        return Optional.ofNullable(features.get(feature));
    }
}
