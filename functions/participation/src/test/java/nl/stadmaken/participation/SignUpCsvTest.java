package nl.stadmaken.participation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignUpCsvTest {

    @Test
    void quotesEveryCellAndDoublesQuotes() {
        assertThat(SignUpCsv.cell("De \"Zus\"")).isEqualTo("\"De \"\"Zus\"\"\"");
        assertThat(SignUpCsv.cell("a,b")).isEqualTo("\"a,b\"");
    }

    @Test
    void defusesWhatASpreadsheetWouldRunAsAFormula() {
        assertThat(SignUpCsv.cell("=SUM(A1)")).isEqualTo("\"'=SUM(A1)\"");
        assertThat(SignUpCsv.cell("+31 23 511")).isEqualTo("\"'+31 23 511\"");
        assertThat(SignUpCsv.cell("@x")).isEqualTo("\"'@x\"");
        assertThat(SignUpCsv.cell("Anna")).isEqualTo("\"Anna\"");
    }
}
