package nl.stadmaken.testkit;

import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Records the IAM actions a client's DynamoDB calls need, as AWS authorizes them: most calls are their own action, but a
 * transaction is authorized item by item ({@code PutItem}, {@code UpdateItem}, {@code DeleteItem},
 * {@code ConditionCheckItem}, or {@code GetItem} for a read), so a test can hold them against a function's policy.
 */
public final class IamActions implements ExecutionInterceptor {

    private final Set<String> actions = new TreeSet<>();

    @Override
    public synchronized void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof TransactWriteItemsRequest transaction) {
            for (TransactWriteItem item : transaction.transactItems()) {
                actions.add(item.put() != null ? "dynamodb:PutItem" : item.update() != null ? "dynamodb:UpdateItem"
                        : item.delete() != null ? "dynamodb:DeleteItem" : "dynamodb:ConditionCheckItem");
            }
        } else if (context.request() instanceof TransactGetItemsRequest) {
            actions.add("dynamodb:GetItem");
        } else {
            actions.add("dynamodb:" + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }

    public synchronized Set<String> actions() {
        return Set.copyOf(actions);
    }
}
