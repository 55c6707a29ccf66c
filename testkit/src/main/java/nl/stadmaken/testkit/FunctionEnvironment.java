package nl.stadmaken.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function's environment as it would be in AWS, resolved for a local run: {@code !Ref Table} becomes the local
 * table's name, {@code !Ref Parameter} its default, {@code !Sub} is filled in; what only AWS can resolve (a secret,
 * an attribute of a deployed resource) must come from {@code overrides}.
 */
public final class FunctionEnvironment {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9:._]+)}");

    private FunctionEnvironment() {
    }

    public static Map<String, String> resolve(SamTemplate template, SamTemplate.FunctionSpec function,
                                              Map<String, String> tableNames, Map<String, String> overrides) {
        Map<String, Object> known = new LinkedHashMap<>(template.parameterDefaults());
        known.putAll(tableNames);
        known.put("AWS::Region", overrides.getOrDefault("AWS_REGION", "eu-west-1"));
        Map<String, String> environment = new LinkedHashMap<>();
        function.environment().forEach((name, value) -> {
            if (!overrides.containsKey(name)) {
                environment.put(name, resolve(name, value, known));
            }
        });
        environment.putAll(overrides);
        return environment;
    }

    private static String resolve(String name, Object value, Map<String, Object> known) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        Map<String, Object> intrinsic = Maps.map(value, "Environment." + name);
        if (intrinsic.containsKey("Ref")) {
            return String.valueOf(require(name, known, String.valueOf(intrinsic.get("Ref"))));
        }
        if (intrinsic.containsKey("Fn::Sub")) {
            Object sub = intrinsic.get("Fn::Sub");
            String text = sub instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(sub);
            Matcher matcher = SUB_VARIABLE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(require(name, known, matcher.group(1)))));
            }
            return matcher.appendTail(out).toString();
        }
        throw new IllegalArgumentException("environment variable " + name + " uses " + intrinsic.keySet()
                + ", which only AWS can resolve; give it as a local override");
    }

    private static Object require(String name, Map<String, Object> known, String reference) {
        Object value = known.get(reference);
        if (value == null) {
            throw new IllegalArgumentException("environment variable " + name + " refers to " + reference
                    + ", which has no local value; give it as a local override");
        }
        return value;
    }
}
