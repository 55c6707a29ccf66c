package nl.stadmaken.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stadmaken.participation.panel.OutboxMessage;
import nl.stadmaken.participation.panel.PanelLetter;
import org.junit.jupiter.api.Test;

class PanelLetterTest {

    @Test
    void aReplacementIsToldWhyItComesNow() {
        PanelLetter first = PanelLetter.of(OutboxMessage.SELECTED, "Joost", "Wijkraad Noord");
        PanelLetter later = PanelLetter.of(OutboxMessage.REPLACEMENT, "Joost", "Wijkraad Noord");

        assertThat(first.subject()).isEqualTo("U bent geloot voor Wijkraad Noord");
        assertThat(later.subject()).isEqualTo("U bent alsnog geloot voor Wijkraad Noord");
        assertThat(later.text()).startsWith("Beste Joost,").contains("doet niet meer mee");
        assertThat(first.text()).contains("aangemeld voor Wijkraad Noord").doesNotContain("doet niet meer mee");
    }
}
