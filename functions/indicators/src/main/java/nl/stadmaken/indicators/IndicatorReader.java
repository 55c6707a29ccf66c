package nl.stadmaken.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stadmaken.indicators.domain.Counter;
import nl.stadmaken.indicators.domain.Figure;
import nl.stadmaken.indicators.domain.IndicatorCatalogue;
import nl.stadmaken.indicators.domain.IndicatorDefinition;
import nl.stadmaken.indicators.domain.Period;
import nl.stadmaken.indicators.domain.PeriodKind;
import nl.stadmaken.indicators.domain.ReferencePopulation;
import nl.stadmaken.indicators.domain.Snapshot;
import nl.stadmaken.indicators.domain.SurveyDesk;
import nl.stadmaken.indicators.store.DynamoIndicatorStore;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.ProblemException;

/** Snapshots as the public (small cells withheld) and staff (exact) see them, and the reference population. */
final class IndicatorReader {

    private final DynamoIndicatorStore store;
    private final IndicatorCatalogue catalogue;
    private final Clock clock;

    IndicatorReader(DynamoIndicatorStore store, IndicatorCatalogue catalogue, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * The latest snapshot of the current period of a kind ({@code month}, {@code quarter}, {@code year}), or of the
     * last one computed before it; periods ahead exist only for promises that fall due then.
     */
    Snapshot latest(String kindWord, boolean exact) {
        PeriodKind kind = kind(kindWord);
        LocalDate today = LocalDate.ofInstant(clock.instant(), SurveyDesk.CITY);
        Period current = Period.containing(today).stream().filter(period -> period.kind() == kind).findFirst().orElseThrow();
        Snapshot latest = store.latestUpTo(current)
                .orElseThrow(() -> ProblemException.notFound("No figures have been computed yet."));
        return exact ? latest : latest.publicView();
    }

    /** The overall figure of one indicator in the latest snapshot of every period of a kind, oldest first. */
    List<Map.Entry<Snapshot, Figure>> history(String indicatorId, String kindWord) {
        definition(indicatorId);
        List<Map.Entry<Snapshot, Figure>> history = new ArrayList<>();
        for (Snapshot snapshot : store.latest(kind(kindWord))) {
            snapshot.figures().stream()
                    .filter(figure -> figure.indicator().equals(indicatorId) && figure.dimension().equals(Counter.TOTAL))
                    .findFirst()
                    .ifPresent(figure -> history.add(Map.entry(snapshot, figure.publicView())));
        }
        return history;
    }

    IndicatorDefinition definition(String indicatorId) {
        return catalogue.indicator(indicatorId).orElseThrow(() -> ProblemException.notFound("No indicator " + indicatorId + "."));
    }

    /** A snapshot grouped per indicator, each with what the catalogue says of it. */
    Map<String, Object> view(Snapshot snapshot) {
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndicatorDefinition definition : catalogue.indicators()) {
            Map<String, Object> indicator = definitionView(definition);
            indicator.put("figures", snapshot.figures().stream().filter(figure -> figure.indicator().equals(definition.id())).toList());
            indicators.add(indicator);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("period", snapshot.period());
        view.put("lineage", snapshot.lineage());
        view.put("indicators", indicators);
        return view;
    }

    Map<String, Object> definitionView(IndicatorDefinition definition) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", definition.id());
        view.put("labels", definition.labels());
        view.put("goals", definition.goals());
        view.put("aggregation", definition.aggregation().word());
        view.put("unit", definition.unit());
        view.put("minCellSize", definition.minCellSize());
        return view;
    }

    Map<String, String> population() {
        return store.population()
                .map(stored -> Map.of("csv", stored.csv(), "version", stored.version()))
                .orElseGet(() -> Map.of("csv", ReferencePopulation.bundled().csv(), "version", "bundled"));
    }

    Map<String, String> replacePopulation(String csv) {
        FieldCheck check = new FieldCheck();
        check.check(csv != null && !csv.isBlank(), "csv", "required");
        check.throwIfAny();
        ReferencePopulation.parse(csv);
        String version = clock.instant().toString();
        store.replacePopulation(csv, version);
        return Map.of("csv", csv, "version", version);
    }

    private static PeriodKind kind(String word) {
        return PeriodKind.ofWord(word == null ? "quarter" : word)
                .orElseThrow(() -> ProblemException.validation("period", "must be one of: month, quarter, year"));
    }
}
