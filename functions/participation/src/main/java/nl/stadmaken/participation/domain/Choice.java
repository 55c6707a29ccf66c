package nl.stadmaken.participation.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The closed choices of a trajectory, each with the word residents and staff use for it. */
public final class Choice {

    private Choice() {
    }

    /** Trajectory: residents influence a decision. Panel: residents sign up to be drawn by lot. */
    public enum Kind { TRAJECTORY, PANEL }

    /** The participatieladder: how much say participants get. */
    public enum Level { INFORMEREN, RAADPLEGEN, ADVISEREN, COPRODUCEREN, MEEBESLISSEN, ZELFBEHEER }

    /** Who takes the decision: the college (mayor and aldermen), the raad (council) or a wijkplatform. */
    public enum DecidingBody { COLLEGE, RAAD, WIJKPLATFORM }

    /** CBS age bands, so sign-ups can be compared with the population. */
    public enum AgeBand {
        UNDER_15("0-15"), FROM_15_TO_25("15-25"), FROM_25_TO_45("25-45"), FROM_45_TO_65("45-65"), FROM_65("65+");

        private final String label;

        AgeBand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Optional<AgeBand> ofLabel(String label) {
            return Arrays.stream(values()).filter(band -> band.label.equals(label)).findFirst();
        }

        public static String labels() {
            return Arrays.stream(values()).map(AgeBand::label).collect(Collectors.joining(", "));
        }
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
        if (word == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, word.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> String words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::word).collect(Collectors.joining(", "));
    }
}
