package nl.stadmaken.indicators.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which stadsdeel each CBS wijk of Haarlem lies in, from the bundled {@code wijken.csv}. */
public record WijkAreas(Map<String, String> stadsdeelOfWijk) {

    public WijkAreas {
        stadsdeelOfWijk = Map.copyOf(stadsdeelOfWijk);
    }

    public static WijkAreas haarlem() {
        Map<String, String> areas = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                WijkAreas.class.getResourceAsStream("/indicators/wijken.csv"), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] cells = line.split(",");
                areas.put(cells[0].strip(), cells[2].strip());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("wijken.csv cannot be read", e);
        }
        return new WijkAreas(areas);
    }

    public Optional<String> stadsdeel(String wijk) {
        return Optional.ofNullable(wijk == null ? null : stadsdeelOfWijk.get(wijk));
    }

    public boolean isWijk(String code) {
        return stadsdeelOfWijk.containsKey(code);
    }
}
