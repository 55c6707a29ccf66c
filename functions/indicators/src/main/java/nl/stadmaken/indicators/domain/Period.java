package nl.stadmaken.indicators.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** A month ({@code 2027-03}), quarter ({@code 2027-Q1}) or year ({@code 2027}) of the city's calendar. */
public record Period(PeriodKind kind, String key, LocalDate first, LocalDate last) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The month, quarter and year a day belongs to. */
    public static List<Period> containing(LocalDate day) {
        return List.of(month(YearMonth.from(day)), quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1), year(day.getYear()));
    }

    /** The year this period lies in. */
    public Period year() {
        return year(first.getYear());
    }

    /** The year this period lies in, its quarters and their months: the periods whose figures add up to each other. */
    public List<Period> yearWithParts() {
        List<Period> family = new ArrayList<>();
        Period year = year();
        family.add(year);
        for (Period quarter : year.parts()) {
            family.add(quarter);
            family.addAll(quarter.parts());
        }
        return family;
    }

    /** The quarters of a year, the months of a quarter; a month has none. */
    public List<Period> parts() {
        return switch (kind) {
            case YEAR -> IntStream.rangeClosed(1, 4).mapToObj(quarter -> quarter(first.getYear(), quarter)).toList();
            case QUARTER -> IntStream.range(0, 3).mapToObj(month -> month(YearMonth.from(first).plusMonths(month))).toList();
            case MONTH -> List.of();
        };
    }

    public static Optional<Period> parse(String key) {
        Matcher month = MONTH.matcher(key);
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            return Optional.of(month(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)))));
        }
        Matcher quarter = QUARTER.matcher(key);
        if (quarter.matches()) {
            return Optional.of(quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2))));
        }
        return YEAR.matcher(key).matches() ? Optional.of(year(Integer.parseInt(key))) : Optional.empty();
    }

    private static Period month(YearMonth month) {
        return new Period(PeriodKind.MONTH, month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    private static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(PeriodKind.QUARTER, year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    private static Period year(int year) {
        return new Period(PeriodKind.YEAR, Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
