package nl.stadmaken.indicators;

import static nl.stadmaken.shared.http.Route.publicRoute;
import static nl.stadmaken.shared.http.Route.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.stadmaken.indicators.domain.IndicatorCatalogue;
import nl.stadmaken.indicators.domain.Period;
import nl.stadmaken.indicators.domain.Snapshot;
import nl.stadmaken.indicators.domain.SurveyDesk;
import nl.stadmaken.indicators.domain.SurveyResponse;
import nl.stadmaken.indicators.domain.SurveyResponseForm;
import nl.stadmaken.indicators.domain.SurveyRound;
import nl.stadmaken.indicators.domain.SurveyRoundForm;
import nl.stadmaken.shared.http.HttpRequest;
import nl.stadmaken.shared.http.HttpResponse;
import nl.stadmaken.shared.http.Route;
import nl.stadmaken.shared.problem.ProblemException;

/** The indicator and survey routes: each parses its request, asks the desk or reader, and shapes the answer. */
final class IndicatorRoutes {

    private static final int MAX_POPULATION_BYTES = 256 * 1024;

    private IndicatorRoutes() {
    }

    record RunForm(String period) {
    }

    record TokenForm(Integer count) {
    }

    record PopulationForm(String csv) {
    }

    static List<Route> of(IndicatorCatalogue catalogue, SurveyDesk survey, IndicatorReader reader, Supplier<AggregationRun> aggregation) {
        return List.of(
                publicRoute("GET /indicators", request -> snapshot(catalogue, reader, request, false)),
                publicRoute("GET /indicators/catalogue", request -> HttpResponse.ok(catalogueView(catalogue, reader))),
                publicRoute("GET /indicators/{id}/history", request -> {
                    String id = request.pathParameter("id");
                    var history = reader.history(id, request.queryParameter("period").orElse(null));
                    if (csv(request)) {
                        return HttpResponse.text(200, "text/csv; charset=utf-8", IndicatorCsv.of(catalogue, history),
                                Map.of("content-disposition", "attachment; filename=\"indicator-" + id + ".csv\""));
                    }
                    Map<String, Object> view = reader.definitionView(reader.definition(id));
                    view.put("history", history.stream().map(entry -> Map.of("period", entry.getKey().period(),
                            "lineage", entry.getKey().lineage(), "figure", entry.getValue())).toList());
                    return HttpResponse.ok(view);
                }),
                publicRoute("GET /survey/questions", request -> HttpResponse.ok(Map.of("version", catalogue.version(),
                        "respondentGroups", catalogue.respondentGroups(), "questions", catalogue.questions(), "goals", catalogue.goals(),
                        "openRounds", survey.openRounds().stream().map(IndicatorRoutes::publicRound).toList()))),
                publicRoute("POST /survey/responses", request -> {
                    SurveyResponse response = survey.respond(request.body(SurveyResponseForm.class));
                    return HttpResponse.created(Map.of("id", response.id(), "round", response.round(),
                            "submittedAt", response.submittedAt().toString()));
                }),
                staff("GET /staff/indicators", request -> snapshot(catalogue, reader, request, true)),
                staff("POST /staff/indicators/run", request -> {
                    Optional<Period> period = Optional.empty();
                    if (!request.body().isBlank()) {
                        String key = request.body(RunForm.class).period();
                        if (key != null) {
                            period = Optional.of(Period.parse(key).orElseThrow(() ->
                                    ProblemException.validation("period", "must be a month (2027-03), quarter (2027-Q1) or year (2027)")));
                        }
                    }
                    return HttpResponse.ok(aggregation.get().run(period));
                }),
                staff("GET /staff/indicators/population", request -> HttpResponse.ok(reader.population())),
                staff("PUT /staff/indicators/population", request ->
                        HttpResponse.ok(reader.replacePopulation(request.body(PopulationForm.class).csv())))
                        .withMaxBodyBytes(MAX_POPULATION_BYTES),
                staff("GET /staff/survey/rounds", request -> HttpResponse.ok(Map.of("rounds", survey.rounds()))),
                staff("POST /staff/survey/rounds", request -> HttpResponse.created(survey.openRound(request.body(SurveyRoundForm.class)))),
                staff("POST /staff/survey/rounds/{id}/close", request -> HttpResponse.ok(survey.close(request.pathParameter("id")))),
                staff("POST /staff/survey/rounds/{id}/tokens", request -> HttpResponse.created(Map.of("tokens",
                        survey.issueTokens(request.pathParameter("id"), request.body(TokenForm.class).count())))));
    }

    private static HttpResponse snapshot(IndicatorCatalogue catalogue, IndicatorReader reader, HttpRequest request, boolean exact) {
        Snapshot snapshot = reader.latest(request.queryParameter("period").orElse(null), exact);
        if (csv(request)) {
            return HttpResponse.text(200, "text/csv; charset=utf-8", IndicatorCsv.of(catalogue, snapshot),
                    Map.of("content-disposition", "attachment; filename=\"indicators-" + snapshot.period() + ".csv\""));
        }
        return HttpResponse.ok(reader.view(snapshot));
    }

    /** What a respondent needs of a round: staff's fields (closed, created) stay with staff. */
    private static Map<String, Object> publicRound(SurveyRound round) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", round.id());
        view.put("title", round.title());
        view.put("opensOn", round.opensOn().toString());
        view.put("closesOn", round.closesOn().toString());
        view.put("tokensRequired", round.tokensRequired());
        return view;
    }

    private static Map<String, Object> catalogueView(IndicatorCatalogue catalogue, IndicatorReader reader) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version", catalogue.version());
        view.put("goals", catalogue.goals());
        view.put("indicators", catalogue.indicators().stream().map(reader::definitionView).toList());
        return view;
    }

    private static boolean csv(HttpRequest request) {
        String format = request.queryParameter("format").orElse("json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw ProblemException.validation("format", "must be json or csv");
        }
        return format.equals("csv");
    }
}
