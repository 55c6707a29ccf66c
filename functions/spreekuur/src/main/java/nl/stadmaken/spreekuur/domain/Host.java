package nl.stadmaken.spreekuur.domain;

import java.util.List;
import java.util.Locale;

/** A college member who holds office hours. {@code feedTokenHash} is the keyed hash of the staff calendar feed token. */
public record Host(String id, String name, Role role, List<String> topics, String feedTokenHash) {

    public Host {
        topics = List.copyOf(topics);
    }

    public boolean covers(String topic) {
        String wanted = topic.toLowerCase(Locale.ROOT);
        return topics.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
