package nl.stadmaken.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theTemplatesMailFiltersPassNewOutboxItemsOnly() throws Exception {
        List<EventFilter> filters = SamTemplate.ofRepository().streamSources("MailFunction").stream()
                .flatMap(source -> source.filterPatterns().stream()).map(EventFilter::of).toList();

        assertThat(filters).hasSize(2);
        assertThat(passes(filters, record("INSERT", "OUTBOX"))).isTrue();
        assertThat(passes(filters, record("INSERT", "PANEL#OUTBOX#0001#m-1"))).isTrue();
        assertThat(passes(filters, record("MODIFY", "OUTBOX"))).isFalse();
        assertThat(passes(filters, record("REMOVE", "PANEL#OUTBOX#0001#m-1"))).isFalse();
        assertThat(passes(filters, record("INSERT", "SIGNUP#01J"))).isFalse();
        assertThat(passes(filters, record("INSERT", "PANEL#DRAW#0001"))).isFalse();
        assertThat(passes(filters, record("INSERT", "BOOKING"))).isFalse();
    }

    @Test
    void existsAndAnythingButAreMatchedAsLambdaMatchesThem() throws Exception {
        JsonNode withEmail = JSON.readTree("{\"email\": \"a@example.nl\", \"kind\": \"x\"}");
        JsonNode without = JSON.readTree("{\"kind\": \"y\"}");

        assertThat(EventFilter.of("{\"email\": [{\"exists\": true}]}").matches(withEmail)).isTrue();
        assertThat(EventFilter.of("{\"email\": [{\"exists\": true}]}").matches(without)).isFalse();
        assertThat(EventFilter.of("{\"email\": [{\"exists\": false}]}").matches(without)).isTrue();
        assertThat(EventFilter.of("{\"kind\": [{\"anything-but\": [\"x\"]}]}").matches(withEmail)).isFalse();
        assertThat(EventFilter.of("{\"kind\": [{\"anything-but\": [\"x\"]}]}").matches(without)).isTrue();
    }

    @Test
    void anOperatorItDoesNotKnowIsRefusedNotGuessed() throws Exception {
        EventFilter filter = EventFilter.of("{\"size\": [{\"numeric\": [\">\", 0]}]}");

        assertThatThrownBy(() -> filter.matches(JSON.readTree("{\"size\": 3}"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean passes(List<EventFilter> filters, JsonNode record) {
        return filters.stream().anyMatch(filter -> filter.matches(record));
    }

    private static JsonNode record(String eventName, String sortKey) throws Exception {
        return JSON.readTree("""
                {"eventName": "%s", "dynamodb": {"NewImage": {"pk": {"S": "X"}, "sk": {"S": "%s"}, "email": {"S": "a@example.nl"}}}}
                """.formatted(eventName, sortKey));
    }
}
