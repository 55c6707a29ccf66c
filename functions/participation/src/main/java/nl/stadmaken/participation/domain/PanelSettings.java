package nl.stadmaken.participation.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.stadmaken.shared.problem.FieldCheck;

/**
 * What a panel trajectory asks of those who sign up, so that a panel can be drawn by lot with quotas: one value for
 * each stratification feature (for example {@code leeftijd} or {@code geslacht}), and an address when at most one
 * member per household may be drawn.
 *
 * @param features the features, in the order the sign-up form shows them
 * @param oneMemberPerHousehold whether sign-ups give an address, kept only as a keyed hash
 */
public record PanelSettings(List<Feature> features, boolean oneMemberPerHousehold) {

    public static final int MAX_FEATURES = 10;
    public static final int MAX_VALUES = 40;
    private static final Pattern NAME = Pattern.compile("^[a-z][a-zA-Z0-9_]{0,39}$");
    /** A Dutch postcode and house number with any addition, as in {@code 2011 AB 12-a}. */
    private static final Pattern ADDRESS = Pattern.compile("^([1-9][0-9]{3}) ?([A-Z]{2})[ ,-]*([1-9][0-9]{0,4})[ -]?([A-Z0-9]{0,6})$");

    public record Feature(String name, List<String> values) {
        public Feature {
            values = List.copyOf(values);
        }
    }

    public PanelSettings {
        features = List.copyOf(features);
    }

    public Optional<Feature> feature(String name) {
        return features.stream().filter(feature -> feature.name().equals(name)).findFirst();
    }

    /** As staff send it; null when the form has no panel part. */
    public record Form(List<FeatureForm> features, Boolean oneMemberPerHousehold) {

        public record FeatureForm(String name, List<String> values) {
        }

        PanelSettings check(FieldCheck check) {
            List<Feature> checked = new ArrayList<>();
            List<FeatureForm> given = features == null ? List.of() : features;
            check.check(given.size() <= MAX_FEATURES, "panel.features", "at most " + MAX_FEATURES + " features");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < given.size() && i < MAX_FEATURES; i++) {
                String field = "panel.features[" + i + "]";
                FeatureForm feature = given.get(i);
                if (feature == null) {
                    check.add(field, "required");
                    continue;
                }
                String name = check.pattern(field + ".name", feature.name(), NAME,
                        "a letter, then letters, digits or underscores (at most 40)", true);
                check.check(name == null || names.add(name), field + ".name", "named twice");
                List<String> values = new ArrayList<>();
                List<String> givenValues = feature.values() == null ? List.of() : feature.values();
                check.check(!givenValues.isEmpty() && givenValues.size() <= MAX_VALUES, field + ".values",
                        "between 1 and " + MAX_VALUES + " values");
                for (int v = 0; v < givenValues.size() && v < MAX_VALUES; v++) {
                    String value = check.text(field + ".values[" + v + "]", givenValues.get(v), 80, true);
                    if (value != null) {
                        check.check(!values.contains(value), field + ".values[" + v + "]", "listed twice");
                        values.add(value);
                    }
                }
                if (name != null) {
                    checked.add(new Feature(name, values));
                }
            }
            return new PanelSettings(checked, Boolean.TRUE.equals(oneMemberPerHousehold));
        }
    }

    /** The sign-up's value for every feature, each one of the feature's values, and no others. */
    public Map<String, String> checkAnswers(Map<String, String> answers, FieldCheck check) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        for (String name : given.keySet()) {
            check.check(feature(name).isPresent(), "features." + name, "not a feature of this panel");
        }
        Map<String, String> checked = new TreeMap<>();
        for (Feature feature : features) {
            String field = "features." + feature.name();
            String value = given.get(feature.name());
            if (value == null) {
                check.add(field, "required: one of " + String.join(", ", feature.values()));
            } else if (!feature.values().contains(value)) {
                check.add(field, "one of " + String.join(", ", feature.values()));
            } else {
                checked.put(feature.name(), value);
            }
        }
        return checked;
    }

    /** The address in one canonical form (postcode, house number, addition), or null after adding an error. */
    public static String checkAddress(String address, FieldCheck check) {
        if (address == null || address.isBlank()) {
            check.add("household", "required: postcode and house number, for example 2011 AB 12");
            return null;
        }
        String upper = address.strip().toUpperCase(Locale.ROOT);
        var matcher = upper.length() > 40 ? null : ADDRESS.matcher(upper);
        if (matcher == null || !matcher.matches()) {
            check.add("household", "postcode and house number, for example 2011 AB 12");
            return null;
        }
        return matcher.group(1) + matcher.group(2) + " " + matcher.group(3) + (matcher.group(4).isEmpty() ? "" : "-" + matcher.group(4));
    }
}
