package nl.stadmaken.indicators;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import nl.stadmaken.indicators.domain.DifferencingGuard;
import nl.stadmaken.indicators.domain.Fact;
import nl.stadmaken.indicators.domain.IndicatorCalculator;
import nl.stadmaken.indicators.domain.IndicatorCatalogue;
import nl.stadmaken.indicators.domain.Lineage;
import nl.stadmaken.indicators.domain.Period;
import nl.stadmaken.indicators.domain.PeriodCounts;
import nl.stadmaken.indicators.domain.ReferencePopulation;
import nl.stadmaken.indicators.domain.Snapshot;
import nl.stadmaken.indicators.domain.SurveyDesk;
import nl.stadmaken.indicators.domain.WijkAreas;
import nl.stadmaken.indicators.store.ChangeFeed;
import nl.stadmaken.indicators.store.DynamoIndicatorStore;
import nl.stadmaken.indicators.store.Source;
import nl.stadmaken.indicators.store.SourceFacts;
import nl.stadmaken.shared.dynamo.RequestDeadline;
import nl.stadmaken.shared.ids.IdSource;
import nl.stadmaken.shared.problem.ProblemException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One aggregation run: reads the items changed since the watermark from every source's {@code changes} index, moves
 * the counters by the difference between each item's old and new fact, and publishes, together with the new
 * watermark, a snapshot for every period that moved, for the periods of today, and for any other period of the years
 * it read items of whose published figures differ from what the counters now give (the {@link DifferencingGuard}
 * may change a sibling's; a run that failed before publishing left some behind). Changes younger than
 * {@code settle} wait for the next run, because an index is updated a moment after its table.
 */
public final class AggregationRun {

    public record Report(long itemsRead, long factsChanged, String watermark, List<String> periods) {
    }

    private static final Duration RELEASE_TIME = Duration.ofSeconds(2);

    private final DynamoIndicatorStore store;
    private final ChangeFeed feed;
    private final SourceFacts facts;
    private final WijkAreas wijken;
    private final Map<Source, String> tables;
    private final IndicatorCatalogue catalogue;
    private final IdSource ids;
    private final Clock clock;
    private final LocalDate startDate;
    private final Duration settle;
    private final String codeVersion;

    public AggregationRun(DynamoIndicatorStore store, ChangeFeed feed, WijkAreas wijken, Map<Source, String> tables,
                          IndicatorCatalogue catalogue, IdSource ids, Clock clock, LocalDate startDate, Duration settle,
                          String codeVersion) {
        this.store = store;
        this.feed = feed;
        this.facts = new SourceFacts(wijken);
        this.wijken = wijken;
        this.tables = Map.copyOf(tables);
        this.catalogue = catalogue;
        this.ids = ids;
        this.clock = clock;
        this.startDate = startDate;
        this.settle = settle;
        this.codeVersion = codeVersion;
    }

    /** {@code extraPeriod}: a period to snapshot again even if nothing in it moved. */
    public Report run(Optional<Period> extraPeriod) {
        String holder = ids.next();
        Instant started = clock.instant();
        // The lease lasts as long as this run can: a run that dies without releasing it blocks the next no longer.
        Duration longest = RequestDeadline.remaining().map(left -> left.plus(RELEASE_TIME)).orElse(Duration.ofMinutes(15));
        if (!store.lease(holder, started, started.plus(longest))) {
            throw inProgress();
        }
        boolean published = false;
        try {
            // The run stops short of the request's deadline, so that releasing the lease still fits: a run cut off
            // by its time would otherwise hold the lease, and refuse every run, for fifteen minutes.
            Report report = RequestDeadline.reserving(RELEASE_TIME, () -> aggregate(holder, started, extraPeriod));
            published = true;
            return report;
        } finally {
            if (!published) {
                // Publishing gives the lease back with the figures; a run that did not get that far gives it back here.
                store.release(holder);
            }
        }
    }

    /**
     * A run without its writes, for SnapStart priming: where it starts from, each source's changes over an empty
     * window (now to now), and the snapshots of today's periods computed from this year's counters. It takes no lease,
     * applies nothing and publishes nothing.
     */
    public void rehearse() {
        DynamoIndicatorStore.JobStart start = store.jobStart();
        Instant now = clock.instant();
        String window = ChangeFeed.changeTime(now);
        for (Source source : Source.values()) {
            feed.read(tables.get(source), window, window, item -> {
            });
        }
        LocalDate today = LocalDate.ofInstant(now, SurveyDesk.CITY);
        Set<String> periods = new TreeSet<>();
        Set<String> years = new TreeSet<>();
        Period.containing(today).forEach(period -> {
            periods.add(period.key());
            years.add(period.year().key());
        });
        publications(start.population(), periods, years, window, today);
    }

    private static ProblemException inProgress() {
        return ProblemException.conflict("run-in-progress", "An aggregation run is in progress; try again when it has finished.");
    }

    private Report aggregate(String holder, Instant started, Optional<Period> extraPeriod) {
        DynamoIndicatorStore.JobStart start = store.jobStart();
        String from = start.watermark().orElse(startDate + "T00:00:00.000Z");
        String until = ChangeFeed.changeTime(started.minus(settle));
        if (until.compareTo(from) < 0) {
            until = from;
        }
        AtomicLong read = new AtomicLong();
        AtomicLong changed = new AtomicLong();
        Map<String, Period> periods = new TreeMap<>();
        Set<String> years = new TreeSet<>();
        for (Source source : Source.values()) {
            feed.read(tables.get(source), from, until, item -> {
                read.incrementAndGet();
                if (apply(source, item, periods, years)) {
                    changed.incrementAndGet();
                }
            });
        }
        LocalDate today = LocalDate.ofInstant(started, SurveyDesk.CITY);
        Period.containing(today).forEach(period -> periods.put(period.key(), period));
        extraPeriod.ifPresent(period -> periods.put(period.key(), period));
        periods.values().forEach(period -> years.add(period.year().key()));
        if (!store.publish(publications(start.population(), periods.keySet(), years, until, today), until, holder)) {
            throw inProgress();
        }
        return new Report(read.get(), changed.get(), until, List.copyOf(periods.keySet()));
    }

    /** Applies one item's fact; its counters' periods that moved go to {@code periods}, the years of all of them to {@code years}. */
    private boolean apply(Source source, Map<String, AttributeValue> item, Map<String, Period> periods, Set<String> years) {
        String itemKey = item.get("pk").s() + "#" + item.get("sk").s();
        Fact fresh = facts.of(source, item);
        for (int attempt = 0; attempt < 3; attempt++) {
            DynamoIndicatorStore.StoredFact old = store.fact(source, itemKey);
            Map<String, Long> change = fresh.changeFrom(old.fact());
            if (store.replace(source, itemKey, old, fresh)) {
                change.keySet().forEach(key -> Period.parse(Fact.period(key)).ifPresent(period -> periods.put(period.key(), period)));
                // A change applied by a run that failed before publishing comes again with nothing left to move; its
                // years are compared with what was published, so that what this run's counters give is published.
                for (Fact fact : List.of(old.fact(), fresh)) {
                    fact.counters().keySet().forEach(key -> Period.parse(Fact.period(key)).ifPresent(period -> years.add(period.year().key())));
                }
                return !change.isEmpty();
            }
        }
        throw new IllegalStateException("the fact of a " + source.word() + " item kept changing during the run");
    }

    /**
     * What to publish with the watermark: the periods that moved, each with its whole year, since a change in one month
     * can change what its quarter, year and sibling months must withhold, so any period of those years whose published
     * figures would change (or that has counters and was never published) is snapshotted too. Reads, never writes.
     */
    private List<List<DynamoIndicatorStore.Publication>> publications(Optional<DynamoIndicatorStore.StoredPopulation> stored,
                                                                    Set<String> moved, Set<String> years, String watermark,
                                                                    LocalDate today) {
        ReferencePopulation population = stored.map(p -> ReferencePopulation.parse(p.csv())).orElseGet(ReferencePopulation::bundled);
        String populationVersion = stored.map(DynamoIndicatorStore.StoredPopulation::version).orElse("bundled");
        IndicatorCalculator calculator = new IndicatorCalculator(catalogue, population);
        Instant computedAt = clock.instant();
        Lineage lineage = new Lineage(catalogue.version(), watermark, computedAt, codeVersion, populationVersion);
        List<List<DynamoIndicatorStore.Publication>> publications = new ArrayList<>();
        for (String year : years) {
            // The year's counters come with a digest of what each of its periods published last, to see whether the
            // guard changed what a period that did not move must show.
            DynamoIndicatorStore.YearCounts counted = store.countsOfYear(Period.parse(year).orElseThrow());
            Map<Period, PeriodCounts> family = counted.counts();
            DifferencingGuard guard = DifferencingGuard.of(family, catalogue, wijken);
            List<DynamoIndicatorStore.Publication> snapshots = new ArrayList<>();
            family.forEach((period, counts) -> {
                Snapshot fresh = new Snapshot(period.key(), lineage, calculator.figures(counts, today, guard.in(period)));
                String last = counted.published().get(period.key());
                if (moved.contains(period.key())
                        || last == null && !counts.counters().isEmpty()
                        || last != null && !last.equals(DynamoIndicatorStore.figuresDigest(fresh))) {
                    snapshots.add(new DynamoIndicatorStore.Publication(fresh, period.kind(), ids.next()));
                }
            });
            publications.add(snapshots);
        }
        return publications;
    }
}
