package nl.stadmaken.indicators.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.stadmaken.shared.json.Json;
import nl.stadmaken.shared.json.JsonTree;

/**
 * Goals, survey questions and indicator definitions, read from a versioned data file: changing a label, a mapping or
 * a minimum cell size is a data change, and every snapshot names the catalogue version it was computed with.
 */
public record IndicatorCatalogue(String version, List<String> respondentGroups, List<Goal> goals,
                                 List<Question> questions, List<IndicatorDefinition> indicators) {

    private static final String RESOURCE = "/indicators/catalogue.json";

    public IndicatorCatalogue {
        respondentGroups = List.copyOf(respondentGroups);
        goals = List.copyOf(goals);
        questions = List.copyOf(questions);
        indicators = List.copyOf(indicators);
    }

    public static IndicatorCatalogue bundled() {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the indicator catalogue cannot be read", e);
        }
    }

    public static IndicatorCatalogue parse(String json) {
        JsonTree root = Json.readTree(json);
        List<String> groups = new ArrayList<>();
        root.path("respondentGroups").forEach(group -> groups.add(group.asText()));
        List<Goal> goals = new ArrayList<>();
        root.path("goals").forEach(goal -> goals.add(new Goal(goal.path("id").asText(), labels(goal), texts(goal.path("questions")))));
        List<Question> questions = new ArrayList<>();
        root.path("questions").forEach(question -> {
            JsonTree scale = question.path("scale");
            questions.add(new Question(question.path("id").asText(), labels(question),
                    new AnswerScale(scale.path("type").asText(), scale.path("min").asInt(), scale.path("max").asInt())));
        });
        List<IndicatorDefinition> indicators = new ArrayList<>();
        root.path("indicators").forEach(indicator -> indicators.add(definition(indicator)));
        IndicatorCatalogue catalogue = new IndicatorCatalogue(root.path("version").asText(), groups, goals, questions, indicators);
        catalogue.check();
        return catalogue;
    }

    public Optional<IndicatorDefinition> indicator(String id) {
        return indicators.stream().filter(indicator -> indicator.id().equals(id)).findFirst();
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    private static IndicatorDefinition definition(JsonTree node) {
        String id = node.path("id").asText();
        Aggregation aggregation = Aggregation.ofWord(node.path("aggregation").asText())
                .orElseThrow(() -> new IllegalArgumentException("indicator " + id + ": unknown aggregation"));
        JsonTree source = node.path("source");
        IndicatorSource parsed = switch (aggregation) {
            case COUNT, SUM, COUNT_UNTIL_TODAY -> new IndicatorSource.Metric(source.path("metric").asText());
            case SHARE, KEPT_SHARE -> new IndicatorSource.Share(source.path("metric").asText(), source.path("per").asText());
            case DISSIMILARITY -> new IndicatorSource.Dissimilarity(source.path("metric").asText(), source.path("dimension").asText());
            case MEAN -> new IndicatorSource.SurveyScore(source.path("question").asText());
        };
        List<String> breakdowns = node.has("breakdowns") ? texts(node.path("breakdowns")) : List.of("total");
        return new IndicatorDefinition(id, labels(node), texts(node.path("goals")), aggregation, parsed,
                node.path("unit").asText(), node.path("minCellSize").asInt(1), breakdowns);
    }

    /** A catalogue that names a goal or question it does not define is refused as a whole. */
    private void check() {
        Set<String> goalIds = new HashSet<>();
        goals.forEach(goal -> goalIds.add(goal.id()));
        Set<String> questionIds = new HashSet<>();
        questions.forEach(question -> questionIds.add(question.id()));
        for (Goal goal : goals) {
            for (String question : goal.questions()) {
                if (!questionIds.contains(question)) {
                    throw undefined("goal " + goal.id() + " names question " + question);
                }
            }
        }
        for (IndicatorDefinition indicator : indicators) {
            for (String goal : indicator.goals()) {
                if (!goalIds.contains(goal)) {
                    throw undefined("indicator " + indicator.id() + " names goal " + goal);
                }
            }
            if (indicator.source() instanceof IndicatorSource.SurveyScore score && !questionIds.contains(score.question())) {
                throw undefined("indicator " + indicator.id() + " names question " + score.question());
            }
            if (indicator.minCellSize() < 1) {
                throw new IllegalArgumentException("catalogue: indicator " + indicator.id() + " needs a minimum cell size of at least 1");
            }
        }
    }

    private static IllegalArgumentException undefined(String what) {
        return new IllegalArgumentException("catalogue: " + what + ", which is not defined");
    }

    private static Labels labels(JsonTree node) {
        return new Labels(node.path("labels").path("nl").asText(), node.path("labels").path("en").asText());
    }

    private static List<String> texts(JsonTree array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
