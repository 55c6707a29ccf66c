package nl.stadmaken.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input whose shape is not ours, read as a tree: nothing fails on a missing field, everything reads as text. */
class JsonTreeTest {

    private final JsonTree event = Json.readTree("""
            {"routeKey": "GET /x", "headers": {"Accept": "a", "X-Count": 2}, "isBase64Encoded": false,
             "claims": {"cognito:groups": ["staff"], "empty": null}, "items": [1, 2.5, "three"], "body": null}
            """);

    @Test
    void followsPathsThatMayNotBeThere() {
        assertThat(event.path("routeKey").asText()).isEqualTo("GET /x");
        assertThat(event.path("requestContext").path("http").path("method").asText()).isEmpty();
        assertThat(event.path("requestContext").isMissing()).isTrue();
        assertThat(event.path("requestContext").asText("fallback")).isEqualTo("fallback");
        assertThat(event.path("body").asText("fallback")).isEqualTo("fallback");
        assertThat(event.has("body")).isTrue();
        assertThat(event.has("rawPath")).isFalse();
    }

    @Test
    void readsScalarsAsText() {
        assertThat(event.path("headers").path("X-Count").asText()).isEqualTo("2");
        assertThat(event.path("headers").path("X-Count").asInt()).isEqualTo(2);
        assertThat(event.path("isBase64Encoded").asBoolean(true)).isFalse();
        assertThat(event.path("claims").path("empty").asText()).isEqualTo("null");
        assertThat(event.path("claims").path("cognito:groups").isScalar()).isFalse();
        assertThat(event.path("claims").path("cognito:groups").toString()).isEqualTo("[\"staff\"]");
    }

    @Test
    void givesMembersInOrderAndElementsByIteration() {
        assertThat(event.path("headers").properties()).containsOnlyKeys("Accept", "X-Count");
        List<String> items = new ArrayList<>();
        event.path("items").forEach(item -> items.add(item.asText()));
        assertThat(items).containsExactly("1", "2.5", "three");
        assertThat(event.path("routeKey").properties()).isEmpty();
    }

    @Test
    void writesItselfBackAsItWasRead() {
        assertThat(event.path("claims").toString()).isEqualTo("{\"cognito:groups\":[\"staff\"],\"empty\":null}");
        assertThat(Json.readTree(event.toString())).isEqualTo(event);
    }

    @Test
    void refusesWhatIsNotOneJsonDocument() {
        assertThatThrownBy(() -> Json.readTree("{\"a\": 1, \"a\": 2}")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> Json.readTree("{} {}")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> Json.readTree("{\"a\": NaN}")).isInstanceOf(JsonException.class);
        assertThat(Json.readTree("  ").isMissing()).isTrue();
        assertThat(Json.readTree("null").isNull()).isTrue();
    }
}
