package nl.stadmaken.spreekuur.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.stadmaken.shared.problem.FieldCheck;

/** A host as staff send it; the id comes from the path and is the host's stable public name. */
public record HostForm(String name, String role, List<String> topics) {

    public static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public Host toHost(String id, String feedTokenHash, FieldCheck check) {
        check.check(id.length() >= 3 && id.length() <= 64 && ID.matcher(id).matches(), "id",
                "3 to 64 lower-case letters, digits and hyphens");
        String checkedName = check.text("name", name, 200, true);
        Role checkedRole = check.choice("role", role, word -> Choice.parse(Role.class, word).orElse(null),
                Choice.words(Role.class), true);
        List<String> checkedTopics = new ArrayList<>();
        if (topics != null) {
            check.check(topics.size() <= 20, "topics", "at most 20");
            for (int i = 0; i < Math.min(topics.size(), 20); i++) {
                String topic = check.text("topics[" + i + "]", topics.get(i), 60, true);
                if (topic != null) {
                    checkedTopics.add(topic);
                }
            }
        }
        return new Host(id, checkedName, checkedRole, checkedTopics, feedTokenHash);
    }
}
