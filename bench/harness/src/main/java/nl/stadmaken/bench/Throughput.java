package nl.stadmaken.bench;

import java.util.Locale;
import java.util.Map;

/** Operations done in a measured time by parallel callers, and the DynamoDB requests they made. */
record Throughput(int operations, double seconds, Map<String, Long> requests) {

    double perSecond() {
        return operations / seconds;
    }

    /** Requests per operation by DynamoDB operation name, e.g. {@code GetItem 2, UpdateItem 1}. */
    String requestsPerOperation() {
        StringBuilder text = new StringBuilder();
        requests.forEach((operation, count) -> text.append(text.isEmpty() ? "" : ", ")
                .append(operation).append(' ').append(String.format(Locale.ROOT, "%.2f", (double) count / operations)));
        return text.toString();
    }
}
