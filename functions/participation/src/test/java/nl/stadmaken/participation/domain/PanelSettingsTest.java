package nl.stadmaken.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.stadmaken.shared.problem.FieldCheck;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PanelSettingsTest {

    private static final PanelSettings PANEL = new PanelSettings(List.of(
            new PanelSettings.Feature("geslacht", List.of("vrouw", "man", "anders")),
            new PanelSettings.Feature("leeftijd", List.of("16-29", "30-49", "50+"))), true);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2011 AB 12|2011AB 12",
            "2011ab12|2011AB 12",
            " 2011 ab  12 |2011AB 12",
            "2011 AB 12-a|2011AB 12-A",
            "2011AB 12 bis|2011AB 12-BIS",
            "2011 AB, 12|2011AB 12"})
    void addressesOfOneHouseholdGetOneForm(String given, String canonical) {
        FieldCheck check = new FieldCheck();

        assertThat(PanelSettings.checkAddress(given, check)).isEqualTo(canonical);
        assertThat(check.hasErrors()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Grote Markt 2", "0123 AB 1", "2011 AB", "2011 A 12", "''"})
    void otherTextIsNotAnAddress(String given) {
        FieldCheck check = new FieldCheck();

        assertThat(PanelSettings.checkAddress(given, check)).isNull();
        assertThat(check.hasErrors()).isTrue();
    }

    @Test
    void everyFeatureNeedsOneOfItsValuesAndNoOthersAreTaken() {
        FieldCheck check = new FieldCheck();

        PANEL.checkAnswers(Map.of("geslacht", "paars", "oogkleur", "blauw"), check);

        assertThat(fields(check)).containsExactlyInAnyOrder("features.geslacht", "features.leeftijd", "features.oogkleur");
    }

    @Test
    void answersAreKeptAsGiven() {
        FieldCheck check = new FieldCheck();

        Map<String, String> answers = PANEL.checkAnswers(Map.of("geslacht", "anders", "leeftijd", "50+"), check);

        assertThat(check.hasErrors()).isFalse();
        assertThat(answers).isEqualTo(Map.of("geslacht", "anders", "leeftijd", "50+"));
    }

    @Test
    void staffGetEveryMistakeInTheFeatureList() {
        FieldCheck check = new FieldCheck();
        var form = new PanelSettings.Form(List.of(
                new PanelSettings.Form.FeatureForm("Geslacht", List.of("vrouw", "vrouw")),
                new PanelSettings.Form.FeatureForm("leeftijd", List.of()),
                new PanelSettings.Form.FeatureForm("leeftijd", List.of("jong"))), null);

        form.check(check);

        assertThat(fields(check)).containsExactlyInAnyOrder("panel.features[0].name", "panel.features[0].values[1]",
                "panel.features[1].values", "panel.features[2].name");
    }

    private static List<String> fields(FieldCheck check) {
        try {
            check.throwIfAny();
            return List.of();
        } catch (ProblemException e) {
            return e.problem().errors().stream().map(FieldError::field).toList();
        }
    }
}
