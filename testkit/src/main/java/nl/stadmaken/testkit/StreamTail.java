package nl.stadmaken.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows one table's stream with the DynamoDB Streams API of an emulator, as Lambda's event source mapping does from
 * {@code TRIM_HORIZON}: each {@link #poll} gives the records written since the last, shard by shard, in the shape the
 * Lambda event carries them.
 */
public final class StreamTail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String table;
    private final Map<String, String> iterators = new LinkedHashMap<>();
    private final Set<String> finished = new HashSet<>();
    private String streamArn;

    public StreamTail(URI endpoint, String table) {
        this.endpoint = endpoint;
        this.table = table;
    }

    /** The records written since the last poll (since the stream began, the first time). */
    public List<JsonNode> poll() {
        if (streamArn == null) {
            streamArn = call("DynamoDB_20120810.DescribeTable", Map.of("TableName", table)).path("Table").path("LatestStreamArn").asText(null);
            if (streamArn == null) {
                throw new IllegalStateException(table + " has no stream");
            }
        }
        for (JsonNode shard : call("DynamoDBStreams_20120810.DescribeStream", Map.of("StreamArn", streamArn))
                .path("StreamDescription").path("Shards")) {
            String id = shard.path("ShardId").asText();
            if (!iterators.containsKey(id) && !finished.contains(id)) {
                iterators.put(id, call("DynamoDBStreams_20120810.GetShardIterator", Map.of("StreamArn", streamArn,
                        "ShardId", id, "ShardIteratorType", "TRIM_HORIZON")).path("ShardIterator").asText());
            }
        }
        List<JsonNode> records = new ArrayList<>();
        for (Map.Entry<String, String> shard : List.copyOf(iterators.entrySet())) {
            String iterator = shard.getValue();
            while (iterator != null) {
                JsonNode page = call("DynamoDBStreams_20120810.GetRecords", Map.of("ShardIterator", iterator));
                page.path("Records").forEach(records::add);
                String next = page.path("NextShardIterator").asText(null);
                if (next == null) {
                    iterators.remove(shard.getKey());
                    finished.add(shard.getKey());
                } else {
                    iterators.put(shard.getKey(), next);
                }
                iterator = page.path("Records").isEmpty() ? null : next;
            }
        }
        return records;
    }

    private JsonNode call(String target, Map<String, String> body) {
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
