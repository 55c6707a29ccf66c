package nl.stadmaken.participation.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse("\uFEFFid,address,note\r\n"
                + "p1,\"Grote Markt 2, Haarlem\",\"says \"\"hi\"\"\"\r\n"
                + "p2,\"line one\nline two\",\r\n"
                + "\n");

        assertThat(table.header()).containsExactly("id", "address", "note");
        assertThat(table.rows()).containsExactly(
                List.of("p1", "Grote Markt 2, Haarlem", "says \"hi\""),
                List.of("p2", "line one\nline two", ""));
    }

    @Test
    void trimsFieldsAndFindsColumnsByName() {
        CsvTable table = CsvTable.parse("id , gender\n a , female \n");

        assertThat(table.column("gender")).isEqualTo(1);
        assertThat(table.rows().getFirst()).containsExactly("a", "female");
    }

    @Test
    void rejectsRowsOfTheWrongWidthAndUnterminatedQuotes() {
        assertThatIllegalArgumentException().isThrownBy(() -> CsvTable.parse("a,b\n1,2,3\n")).withMessageContaining("3 fields");
        assertThatIllegalArgumentException().isThrownBy(() -> CsvTable.parse("a,b\n\"1,2\n")).withMessageContaining("quoted");
    }
}
