package nl.stadmaken.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.stadmaken.testkit.LambdaInvoker;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Checks one handler answer against what {@code openapi.yaml} declares for its route and status. */
final class ResponseConformance {

    private final OpenApiContract contract;
    private final ObjectMapper json = JsonMapper.builder().build();

    ResponseConformance(OpenApiContract contract) {
        this.contract = contract;
    }

    /** Everything about the answer that the contract does not declare; empty when it conforms. */
    List<String> check(String routeKey, LambdaInvoker.Response response) {
        Optional<JsonNode> declared = contract.response(routeKey, response.status());
        if (declared.isEmpty()) {
            return List.of("status " + response.status() + " is not declared for " + routeKey);
        }
        String mediaType = mediaType(response.contentType());
        if (mediaType.isEmpty() && response.body().isEmpty() && contract.mediaTypes(declared.get()).isEmpty()) {
            return List.of();
        }
        Optional<Schema> schema = contract.responseSchema(declared.get(), mediaType);
        if (schema.isEmpty()) {
            return List.of(routeKey + " " + response.status() + " declares " + contract.mediaTypes(declared.get())
                    + ", not '" + response.contentType() + "'");
        }
        JsonNode body;
        try {
            body = mediaType.endsWith("json") ? json.readTree(response.body()) : json.getNodeFactory().stringNode(response.body());
        } catch (JacksonException e) {
            return List.of(routeKey + " " + response.status() + " body is not JSON: " + response.body());
        }
        List<String> problems = new ArrayList<>();
        for (Error error : schema.get().validate(body)) {
            problems.add(routeKey + " " + response.status() + ": " + error);
        }
        return problems;
    }

    private static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }
}
