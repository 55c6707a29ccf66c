package nl.stadmaken.spreekuur.store;

import static nl.stadmaken.shared.dynamo.Attributes.n;
import static nl.stadmaken.shared.dynamo.Attributes.s;
import static nl.stadmaken.shared.dynamo.Attributes.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.stadmaken.shared.dynamo.ChangeIndex;
import nl.stadmaken.shared.dynamo.ConditionalWrites;
import nl.stadmaken.spreekuur.domain.Booking;
import nl.stadmaken.spreekuur.domain.BookingStatus;
import nl.stadmaken.spreekuur.domain.Host;
import nl.stadmaken.spreekuur.domain.Notice;
import nl.stadmaken.spreekuur.domain.Slot;
import nl.stadmaken.spreekuur.domain.SlotStatus;
import nl.stadmaken.spreekuur.domain.SpreekuurStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The spreekuur table. Hosts ({@code HOST#<id>}), slots ({@code SLOT#<id>/SLOT}) with their seats
 * ({@code SLOT#<id>/SEAT#<booking>}), bookings ({@code BOOKING#<ulid>}, personal data with TTL), resident locks
 * ({@code RESIDENT#<keyed hash>/LOCK}) and the outbox ({@code OUTBOX#<id>}). Index {@code gsi1} lists hosts, a host's
 * slots and bookings by start time, and the outbox by day; {@code gsi2} lists bookings by day, for reminders.
 */
public final class DynamoSpreekuurStore implements SpreekuurStore {

    private final DynamoDbClient dynamo;
    private final String table;
    /** Only for the change time of a new slot, the one write that is not handed the time. */
    private final Clock clock;

    public DynamoSpreekuurStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public void saveHost(Host host) {
        Map<String, AttributeValue> item = SpreekuurItems.host(host);
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        item.forEach((name, value) -> {
            if (!name.equals("pk") && !name.equals("sk")) {
                names.put("#" + name, name);
                values.put(":" + name, value);
                sets.add("#" + name + " = :" + name);
            }
        });
        dynamo.updateItem(u -> u.tableName(table).key(SpreekuurItems.hostKey(host.id()))
                .updateExpression("SET " + String.join(", ", sets))
                .expressionAttributeNames(names).expressionAttributeValues(values));
    }

    @Override
    public Optional<Host> host(String id) {
        return get(SpreekuurItems.hostKey(id)).map(SpreekuurItems::toHost);
    }

    @Override
    public List<Host> hosts() {
        return index("gsi1", "HOSTS", null, null, SpreekuurItems::toHost);
    }

    @Override
    public boolean setFeedTokenHash(String hostId, String hash) {
        return ConditionalWrites.applied(() -> dynamo.updateItem(u -> u.tableName(table).key(SpreekuurItems.hostKey(hostId))
                .updateExpression("SET #hash = :hash")
                .conditionExpression("attribute_exists(#pk)")
                .expressionAttributeNames(Map.of("#hash", "feedTokenHash", "#pk", "pk"))
                .expressionAttributeValues(Map.of(":hash", s(hash)))));
    }

    @Override
    public boolean createSlot(Slot slot) {
        try {
            Map<String, AttributeValue> item = new HashMap<>(SpreekuurItems.slot(slot));
            item.putAll(SpreekuurItems.changed(SpreekuurItems.slotKey(slot.id()), clock.instant()));
            dynamo.putItem(p -> p.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR #status = :cancelled")
                    .expressionAttributeNames(Map.of("#pk", "pk", "#status", "status"))
                    .expressionAttributeValues(Map.of(":cancelled", s(SlotStatus.CANCELLED.name()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<Slot> slot(String id) {
        return get(SpreekuurItems.slotKey(id)).map(SpreekuurItems::toSlot);
    }

    @Override
    public List<Slot> slotsOf(String hostId, Instant from, Instant to) {
        return index("gsi1", SpreekuurItems.hostSlots(hostId), from, to, SpreekuurItems::toSlot);
    }

    @Override
    public boolean cancelSlot(String slotId, Instant now) {
        Map<String, String> names = new HashMap<>(Map.of("#status", "status", "#cancelledAt", "cancelledAt", "#pk", "pk"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":cancelled", s(SlotStatus.CANCELLED.name()), ":now", s(now.toString())));
        SpreekuurItems.changed(names, values, SpreekuurItems.slotKey(slotId), now);
        return ConditionalWrites.applied(() -> dynamo.updateItem(u -> u.tableName(table).key(SpreekuurItems.slotKey(slotId))
                .updateExpression("SET #status = :cancelled, #cancelledAt = if_not_exists(#cancelledAt, :now), "
                        + ChangeIndex.SET)
                .conditionExpression("attribute_exists(#pk)")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)));
    }

    @Override
    public List<String> seatsOf(String slotId) {
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :seat)")
                .expressionAttributeNames(Map.of("#pk", "pk", "#sk", "sk"))
                .expressionAttributeValues(Map.of(":pk", s("SLOT#" + slotId), ":seat", s("SEAT#")))
                .build();
        List<String> seats = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(item -> seats.add(text(item, "bookingId")));
        return seats;
    }

    @Override
    public Placement book(Booking booking, Instant lockUntil, Notice notice, Instant now) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(takeSeat(booking.slotId(), now));
        Map<String, AttributeValue> item = new HashMap<>(SpreekuurItems.booking(booking));
        item.putAll(SpreekuurItems.changed(SpreekuurItems.bookingKey(booking.id()), now));
        writes.add(put(item, "attribute_not_exists(#pk)", Map.of("#pk", "pk"), null));
        writes.add(put(seat(booking), null, null, null));
        writes.add(put(SpreekuurItems.notice(notice), null, null, null));
        if (lockUntil != null) {
            Map<String, AttributeValue> lock = new HashMap<>(SpreekuurItems.lockKey(booking.residentKey()));
            lock.put("bookingId", s(booking.id()));
            lock.put("until", n(lockUntil.getEpochSecond()));
            lock.put("expiresAt", n(lockUntil.getEpochSecond()));
            writes.add(put(lock, "attribute_not_exists(#pk) OR #until <= :now", Map.of("#pk", "pk", "#until", "until"),
                    Map.of(":now", n(now.getEpochSecond()))));
        }
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
            return Placement.BOOKED;
        } catch (TransactionCanceledException e) {
            if (failed(e, 1)) {
                // The booking's id is this request's own (new, or derived from its retry key): if it exists, an earlier
                // try of this very call or request made it, and its answer was lost.
                return Placement.BOOKED_BEFORE;
            }
            if (failed(e, 4)) {
                return Placement.RESIDENT_HAS_BOOKING;
            }
            return failed(e, 0) ? Placement.SLOT_UNAVAILABLE : Placement.BUSY;
        }
    }

    @Override
    public Optional<Booking> booking(String id) {
        return get(SpreekuurItems.bookingKey(id)).map(SpreekuurItems::toBooking);
    }

    @Override
    public Change cancel(Booking booking, Notice notice, Instant now) {
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, String> names = new HashMap<>(Map.of("#status", "status", "#sequence", "sequence", "#updatedAt", "updatedAt",
                "#slotId", "slotId"));
        List<String> removes = new ArrayList<>(List.of("gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk"));
        removes.addAll(SpreekuurItems.PERSONAL);
        removes.forEach(name -> names.put("#" + name, name));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":cancelled", s(BookingStatus.CANCELLED.name()),
                ":booked", s(BookingStatus.BOOKED.name()), ":sequence", n(booking.sequence()),
                ":next", n(booking.sequence() + 1L), ":now", s(now.toString()), ":slot", s(booking.slotId())));
        SpreekuurItems.changed(names, values, SpreekuurItems.bookingKey(booking.id()), now);
        writes.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(SpreekuurItems.bookingKey(booking.id()))
                .updateExpression("SET #status = :cancelled, #sequence = :next, #updatedAt = :now, " + ChangeIndex.SET
                        + " REMOVE " + String.join(", ", removes.stream().map(name -> "#" + name).toList()))
                .conditionExpression("#status = :booked AND #sequence = :sequence AND #slotId = :slot")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build());
        writes.add(freeSeat(booking.slotId(), now));
        writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
                .key(SpreekuurItems.seatKey(booking.slotId(), booking.id()))
                .conditionExpression("attribute_exists(#pk)").expressionAttributeNames(Map.of("#pk", "pk"))).build());
        writes.add(put(SpreekuurItems.notice(notice), null, null, null));
        if (booking.residentKey() != null) {
            writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table).key(SpreekuurItems.lockKey(booking.residentKey()))
                    .conditionExpression("attribute_not_exists(#pk) OR #bookingId = :id")
                    .expressionAttributeNames(Map.of("#pk", "pk", "#bookingId", "bookingId"))
                    .expressionAttributeValues(Map.of(":id", s(booking.id())))).build());
        }
        return transact(writes, false);
    }

    @Override
    public Change move(Booking booking, Booking moved, Notice notice, Instant now) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(takeSeat(moved.slotId(), now));
        writes.add(freeSeat(booking.slotId(), now));
        Map<String, AttributeValue> placement = SpreekuurItems.placement(moved);
        Map<String, String> names = new HashMap<>(Map.of("#status", "status", "#was", "slotId", "#version", "sequence"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":booked", s(BookingStatus.BOOKED.name()),
                ":expected", n(booking.sequence()), ":old", s(booking.slotId())));
        List<String> sets = new ArrayList<>();
        placement.forEach((name, value) -> {
            names.put("#" + name, name);
            values.put(":" + name, value);
            sets.add("#" + name + " = :" + name);
        });
        SpreekuurItems.changed(names, values, SpreekuurItems.bookingKey(booking.id()), now);
        sets.add(ChangeIndex.SET);
        writes.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(SpreekuurItems.bookingKey(booking.id()))
                .updateExpression("SET " + String.join(", ", sets))
                .conditionExpression("#status = :booked AND #version = :expected AND #was = :old")
                .expressionAttributeNames(names).expressionAttributeValues(values)).build());
        writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
                .key(SpreekuurItems.seatKey(booking.slotId(), booking.id()))
                .conditionExpression("attribute_exists(#pk)").expressionAttributeNames(Map.of("#pk", "pk"))).build());
        writes.add(put(seat(moved), null, null, null));
        writes.add(put(SpreekuurItems.notice(notice), null, null, null));
        if (booking.residentKey() != null) {
            long until = moved.time().end().getEpochSecond();
            writes.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(SpreekuurItems.lockKey(booking.residentKey()))
                    .updateExpression("SET #until = :until, #expiresAt = :until")
                    .conditionExpression("#bookingId = :id")
                    .expressionAttributeNames(Map.of("#until", "until", "#expiresAt", "expiresAt", "#bookingId", "bookingId"))
                    .expressionAttributeValues(Map.of(":until", n(until), ":id", s(booking.id())))).build());
        }
        return transact(writes, true);
    }

    @Override
    public List<Booking> bookingsOf(String hostId, Instant from, Instant to) {
        return index("gsi1", SpreekuurItems.hostBookings(hostId), from, to, SpreekuurItems::toBooking);
    }

    @Override
    public List<Booking> bookingsOn(LocalDate day) {
        return index("gsi2", "DAY#" + day, null, null, SpreekuurItems::toBooking);
    }

    @Override
    public boolean queue(Notice notice) {
        return ConditionalWrites.applied(() -> dynamo.putItem(p -> p.tableName(table).item(SpreekuurItems.notice(notice))
                .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", "pk"))));
    }

    @Override
    public List<Notice> notices(LocalDate day, int limit) {
        return dynamo.query(q -> q.tableName(table).indexName("gsi1").scanIndexForward(false).limit(limit)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", "gsi1pk"))
                        .expressionAttributeValues(Map.of(":pk", s("OUTBOX#" + day))))
                .items().stream().map(SpreekuurItems::toNotice).toList();
    }

    private Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).key(key).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** One index partition, optionally only sort keys that start in {@code [from, to)}. */
    private <T> List<T> index(String index, String partition, Instant from, Instant to, Function<Map<String, AttributeValue>, T> map) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", index + "pk"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
        String condition = "#pk = :pk";
        if (from != null) {
            names.put("#sk", index + "sk");
            values.put(":from", s(SpreekuurItems.timeKey(from, "")));
            values.put(":to", s(SpreekuurItems.timeKey(to.minusMillis(1), "~")));
            condition += " AND #sk BETWEEN :from AND :to";
        }
        QueryRequest query = QueryRequest.builder().tableName(table).indexName(index)
                .keyConditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values).build();
        List<T> found = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(item -> found.add(map.apply(item)));
        return found;
    }

    private TransactWriteItem takeSeat(String slotId, Instant now) {
        Map<String, String> names = new HashMap<>(Map.of("#booked", "booked", "#status", "status", "#capacity", "capacity"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", n(1), ":open", s(SlotStatus.OPEN.name())));
        SpreekuurItems.changed(names, values, SpreekuurItems.slotKey(slotId), now);
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(SpreekuurItems.slotKey(slotId))
                .updateExpression("SET #booked = #booked + :one, " + ChangeIndex.SET)
                .conditionExpression("#status = :open AND #booked < #capacity")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
    }

    private TransactWriteItem freeSeat(String slotId, Instant now) {
        Map<String, String> names = new HashMap<>(Map.of("#booked", "booked"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", n(1), ":zero", n(0)));
        SpreekuurItems.changed(names, values, SpreekuurItems.slotKey(slotId), now);
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(SpreekuurItems.slotKey(slotId))
                .updateExpression("SET #booked = #booked - :one, " + ChangeIndex.SET)
                .conditionExpression("#booked > :zero")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
    }

    private static Map<String, AttributeValue> seat(Booking booking) {
        Map<String, AttributeValue> seat = new HashMap<>(SpreekuurItems.seatKey(booking.slotId(), booking.id()));
        seat.put("bookingId", s(booking.id()));
        return seat;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                                  Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression(condition)
                .expressionAttributeNames(names).expressionAttributeValues(values)).build();
    }

    /** {@code takesSeatFirst}: the first write takes a seat, so its failure means the slot is not available. */
    private Change transact(List<TransactWriteItem> writes, boolean takesSeatFirst) {
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
            return Change.DONE;
        } catch (TransactionCanceledException e) {
            return takesSeatFirst && failed(e, 0) ? Change.SLOT_UNAVAILABLE : Change.STATE_CHANGED;
        }
    }

    private static boolean failed(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons != null && reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }
}
