package nl.stadmaken.shared.dynamo;

import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Conditional writes as the stores use them: a failed condition is an answer (the write did not apply), not an error. */
public final class ConditionalWrites {

    private ConditionalWrites() {
    }

    /** True if {@code write} was applied, false if DynamoDB refused it because its condition did not hold. */
    public static boolean applied(Runnable write) {
        try {
            write.run();
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
