package nl.stadmaken.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code template.yaml} read as data: the functions with their handler, environment and HTTP routes, and the
 * DynamoDB tables with keys, indexes and TTL. The local runner, the tests and the contract checks all read it,
 * so the template stays the one place where routes and tables are declared.
 */
public record SamTemplate(Path path, Map<String, Object> root) {

    public static SamTemplate load(Path path) {
        try {
            Object parsed = TemplateYaml.load(Files.readString(path));
            return new SamTemplate(path, Maps.map(parsed, "template"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The repository's template: from {@code stadmaken.repoDir}, else the nearest folder upwards that has one. */
    public static SamTemplate ofRepository() {
        return load(RepositoryPaths.root().resolve("template.yaml"));
    }

    public Map<String, Object> resources() {
        return Maps.map(root.get("Resources"), "Resources");
    }

    public List<FunctionSpec> functions() {
        Map<String, Object> globals = Maps.map(Maps.map(root.getOrDefault("Globals", Map.of()), "Globals")
                .getOrDefault("Function", Map.of()), "Globals.Function");
        String defaultAuthorizer = defaultAuthorizer();
        List<FunctionSpec> functions = new ArrayList<>();
        resources().forEach((id, value) -> {
            Map<String, Object> resource = Maps.map(value, id);
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
                return;
            }
            Map<String, Object> properties = Maps.map(resource.get("Properties"), id + ".Properties");
            Map<String, Object> environment = new LinkedHashMap<>(variables(globals));
            environment.putAll(variables(properties));
            List<HttpRoute> routes = new ArrayList<>();
            Maps.map(properties.getOrDefault("Events", Map.of()), id + ".Events").forEach((eventId, eventValue) -> {
                Map<String, Object> event = Maps.map(eventValue, eventId);
                if (!"HttpApi".equals(event.get("Type"))) {
                    return;
                }
                Map<String, Object> eventProperties = Maps.map(event.get("Properties"), eventId + ".Properties");
                Map<String, Object> auth = Maps.map(eventProperties.getOrDefault("Auth", Map.of()), eventId + ".Auth");
                String authorizer = (String) auth.getOrDefault("Authorizer", defaultAuthorizer);
                routes.add(new HttpRoute(
                        String.valueOf(eventProperties.get("Method")).toUpperCase(Locale.ROOT),
                        String.valueOf(eventProperties.get("Path")),
                        authorizer != null && !"NONE".equals(authorizer)));
            });
            functions.add(new FunctionSpec(id, String.valueOf(properties.get("Handler")),
                    String.valueOf(properties.get("CodeUri")), environment, routes));
        });
        return functions;
    }

    public FunctionSpec function(String logicalId) {
        return functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no function " + logicalId + " in " + path));
    }

    /** A function's timeout in seconds: its own, else the Globals', else Lambda's default of 3. */
    public int timeoutSeconds(String logicalId) {
        Map<String, Object> properties = Maps.map(Maps.map(resources().get(logicalId), logicalId).get("Properties"), logicalId + ".Properties");
        Map<String, Object> globals = Maps.map(Maps.map(root.getOrDefault("Globals", Map.of()), "Globals")
                .getOrDefault("Function", Map.of()), "Globals.Function");
        Object timeout = properties.getOrDefault("Timeout", globals.getOrDefault("Timeout", 3));
        return Integer.parseInt(String.valueOf(timeout));
    }

    public List<TableSpec> tables() {
        List<TableSpec> tables = new ArrayList<>();
        resources().forEach((id, value) -> {
            Map<String, Object> resource = Maps.map(value, id);
            if ("AWS::DynamoDB::Table".equals(resource.get("Type"))) {
                tables.add(TableSpec.from(id, Maps.map(resource.get("Properties"), id + ".Properties")));
            }
        });
        return tables;
    }

    /**
     * The table streams that trigger {@code functionLogicalId}, each with the filter patterns of its event source
     * mapping (none: every record passes).
     */
    public List<StreamSource> streamSources(String functionLogicalId) {
        Map<String, Object> properties = Maps.map(Maps.map(resources().get(functionLogicalId), functionLogicalId).get("Properties"),
                functionLogicalId + ".Properties");
        List<StreamSource> sources = new ArrayList<>();
        Maps.map(properties.getOrDefault("Events", Map.of()), functionLogicalId + ".Events").forEach((eventId, eventValue) -> {
            Map<String, Object> event = Maps.map(eventValue, eventId);
            if (!"DynamoDB".equals(event.get("Type"))) {
                return;
            }
            Map<String, Object> eventProperties = Maps.map(event.get("Properties"), eventId + ".Properties");
            List<Object> getAtt = Maps.list(Maps.map(eventProperties.get("Stream"), eventId + ".Stream").get("Fn::GetAtt"), "Fn::GetAtt");
            Map<String, Object> criteria = Maps.map(eventProperties.getOrDefault("FilterCriteria", Map.of()), eventId + ".FilterCriteria");
            List<String> patterns = Maps.list(criteria.getOrDefault("Filters", List.of()), "Filters").stream()
                    .map(filter -> String.valueOf(Maps.map(filter, "Filter").get("Pattern"))).toList();
            sources.add(new StreamSource(eventId, String.valueOf(getAtt.get(0)), patterns));
        });
        return sources;
    }

    /** The actions a function's policies allow, e.g. {@code dynamodb:GetItem} (on whatever resources they name). */
    public Set<String> allowedActions(String functionLogicalId) {
        Map<String, Object> properties = Maps.map(Maps.map(resources().get(functionLogicalId), functionLogicalId).get("Properties"),
                functionLogicalId + ".Properties");
        Set<String> actions = new TreeSet<>();
        for (Object policy : Maps.list(properties.getOrDefault("Policies", List.of()), functionLogicalId + ".Policies")) {
            if (!(policy instanceof Map<?, ?>)) {
                continue;
            }
            for (Object statement : Maps.list(Maps.map(policy, "Policy").getOrDefault("Statement", List.of()), "Statement")) {
                Map<String, Object> allowed = Maps.map(statement, "Statement");
                if ("Allow".equals(allowed.get("Effect"))) {
                    Object action = allowed.get("Action");
                    (action instanceof List<?> list ? list : List.of(action)).forEach(a -> actions.add(String.valueOf(a)));
                }
            }
        }
        return actions;
    }

    /** Parameter defaults, for resolving {@code !Ref Parameter} locally. */
    public Map<String, Object> parameterDefaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        Maps.map(root.getOrDefault("Parameters", Map.of()), "Parameters").forEach((name, value) -> {
            Object fallback = Maps.map(value, name).get("Default");
            if (fallback != null) {
                defaults.put(name, fallback);
            }
        });
        return defaults;
    }

    private String defaultAuthorizer() {
        for (Object value : resources().values()) {
            Map<String, Object> resource = Maps.map(value, "resource");
            if ("AWS::Serverless::HttpApi".equals(resource.get("Type"))) {
                Map<String, Object> properties = Maps.map(resource.getOrDefault("Properties", Map.of()), "HttpApi.Properties");
                Map<String, Object> auth = Maps.map(properties.getOrDefault("Auth", Map.of()), "HttpApi.Auth");
                return (String) auth.get("DefaultAuthorizer");
            }
        }
        return null;
    }

    private static Map<String, Object> variables(Map<String, Object> properties) {
        Map<String, Object> environment = Maps.map(properties.getOrDefault("Environment", Map.of()), "Environment");
        return Maps.map(environment.getOrDefault("Variables", Map.of()), "Environment.Variables");
    }

    /** A DynamoDB stream event source: the table whose stream it reads and the patterns a record must match. */
    public record StreamSource(String eventId, String table, List<String> filterPatterns) {
    }

    /** A function as the template declares it; environment values may still hold intrinsics such as {@code {Ref: X}}. */
    public record FunctionSpec(String logicalId, String handler, String codeUri, Map<String, Object> environment,
                               List<HttpRoute> routes) {

        public String handlerClass() {
            int separator = handler.indexOf("::");
            return separator < 0 ? handler : handler.substring(0, separator);
        }
    }

    /** An HTTP API route; {@code staff} when it goes through the JWT authorizer. */
    public record HttpRoute(String method, String path, boolean staff) {
        public String routeKey() {
            return method + " " + path;
        }
    }
}
