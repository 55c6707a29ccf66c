package nl.stadmaken.shared.dynamo;

import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

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

    /**
     * True if the transaction {@code write} was applied, false if DynamoDB cancelled it for what it found (a failed
     * condition). One cancelled only for conflicts with other transactions, which outlasted the client's retries, is
     * thrown on: nothing of it was written, so it is not a refusal to report but a temporary fault (answered 503).
     */
    public static boolean transactionApplied(Runnable write) {
        try {
            write.run();
            return true;
        } catch (TransactionCanceledException e) {
            if (TemporaryFaults.isTransactionConflict(e)) {
                throw e;
            }
            return false;
        }
    }
}
