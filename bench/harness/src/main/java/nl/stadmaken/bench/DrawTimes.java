package nl.stadmaken.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.stadmaken.participation.sortition.Algorithm;
import nl.stadmaken.participation.sortition.DrawOutcome;
import nl.stadmaken.participation.sortition.DrawRequest;
import nl.stadmaken.participation.sortition.HouseholdRule;
import nl.stadmaken.participation.sortition.Member;
import nl.stadmaken.participation.sortition.PanelDraw;
import nl.stadmaken.participation.sortition.Pool;
import nl.stadmaken.participation.sortition.Quota;
import nl.stadmaken.participation.sortition.Quotas;
import nl.stadmaken.participation.sortition.Seed;
import nl.stadmaken.participation.sortition.cli.CsvInputs;
import nl.stadmaken.participation.sortition.cli.CsvTable;

/**
 * Panel draws by each algorithm on the two public example pools and on made-up pools of 300, 1,000 and 2,000 with
 * panels of 11, 30 and 120 (and Haarlem's citizens' assembly: 120 of 650 sign-ups): wall time of one draw in this JVM
 * after one small warm-up draw, and the smallest selection probability (for the legacy draw, estimated from seeded runs).
 */
final class DrawTimes {

    private DrawTimes() {
    }

    record Timed(String pool, int poolSize, int panelSize, int quotas, String algorithm, double ms, double minimumProbability) {
    }

    private record Case(String name, DrawRequest request) {
    }

    static List<Timed> measure(Path sortitionData) {
        List<Case> cases = List.of(
                new Case("Flanigan et al. example", fromCsv(sortitionData.resolve("flanigan-example-small/pool.csv"),
                        sortitionData.resolve("flanigan-example-small/quotas.csv"), "id", 20)),
                new Case("Sortition Foundation example", fromCsv(sortitionData.resolve("candidates.csv"),
                        sortitionData.resolve("features.csv"), "nationbuilder_id", 22)),
                new Case("made up, 4 features", madeUp(300, 11)),
                new Case("made up, 4 features", madeUp(650, 120)),
                new Case("made up, 4 features", madeUp(1000, 30)),
                new Case("made up, 4 features", madeUp(2000, 120)));
        warmUp();
        List<Timed> timed = new ArrayList<>();
        for (Case drawCase : cases) {
            for (Algorithm algorithm : Algorithm.values()) {
                DrawRequest request = drawCase.request().withAlgorithm(algorithm);
                long start = System.nanoTime();
                DrawOutcome outcome = PanelDraw.draw(request);
                double ms = (System.nanoTime() - start) / 1e6;
                double minimum = outcome instanceof DrawOutcome.Drawn drawn ? drawn.minimumProbability() : Double.NaN;
                timed.add(new Timed(drawCase.name(), request.pool().size(), request.panelSize(), request.quotas().quotas().size(),
                        algorithm.label(), ms, minimum));
            }
        }
        return timed;
    }

    private static void warmUp() {
        DrawRequest small = madeUp(60, 6);
        for (Algorithm algorithm : Algorithm.values()) {
            PanelDraw.draw(small.withAlgorithm(algorithm));
        }
    }

    /**
     * A pool whose make-up differs from the population (as volunteers' does), with quotas of 80% to 120% of each value's
     * population share of the panel.
     */
    static DrawRequest madeUp(int poolSize, int panelSize) {
        Map<String, String[]> values = new LinkedHashMap<>();
        Map<String, double[]> poolShares = new LinkedHashMap<>();
        Map<String, double[]> populationShares = new LinkedHashMap<>();
        values.put("wijk", new String[] {"a", "b", "c", "d", "e"});
        poolShares.put("wijk", new double[] {.3, .25, .2, .15, .1});
        populationShares.put("wijk", new double[] {.2, .2, .2, .2, .2});
        values.put("leeftijd", new String[] {"16-29", "30-49", "50-69", "70+"});
        poolShares.put("leeftijd", new double[] {.15, .35, .35, .15});
        populationShares.put("leeftijd", new double[] {.2, .3, .3, .2});
        values.put("geslacht", new String[] {"vrouw", "man"});
        poolShares.put("geslacht", new double[] {.55, .45});
        populationShares.put("geslacht", new double[] {.5, .5});
        values.put("opleiding", new String[] {"laag", "midden", "hoog"});
        poolShares.put("opleiding", new double[] {.2, .35, .45});
        populationShares.put("opleiding", new double[] {.3, .4, .3});
        Random random = new Random(poolSize * 31L + panelSize);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < poolSize; i++) {
            Map<String, String> features = new LinkedHashMap<>();
            values.forEach((feature, options) -> features.put(feature, options[pick(random, poolShares.get(feature))]));
            members.add(new Member("p" + i, features));
        }
        List<Quota> quotas = new ArrayList<>();
        values.forEach((feature, options) -> {
            for (int v = 0; v < options.length; v++) {
                double share = populationShares.get(feature)[v] * panelSize;
                quotas.add(new Quota(feature, options[v], (int) Math.floor(share * 0.8), (int) Math.ceil(share * 1.2)));
            }
        });
        return new DrawRequest(new Pool(members), new Quotas(quotas), panelSize, HouseholdRule.IGNORED, Algorithm.LEXIMIN,
                Seed.of("bench"));
    }

    private static int pick(Random random, double[] shares) {
        double r = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            r -= shares[i];
            if (r < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static DrawRequest fromCsv(Path pool, Path quotaFile, String idColumn, int panelSize) {
        Quotas quotas = CsvInputs.quotas(table(quotaFile));
        return new DrawRequest(CsvInputs.pool(table(pool), idColumn, quotas.features(), List.of()), quotas, panelSize,
                HouseholdRule.IGNORED, Algorithm.LEXIMIN, Seed.of("bench"));
    }

    private static CsvTable table(Path file) {
        try {
            return CsvTable.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
