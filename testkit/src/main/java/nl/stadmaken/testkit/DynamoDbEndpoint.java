package nl.stadmaken.testkit;

import java.net.URI;

/** A running DynamoDB API over HTTP that tests and the local runner talk to. Closing stops what was started. */
public interface DynamoDbEndpoint extends AutoCloseable {

    URI uri();

    String description();

    @Override
    void close();

    /**
     * {@code DYNAMODB_ENDPOINT} if set; LocalStack through Testcontainers if {@code STADMAKEN_DYNAMODB=localstack}
     * (system property {@code stadmaken.dynamodb} works too); otherwise moto in server mode on a free loopback port.
     */
    static DynamoDbEndpoint start() {
        String given = System.getenv("DYNAMODB_ENDPOINT");
        if (given != null && !given.isBlank()) {
            URI uri = URI.create(given.trim());
            return new DynamoDbEndpoint() {
                public URI uri() {
                    return uri;
                }

                public String description() {
                    return "DYNAMODB_ENDPOINT " + uri;
                }

                public void close() {
                }
            };
        }
        String backend = System.getProperty("stadmaken.dynamodb", System.getenv().getOrDefault("STADMAKEN_DYNAMODB", "moto"));
        return switch (backend) {
            case "moto" -> MotoServer.start();
            case "localstack" -> LocalStackEndpoint.start();
            default -> throw new IllegalArgumentException("unknown DynamoDB backend " + backend + " (moto or localstack)");
        };
    }
}
