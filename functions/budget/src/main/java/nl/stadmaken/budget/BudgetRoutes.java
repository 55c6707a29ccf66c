package nl.stadmaken.budget;

import static nl.stadmaken.shared.http.Route.publicRoute;
import static nl.stadmaken.shared.http.Route.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stadmaken.budget.domain.BudgetService;
import nl.stadmaken.budget.domain.ProposalForm;
import nl.stadmaken.budget.domain.Round;
import nl.stadmaken.budget.domain.RoundForm;
import nl.stadmaken.shared.http.HttpResponse;
import nl.stadmaken.shared.http.Route;
import nl.stadmaken.shared.idempotency.IdempotentWrites;

/** The budget routes: each parses its request, asks the service, and shapes the answer. */
final class BudgetRoutes {

    private BudgetRoutes() {
    }

    /** A Pabulib file of some thousands of ballots; Lambda takes at most 6 MB in one invocation. */
    static final int IMPORT_MAX_BYTES = 5 * 1024 * 1024;

    record BallotForm(String code, List<String> proposals) {
    }

    record CodeForm(String code) {
    }

    record CodeRequest(Integer count) {
    }

    static List<Route> of(BudgetService service) {
        return List.of(
                publicRoute("GET /budget/rounds", request -> HttpResponse.ok(Map.of("rounds",
                        service.listRounds(request.queryParameter("status").orElse(null), false).stream().map(RoundViews::round).toList()))),
                publicRoute("GET /budget/rounds/{id}", request -> {
                    Round round = service.publicRound(request.pathParameter("id"));
                    return HttpResponse.ok(RoundViews.roundWithProposals(round, service.proposals(round)));
                }),
                publicRoute("POST /budget/rounds/{id}/ballots", request -> {
                    BallotForm form = request.body(BallotForm.class);
                    var receipt = service.castBallot(request.pathParameter("id"), form.code(), form.proposals(), request.sourceIp());
                    return HttpResponse.created(Map.of("receipt", receipt.receipt(), "proposals", receipt.proposals()));
                }),
                publicRoute("POST /budget/rounds/{id}/ballots/lookup", request -> {
                    var ballot = service.lookupBallot(request.pathParameter("id"), request.body(CodeForm.class).code(), request.sourceIp());
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("voted", !ballot.choices().isEmpty());
                    view.put("proposals", ballot.choices().stream().sorted().toList());
                    view.put("receipt", ballot.receipt());
                    view.put("castAt", ballot.castAt());
                    view.values().removeIf(value -> value == null);
                    return HttpResponse.ok(view);
                }),
                publicRoute("GET /budget/rounds/{id}/results", request -> HttpResponse.ok(service.result(request.pathParameter("id"), false))),
                publicRoute("GET /budget/rounds/{id}/receipts", request ->
                        HttpResponse.ok(Map.of("receipts", service.receipts(request.pathParameter("id"))))),
                staff("GET /staff/budget/rounds", request -> HttpResponse.ok(Map.of("rounds",
                        service.listRounds(request.queryParameter("status").orElse(null), true).stream().map(RoundViews::round).toList()))),
                staff("POST /staff/budget/rounds", request ->
                        HttpResponse.created(RoundViews.round(service.createRound(request.body(RoundForm.class))))),
                staff("GET /staff/budget/rounds/{id}", request -> {
                    Round round = service.staffRound(request.pathParameter("id"));
                    return HttpResponse.ok(RoundViews.roundWithProposals(round, service.proposals(round)));
                }),
                staff("PUT /staff/budget/rounds/{id}", request ->
                        HttpResponse.ok(RoundViews.round(service.replaceRound(request.pathParameter("id"), request.body(RoundForm.class))))),
                staff("POST /staff/budget/rounds/{id}/proposals", request ->
                        HttpResponse.created(RoundViews.proposal(service.addProposal(request.pathParameter("id"), request.body(ProposalForm.class))))),
                staff("PUT /staff/budget/rounds/{id}/proposals/{proposalId}", request ->
                        HttpResponse.ok(RoundViews.proposal(service.replaceProposal(request.pathParameter("id"),
                                request.pathParameter("proposalId"), request.body(ProposalForm.class))))),
                staff("DELETE /staff/budget/rounds/{id}/proposals/{proposalId}", request -> {
                    service.deleteProposal(request.pathParameter("id"), request.pathParameter("proposalId"));
                    return HttpResponse.ok(Map.of("deleted", request.pathParameter("proposalId")));
                }),
                staff("POST /staff/budget/rounds/{id}/open", request -> HttpResponse.ok(RoundViews.round(service.open(request.pathParameter("id"))))),
                staff("POST /staff/budget/rounds/{id}/codes", request -> {
                    String id = request.pathParameter("id");
                    List<String> codes = service.generateCodes(id, request.body(CodeRequest.class).count(), IdempotentWrites.retryKey(request));
                    return HttpResponse.text(201, "text/csv; charset=utf-8", RoundViews.codesCsv(codes),
                            Map.of("content-disposition", "attachment; filename=\"stemcodes-" + id + ".csv\""));
                }),
                staff("POST /staff/budget/rounds/{id}/close", request -> HttpResponse.ok(service.close(request.pathParameter("id")))),
                staff("POST /staff/budget/rounds/{id}/publish", request ->
                        HttpResponse.ok(RoundViews.round(service.publish(request.pathParameter("id"))))),
                staff("GET /staff/budget/rounds/{id}/results", request -> HttpResponse.ok(service.result(request.pathParameter("id"), true))),
                staff("POST /staff/budget/rounds/import", request ->
                        HttpResponse.created(service.importPabulib(request.body(BudgetService.ImportForm.class))))
                        .withMaxBodyBytes(IMPORT_MAX_BYTES),
                staff("GET /staff/budget/rounds/{id}/export", request -> {
                    String id = request.pathParameter("id");
                    return HttpResponse.text(200, "text/plain; charset=utf-8", service.exportPabulib(id),
                            Map.of("content-disposition", "attachment; filename=\"" + id + ".pb\""));
                }));
    }
}
