package nl.stadmaken.indicators.store;

import static nl.stadmaken.indicators.store.Items.number;
import static nl.stadmaken.shared.dynamo.Attributes.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stadmaken.indicators.domain.Contribution;
import nl.stadmaken.indicators.domain.Counter;
import nl.stadmaken.indicators.domain.Fact;
import nl.stadmaken.indicators.domain.IndicatorCalculator;
import nl.stadmaken.indicators.domain.SurveyDesk;
import nl.stadmaken.indicators.domain.WijkAreas;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonException;
import nl.stadmaken.shared.json.JsonTree;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What each changed source item adds to the counters, read from the item as the owning function wrote it. Only
 * statuses, dates, counts, wijk, age band and respondent group are used; names and contact details are never read.
 */
public final class SourceFacts {

    private static final Set<String> LIVE_TRAJECTORY = Set.of("PUBLISHED", "CLOSED");
    private static final Set<String> HELD_ROUND = Set.of("OPEN", "CLOSED", "PUBLISHED");
    private static final Set<String> AGREEMENT_PARTS = Set.of("subject", "decision", "decidedBy", "level", "openToInfluence",
            "fixed", "decisionDate", "feedbackDate", "feedbackMethod", "contactName");
    private static final Map<String, String> AGE_BANDS = Map.of("UNDER_15", "0-15", "FROM_15_TO_25", "15-25",
            "FROM_25_TO_45", "25-45", "FROM_45_TO_65", "45-65", "FROM_65", "65+");

    private final WijkAreas wijken;

    public SourceFacts(WijkAreas wijken) {
        this.wijken = wijken;
    }

    public Fact of(Source source, Map<String, AttributeValue> item) {
        String sk = text(item, "sk");
        List<Contribution> contributions = new ArrayList<>();
        switch (source) {
            case PARTICIPATION -> {
                if (sk.equals("TRAJECTORY")) {
                    trajectory(item, contributions);
                } else if (sk.startsWith("SIGNUP#") && !sk.endsWith("#PERSON")) {
                    signUp(item, contributions);
                } else if (sk.startsWith("PANEL#DRAW#") && "draw".equals(text(item, "kind"))) {
                    // A panel drawn (its replacement draws are no new panel).
                    contributions.add(new Contribution(day(Instant.parse(text(item, "drawnAt"))), Counter.total("panels-drawn"), 1));
                }
            }
            case BUDGET -> {
                if (sk.equals("ROUND")) {
                    round(item, contributions);
                } else if (sk.equals("RESULT")) {
                    result(item, contributions);
                } else if (sk.startsWith("CODE#") && item.containsKey("choices") && item.containsKey("castAt")) {
                    contributions.add(new Contribution(day(number(item, "castAt")), Counter.total("ballots"), 1));
                }
            }
            case SPREEKUUR -> {
                if (sk.equals("SLOT")) {
                    slot(item, contributions);
                } else if (sk.equals("BOOKING")) {
                    booking(item, contributions);
                }
            }
            case SURVEY -> {
                if (sk.startsWith(DynamoSurveyStore.RESPONSE)) {
                    response(item, contributions);
                }
            }
        }
        return Fact.of(contributions);
    }

    private void trajectory(Map<String, AttributeValue> item, List<Contribution> out) {
        if (!LIVE_TRAJECTORY.contains(text(item, "status")) || text(item, "publishedAt") == null) {
            return;
        }
        LocalDate day = day(Instant.parse(text(item, "publishedAt")));
        String wijk = text(item, "wijk");
        Map<String, AttributeValue> agreement = item.containsKey("agreement") ? item.get("agreement").m() : Map.of();
        boolean complete = AGREEMENT_PARTS.stream().allMatch(agreement::containsKey)
                && (agreement.containsKey("contactEmail") || agreement.containsKey("contactPhone"))
                && item.containsKey("signUpOpensAt") && item.containsKey("signUpClosesAt");
        String area = wijk == null ? Counter.CITY : wijk;
        String stadsdeel = wijk == null ? Counter.CITY : wijken.stadsdeel(wijk).orElse(Counter.UNKNOWN);
        for (String metric : complete ? List.of("trajectories-published", "trajectories-complete-agreement") : List.of("trajectories-published")) {
            out.add(new Contribution(day, Counter.total(metric), 1));
            out.add(new Contribution(day, new Counter(metric, "wijk", area), 1));
            out.add(new Contribution(day, new Counter(metric, "stadsdeel", stadsdeel), 1));
        }
        String feedback = agreement.containsKey("feedbackDate") ? agreement.get("feedbackDate").s() : null;
        if (feedback != null) {
            LocalDate promised = LocalDate.parse(feedback);
            out.add(new Contribution(promised, new Counter("feedback-promised", "day", feedback), 1));
            String given = item.containsKey("feedback") ? text(item.get("feedback").m(), "givenOn") : null;
            // Counted on the promised day, like the promise, so the two can be compared per period.
            if (given != null && !LocalDate.parse(given).isAfter(promised)) {
                out.add(new Contribution(promised, new Counter("feedback-on-time", "day", feedback), 1));
            }
        }
    }

