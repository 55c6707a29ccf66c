package nl.stadmaken.spreekuur;

import static nl.stadmaken.shared.http.Route.publicRoute;
import static nl.stadmaken.shared.http.Route.staff;

import java.util.List;
import java.util.Map;
import nl.stadmaken.shared.http.HttpRequest;
import nl.stadmaken.shared.http.HttpResponse;
import nl.stadmaken.shared.http.Route;
import nl.stadmaken.shared.idempotency.IdempotentWrites;
import nl.stadmaken.spreekuur.domain.BookingDesk;
import nl.stadmaken.spreekuur.domain.BookingForm;
import nl.stadmaken.spreekuur.domain.HostForm;
import nl.stadmaken.spreekuur.domain.OfficeHours;
import nl.stadmaken.spreekuur.domain.SlotForm;
import nl.stadmaken.spreekuur.domain.SlotSeriesForm;

/**
 * The spreekuur routes. Manage tokens travel in JSON bodies, never in paths; only the calendar feed has its token in
 * the address, because a calendar app can subscribe to nothing else.
 */
final class SpreekuurRoutes {

    private static final String CALENDAR = "text/calendar; charset=utf-8";

    private SpreekuurRoutes() {
    }

    record TokenForm(String token) {
    }

    record MoveForm(String token, String slotId) {
    }

    static List<Route> of(OfficeHours hours, BookingDesk desk) {
        return List.of(
                publicRoute("GET /spreekuur/hosts", request ->
                        HttpResponse.ok(Map.of("hosts", hours.hosts().stream().map(Views::host).toList()))),
                publicRoute("GET /spreekuur/slots", request -> HttpResponse.ok(Map.of("slots",
                        hours.freeSlots(query(request, "host"), query(request, "topic"), query(request, "location"),
                                query(request, "from"), query(request, "to")).stream().map(Views::offer).toList()))),
                publicRoute("POST /spreekuur/slots/{id}/bookings", request -> HttpResponse.created(
                        Views.receipt(desk.book(request.pathParameter("id"), request.body(BookingForm.class), false,
                                IdempotentWrites.retryKey(request))))),
                publicRoute("POST /spreekuur/bookings/lookup", request ->
                        HttpResponse.ok(Views.overview(desk.lookup(request.body(TokenForm.class).token())))),
                publicRoute("POST /spreekuur/bookings/cancel", request ->
                        HttpResponse.ok(Views.overview(desk.cancel(request.body(TokenForm.class).token())))),
                publicRoute("POST /spreekuur/bookings/move", request -> {
                    MoveForm form = request.body(MoveForm.class);
                    return HttpResponse.ok(Views.overview(desk.move(form.token(), form.slotId())));
                }),
                publicRoute("POST /spreekuur/bookings/calendar", request -> HttpResponse.text(200, CALENDAR,
                        desk.lookup(request.body(TokenForm.class).token()).calendar(),
                        Map.of("content-disposition", "attachment; filename=\"spreekuur.ics\""))),
                publicRoute("GET /spreekuur/feeds/{token}", request ->
                        HttpResponse.text(200, CALENDAR, hours.feed(request.pathParameter("token")), Map.of())),
                staff("GET /staff/spreekuur/hosts", request ->
                        HttpResponse.ok(Map.of("hosts", hours.hosts().stream().map(Views::host).toList()))),
                // The id names a host to create as well: the form checks it, so one too long is a 422 there, not a 404.
                staff("PUT /staff/spreekuur/hosts/{id}", request ->
                        HttpResponse.ok(Views.host(hours.saveHost(request.pathParameters().get("id"), request.body(HostForm.class))))),
                staff("POST /staff/spreekuur/hosts/{id}/feed-token", request -> {
                    String token = hours.rotateFeedToken(request.pathParameter("id"));
                    return HttpResponse.created(Map.of("feedToken", token, "path", "/spreekuur/feeds/" + token));
                }),
                staff("POST /staff/spreekuur/slots", request ->
                        HttpResponse.created(Views.slot(hours.createSlot(request.body(SlotForm.class))))),
                staff("POST /staff/spreekuur/slot-series", request ->
                        HttpResponse.created(Views.series(hours.createSeries(request.body(SlotSeriesForm.class))))),
                staff("POST /staff/spreekuur/slots/{id}/cancel", request ->
                        HttpResponse.ok(Views.slot(hours.cancelSlot(request.pathParameter("id"))))),
                staff("POST /staff/spreekuur/slots/{id}/bookings", request -> HttpResponse.created(
                        Views.receipt(desk.book(request.pathParameter("id"), request.body(BookingForm.class), true,
                                IdempotentWrites.retryKey(request))))),
                staff("GET /staff/spreekuur/agenda", request ->
                        HttpResponse.ok(Views.agenda(hours.agenda(query(request, "host"), query(request, "date"))))),
                staff("GET /staff/spreekuur/outbox", request -> HttpResponse.ok(Map.of("notices",
                        hours.outbox(query(request, "date")).stream().map(Views::notice).toList()))));
    }

    private static String query(HttpRequest request, String name) {
        return request.queryParameter(name).orElse(null);
    }
}
