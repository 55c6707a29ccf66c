package nl.stadmaken.participation.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Haarlem's wijken, read from a data file ({@code cbs_code,wijk,stadsdeel}) so a new division is a data change. */
public final class Wijken {

    private final Map<String, Wijk> byCode;
    private final List<Wijk> ordered;

    public Wijken(List<Wijk> wijken) {
        Map<String, Wijk> map = new LinkedHashMap<>();
        wijken.forEach(wijk -> map.put(wijk.code(), wijk));
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(wijken);
    }

    public static Wijken fromCsv(InputStream csv) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.trim().equals("cbs_code,wijk,stadsdeel")) {
                throw new IllegalArgumentException("wijken file must start with cbs_code,wijk,stadsdeel");
            }
            List<Wijk> wijken = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 3) {
                    throw new IllegalArgumentException("wijken file: expected 3 columns in: " + line);
                }
                wijken.add(new Wijk(cells[0].trim(), cells[1].trim(), cells[2].trim()));
            }
            return new Wijken(wijken);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read wijken", e);
        }
    }

    /** The data file shipped with the function. */
    public static Wijken haarlem() {
        InputStream csv = Wijken.class.getResourceAsStream("/wijken.csv");
        if (csv == null) {
            throw new IllegalStateException("wijken.csv is missing from the function's resources");
        }
        return fromCsv(csv);
    }

    public Optional<Wijk> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Wijk> all() {
        return ordered;
    }
}
