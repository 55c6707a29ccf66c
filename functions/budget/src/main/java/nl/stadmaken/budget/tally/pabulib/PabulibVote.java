package nl.stadmaken.budget.tally.pabulib;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A row of the VOTES section: voter id, the listed project ids in ballot order, and the other columns by name. */
public record PabulibVote(String voterId, List<String> vote, Map<String, String> attributes) {

    public PabulibVote {
        Objects.requireNonNull(voterId, "voterId");
        vote = List.copyOf(vote);
        if (new HashSet<>(vote).size() != vote.size()) {
            throw new IllegalArgumentException("voter " + voterId + " lists a project twice");
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
