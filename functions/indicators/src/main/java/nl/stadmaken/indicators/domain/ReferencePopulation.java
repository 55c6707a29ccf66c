package nl.stadmaken.indicators.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.ProblemException;

/**
 * Residents per area or age band, to compare sign-ups with (CSV {@code area_kind,area,residents,reference_date,source_note}).
 * Kinds: {@code city}, {@code stadsdeel}, {@code wijk} (CBS code) and {@code ageBand} (CBS bands); staff replace it
 * as better statistics come.
 */
public record ReferencePopulation(String csv, Map<String, Map<String, Long>> residents) {

    public static final String HEADER = "area_kind,area,residents,reference_date,source_note";
    private static final Set<String> KINDS = Set.of("city", "stadsdeel", "wijk", "ageBand");

    public ReferencePopulation {
        residents = Map.copyOf(residents);
    }

    public static ReferencePopulation bundled() {
        try (InputStream in = ReferencePopulation.class.getResourceAsStream("/indicators/population.csv")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the reference population cannot be read", e);
        }
    }

    /** Refuses the whole file, naming each wrong line, if any line is wrong. */
    public static ReferencePopulation parse(String csv) {
        FieldCheck check = new FieldCheck();
        String[] lines = csv.replace("\r", "").strip().split("\n");
        check.check(lines.length > 1 && lines[0].strip().equals(HEADER), "csv", "must start with the header " + HEADER + " and have rows");
        Map<String, Map<String, Long>> residents = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", 5);
            String where = "csv.line[" + (i + 1) + "]";
            if (cells.length < 3 || !KINDS.contains(cells[0].strip())) {
                errors.add(new FieldError(where, "needs a kind (" + String.join(", ", KINDS) + "), an area and residents"));
                continue;
            }
            try {
                long count = Long.parseLong(cells[2].strip());
                if (count < 0) {
                    throw new NumberFormatException();
                }
                residents.computeIfAbsent(cells[0].strip(), kind -> new LinkedHashMap<>()).put(cells[1].strip(), count);
            } catch (NumberFormatException e) {
                errors.add(new FieldError(where, "residents must be a whole number of at least 0"));
            }
        }
        errors.forEach(error -> check.add(error.field(), error.message()));
        check.throwIfAny();
        if (residents.isEmpty()) {
            throw ProblemException.validation("csv", "has no rows");
        }
        return new ReferencePopulation(csv, residents);
    }

    /** Residents per group of a breakdown ({@code stadsdeel}, {@code wijk}, {@code ageBand}); empty where unknown. */
    public Map<String, Long> groups(String dimension) {
        return residents.getOrDefault(dimension, Map.of());
    }
}
