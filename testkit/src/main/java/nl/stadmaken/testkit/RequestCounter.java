package nl.stadmaken.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Records every DynamoDB operation a client sends, so tests can pin what one request costs. */
public final class RequestCounter implements ExecutionInterceptor {

    private static final List<String> WRITES = List.of("PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem");

    private final List<String> operations = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    public void reset() {
        operations.clear();
    }

    public List<String> operations() {
        synchronized (operations) {
            return List.copyOf(operations);
        }
    }

    public List<String> writes() {
        return operations().stream().filter(WRITES::contains).toList();
    }

    public long count(String operation) {
        return operations().stream().filter(operation::equals).count();
    }
}
