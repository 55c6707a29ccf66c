package nl.stadmaken.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB clients configured as {@code DynamoDbClients.fromEnvironment} configures a function's, with a request
 * counter attached; handlers and the raw baselines use the same kind, so only the work done differs.
 */
final class CountingClients {

    private CountingClients() {
    }

    static DynamoDbClient of(Map<String, String> environment, RequestCounter counter) {
        int timeout = Integer.parseInt(environment.get("DYNAMODB_TIMEOUT_SECONDS"));
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(timeout))
                        .build())
                .region(Region.of(environment.get("AWS_REGION")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        environment.get("AWS_ACCESS_KEY_ID"), environment.get("AWS_SECRET_ACCESS_KEY"))))
                .endpointOverride(URI.create(environment.get("DYNAMODB_ENDPOINT")))
                .overrideConfiguration(config -> config
                        .retryStrategy(RetryMode.STANDARD)
                        .apiCallTimeout(Duration.ofSeconds(timeout + 3L))
                        .addExecutionInterceptor(counter))
                .build();
    }
}
