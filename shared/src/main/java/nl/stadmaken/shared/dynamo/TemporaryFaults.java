package nl.stadmaken.shared.dynamo;

import java.util.Set;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Which failures of DynamoDB pass by themselves: no answer (timeouts, connections), throttling, its 5xx, and
 * transactions that lost a race with another one. Those are retried, and answered 503 with Retry-After once the time
 * is up; a failed condition or a bad request is not temporary.
 */
public final class TemporaryFaults {

    private static final Set<String> PASSING_REASONS = Set.of("None", "TransactionConflict", "ThrottlingError",
            "ProvisionedThroughputExceeded");

    private TemporaryFaults() {
    }

    public static boolean isTemporary(Throwable failure) {
        return failure instanceof SdkClientException
                || (failure instanceof SdkServiceException service && (service.isThrottlingException() || service.statusCode() >= 500))
                || isTransactionConflict(failure);
    }

    /**
     * A write that met a running transaction, or a transaction cancelled only for conflicts or throttling (no failed
     * condition): nothing was written, and the same call may simply be made again.
     */
    public static boolean isTransactionConflict(Throwable failure) {
        if (failure instanceof TransactionConflictException) {
            return true;
        }
        if (!(failure instanceof TransactionCanceledException cancelled) || !cancelled.hasCancellationReasons()) {
            return false;
        }
        boolean conflict = false;
        for (CancellationReason reason : cancelled.cancellationReasons()) {
            String code = reason.code() == null ? "None" : reason.code();
            if (!PASSING_REASONS.contains(code)) {
                return false;
            }
            conflict |= !code.equals("None");
        }
        return conflict;
    }
}
