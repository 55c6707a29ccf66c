package nl.stadmaken.shared.config;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The credentials every SDK client of a function uses, read once from the environment, not by the SDK's chain. */
public final class AwsCredentials {

    private AwsCredentials() {
    }

    /** Lambda puts the role's session credentials in the environment; the local runner and tests put static ones. */
    public static AwsCredentialsProvider fromEnvironment(Environment env) {
        String keyId = env.get("AWS_ACCESS_KEY_ID", "local");
        String secret = env.get("AWS_SECRET_ACCESS_KEY", "local");
        String session = env.get("AWS_SESSION_TOKEN", null);
        return StaticCredentialsProvider.create(session == null
                ? AwsBasicCredentials.create(keyId, secret)
                : AwsSessionCredentials.create(keyId, secret, session));
    }
}
