package nl.stadmaken.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.stadmaken.shared.problem.FieldError;
import nl.stadmaken.shared.problem.Problem;
import nl.stadmaken.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Request bodies: what a client sends wrong, and the problem it gets back for it. */
class JsonTest {

    record Form(String name, Integer count, Boolean consent, Nested nested) {
    }

    record Nested(String label) {
    }

    enum Kind { APPROVAL, KNAPSACK }

    record Choice(Kind kind, int votes) {
    }

    record Lists(List<String> tags, List<Nested> items, Map<String, Integer> answers) {
    }

    record Checked(String code) {
        Checked {
            if ("bad".equals(code)) {
                throw new IllegalArgumentException("refused");
            }
        }
    }

    record Holder(Checked checked) {
    }

    @Test
    void readsAWellFormedBody() {
        Form form = Json.readBody("{\"name\": \"Anna\", \"count\": 3, \"consent\": true, \"nested\": {\"label\": \"x\"}}", Form.class);

        assertThat(form).isEqualTo(new Form("Anna", 3, true, new Nested("x")));
    }

    @Test
    void leavesAbsentAndNullFieldsNull() {
        assertThat(Json.readBody("{\"name\": null}", Form.class)).isEqualTo(new Form(null, null, null, null));
    }

    @Test
    void rejectsUnknownFieldNamingIt() {
        assertThatThrownBy(() -> Json.readBody("{\"name\": \"Anna\", \"admin\": true}", Form.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("admin"));
                });
        assertFieldError("{\"nested\": {\"label\": \"x\", \"colour\": \"red\"}}", Form.class, "nested.colour", "unknown field");
    }

    @Test
    void checksTheFieldsOfAnObjectBeforeNamingItsUnknownField() {
        assertFieldError("{\"admin\": true, \"count\": \"3\"}", Form.class, "count", "wrong type, expected whole number");
    }

    @Test
    void rejectsHalfASurrogatePairNamingTheField() {
        assertRejected("{\"name\": \"a\\ud800\"}", "name");
        assertRejected("{\"nested\": {\"label\": \"\\udfff\"}}", "nested.label");

        assertThat(Json.readBody("{\"name\": \"\\ud83d\\ude00\"}", Form.class).name()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void rejectsWrongTypesInsteadOfCoercing() {
        assertRejected("{\"count\": \"3\"}", "count");
        assertRejected("{\"count\": 3.5}", "count");
        assertRejected("{\"name\": 12}", "name");
        assertRejected("{\"consent\": \"true\"}", "consent");
        assertRejected("{\"nested\": {\"label\": [\"a\"]}}", "nested.label");
    }

    @Test
    void saysWhatWasExpected() {
        assertFieldError("{\"count\": \"3\"}", Form.class, "count", "wrong type, expected whole number");
        assertFieldError("{\"count\": 3.0}", Form.class, "count", "not a valid whole number");
        assertFieldError("{\"count\": \"\"}", Form.class, "count", "not a valid whole number");
        assertFieldError("{\"name\": 12}", Form.class, "name", "not a valid text");
        assertFieldError("{\"name\": {}}", Form.class, "name", "wrong type, expected text");
        assertFieldError("{\"consent\": 1}", Form.class, "consent", "not a valid true or false");
        assertFieldError("{\"consent\": \"yes\"}", Form.class, "consent", "wrong type, expected true or false");
        assertFieldError("{\"nested\": \"x\"}", Form.class, "nested", "wrong type, expected Nested");
        assertFieldError("{\"tags\": \"a\"}", Lists.class, "tags", "wrong type, expected ArrayList");
        assertFieldError("{\"answers\": []}", Lists.class, "answers", "wrong type, expected LinkedHashMap");
    }

    @Test
    void refusesNullAndAbsenceWhereJavaHasNoNull() {
        assertFieldError("{\"kind\": \"APPROVAL\", \"votes\": null}", Choice.class, "votes", "wrong type, expected whole number");
        assertFieldError("{\"kind\": \"APPROVAL\"}", Choice.class, "votes", "wrong type, expected whole number");
    }

    @Test
    void takesEnumsByNameOnly() {
        assertThat(Json.readBody("{\"kind\": \"KNAPSACK\", \"votes\": 2}", Choice.class)).isEqualTo(new Choice(Kind.KNAPSACK, 2));
        assertFieldError("{\"kind\": 0, \"votes\": 2}", Choice.class, "kind", "not a valid choice");
        assertFieldError("{\"kind\": \"knapsack\", \"votes\": 2}", Choice.class, "kind", "not a valid choice");
    }

    @Test
    void namesListElementsAndMapKeysInThePath() {
        assertFieldError("{\"tags\": [\"a\", 3]}", Lists.class, "tags[1]", "not a valid text");
        assertFieldError("{\"items\": [{}, {\"label\": 5}]}", Lists.class, "items[1].label", "not a valid text");
        assertFieldError("{\"answers\": {\"1.1\": \"x\"}}", Lists.class, "answers.1.1", "wrong type, expected whole number");
    }

    @Test
    void refusesNumbersOutsideTheirRange() {
        assertFieldError("{\"count\": 99999999999}", Form.class, "count", "not valid");
    }

    @Test
    void namesTheNestedValueThatIsBrokenInside() {
        assertFieldError("{\"nested\": {\"label\": \"a\", \"label\": \"b\"}}", Form.class, "nested", "not valid");
        assertFieldError("{\"tags\": [\"a\", tru]}", Lists.class, "tags[1]", "not valid");
    }

    @Test
    void aRecordThatRefusesItsValuesIsNotValid() {
        assertFieldError("{\"checked\": {\"code\": \"bad\"}}", Holder.class, "checked", "not valid");
        assertFieldError("{\"code\": \"bad\"}", Checked.class, "body", "not valid");
    }

    @Test
    void rejectsDuplicateKeysAndMalformedJson() {
        assertStatus("{\"name\": \"a\", \"name\": \"b\"}", 400);
        assertStatus("{\"name\": ", 400);
        assertStatus("[1, 2]", 400);
        assertStatus("null", 400);
        assertStatus("", 400);
        assertStatus("{\"name\": \"a\"} trailing", 400);
    }

    @Test
    void explainsWhatIsWrongWithTheBodyAsAWhole() {
        assertProblem("{\"name\": \"a\", \"name\": \"b\"}", "Duplicate field 'name'", new FieldError("body", "not valid JSON"));
        assertProblem("{\"count\": NaN}", "The body is not valid JSON.", new FieldError("body", "not valid JSON"));
        assertProblem("{'name': 'a'}", "The body is not valid JSON.", new FieldError("body", "not valid JSON"));
        assertProblem("{\"name\": \"a\"} {}", "The body must be a JSON object.", new FieldError("body", "wrong type"));
        assertProblem("[1, 2]", "The body must be a JSON object.", new FieldError("body", "wrong type"));
        assertProblem("null", "The body must be a JSON object.", new FieldError("body", "null"));
        assertProblem("  ", "The request needs a JSON body.", new FieldError("body", "missing"));
    }

    private static void assertRejected(String body, String field) {
        assertThatThrownBy(() -> Json.readBody(body, Form.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().errors().get(0).field()).isEqualTo(field);
                });
    }

    private static void assertFieldError(String body, Class<?> type, String field, String message) {
        assertProblem(body, type, 422, "validation", "The request is not valid", field + ": " + message, new FieldError(field, message));
    }

    private static void assertProblem(String body, String detail, FieldError error) {
        assertProblem(body, Form.class, 400, "bad-request", "The request is malformed", detail, error);
    }

    private static void assertProblem(String body, Class<?> type, int status, String code, String title, String detail, FieldError error) {
        assertThatThrownBy(() -> Json.readBody(body, type))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem())
                        .isEqualTo(new Problem("urn:stadmaken:problem:" + code, title, status, detail, List.of(error))));
    }

    private static void assertStatus(String body, int status) {
        assertThatThrownBy(() -> Json.readBody(body, Form.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(status));
    }
}
