package nl.stadmaken.spreekuur.domain;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stadmaken.shared.problem.FieldCheck;
import org.junit.jupiter.api.Test;

class SlotTermsTest {

    @Test
    void aSlotInAWijkOrOnABankjeKeepsItsWijk() {
        FieldCheck check = new FieldCheck();

        SlotTerms wijk = SlotTerms.check("wijk", "Buurthuis De Til", "WK039212", null, null, null, check);
        SlotTerms bankje = SlotTerms.check("participatiebankje", "Reinaldapark", "WK039214", null, null, null, check);

        assertThat(check.hasErrors()).isFalse();
        assertThat(wijk.place().wijk()).isEqualTo("WK039212");
        assertThat(bankje.place().wijk()).isEqualTo("WK039214");
    }

    @Test
    void theWijkStaysOptional() {
        FieldCheck check = new FieldCheck();

        SlotTerms terms = SlotTerms.check("wijk", "Buurthuis De Til", null, null, null, null, check);

        assertThat(check.hasErrors()).isFalse();
        assertThat(terms.place().wijk()).isNull();
    }

    @Test
    void aCodeNotInHaarlemsWijkenIsRefusedNamingTheField() {
        FieldCheck check = new FieldCheck();

        SlotTerms terms = SlotTerms.check("wijk", "Buurthuis De Til", "WK039299", null, null, null, check);

        assertThat(terms).isNull();
        assertThat(check.hasErrors()).isTrue();
    }

    @Test
    void onlineAndCityHallSlotsTakeNoWijk() {
        FieldCheck online = new FieldCheck();
        FieldCheck cityHall = new FieldCheck();

        assertThat(SlotTerms.check("online", null, "WK039201", null, null, null, online)).isNull();
        assertThat(SlotTerms.check("stadhuis", "Grote Markt 2", "WK039201", null, null, null, cityHall)).isNull();
        assertThat(online.hasErrors()).isTrue();
        assertThat(cityHall.hasErrors()).isTrue();
    }
}
