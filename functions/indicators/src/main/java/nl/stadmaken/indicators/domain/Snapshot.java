package nl.stadmaken.indicators.domain;

import java.util.List;

/** Every figure of one period as computed at one moment; snapshots are only ever added, never changed. */
public record Snapshot(String period, Lineage lineage, List<Figure> figures) {

    public Snapshot {
        figures = List.copyOf(figures);
    }

    public Snapshot publicView() {
        return new Snapshot(period, lineage, figures.stream().map(Figure::publicView).toList());
    }
}
