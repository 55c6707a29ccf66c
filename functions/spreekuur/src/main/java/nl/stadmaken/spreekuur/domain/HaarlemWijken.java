package nl.stadmaken.spreekuur.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The CBS wijk codes a slot may be held in: the first column of the bundled {@code wijken.csv}. */
final class HaarlemWijken {

    static final Set<String> CODES = load();

    private HaarlemWijken() {
    }

    private static Set<String> load() {
        InputStream csv = HaarlemWijken.class.getResourceAsStream("/wijken.csv");
        if (csv == null) {
            throw new IllegalStateException("wijken.csv is missing from the function's resources");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.substring(0, line.indexOf(',')).strip())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("wijken.csv cannot be read", e);
        }
    }
}
