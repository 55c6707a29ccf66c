package nl.stadmaken.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.bundled();

    @Test
    void holdsEveryQsldQuestionWithAScale() {
        assertThat(catalogue.questions()).extracting(Question::id)
                .containsExactly("1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "4", "5", "6");
        assertThat(catalogue.questions()).allSatisfy(question -> {
            assertThat(question.scale().min()).isLessThan(question.scale().max());
            assertThat(question.labels().nl()).isNotBlank();
            assertThat(question.labels().en()).isNotBlank();
        });
    }

    @Test
    void mapsGoalsToQuestionsAsTheProgrammeDoes() {
        assertThat(catalogue.goals()).extracting(Goal::id).containsExactly("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8");
        assertThat(catalogue.goals().get(0).questions()).containsExactly("1.1", "1.2", "2.1", "2.2", "6");
        assertThat(catalogue.goals().get(4).questions()).containsExactly("2.5", "5");
        assertThat(catalogue.goals().get(7).questions()).containsExactly("4");
    }

    @Test
    void everyIndicatorHasLabelsGoalsUnitAndAMinimumCellSize() {
        assertThat(catalogue.indicators()).allSatisfy(indicator -> {
            assertThat(indicator.labels().nl()).isNotBlank();
            assertThat(indicator.goals()).isNotEmpty();
            assertThat(indicator.unit()).isNotBlank();
            assertThat(indicator.minCellSize()).isPositive();
        });
        assertThat(catalogue.indicator("qsld-2.1").orElseThrow().goals()).containsExactly("G1", "G2", "G4");
    }

    @Test
    void refusesAnIndicatorOfAnUndefinedQuestion() {
        String json = """
                {"version": "x", "respondentGroups": [], "goals": [], "questions": [],
                 "indicators": [{"id": "q", "labels": {"nl": "q", "en": "q"}, "goals": [], "aggregation": "mean",
                                 "source": {"question": "9.9"}, "unit": "score", "minCellSize": 5}]}
                """;

        assertThatThrownBy(() -> IndicatorCatalogue.parse(json)).hasMessageContaining("9.9");
    }

    @Test
    void periodsOfADay() {
        assertThat(Period.containing(java.time.LocalDate.of(2027, 5, 31))).extracting(Period::key)
                .isEqualTo(List.of("2027-05", "2027-Q2", "2027"));
        assertThat(Period.parse("2027-Q4").orElseThrow().last()).isEqualTo(java.time.LocalDate.of(2027, 12, 31));
        assertThat(Period.parse("2027-13")).isEmpty();
    }
}
