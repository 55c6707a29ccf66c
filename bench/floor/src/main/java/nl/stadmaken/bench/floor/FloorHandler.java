package nl.stadmaken.bench.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cold-start floor: the least a Java Lambda needs to answer GET /trajectories from DynamoDB. One query on the
 * status index with a client that walks no provider chain and loads no optional HTTP stack; the answer is written by hand.
 */
public final class FloorHandler implements RequestStreamHandler {

    private final DynamoDbClient dynamo;
    private final String table;

    public FloorHandler() {
        this(System.getenv());
    }

    public FloorHandler(Map<String, String> environment) {
        this.table = environment.get("PARTICIPATION_TABLE");
        this.dynamo = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(environment.get("AWS_REGION")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        environment.get("AWS_ACCESS_KEY_ID"), environment.get("AWS_SECRET_ACCESS_KEY"))))
                .endpointOverride(URI.create(environment.get("DYNAMODB_ENDPOINT")))
                .build();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        StringBuilder body = new StringBuilder("[");
        for (Map<String, AttributeValue> item : dynamo.query(query -> query.tableName(table).indexName("gsi1")
                .keyConditionExpression("gsi1pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("TRAJECTORIES#PUBLISHED")))).items()) {
            body.append(body.length() > 1 ? "," : "").append('{');
            item.forEach((name, value) -> {
                if (value.s() != null || value.n() != null) {
                    body.append(body.charAt(body.length() - 1) == '{' ? "" : ",").append(quoted(name)).append(':')
                            .append(value.s() != null ? quoted(value.s()) : value.n());
                }
            });
            body.append('}');
        }
        body.append(']');
        String response = "{\"statusCode\":200,\"headers\":{\"content-type\":\"application/json\"},\"body\":"
                + quoted(body.toString()) + "}";
        output.write(response.getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
