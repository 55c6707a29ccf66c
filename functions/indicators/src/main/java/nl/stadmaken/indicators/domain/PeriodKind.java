package nl.stadmaken.indicators.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The periods figures are computed for. */
public enum PeriodKind {
    MONTH, QUARTER, YEAR;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PeriodKind> ofWord(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word().equals(word)).findFirst();
    }
}
