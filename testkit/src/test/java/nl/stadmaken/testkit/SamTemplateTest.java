package nl.stadmaken.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamTemplateTest {

    private final SamTemplate template = SamTemplate.ofRepository();

    @Test
    void readsShortFormIntrinsicsAsTheirLongForm() {
        Object parsed = TemplateYaml.load("a: !Ref Table\nb: !GetAtt Table.Arn\nc: !Sub 'x-${AWS::Region}'\nd: !Join ['', [a, b]]\n");

        assertThat(parsed).isEqualTo(Map.of(
                "a", Map.of("Ref", "Table"),
                "b", Map.of("Fn::GetAtt", List.of("Table", "Arn")),
                "c", Map.of("Fn::Sub", "x-${AWS::Region}"),
                "d", Map.of("Fn::Join", List.of("", List.of("a", "b")))));
    }

    @Test
    void everyFunctionHasAHandlerAndEveryTableAKeyAndTtl() {
        assertThat(template.functions()).isNotEmpty().allSatisfy(function -> {
            assertThat(function.handler()).contains("::handleRequest");
            assertThat(function.codeUri()).endsWith("-lambda.jar");
        });
        assertThat(template.tables()).isNotEmpty().allSatisfy(table -> {
            assertThat(table.keySchema()).isNotEmpty();
            assertThat(table.ttlAttribute()).as(table.logicalId() + " keeps personal data only for a while").isNotNull();
        });
    }

    @Test
    void routesWithoutAuthorizerNoneAreStaffRoutes() {
        SamTemplate.FunctionSpec participation = template.function("ParticipationFunction");

        assertThat(participation.routes()).contains(
                new SamTemplate.HttpRoute("POST", "/trajectories/{id}/signups", false),
                new SamTemplate.HttpRoute("POST", "/staff/trajectories", true));
    }

    @Test
    void environmentResolvesTablesParametersAndOverrides() {
        Map<String, String> environment = FunctionEnvironment.resolve(template, template.function("ParticipationFunction"),
                Map.of("ParticipationTable", "local-participation"), Map.of("STADMAKEN_SECRET", "local-secret-0123456789"));

        assertThat(environment).containsEntry("PARTICIPATION_TABLE", "local-participation")
                .containsEntry("RETENTION_DAYS_AFTER_FEEDBACK", "90")
                .containsEntry("STADMAKEN_SECRET", "local-secret-0123456789")
                .containsKey("JAVA_TOOL_OPTIONS");
    }

    @Test
    void pathMatchingFindsParametersAndRefusesOtherPaths() {
        assertThat(HttpApiEvents.match("/trajectories/{id}/signups", "/trajectories/speelplek/signups"))
                .isEqualTo(Map.of("id", "speelplek"));
        assertThat(HttpApiEvents.match("/trajectories/{id}", "/trajectories/speelplek/signups")).isNull();
        assertThat(HttpApiEvents.match("/wijken", "/wijken")).isEmpty();
    }
}
