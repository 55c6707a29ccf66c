package nl.stadmaken.shared.dynamo;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * The time a request has left, so that DynamoDB calls and their retries end before Lambda's own timeout would cut
 * the function off without an answer. Each call gets at most what is left as its API call timeout (retries
 * included), and a call after the deadline fails at once as a timeout, which the HTTP layer answers with 503.
 * The deadline belongs to the thread that handles the request, as a Lambda instance handles one at a time.
 */
public final class RequestDeadline implements ExecutionInterceptor {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    /** Runs {@code work} with at most {@code budget} from now, or less if an outer deadline comes sooner. */
    public static <T> T within(Duration budget, Supplier<T> work) {
        long deadline = System.nanoTime() + budget.toNanos();
        Long outer = DEADLINE.get();
        return runUntil(outer == null ? deadline : Math.min(outer, deadline), work);
    }

    /** Runs {@code work} so that it ends {@code reserve} before the current deadline, leaving that time to what follows. */
    public static <T> T reserving(Duration reserve, Supplier<T> work) {
        Long outer = DEADLINE.get();
        return outer == null ? work.get() : runUntil(outer - reserve.toNanos(), work);
    }

    /** The time left to the current deadline, if there is one. */
    public static Optional<Duration> remaining() {
        Long deadline = DEADLINE.get();
        return deadline == null ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    private static <T> T runUntil(long deadline, Supplier<T> work) {
        Long outer = DEADLINE.get();
        DEADLINE.set(deadline);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
        }
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        Long deadline = DEADLINE.get();
        if (deadline == null || !(context.request() instanceof DynamoDbRequest request)) {
            return context.request();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw ApiCallTimeoutException.builder().message("The request's time budget is spent.").build();
        }
        Duration timeout = request.overrideConfiguration().flatMap(c -> c.apiCallTimeout())
                .filter(given -> given.toNanos() < left).orElse(Duration.ofNanos(left));
        return request.toBuilder().overrideConfiguration(c -> c.apiCallTimeout(timeout)).build();
    }
}
