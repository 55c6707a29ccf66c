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
import java.util.TreeMap;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.ProblemException;

/**
 * Residents per area or age band, to compare sign-ups with. Kinds: {@code city}, {@code stadsdeel}, {@code wijk} (CBS
 * code) and {@code ageBand} (a CBS band as the area, city-wide); staff replace it as better statistics come. The CSV is
 * {@code area_kind,area,residents,reference_date,source_note}, or with an {@code age_band} column after the area, so
 * that a table such as CBS's "Kerncijfers wijken en buurten" goes in as it is: a row per area and band, a row without a
 * band for all ages of the area.
 */
public record ReferencePopulation(String csv, Map<String, Map<String, Long>> residents,
                                  Map<String, Map<String, Map<String, Long>>> bandsByArea) {

    public static final String HEADER = "area_kind,area,residents,reference_date,source_note";
    public static final String HEADER_BY_AGE = "area_kind,area,age_band,residents,reference_date,source_note";
    private static final String AGE_BAND = "ageBand";
    private static final Set<String> KINDS = Set.of("city", "stadsdeel", "wijk", AGE_BAND);
    private static final List<String> BANDS = List.of("0-15", "15-25", "25-45", "45-65", "65+");
    /** Where the city's age bands come from when no row gives them city-wide: the finest areas first. */
    private static final List<String> BANDED_AREAS = List.of("wijk", "stadsdeel");

    public ReferencePopulation {
        residents = Map.copyOf(residents);
        bandsByArea = Map.copyOf(bandsByArea);
    }

    public ReferencePopulation(String csv, Map<String, Map<String, Long>> residents) {
        this(csv, residents, Map.of());
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
        String header = lines[0].strip();
        boolean byAge = header.equals(HEADER_BY_AGE);
        check.check(lines.length > 1 && (byAge || header.equals(HEADER)), "csv",
                "must start with the header " + HEADER + " (or " + HEADER_BY_AGE + ") and have rows");
        Map<String, Map<String, Long>> residents = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Long>>> bandsByArea = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", byAge ? 6 : 5);
            String where = "csv.line[" + (i + 1) + "]";
            int count = byAge ? 4 : 3;
            if (cells.length < count || !KINDS.contains(cells[0].strip())) {
                errors.add(new FieldError(where, "needs a kind (" + String.join(", ", KINDS) + "), an area and residents"));
                continue;
            }
            String kind = cells[0].strip();
            String area = cells[1].strip();
            String band = byAge ? cells[2].strip() : "";
            if (!band.isEmpty() && (!BANDS.contains(band) || kind.equals(AGE_BAND))) {
                errors.add(new FieldError(where, "age_band must be one of " + String.join(", ", BANDS) + ", for an area"));
                continue;
            }
            try {
                long people = Long.parseLong(cells[count - 1].strip());
                if (people < 0) {
                    throw new NumberFormatException();
                }
                if (band.isEmpty()) {
                    residents.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(area, people);
                } else {
                    bandsByArea.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(area, a -> new LinkedHashMap<>())
                            .put(band, people);
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError(where, "residents must be a whole number of at least 0"));
            }
        }
        errors.forEach(error -> check.add(error.field(), error.message()));
        check.throwIfAny();
        if (residents.isEmpty() && bandsByArea.isEmpty()) {
            throw ProblemException.validation("csv", "has no rows");
        }
        return new ReferencePopulation(csv, residents, bandsByArea);
    }

    /**
     * Residents per group of a breakdown ({@code stadsdeel}, {@code wijk}, {@code ageBand}); empty where unknown. The
     * city's age bands are its {@code ageBand} rows, its own banded row, or else the bands of its wijken (or, failing
     * those, of its stadsdelen) added up.
     */
    public Map<String, Long> groups(String dimension) {
        if (!dimension.equals(AGE_BAND) || residents.containsKey(AGE_BAND)) {
            return residents.getOrDefault(dimension, Map.of());
        }
        if (bandsByArea.containsKey("city")) {
            return bandsByArea.get("city").values().iterator().next();
        }
        for (String kind : BANDED_AREAS) {
            if (bandsByArea.containsKey(kind)) {
                Map<String, Long> city = new TreeMap<>();
                bandsByArea.get(kind).values().forEach(bands -> bands.forEach((band, people) -> city.merge(band, people, Long::sum)));
                return city;
            }
        }
        return Map.of();
    }
}
