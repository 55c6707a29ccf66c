package nl.stadmaken.testkit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class the template's tables on a real DynamoDB API: one endpoint for the whole run (moto by default,
 * see {@link DynamoDbEndpoint#start()}), stopped when the run ends, and fresh tables for each test class.
 * Use with {@code @ExtendWith(DynamoDbExtension.class)} and a {@link TestTables} parameter.
 */
public final class DynamoDbExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DynamoDbExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store runStore = context.getRoot().getStore(NAMESPACE);
        Object endpoint = runStore.getOrComputeIfAbsent("endpoint", key -> startOrExplain());
        if (endpoint instanceof String reason) {
            Assumptions.abort(reason);
        }
        SamTemplate template = runStore.getOrComputeIfAbsent("template", key -> SamTemplate.ofRepository(), SamTemplate.class);
        context.getStore(NAMESPACE).put("tables", new TestTables(template, (DynamoDbEndpoint) endpoint));
    }

    /** A missing Docker engine for LocalStack is a reason to skip, not a failure; it is kept so each class skips at once. */
    private static Object startOrExplain() {
        try {
            return DynamoDbEndpoint.start();
        } catch (LocalStackEndpoint.DockerUnavailableException e) {
            return "skipped: " + e.getMessage();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestTables.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get("tables", TestTables.class);
    }
}
