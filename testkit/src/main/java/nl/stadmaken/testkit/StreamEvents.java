package nl.stadmaken.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
            List<EventFilter> filters = source.filterPatterns().stream().map(EventFilter::of).toList();
            for (JsonNode record : records(tables, source.table())) {
                if (filters.isEmpty() || filters.stream().anyMatch(filter -> filter.matches(record))) {
                    records.add(record);
                }
            }
        }
        return event;
    }

    /** Every record on the stream of table {@code tableLogicalId}, shard by shard, oldest first. */
    public static List<JsonNode> records(TestTables tables, String tableLogicalId) {
        URI endpoint = tables.endpoint();
        String table = tables.name(tableLogicalId);
        JsonNode description = call(endpoint, "DynamoDB_20120810.DescribeTable", Map.of("TableName", table));
        String streamArn = description.path("Table").path("LatestStreamArn").asText(null);
        if (streamArn == null) {
            throw new IllegalStateException(tableLogicalId + " has no stream in template.yaml");
        }
        JsonNode stream = call(endpoint, "DynamoDBStreams_20120810.DescribeStream", Map.of("StreamArn", streamArn));
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode shard : stream.path("StreamDescription").path("Shards")) {
            String iterator = call(endpoint, "DynamoDBStreams_20120810.GetShardIterator", Map.of("StreamArn", streamArn,
                    "ShardId", shard.path("ShardId").asText(), "ShardIteratorType", "TRIM_HORIZON")).path("ShardIterator").asText(null);
            while (iterator != null) {
                JsonNode page = call(endpoint, "DynamoDBStreams_20120810.GetRecords", Map.of("ShardIterator", iterator));
                page.path("Records").forEach(records::add);
                iterator = page.path("Records").isEmpty() ? null : page.path("NextShardIterator").asText(null);
            }
        }
        return records;
    }

    private static JsonNode call(URI endpoint, String target, Map<String, String> body) {
        try {
            HttpResponse<String> response = EmulatorHttp.send(HttpRequest.newBuilder(endpoint.resolve("/"))
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", target)
                    .header("Authorization", EmulatorHttp.authorization("dynamodb"))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(target + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
