package nl.stadmaken.participation.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.stadmaken.participation.sortition.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawCommandTest {

    @Test
    void printsPanelThenEveryonesProbabilityForFlaniganExample() {
        Run run = run("--pool", Fixtures.flaniganPool().toString(), "--quotas", Fixtures.flaniganQuotas().toString(),
                "--size", "20", "--seed", "42", "--algorithm", "leximin");

        assertThat(run.exitCode()).isEqualTo(DrawCommand.OK);
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).hasSize(20 + 1 + 200);
        List<String> panel = lines.subList(0, 20);
        assertThat(panel).isSorted().doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("r\\d+"));
        assertThat(lines.get(20)).isEmpty();
        List<String> probabilities = lines.subList(21, lines.size());
        assertThat(probabilities).allSatisfy(line -> assertThat(line).matches("r\\d+,0\\.100000"));
        assertThat(probabilities.stream().map(line -> line.split(",")[0]).toList()).isSorted().containsAll(panel);
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void drawsSortitionFoundationExampleWithIdColumnAndHouseholds() {
        Run run = run("--pool", Fixtures.sortitionFoundationPool().toString(), "--quotas", Fixtures.sortitionFoundationQuotas().toString(),
                "--size", "22", "--seed", "town hall", "--algorithm", "legacy", "--id-column", "nationbuilder_id",
                "--household-columns", "primary_address1,primary_zip");

        assertThat(run.exitCode()).isEqualTo(DrawCommand.OK);
        String[] parts = run.stdout().split("\n\n", 2);
        assertThat(parts[0].lines()).hasSize(22).allSatisfy(id -> assertThat(id).matches("p\\d+"));
        List<String> probabilities = parts[1].lines().toList();
        assertThat(probabilities).hasSize(150).allSatisfy(line -> assertThat(line).matches("p\\d+,[01]\\.\\d{6}"));
        assertThat(probabilities.stream().mapToDouble(line -> Double.parseDouble(line.split(",")[1])).sum()).isCloseTo(22.0, within(0.001));
    }

    @Test
    void sameArgumentsGiveSameOutput() {
        String[] args = {"--pool", Fixtures.flaniganPool().toString(), "--quotas", Fixtures.flaniganQuotas().toString(),
                "--size", "20", "--seed", "7", "--algorithm", "leximin"};

        assertThat(run(args).stdout()).isEqualTo(run(args).stdout());
    }

    @Test
    void infeasibleQuotasExitWithThreeAndNameTheFeatureValue(@TempDir Path directory) throws IOException {
        Path quotas = directory.resolve("quotas.csv");
        Files.writeString(quotas, "feature,value,min,max\ngender,female,15,20\ngender,male,15,20\nleaning,liberal,0,20\nleaning,conservative,0,20\n");

        Run run = run("--pool", Fixtures.flaniganPool().toString(), "--quotas", quotas.toString(),
                "--size", "20", "--seed", "1", "--algorithm", "leximin");

        assertThat(run.exitCode()).isEqualTo(DrawCommand.NO_PANEL);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("gender=female").contains("gender=male");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("--pool", "pool.csv").exitCode()).isEqualTo(DrawCommand.USAGE);
        assertThat(run("--pool", "missing.csv", "--quotas", "missing.csv", "--size", "3", "--seed", "1", "--algorithm", "leximin").stderr())
                .contains("cannot read missing.csv");
        Run unknownAlgorithm = run("--pool", Fixtures.flaniganPool().toString(), "--quotas", Fixtures.flaniganQuotas().toString(),
                "--size", "20", "--seed", "1", "--algorithm", "random");
        assertThat(unknownAlgorithm.exitCode()).isEqualTo(DrawCommand.USAGE);
        assertThat(unknownAlgorithm.stderr()).contains("unknown algorithm 'random'").contains("usage:");
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = DrawCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }
}
