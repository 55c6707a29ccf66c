package nl.stadmaken.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values written and read back, and the exact text written, which clients and stored items depend on. */
class JsonRoundTripTest {

    enum Rule { GREEDY, EQUAL_SHARES }

    record Part(String id, long cents) {
    }

    record Everything(String text, Integer boxed, int whole, Long big, long wide, Boolean flag, boolean on, Double share,
                      double ratio, BigDecimal amount, Instant at, LocalDate day, Rule rule, List<String> tags,
                      List<Part> parts, Map<String, Integer> answers, Map<Integer, Long> distribution, Part main) {
    }

    record Sparse(String first, String missing, List<String> items) {
    }

    @Test
    void readsBackWhatItWrote() {
        Everything value = new Everything("Anna \"de\" Vries\n", 3, -4, 5_000_000_000L, 6L, true, false, 0.25, 1e20,
                new BigDecimal("12.50"), Instant.parse("2027-03-01T08:00:00.250Z"), LocalDate.of(2027, 3, 1), Rule.EQUAL_SHARES,
                List.of("a", "b"), List.of(new Part("p1", 100), new Part("p2", 0)), Map.of("1.1", 4), Map.of(1, 2L, 5, 0L),
                new Part("main", 7));

        assertThat(Json.read(Json.write(value), Everything.class)).isEqualTo(value);
    }

    @Test
    void writesComponentsInDeclarationOrderAndLeavesNullMembersOut() {
        assertThat(Json.write(new Sparse("a", null, Arrays.asList("x", null))))
                .isEqualTo("{\"first\":\"a\",\"items\":[\"x\",null]}");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("gone", null);
        map.put("a", List.of());
        assertThat(Json.write(map)).isEqualTo("{\"b\":1,\"a\":[]}");
    }

    @Test
    void writesScalarsAsTheApiDocumentsThem() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rule", Rule.GREEDY);
        map.put("at", Instant.parse("2027-03-01T08:00:00Z"));
        map.put("day", LocalDate.of(2027, 3, 1));
        map.put("amount", new BigDecimal("1E+3"));
        map.put("share", 0.5);
        map.put("undefined", Double.NaN);
        map.put("keyed", Map.of(Rule.GREEDY, 1));
        map.put("numbers", new int[] {1, 2});
        assertThat(Json.write(map)).isEqualTo("{\"rule\":\"GREEDY\",\"at\":\"2027-03-01T08:00:00Z\",\"day\":\"2027-03-01\","
                + "\"amount\":1E+3,\"share\":0.5,\"undefined\":\"NaN\",\"keyed\":{\"GREEDY\":1},\"numbers\":[1,2]}");
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        assertThat(Json.write(List.of("\"\\/\u0001\t é€😀"))).isEqualTo("[\"\\\"\\\\/\\u0001\\t é€😀\"]");
    }

    @Test
    void readsNonFiniteDoublesAsTheyAreWritten() {
        record Ratio(double value) {
        }
        assertThat(Json.read(Json.write(new Ratio(Double.NaN)), Ratio.class).value()).isNaN();
        assertThat(Json.read("{\"value\": \"-Infinity\"}", Ratio.class).value()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void readsInstantsAndDatesOnlyAsIsoText() {
        record When(Instant at, LocalDate day) {
        }
        assertThat(Json.read("{\"at\": \"2027-03-01T09:00:00+01:00\", \"day\": \"2027-03-01\"}", When.class))
                .isEqualTo(new When(Instant.parse("2027-03-01T08:00:00Z"), LocalDate.of(2027, 3, 1)));
        assertRefusedAt("{\"at\": 1700000000}", When.class, "at");
        assertRefusedAt("{\"at\": \"2027-03-01T09:00:00\"}", When.class, "at");
        assertRefusedAt("{\"day\": \"2027-03-01T09:00:00Z\"}", When.class, "day");
    }

    @Test
    void readsStoredValuesAsStrictlyAsRequests() {
        assertRefusedAt("{\"id\": \"p\", \"cents\": 1, \"extra\": 2}", Part.class, "extra");
        assertRefusedAt("{\"id\": \"p\", \"cents\": 1.5}", Part.class, "cents");
        assertThat(Json.read("null", Part.class)).isNull();
    }

    @Test
    void refusesValuesItHasNoJsonFormFor() {
        assertThatThrownBy(() -> Json.write(Map.of("maybe", Optional.of(1)))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Json.read("{\"maybe\": \"x\"}", Holder.class)).isInstanceOf(IllegalArgumentException.class);
    }

    record Holder(Optional<String> maybe) {
    }

    private static void assertRefusedAt(String json, Class<?> type, String path) {
        assertThatThrownBy(() -> Json.read(json, type))
                .isInstanceOfSatisfying(JsonException.class, e -> assertThat(e.path()).isEqualTo(path));
    }
}
