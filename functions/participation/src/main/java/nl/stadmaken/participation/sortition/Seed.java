package nl.stadmaken.participation.sortition;

import java.util.Objects;

/** The public seed of a draw; numbers and text are both kept as text so that every seed has one canonical form. */
public record Seed(String text) {

    public Seed {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("seed must not be empty");
        }
    }

    public static Seed of(long number) {
        return new Seed(Long.toString(number));
    }

    public static Seed of(String text) {
        return new Seed(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