    private void signUp(Map<String, AttributeValue> item, List<Contribution> out) {
        if ("WITHDRAWN".equals(text(item, "status"))) {
            return;
        }
        LocalDate day = day(Instant.parse(text(item, "createdAt")));
        boolean panelPool = item.containsKey("panelPool") && Boolean.TRUE.equals(item.get("panelPool").bool());
        String wijk = text(item, "wijk");
        String stadsdeel = wijken.stadsdeel(wijk).orElse(Counter.UNKNOWN);
        String band = text(item, "ageBand");
        String ageBand = band == null ? Counter.UNKNOWN : AGE_BANDS.getOrDefault(band, Counter.UNKNOWN);
        for (String metric : panelPool ? List.of("signups", "panel-pool") : List.of("signups")) {
            out.add(new Contribution(day, Counter.total(metric), 1));
            out.add(new Contribution(day, new Counter(metric, "wijk", wijk == null ? Counter.UNKNOWN : wijk), 1));
            out.add(new Contribution(day, new Counter(metric, "stadsdeel", stadsdeel), 1));
            out.add(new Contribution(day, new Counter(metric, "ageBand", ageBand), 1));
        }
    }

    private static void round(Map<String, AttributeValue> item, List<Contribution> out) {
        if (HELD_ROUND.contains(text(item, "status"))) {
            out.add(new Contribution(day(number(item, "opensAt")), Counter.total("budget-rounds"), 1));
        }
    }

    private static void result(Map<String, AttributeValue> item, List<Contribution> out) {
        JsonTree result;
        try {
            result = Json.readTree(text(item, "result"));
        } catch (JsonException e) {
            throw new IllegalStateException("a budget result is not readable JSON", e);
        }
        LocalDate day = day(Instant.parse(result.path("computedAt").asText()));
        out.add(new Contribution(day, Counter.total("budget-decided-cents"), result.path("official").path("spentCents").asLong()));
        out.add(new Contribution(day, Counter.total("budget-codes-issued"), result.path("turnout").path("codesIssued").asLong()));
        out.add(new Contribution(day, Counter.total("budget-ballots-counted"), result.path("turnout").path("ballotsCast").asLong()));
    }

    private void slot(Map<String, AttributeValue> item, List<Contribution> out) {
        if (!"OPEN".equals(text(item, "status"))) {
            return;
        }
        LocalDate day = day(number(item, "startsAt"));
        String location = text(item, "location").toLowerCase(Locale.ROOT);
        out.add(new Contribution(day, new Counter("slots-offered", "location", location), 1));
        if (!location.equals("stadhuis")) {
            out.add(new Contribution(day, Counter.total("slots-outside-city-hall"), 1));
        }
        long booked = number(item, "booked");
        // A slot counts as booked once one of its seats is taken; utilisation weighs the seats themselves.
        Map<String, Long> counts = Map.of("slots-offered", 1L, "slots-booked", booked > 0 ? 1L : 0L,
                "seats-offered", number(item, "capacity"), "seats-booked", booked);
        SlotArea area = slotArea(location, text(item, "wijk"));
        counts.forEach((metric, count) -> {
            out.add(new Contribution(day, Counter.total(metric), count));
            out.add(new Contribution(day, new Counter(metric, "wijk", area.wijk()), count));
            out.add(new Contribution(day, new Counter(metric, "stadsdeel", area.stadsdeel()), count));
        });
    }

    private record SlotArea(String wijk, String stadsdeel) {
    }

    /**
     * City hall and online slots serve the whole city, like a citywide trajectory; a slot held in a wijk that does
     * not name it counts as unknown, so the gap shows instead of vanishing.
     */
    private SlotArea slotArea(String location, String wijk) {
        if (wijk != null) {
            return new SlotArea(wijk, wijken.stadsdeel(wijk).orElse(Counter.UNKNOWN));
        }
        String cell = location.equals("stadhuis") || location.equals("online") ? Counter.CITY : Counter.UNKNOWN;
        return new SlotArea(cell, cell);
    }

    private void booking(Map<String, AttributeValue> item, List<Contribution> out) {
        if (!"BOOKED".equals(text(item, "status"))) {
            return;
        }
        LocalDate day = day(number(item, "startsAt"));
        String wijk = text(item, "wijk");
        out.add(new Contribution(day, Counter.total("bookings"), 1));
        out.add(new Contribution(day, new Counter("bookings", "wijk", wijk == null ? Counter.UNKNOWN : wijk), 1));
        out.add(new Contribution(day, new Counter("bookings", "stadsdeel", wijken.stadsdeel(wijk).orElse(Counter.UNKNOWN)), 1));
        if (!Boolean.TRUE.equals(item.get("bookedByStaff").bool())) {
            out.add(new Contribution(day(Instant.parse(text(item, "createdAt"))), Counter.total("bookings-online"), 1));
        }
    }

    private static void response(Map<String, AttributeValue> item, List<Contribution> out) {
        LocalDate day = day(Instant.parse(text(item, "submittedAt")));
        String group = text(item, "group");
        out.add(new Contribution(day, Counter.total("survey-responses"), 1));
        out.add(new Contribution(day, new Counter("survey-responses", "group", group), 1));
        item.get("answers").m().forEach((question, answer) -> out.add(new Contribution(day,
                new Counter(IndicatorCalculator.answerMetric(question), IndicatorCalculator.GROUP_VALUE, group + ":" + answer.n()), 1)));
    }

    private static LocalDate day(Long epochMillis) {
        return day(Instant.ofEpochMilli(epochMillis));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, SurveyDesk.CITY);
    }
}
