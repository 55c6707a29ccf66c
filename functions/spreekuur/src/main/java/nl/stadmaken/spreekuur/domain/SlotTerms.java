package nl.stadmaken.spreekuur.domain;

import nl.stadmaken.shared.problem.FieldCheck;

/** What a single slot and a series share: place, seats and booking window. */
public record SlotTerms(Place place, int capacity, BookingWindow window) {

    public static final int MAX_CAPACITY = 50;

    static SlotTerms check(String location, String address, String wijk, Integer capacity, Integer minNoticeHours,
                           Integer maxDaysAhead, FieldCheck check) {
        LocationKind kind = check.choice("location", location, word -> Choice.parse(LocationKind.class, word).orElse(null),
                Choice.words(LocationKind.class), true);
        String checkedAddress = check.text("address", address, 200, kind != null && kind != LocationKind.ONLINE);
        String checkedWijk = check.text("wijk", wijk, 20, false);
        boolean wijkFits = checkedWijk == null || wijkFits(kind, checkedWijk, check);
        Integer seats = check.range("capacity", capacity == null ? 1 : capacity, 1, MAX_CAPACITY, true);
        Integer notice = check.range("minNoticeHours", minNoticeHours == null ? BookingWindow.DEFAULT.minNoticeHours() : minNoticeHours,
                0, 24 * 14, true);
        Integer ahead = check.range("maxDaysAhead", maxDaysAhead == null ? BookingWindow.DEFAULT.maxDaysAhead() : maxDaysAhead,
                1, 366, true);
        if (!wijkFits || kind == null || seats == null || notice == null || ahead == null) {
            return null;
        }
        return new SlotTerms(new Place(kind, checkedAddress, checkedWijk), seats, new BookingWindow(notice, ahead));
    }

    private static boolean wijkFits(LocationKind kind, String wijk, FieldCheck check) {
        if (!HaarlemWijken.CODES.contains(wijk)) {
            check.add("wijk", "must be a CBS wijk code of Haarlem (WK0392..)");
            return false;
        }
        if (kind != null && !Place.inAWijk(kind)) {
            check.add("wijk", "only for a slot in a wijk or on a participatiebankje");
            return false;
        }
        return true;
    }
}
