package nl.stadmaken.indicators.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.stadmaken.shared.ids.IdSource;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.ProblemException;

/** Survey rounds for staff and responses from respondents, checked against the question catalogue. */
public final class SurveyDesk {

    public static final ZoneId CITY = ZoneId.of("Europe/Amsterdam");
    public static final int MAX_TOKENS_PER_CALL = 5000;
    private static final String TOKEN_PURPOSE = "survey-token";
    private static final Pattern ROUND_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Set<String> AGE_BANDS = Set.of("0-15", "15-25", "25-45", "45-65", "65+");

    private final SurveyStore store;
    private final IndicatorCatalogue catalogue;
    private final WijkAreas wijken;
    private final Secrets secrets;
    private final IdSource ids;
    private final Clock clock;

    public SurveyDesk(SurveyStore store, IndicatorCatalogue catalogue, WijkAreas wijken, Secrets secrets, IdSource ids, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.wijken = wijken;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
    }

    public SurveyRound openRound(SurveyRoundForm form) {
        FieldCheck check = new FieldCheck();
        String id = check.pattern("id", form.id(), ROUND_ID, "lower-case words with hyphens", true);
        String title = check.text("title", form.title(), 200, true);
        LocalDate opensOn = check.date("opensOn", form.opensOn(), true);
        LocalDate closesOn = check.date("closesOn", form.closesOn(), true);
        if (opensOn != null && closesOn != null) {
            check.check(!closesOn.isBefore(opensOn), "closesOn", "must not be before opensOn");
        }
        check.throwIfAny();
        SurveyRound round = new SurveyRound(id, title, opensOn, closesOn, Boolean.TRUE.equals(form.tokensRequired()), false, clock.instant());
        if (!store.createRound(round)) {
            throw ProblemException.conflict("duplicate-id", "A survey round with id " + id + " exists.");
        }
        return round;
    }

    public List<SurveyRound> rounds() {
        return store.rounds();
    }

    /** The rounds that take responses today (city time), so a survey page knows which one it fills in. */
    public List<SurveyRound> openRounds() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CITY);
        return store.rounds().stream().filter(round -> round.isOpenOn(today)).toList();
    }

    public SurveyRound close(String id) {
        if (!store.closeRound(id, clock.instant())) {
            throw ProblemException.notFound("No survey round " + id + ".");
        }
        return store.round(id).orElseThrow();
    }

    /** New single-use tokens, given only this once; only their keyed hashes are kept. */
    public List<String> issueTokens(String roundId, Integer count) {
        FieldCheck check = new FieldCheck();
        check.range("count", count, 1, MAX_TOKENS_PER_CALL, true);
        check.throwIfAny();
        SurveyRound round = store.round(roundId).orElseThrow(() -> ProblemException.notFound("No survey round " + roundId + "."));
        if (round.closed()) {
            throw ProblemException.conflict("survey-round-closed", "The survey round is closed.");
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String raw = secrets.newToken(16);
            tokens.add(String.join("-", raw.substring(0, 4), raw.substring(4, 8), raw.substring(8, 12), raw.substring(12)));
        }
        store.addTokens(roundId, tokens.stream().map(token -> secrets.hash(TOKEN_PURPOSE, normal(token))).toList());
        return tokens;
    }

    public SurveyResponse respond(SurveyResponseForm form) {
        FieldCheck check = new FieldCheck();
        String roundId = check.text("round", form.round(), 100, true);
        String group = check.choice("group", form.group(), word -> catalogue.respondentGroups().contains(word) ? word : null,
                String.join(", ", catalogue.respondentGroups()), true);
        Map<String, Integer> answers = form.answers() == null ? Map.of() : form.answers();
        check.check(!answers.isEmpty(), "answers", "at least one answer is required");
        answers.forEach((question, answer) -> catalogue.question(question).ifPresentOrElse(
                known -> check.check(answer != null && known.scale().allows(answer), "answers." + question,
                        "must be from " + known.scale().min() + " to " + known.scale().max()),
                () -> check.add("answers." + question, "no such question")));
        String wijk = check.text("wijk", form.wijk(), 20, false);
        check.check(wijk == null || wijken.isWijk(wijk), "wijk", "must be a CBS wijk code of Haarlem, for example WK039201");
        String ageBand = check.text("ageBand", form.ageBand(), 10, false);
        check.check(ageBand == null || AGE_BANDS.contains(ageBand), "ageBand", "must be one of: 0-15, 15-25, 25-45, 45-65, 65+");
        // A token is 16 characters in groups of four; room for the spaces and dashes a respondent may type between.
        String typed = check.text("token", form.token(), 40, false);
        check.throwIfAny();
        SurveyRound round = store.round(roundId).orElseThrow(() -> ProblemException.notFound("No survey round " + roundId + "."));
        if (!round.isOpenOn(LocalDate.ofInstant(clock.instant(), CITY))) {
            throw ProblemException.conflict("survey-round-closed", "The survey round " + roundId + " does not take responses now.");
        }
        String token = typed == null ? null : normal(typed);
        if (round.tokensRequired() && token == null) {
            throw ProblemException.validation("token", "required: this round is answered with a personal token");
        }
        SurveyResponse response = new SurveyResponse(ids.next(), roundId, group, answers, wijk, ageBand, clock.instant());
        if (!store.saveResponse(response, token == null ? null : secrets.hash(TOKEN_PURPOSE, token))) {
            throw ProblemException.forbidden("This token is not valid for the round or was used already.");
        }
        return response;
    }

    private static String normal(String token) {
        return token.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
