package nl.stadmaken.indicators;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.stadmaken.indicators.domain.Figure;
import nl.stadmaken.indicators.domain.IndicatorCatalogue;
import nl.stadmaken.indicators.domain.IndicatorDefinition;
import nl.stadmaken.indicators.domain.Snapshot;

/** Figures as open-data CSV (RFC 4180, UTF-8, every cell quoted): one figure a row, with its unit and lineage. */
final class IndicatorCsv {

    private static final String HEADER = String.join(",", "period", "indicator", "goals", "label_nl", "label_en", "unit",
            "dimension", "cell", "value", "count", "suppressed", "ci95_lower", "ci95_upper", "note",
            "catalogue_version", "input_watermark", "computed_at", "code_version", "population_version");

    private IndicatorCsv() {
    }

    static String of(IndicatorCatalogue catalogue, List<Map.Entry<Snapshot, Figure>> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Map.Entry<Snapshot, Figure> row : rows) {
            Snapshot snapshot = row.getKey();
            Figure figure = row.getValue();
            IndicatorDefinition definition = catalogue.indicator(figure.indicator()).orElseThrow();
            out.append(Stream.of(snapshot.period(), figure.indicator(), String.join(" ", definition.goals()),
                            definition.labels().nl(), definition.labels().en(), definition.unit(), figure.dimension(), figure.cell(),
                            text(figure.value()), text(figure.count()), Boolean.toString(figure.suppressed()),
                            text(figure.lower()), text(figure.upper()), figure.note(),
                            snapshot.lineage().catalogueVersion(), snapshot.lineage().inputWatermark(),
                            snapshot.lineage().computedAt().toString(), snapshot.lineage().codeVersion(),
                            snapshot.lineage().populationVersion())
                    .map(IndicatorCsv::quoted).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    static String of(IndicatorCatalogue catalogue, Snapshot snapshot) {
        return of(catalogue, snapshot.figures().stream().map(figure -> Map.entry(snapshot, figure)).toList());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String quoted(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"";
    }
}
