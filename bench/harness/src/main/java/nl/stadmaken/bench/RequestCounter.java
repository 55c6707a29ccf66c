package nl.stadmaken.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Counts DynamoDB requests per operation as they go on the wire, so retries count too. */
final class RequestCounter implements ExecutionInterceptor {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        counts.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), name -> new LongAdder()).increment();
    }

    /** The counts since the last reset, by operation name, and resets them. */
    Map<String, Long> takeCounts() {
        Map<String, Long> taken = new TreeMap<>();
        counts.forEach((operation, count) -> taken.put(operation, count.sumThenReset()));
        taken.values().removeIf(count -> count == 0);
        return taken;
    }
}
