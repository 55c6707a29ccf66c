package nl.stadmaken.shared.config;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The credentials every SDK client of a function uses, chosen once from the environment, not by the SDK's chain. */
public final class AwsCredentials {

    static final String CONTAINER_ENDPOINT = "AWS_CONTAINER_CREDENTIALS_FULL_URI";

    private AwsCredentials() {
    }

    /**
     * Lambda puts the role's session credentials in the environment, but for a version started from a SnapStart
     * snapshot it gives them through a local endpoint instead ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}, with
     * {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}): the SDK's container provider fetches them when first needed and again
     * before they expire, so credentials cached before the snapshot are replaced after a restore. The local runner and
     * tests put static ones in the environment.
     */
    public static AwsCredentialsProvider fromEnvironment(Environment env) {
        if (env.get("AWS_ACCESS_KEY_ID", null) == null && env.get(CONTAINER_ENDPOINT, null) != null) {
            // The provider reads the endpoint and token from the process's settings, which is where Lambda puts them.
            return ContainerCredentialsProvider.builder().build();
        }
        String keyId = env.get("AWS_ACCESS_KEY_ID", "local");
        String secret = env.get("AWS_SECRET_ACCESS_KEY", "local");
        String session = env.get("AWS_SESSION_TOKEN", null);
        return StaticCredentialsProvider.create(session == null
                ? AwsBasicCredentials.create(keyId, secret)
                : AwsSessionCredentials.create(keyId, secret, session));
    }
}
