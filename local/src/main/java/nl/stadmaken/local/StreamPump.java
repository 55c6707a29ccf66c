package nl.stadmaken.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.stadmaken.testkit.EventFilter;
import nl.stadmaken.testkit.SamTemplate;
import nl.stadmaken.testkit.StreamTail;

/**
 * Does locally what Lambda's event source mappings do in AWS: follows the streams of the tables that trigger a
 * function, keeps the records its filter patterns pass, and hands them to the function in batches, so that the
 * outbox is mailed (to the emulator's SES) as it would be. Records a function reports as failed are handed over again
 * at the next turn, a few times.
 */
final class StreamPump implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH_SIZE = 10;
    private static final int ATTEMPTS = 3;

    private record Source(String name, FunctionHost function, StreamTail tail, Predicate<JsonNode> passes,
                          List<JsonNode> retries, Map<String, Integer> attempts) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stream-pump");
        thread.setDaemon(true);
        return thread;
    });

    StreamPump(SamTemplate template, Map<String, FunctionHost> functions, Map<String, String> tables, URI endpoint) {
        functions.forEach((name, function) -> {
            for (SamTemplate.StreamSource source : template.streamSources(name)) {
                sources.add(new Source(name + "." + source.eventId(), function, new StreamTail(endpoint, tables.get(source.table())),
                        EventFilter.anyOf(source.filterPatterns()), new ArrayList<>(), new HashMap<>()));
            }
        });
    }

    void start() {
        if (!sources.isEmpty()) {
            schedule.scheduleWithFixedDelay(this::turn, 0, 1, TimeUnit.SECONDS);
        }
    }

    /** One turn over every source; exposed so tests and the seed can wait for the streams to be handed over. */
    synchronized void turn() {
        for (Source source : List.copyOf(sources)) {
            try {
                List<JsonNode> records = new ArrayList<>(source.retries());
                source.retries().clear();
                source.tail().poll().stream().filter(source.passes()).forEach(records::add);
                for (int from = 0; from < records.size(); from += BATCH_SIZE) {
                    deliver(source, records.subList(from, Math.min(records.size(), from + BATCH_SIZE)));
                }
            } catch (RuntimeException e) {
                // An endpoint without the Streams API (or a table without a stream) will not get one by waiting.
                System.err.println(source.name() + ": stopped following its stream: " + e.getMessage());
                sources.remove(source);
            }
        }
    }

    private static void deliver(Source source, List<JsonNode> batch) {
        ObjectNode event = JSON.createObjectNode();
        event.putArray("Records").addAll(batch);
        JsonNode answer;
        try {
            answer = JSON.readTree(source.function().invoke(event.toString()));
        } catch (Exception e) {
            System.err.println(source.name() + ": failed on " + batch.size() + " records: " + e.getMessage());
            return;
        }
        for (JsonNode failure : answer.path("batchItemFailures")) {
            String sequence = failure.path("itemIdentifier").asText();
            for (JsonNode record : batch) {
                if (record.path("dynamodb").path("SequenceNumber").asText().equals(sequence)
                        && source.attempts().merge(sequence, 1, Integer::sum) < ATTEMPTS) {
                    source.retries().add(record);
                }
            }
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
