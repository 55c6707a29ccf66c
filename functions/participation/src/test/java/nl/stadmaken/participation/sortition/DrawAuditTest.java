package nl.stadmaken.participation.sortition;

import static nl.stadmaken.participation.sortition.PanelChecks.drawn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DrawAuditTest {

    private static final DrawRequest TINY = new DrawRequest(
            new Pool(List.of(
                    new Member("b", Map.of("age", "young", "email", "b@example.org"), Optional.of("Dorpsstraat\t1")),
                    new Member("a", Map.of("age", "old")),
                    new Member("c", Map.of("age", "young")))),
            new Quotas(List.of(new Quota("age", "young", 1, 1), new Quota("age", "old", 1, 1))),
            2, HouseholdRule.ONE_PER_HOUSEHOLD, Algorithm.LEXIMIN, Seed.of("public seed"));

    @Test
    void canonicalInputListsQuotasAndMembersInFixedOrderWithoutNonQuotaColumns() {
        assertThat(CanonicalInput.of(TINY)).isEqualTo("""
                stadmaken-sortition-input\t1
                algorithm\tleximin
                panel-size\t2
                household-rule\tone_per_household
                quota\tage\told\t1\t1
                quota\tage\tyoung\t1\t1
                member\ta\t\tage\told
                member\tb\tDorpsstraat\\t1\tage\tyoung
                member\tc\t\tage\tyoung
                """);
    }

    @Test
    void auditRecordsHashSeedAlgorithmPanelAndProbabilities() {
        DrawOutcome.Drawn drawn = drawn(PanelDraw.draw(TINY));
        DrawAudit audit = drawn.audit();

        assertThat(audit.inputSha256()).isEqualTo(CanonicalInput.sha256(CanonicalInput.of(TINY))).hasSize(64);
        assertThat(audit.seed()).isEqualTo(Seed.of("public seed"));
        assertThat(audit.algorithm()).isEqualTo("leximin");
        assertThat(audit.algorithmVersion()).isEqualTo(Algorithm.LEXIMIN.version());
        assertThat(audit.panel()).isEqualTo(drawn.panel()).contains("a");
        assertThat(audit.probabilities()).containsOnlyKeys("a", "b", "c");
        assertThat(audit.canonicalText())
                .startsWith("stadmaken-sortition-audit\t1\ninput-sha256\t" + audit.inputSha256() + "\nseed\tpublic seed\nalgorithm\tleximin\t1\n")
                .contains("probability\ta\t1.000000000\n")
                .contains("probability\tb\t0.500000000\n")
                .contains("probability\tc\t0.500000000\n");
    }

    @Test
    void numericAndTextSeedsWithSameTextAreTheSameSeed() {
        assertThat(Seed.of(42)).isEqualTo(Seed.of("42"));
    }

    @Test
    void inputHashChangesWithTheInput() {
        DrawRequest larger = new DrawRequest(TINY.pool(), TINY.quotas(), 2, HouseholdRule.IGNORED, Algorithm.LEXIMIN, TINY.seed());

        assertThat(CanonicalInput.sha256(CanonicalInput.of(larger))).isNotEqualTo(CanonicalInput.sha256(CanonicalInput.of(TINY)));
    }
}
