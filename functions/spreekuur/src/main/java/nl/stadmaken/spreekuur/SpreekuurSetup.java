package nl.stadmaken.spreekuur;

import java.time.Clock;
import nl.stadmaken.shared.config.Environment;
import nl.stadmaken.shared.ids.Secrets;
import nl.stadmaken.shared.ids.Ulids;
import nl.stadmaken.spreekuur.domain.BookingDesk;
import nl.stadmaken.spreekuur.domain.NoticeWriter;
import nl.stadmaken.spreekuur.domain.OfficeHours;
import nl.stadmaken.spreekuur.domain.ReminderRound;
import nl.stadmaken.spreekuur.domain.Retention;
import nl.stadmaken.spreekuur.domain.SpreekuurCalendar;
import nl.stadmaken.spreekuur.domain.SpreekuurStore;
import nl.stadmaken.spreekuur.store.DynamoSpreekuurStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The function's parts wired from its environment, shared by the HTTP handler and the daily reminder job. */
record SpreekuurSetup(String table, BookingDesk desk, OfficeHours officeHours, ReminderRound reminders) {

    static SpreekuurSetup of(Environment environment, DynamoDbClient dynamo, Clock clock) {
        String table = environment.require("SPREEKUUR_TABLE");
        SpreekuurStore store = new DynamoSpreekuurStore(dynamo, table, clock);
        Secrets secrets = new Secrets(environment.require("STADMAKEN_SECRET"));
        SpreekuurCalendar calendar = new SpreekuurCalendar(environment.get("SENDER_ADDRESS", "spreekuur@haarlem.nl"),
                "spreekuur.stadmaken.haarlem.nl");
        Ulids ids = Ulids.secure(clock);
        NoticeWriter notices = new NoticeWriter(calendar, ids);
        BookingDesk desk = new BookingDesk(store, notices, calendar, secrets, ids, clock,
                new Retention(environment.integer("RETENTION_DAYS_AFTER_SLOT", 30)),
                !"false".equals(environment.get("ONE_BOOKING_PER_HOST", "true")));
        return new SpreekuurSetup(table, desk, new OfficeHours(store, desk, calendar, secrets, clock),
                new ReminderRound(store, notices, clock));
    }
}
