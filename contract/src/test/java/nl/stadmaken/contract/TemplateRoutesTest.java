package nl.stadmaken.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stadmaken.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.yaml} and {@code template.yaml} declare the same routes, each with the same access: a route behind
 * the JWT authorizer requires the staff scheme, a route without it says {@code security: []}.
 */
class TemplateRoutesTest {

    @Test
    void theContractDeclaresEveryRouteOfTheTemplateWithItsAccess() {
        Map<String, String> template = new TreeMap<>();
        for (SamTemplate.FunctionSpec function : SamTemplate.ofRepository().functions()) {
            function.routes().forEach(route -> template.put(route.routeKey(), route.staff() ? "staff" : "public"));
        }
        Map<String, String> contract = OpenApiContract.ofRepository().routeAccess();

        assertThat(differences(template, contract)).isEmpty();
    }

    private static List<String> differences(Map<String, String> template, Map<String, String> contract) {
        Set<String> routes = new TreeSet<>(template.keySet());
        routes.addAll(contract.keySet());
        List<String> differences = new ArrayList<>();
        for (String route : routes) {
            String inTemplate = template.get(route);
            String inContract = contract.get(route);
            if (inTemplate == null) {
                differences.add(route + ": in openapi.yaml, not in template.yaml");
            } else if (inContract == null) {
                differences.add(route + ": in template.yaml, not in openapi.yaml");
            } else if (!inTemplate.equals(inContract)) {
                differences.add(route + ": " + inTemplate + " in template.yaml, " + inContract + " in openapi.yaml");
            }
        }
        return differences;
    }
}
