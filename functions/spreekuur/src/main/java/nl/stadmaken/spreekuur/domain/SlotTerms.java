package nl.stadmaken.spreekuur.domain;

import nl.stadmaken.shared.problem.FieldCheck;

/** What a single slot and a series share: place, seats and booking window. */
public record SlotTerms(Place place, int capacity, BookingWindow window) {

    public static final int MAX_CAPACITY = 50;

    static SlotTerms check(String location, String address, Integer capacity, Integer minNoticeHours, Integer maxDaysAhead,
                           FieldCheck check) {
        LocationKind kind = check.choice("location", location, word -> Choice.parse(LocationKind.class, word).orElse(null),
                Choice.words(LocationKind.class), true);
        String checkedAddress = check.text("address", address, 200, kind != null && kind != LocationKind.ONLINE);
        Integer seats = check.range("capacity", capacity == null ? 1 : capacity, 1, MAX_CAPACITY, true);
        Integer notice = check.range("minNoticeHours", minNoticeHours == null ? BookingWindow.DEFAULT.minNoticeHours() : minNoticeHours,
                0, 24 * 14, true);
        Integer ahead = check.range("maxDaysAhead", maxDaysAhead == null ? BookingWindow.DEFAULT.maxDaysAhead() : maxDaysAhead,
                1, 366, true);
        if (kind == null || seats == null || notice == null || ahead == null) {
            return null;
        }
        return new SlotTerms(new Place(kind, checkedAddress), seats, new BookingWindow(notice, ahead));
    }
}
