package nl.stadmaken.participation;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.stadmaken.participation.domain.Choice;
import nl.stadmaken.participation.domain.SignUp;

/**
 * Sign-ups as CSV that opens right in a spreadsheet: UTF-8 with a byte-order mark (so accents survive), every field
 * quoted, CRLF line ends, and cells that a spreadsheet would run as a formula defused with a leading quote.
 */
final class SignUpCsv {

    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("id", "status", "aangemeld_op", "naam", "email", "telefoon", "wijk", "leeftijd");

    private SignUpCsv() {
    }

    static String of(List<SignUp> signUps) {
        StringBuilder csv = new StringBuilder(BOM);
        csv.append(row(HEADER.stream()));
        for (SignUp signUp : signUps) {
            SignUp.Person person = signUp.person();
            csv.append(row(Stream.of(
                    signUp.id(),
                    Choice.word(signUp.status()),
                    signUp.createdAt().toString(),
                    person == null ? "" : person.name(),
                    person == null ? "" : person.email(),
                    person == null || person.phone() == null ? "" : person.phone(),
                    signUp.wijk() == null ? "" : signUp.wijk(),
                    signUp.ageBand() == null ? "" : signUp.ageBand().label())));
        }
        return csv.toString();
    }

    private static String row(Stream<String> cells) {
        return cells.map(SignUpCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
