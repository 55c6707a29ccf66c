package nl.stadmaken.shared.dynamo;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.stadmaken.shared.config.AwsCredentials;
import nl.stadmaken.shared.config.Environment;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one way to build a DynamoDB client: URL-connection HTTP client (small and quick to start), explicit region and
 * credentials from the function's environment (no provider chain to walk), optional {@code DYNAMODB_ENDPOINT}.
 * Retries: DynamoDB answers in milliseconds, so backoff starts at 25 ms (100 ms when throttled) and attempts stop at
 * {@value #MAX_ATTEMPTS} or at the request's deadline ({@link RequestDeadline}), whichever comes first; transactions that
 * lost a race are retried too, since nothing of them was written.
 */
public final class DynamoDbClients {

    static final int MAX_ATTEMPTS = 5;

    private DynamoDbClients() {
    }

    public static DynamoDbClient fromEnvironment(Environment env) {
        return fromEnvironment(env, List.of());
    }

    /** The same client with interceptors (request counting, fault injection) for tests and benchmarks. */
    public static DynamoDbClient fromEnvironment(Environment env, List<ExecutionInterceptor> interceptors) {
        // DYNAMODB_TIMEOUT_SECONDS is for emulators that queue requests; in AWS the defaults fit the function's timeout.
        int timeout = env.integer("DYNAMODB_TIMEOUT_SECONDS", 5);
        var builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(timeout))
                        .build())
                .region(Region.of(env.get("AWS_REGION", "eu-west-1")))
                .credentialsProvider(AwsCredentials.fromEnvironment(env))
                .overrideConfiguration(config -> config
                        .retryStrategy(retryStrategy())
                        .executionInterceptors(withDeadline(interceptors, !"off".equals(env.get("REQUEST_DEADLINE", "on"))))
                        .apiCallTimeout(Duration.ofSeconds(timeout + 3L)));
        String endpoint = env.get("DYNAMODB_ENDPOINT", null);
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    static RetryStrategy retryStrategy() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(MAX_ATTEMPTS)
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(25), Duration.ofSeconds(1)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(2)))
                .retryOnException(TemporaryFaults::isTransactionConflict)
                .build();
    }

    /**
     * The deadline first, so the interceptors after it see the request as it is sent. {@code REQUEST_DEADLINE=off} is
     * for an emulator that serves one request at a time, where a parallel test's requests wait their turn far longer
     * than any request lasts in DynamoDB.
     */
    private static List<ExecutionInterceptor> withDeadline(List<ExecutionInterceptor> interceptors, boolean deadline) {
        List<ExecutionInterceptor> all = new ArrayList<>();
        if (deadline) {
            all.add(new RequestDeadline());
        }
        all.addAll(interceptors);
        return all;
    }
}
