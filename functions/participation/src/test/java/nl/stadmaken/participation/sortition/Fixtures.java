package nl.stadmaken.participation.sortition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stadmaken.participation.sortition.cli.CsvInputs;
import nl.stadmaken.participation.sortition.cli.CsvTable;

/** The public example pools in the shared data directory, read as draw requests. */
public final class Fixtures {

    public static final int SORTITION_FOUNDATION_PANEL = 22;
    public static final int FLANIGAN_PANEL = 20;

    private Fixtures() {
    }

    /** {@code ${stadmaken.repoDir}/../shared/data/sortition}, or {@code $STADMAKEN_SHARED_DIR/data/sortition}. */
    public static Path dataDir() {
        String repoDir = System.getProperty("stadmaken.repoDir");
        if (repoDir != null) {
            return Path.of(repoDir).resolve("../shared/data/sortition").normalize();
        }
        String sharedDir = System.getenv("STADMAKEN_SHARED_DIR");
        if (sharedDir == null) {
            throw new IllegalStateException("set the system property stadmaken.repoDir or the environment variable STADMAKEN_SHARED_DIR");
        }
        return Path.of(sharedDir).resolve("data/sortition");
    }

    public static Path flaniganPool() {
        return dataDir().resolve("flanigan-example-small/pool.csv");
    }

    public static Path flaniganQuotas() {
        return dataDir().resolve("flanigan-example-small/quotas.csv");
    }

    public static Path sortitionFoundationPool() {
        return dataDir().resolve("candidates.csv");
    }

    public static Path sortitionFoundationQuotas() {
        return dataDir().resolve("features.csv");
    }

    public static DrawRequest flanigan(Algorithm algorithm, Seed seed) {
        Quotas quotas = CsvInputs.quotas(table(flaniganQuotas()));
        Pool pool = CsvInputs.pool(table(flaniganPool()), "id", quotas.features(), List.of());
        return new DrawRequest(pool, quotas, FLANIGAN_PANEL, HouseholdRule.IGNORED, algorithm, seed);
    }

    /** The Sortition Foundation example, with address and postcode as household key when the rule is on. */
    public static DrawRequest sortitionFoundation(Algorithm algorithm, HouseholdRule householdRule, Seed seed) {
        Quotas quotas = CsvInputs.quotas(table(sortitionFoundationQuotas()));
        Pool pool = CsvInputs.pool(table(sortitionFoundationPool()), "nationbuilder_id", quotas.features(),
                List.of("primary_address1", "primary_zip"));
        return new DrawRequest(pool, quotas, SORTITION_FOUNDATION_PANEL, householdRule, algorithm, seed);
    }

    /**
     * The Sortition Foundation example with its first sixty members living in pairs: its addresses are all distinct, so
     * the household rule would otherwise never bind.
     */
    public static DrawRequest sortitionFoundationInSharedHouseholds(Algorithm algorithm, Seed seed) {
        DrawRequest request = sortitionFoundation(algorithm, HouseholdRule.ONE_PER_HOUSEHOLD, seed);
        List<Member> members = new ArrayList<>();
        for (Member member : request.pool().members()) {
            int number = Integer.parseInt(member.id().substring(1));
            Optional<String> household = number < 60 ? Optional.of("pair " + number / 2) : Optional.empty();
            members.add(new Member(member.id(), member.features(), household));
        }
        return new DrawRequest(new Pool(members), request.quotas(), request.panelSize(), HouseholdRule.ONE_PER_HOUSEHOLD, algorithm, seed);
    }

    public static CsvTable table(Path file) {
        try {
            return CsvTable.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
