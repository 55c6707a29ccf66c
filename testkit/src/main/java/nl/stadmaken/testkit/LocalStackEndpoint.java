package nl.stadmaken.testkit;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** LocalStack's DynamoDB through Testcontainers; only where a Docker engine answers. */
final class LocalStackEndpoint implements DynamoDbEndpoint {

    static final String IMAGE = "localstack/localstack:4.4";

    private final LocalStackContainer container;

    private LocalStackEndpoint(LocalStackContainer container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static LocalStackEndpoint start() {
        if (!dockerAvailable()) {
            throw new DockerUnavailableException();
        }
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(IMAGE))
                .withServices(LocalStackContainer.Service.DYNAMODB);
        container.start();
        return new LocalStackEndpoint(container);
    }

    @Override
    public URI uri() {
        return container.getEndpointOverride(LocalStackContainer.Service.DYNAMODB);
    }

    @Override
    public String description() {
        return "LocalStack " + IMAGE + " at " + uri();
    }

    @Override
    public void close() {
        container.stop();
    }

    /** Thrown when LocalStack is asked for on a machine without Docker; tests turn it into a skip. */
    static final class DockerUnavailableException extends RuntimeException {
        DockerUnavailableException() {
            super("LocalStack needs a Docker engine, and none answers on this machine", null, false, false);
        }
    }
}
