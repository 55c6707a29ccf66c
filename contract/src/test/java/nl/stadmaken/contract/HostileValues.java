package nl.stadmaken.contract;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Values made to break things: strings for ids, fields and query parameters, numbers, and whole bodies. */
final class HostileValues {

    static final int ONE_MEGABYTE = 1024 * 1024;

    private HostileValues() {
    }

    /** Strings that have broken other systems: key and expression syntax, paths, control and odd Unicode, sizes. */
    static Arbitrary<String> strings() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(List.of(
                        "", " ", "../", "../../../etc/passwd", "..\\..\\", "%2e%2e%2f", "%00", "%", "?", "#", "/",
                        "#a = :b OR attribute_exists(x)", ":b", "#pk", "pk", "TRAJ#demo-speelplek", "IDEMPOTENCY#x",
                        "ROUND#demo-schalkwijk", "attribute_not_exists(pk) OR size(#x) > :y", "a\u0000b", "\u0000",
                        "\u001b[2J", "line\r\nset-cookie: x=y", "tab\there", "\u202eexe.txt", "\u200b", "\uFEFF",
                        "\uFFFF", "\uD83D\uDE00\uD83D\uDE00", "Ĳsselmeer ß ﬁ", "<script>alert(1)</script>",
                        "=HYPERLINK(\"http://x\")", "${jndi:ldap://127.0.0.1/x}", "' OR '1'='1", "\" OR \"\"=\"",
                        "null", "undefined", "NaN", "-1", "0", "99999999999999999999", "1e309", "true", "{}", "[]",
                        "WK039201", "demo-speelplek", "demo-schalkwijk", "demo-wethouder"))),
                Tuple.of(1, Arbitraries.of(2_049, 5_000, 70_000).map("x"::repeat)),
                Tuple.of(1, Arbitraries.of(1_100, 3_000).map("é"::repeat)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5)));
    }

    /** Numbers that no field takes: below every minimum, above every maximum, fractions, beyond what Java types hold. */
    static Arbitrary<String> wrongNumbers() {
        return Arbitraries.of("-1", "-100000000000", "0.5", "1.0", "1e3", "-2147483649", "9223372036854775807",
                "9223372036854775808", "-9223372036854775809", "99999999999999999999999999", "1e308", "1e309", "-1e309",
                "1E-400", "100000000001");
    }

    /** Numbers at the edges of types, which some fields take and others do not. */
    static Arbitrary<String> edgeNumbers() {
        return Arbitraries.of("0", "-0", "2147483647", "2147483648");
    }

    /** Bodies that are not a well-formed object of the route: empty, other JSON, broken JSON, huge, deep. */
    static Arbitrary<String> wholeBodies() {
        return Arbitraries.of(
                "", " ", "\n", "null", "[]", "[{}]", "\"text\"", "42", "-1", "true", "{", "}", "{\"a\":", "{}}", "{} {}",
                "{\"a\":1,}", "{'a':1}", "{a:1}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "/* c */ {}",
                "{\"\\u0000\":1}", "\uFEFF{}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\x41\"}",
                "{\"x\":\"" + "a".repeat(ONE_MEGABYTE) + "\"}",
                "a".repeat(ONE_MEGABYTE),
                "[".repeat(100_000),
                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
    }
}
