package nl.stadmaken.participation;

import static nl.stadmaken.shared.http.Route.publicRoute;
import static nl.stadmaken.shared.http.Route.staff;

import java.util.List;
import java.util.Map;
import nl.stadmaken.participation.domain.Choice;
import nl.stadmaken.participation.domain.FeedbackForm;
import nl.stadmaken.participation.domain.ParticipationService;
import nl.stadmaken.participation.domain.SignUpForm;
import nl.stadmaken.participation.domain.TrajectoryForm;
import nl.stadmaken.participation.panel.PanelDesk;
import nl.stadmaken.shared.http.HttpResponse;
import nl.stadmaken.shared.http.Route;
import nl.stadmaken.shared.idempotency.IdempotentWrites;

/** The participation routes: each parses its request, asks the service, and shapes the answer. */
final class ParticipationRoutes {

    private ParticipationRoutes() {
    }

    record WithdrawalForm(String token) {
    }

    static List<Route> of(ParticipationService service, PanelDesk panels) {
        return List.of(
                publicRoute("GET /wijken", request -> HttpResponse.ok(Map.of("wijken", service.wijken().all()))),
                publicRoute("GET /trajectories", request -> HttpResponse.ok(Map.of("trajectories",
                        service.list(request.queryParameter("status").orElse(null), request.queryParameter("wijk").orElse(null), false)
                                .stream().map(t -> Views.trajectory(t, false)).toList()))),
                publicRoute("GET /trajectories/{id}", request ->
                        HttpResponse.ok(Views.trajectory(service.publicGet(request.pathParameter("id")), false))),
                publicRoute("POST /trajectories/{id}/signups", request ->
                        HttpResponse.created(Views.receipt(service.signUp(request.pathParameter("id"), request.body(SignUpForm.class),
                                IdempotentWrites.retryKey(request))))),
                publicRoute("POST /withdrawals", request ->
                        HttpResponse.ok(Map.of("status", Choice.word(service.withdraw(request.body(WithdrawalForm.class).token()))))),
                staff("GET /staff/trajectories", request -> HttpResponse.ok(Map.of("trajectories",
                        service.list(request.queryParameter("status").orElse(null), request.queryParameter("wijk").orElse(null), true)
                                .stream().map(t -> Views.trajectory(t, true)).toList()))),
                staff("POST /staff/trajectories", request ->
                        HttpResponse.created(Views.trajectory(service.create(request.body(TrajectoryForm.class)), true))),
                staff("GET /staff/trajectories/{id}", request ->
                        HttpResponse.ok(Views.trajectory(service.staffGet(request.pathParameter("id")), true))),
                staff("PUT /staff/trajectories/{id}", request ->
                        HttpResponse.ok(Views.trajectory(service.replace(request.pathParameter("id"), request.body(TrajectoryForm.class)), true))),
                staff("POST /staff/trajectories/{id}/publish", request ->
                        HttpResponse.ok(Views.trajectory(service.publish(request.pathParameter("id")), true))),
                staff("POST /staff/trajectories/{id}/close", request ->
                        HttpResponse.ok(Views.trajectory(service.close(request.pathParameter("id")), true))),
                staff("POST /staff/trajectories/{id}/feedback", request -> HttpResponse.ok(Views.trajectory(
                        service.recordFeedback(request.pathParameter("id"), request.body(FeedbackForm.class)), true))),
                staff("GET /staff/trajectories/{id}/signups", request ->
                        HttpResponse.ok(Map.of("signUps", service.signUps(request.pathParameter("id")).stream().map(Views::signUp).toList()))),
                staff("GET /staff/trajectories/{id}/signups/export", request -> {
                    String id = request.pathParameter("id");
                    return HttpResponse.text(200, "text/csv; charset=utf-8", SignUpCsv.of(service.signUps(id)),
                            Map.of("content-disposition", "attachment; filename=\"aanmeldingen-" + id + ".csv\""));
                }),
                publicRoute("GET /trajectories/{id}/panel", request ->
                        HttpResponse.ok(Views.published(panels.published(request.pathParameter("id"))))),
                publicRoute("GET /trajectories/{id}/panel/draws/{number}", request ->
                        HttpResponse.ok(panels.publishedDraw(request.pathParameter("id"), request.pathParameter("number")))),
                staff("PUT /staff/trajectories/{id}/panel/seed", request ->
                        HttpResponse.ok(panels.fixSeed(request.pathParameter("id"), request.body(PanelDesk.SeedForm.class)))),
                staff("GET /staff/trajectories/{id}/panel/draws/{number}", request ->
                        HttpResponse.ok(Views.staffDraw(panels.staffDraw(request.pathParameter("id"), request.pathParameter("number"))))),
                staff("GET /staff/trajectories/{id}/panel/outbox", request ->
                        HttpResponse.ok(Map.of("messages", panels.outbox(request.pathParameter("id"))))),
                staff("GET /staff/trajectories/{id}/panel/pool", request -> auditFile(request.pathParameter("id"), "pool",
                        panels.poolCsv(request.pathParameter("id")))),
                staff("GET /staff/trajectories/{id}/panel/quotas", request -> auditFile(request.pathParameter("id"), "quota",
                        panels.quotasCsv(request.pathParameter("id")))));
    }

    /** The pool and quota files of a draw, for an auditor to re-run it with the draw command. */
    private static HttpResponse auditFile(String trajectoryId, String kind, String csv) {
        return HttpResponse.text(200, "text/csv; charset=utf-8", csv,
                Map.of("content-disposition", "attachment; filename=\"" + kind + "-" + trajectoryId + ".csv\""));
    }
}
