package nl.stadmaken.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What a stream-triggered function would be given: every record so far on the streams of the tables that trigger it
 * (read with the DynamoDB Streams API of the run's endpoint), kept when it matches one of the template's filter
 * patterns for that source, in the shape of the Lambda event ({@code {"Records": [...]}}).
 */
public final class StreamEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamEvents() {
    }

    /** The event {@code functionLogicalId} gets for everything written to its source tables since they were made. */
    public static ObjectNode forFunction(TestTables tables, String functionLogicalId) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (SamTemplate.StreamSource source : SamTemplate.ofRepository().streamSources(functionLogicalId)) {
            records(tables, source.table()).stream().filter(EventFilter.anyOf(source.filterPatterns())).forEach(records::add);
        }
        return event;
    }

    /** Every record on the stream of table {@code tableLogicalId}, shard by shard, oldest first. */
    public static List<JsonNode> records(TestTables tables, String tableLogicalId) {
        return new StreamTail(tables.endpoint(), tables.name(tableLogicalId)).poll();
    }
}
