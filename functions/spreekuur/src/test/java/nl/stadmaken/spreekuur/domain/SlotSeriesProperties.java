package nl.stadmaken.spreekuur.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SlotSeriesProperties {

    @Property
    void slotsNeverOverlapAndKeepTheirLengthAndBuffer(@ForAll("series") SlotSeries series) {
        List<TimeRange> times = series.times();

        for (int i = 0; i < times.size(); i++) {
            assertThat(times.get(i).length()).isEqualTo(series.slotLength());
            if (i > 0) {
                TimeRange before = times.get(i - 1);
                assertThat(before.overlaps(times.get(i))).isFalse();
                if (CityTime.date(before.start()).equals(CityTime.date(times.get(i).start()))) {
                    assertThat(Duration.between(before.end(), times.get(i).start())).isEqualTo(series.buffer());
                }
            }
        }
    }

    @Property
    void everySlotIsOnTheWeekdayInsideTheLocalWindowAndTheRange(@ForAll("series") SlotSeries series) {
        for (TimeRange time : series.times()) {
            var start = CityTime.local(time.start());
            var end = CityTime.local(time.end());
            assertThat(start.getDayOfWeek()).isEqualTo(series.weekday());
            assertThat(start.toLocalDate()).isBetween(series.firstDate(), series.lastDate());
            assertThat(start.toLocalTime()).isAfterOrEqualTo(series.from());
            assertThat(end.toLocalDate()).isEqualTo(start.toLocalDate());
            assertThat(end.toLocalTime()).isBeforeOrEqualTo(series.until());
        }
    }

    /** Summer time changes on Sunday night; a series keeps its wall-clock times in every week of the year. */
    @Property
    void wallClockTimesAreTheSameEveryWeekAcrossDaylightSavingChanges(@ForAll("series") SlotSeries series) {
        List<List<LocalTime>> weeks = series.times().stream()
                .collect(java.util.stream.Collectors.groupingBy(t -> CityTime.date(t.start()), java.util.TreeMap::new,
                        java.util.stream.Collectors.mapping(t -> CityTime.local(t.start()).toLocalTime(), java.util.stream.Collectors.toList())))
                .values().stream().toList();

        assertThat(weeks).allSatisfy(week -> assertThat(week).isEqualTo(weeks.get(0)));
    }

    @Provide
    Arbitrary<SlotSeries> series() {
        Arbitrary<LocalDate> first = Arbitraries.integers().between(0, 730).map(days -> LocalDate.of(2026, 1, 1).plusDays(days));
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 120);
        Arbitrary<DayOfWeek> weekday = Arbitraries.of(DayOfWeek.class);
        // Office hours lie between 06:00 and 23:00, clear of the hour the clocks skip or repeat.
        Arbitrary<Integer> fromMinute = Arbitraries.integers().between(6 * 60, 20 * 60);
        Arbitrary<Integer> window = Arbitraries.integers().between(15, 180);
        Arbitrary<Integer> length = Arbitraries.integers().between(5, 90);
        Arbitrary<Integer> buffer = Arbitraries.integers().between(0, 30);
        return Combinators.combine(first, span, weekday, fromMinute, window, length, buffer)
                .as((day, days, dow, from, minutes, slot, gap) -> new SlotSeries(dow, day, day.plusDays(days),
                        LocalTime.of(from / 60, from % 60), LocalTime.of((from + minutes) / 60, (from + minutes) % 60),
                        Duration.ofMinutes(slot), Duration.ofMinutes(gap)));
    }
}
