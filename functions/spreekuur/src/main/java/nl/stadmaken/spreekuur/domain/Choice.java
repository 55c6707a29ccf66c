package nl.stadmaken.spreekuur.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Closed choices travel as lower-case words in JSON (for example {@code participatiebankje}). */
public final class Choice {

    private Choice() {
    }

    public static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> word(value).equals(word)).findFirst();
    }

    public static <E extends Enum<E>> String words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::word).collect(Collectors.joining(", "));
    }
}
