package nl.stadmaken.bench.naive;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The naive baseline: the same query as the floor, written the way a first Java Lambda often is. The SDK picks its
 * default HTTP client, region and credentials from the classpath and environment, the enhanced client maps items
 * with a reflective bean schema, and a default Jackson mapper writes the answer. Only the emulator's address is given.
 */
public final class NaiveHandler implements RequestStreamHandler {

    private final DynamoDbIndex<TrajectoryBean> byStatus;
    private final ObjectMapper mapper = new ObjectMapper();

    public NaiveHandler() {
        this(System.getenv());
    }

    public NaiveHandler(Map<String, String> environment) {
        DynamoDbClient dynamo = DynamoDbClient.builder()
                .endpointOverride(URI.create(environment.get("DYNAMODB_ENDPOINT")))
                .build();
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build();
        this.byStatus = enhanced.table(environment.get("PARTICIPATION_TABLE"), TableSchema.fromBean(TrajectoryBean.class))
                .index("gsi1");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        mapper.readTree(input);
        List<TrajectoryBean> trajectories = new ArrayList<>();
        byStatus.query(QueryConditional.keyEqualTo(Key.builder().partitionValue("TRAJECTORIES#PUBLISHED").build()))
                .forEach(page -> trajectories.addAll(page.items()));
        mapper.writeValue(output, Map.of(
                "statusCode", 200,
                "headers", Map.of("content-type", "application/json"),
                "body", mapper.writeValueAsString(trajectories)));
    }
}
