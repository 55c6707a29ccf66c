package nl.stadmaken.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.stadmaken.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Form(String name, Integer count, Boolean consent, Nested nested) {
    }

    record Nested(String label) {
    }

    @Test
    void readsAWellFormedBody() {
        Form form = Json.readBody("{\"name\": \"Anna\", \"count\": 3, \"consent\": true, \"nested\": {\"label\": \"x\"}}", Form.class);

        assertThat(form).isEqualTo(new Form("Anna", 3, true, new Nested("x")));
    }

    @Test
    void rejectsUnknownFieldNamingIt() {
        assertThatThrownBy(() -> Json.readBody("{\"name\": \"Anna\", \"admin\": true}", Form.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("admin"));
                });
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
    void rejectsDuplicateKeysAndMalformedJson() {
        assertStatus("{\"name\": \"a\", \"name\": \"b\"}", 400);
        assertStatus("{\"name\": ", 400);
        assertStatus("[1, 2]", 400);
        assertStatus("null", 400);
        assertStatus("", 400);
        assertStatus("{\"name\": \"a\"} trailing", 400);
    }

    private static void assertRejected(String body, String field) {
        assertThatThrownBy(() -> Json.readBody(body, Form.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().errors().get(0).field()).isEqualTo(field);
                });
    }

    private static void assertStatus(String body, int status) {
        assertThatThrownBy(() -> Json.readBody(body, Form.class))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(status));
    }
}
