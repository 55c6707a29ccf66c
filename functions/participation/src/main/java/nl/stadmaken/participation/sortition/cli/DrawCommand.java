package nl.stadmaken.participation.sortition.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.stadmaken.participation.sortition.Algorithm;
import nl.stadmaken.participation.sortition.DrawOutcome;
import nl.stadmaken.participation.sortition.DrawRequest;
import nl.stadmaken.participation.sortition.HouseholdRule;
import nl.stadmaken.participation.sortition.PanelDraw;
import nl.stadmaken.participation.sortition.Pool;
import nl.stadmaken.participation.sortition.Quotas;
import nl.stadmaken.participation.sortition.Seed;

/**
 * Draws a panel from CSV files. Prints the panel ids one per line, a blank line, then {@code id,probability} for every
 * pool member sorted by id. Exit status 0 on success, 2 for wrong usage or unreadable input, 3 when no panel can be drawn.
 */
public final class DrawCommand {

    static final int OK = 0;
    static final int USAGE = 2;
    static final int NO_PANEL = 3;

    private static final String USAGE_TEXT = """
            usage: draw --pool POOL.csv --quotas QUOTAS.csv --size N --seed S --algorithm leximin|legacy \
            [--id-column NAME] [--household-columns a,b]""";
    private static final Set<String> REQUIRED = Set.of("--pool", "--quotas", "--size", "--seed", "--algorithm");
    private static final Set<String> OPTIONAL = Set.of("--id-column", "--household-columns");

    private DrawCommand() {
    }

    public static void main(String[] args) {
        PrintStream stdout = System.out;
        // ojAlgo writes solver diagnostics to System.out; stdout is kept for the panel alone.
        System.setOut(System.err);
        System.exit(run(args, stdout, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        DrawRequest request;
        try {
            request = request(options(args));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        return switch (PanelDraw.draw(request)) {
            case DrawOutcome.Drawn drawn -> {
                StringBuilder text = new StringBuilder();
                drawn.panel().forEach(id -> text.append(csvField(id)).append('\n'));
                text.append('\n');
                drawn.probabilities().forEach((id, probability) ->
                        text.append(csvField(id)).append(',').append(String.format(Locale.ROOT, "%.6f", probability)).append('\n'));
                out.print(text);
                out.flush();
                yield OK;
            }
            case DrawOutcome.Infeasible infeasible -> {
                err.println("no panel can meet the quotas:");
                infeasible.reasons().forEach(reason -> err.println("  " + reason));
                yield NO_PANEL;
            }
            case DrawOutcome.GaveUp gaveUp -> {
                err.println("no panel drawn: " + gaveUp.reason());
                yield NO_PANEL;
            }
        };
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int a = 0; a < args.length; a += 2) {
            String name = args[a];
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (a + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            if (options.put(name, args[a + 1]) != null) {
                throw new IllegalArgumentException("option " + name + " given twice");
            }
        }
        for (String name : REQUIRED) {
            if (!options.containsKey(name)) {
                throw new IllegalArgumentException("missing option " + name);
            }
        }
        return options;
    }

    private static DrawRequest request(Map<String, String> options) {
        Quotas quotas = CsvInputs.quotas(table(options.get("--quotas")));
        List<String> householdColumns = options.containsKey("--household-columns")
                ? Arrays.stream(options.get("--household-columns").split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList()
                : List.of();
        Pool pool = CsvInputs.pool(table(options.get("--pool")), options.getOrDefault("--id-column", "id"), quotas.features(), householdColumns);
        int size;
        try {
            size = Integer.parseInt(options.get("--size").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--size must be a whole number, got '" + options.get("--size") + "'", e);
        }
        HouseholdRule households = householdColumns.isEmpty() ? HouseholdRule.IGNORED : HouseholdRule.ONE_PER_HOUSEHOLD;
        return new DrawRequest(pool, quotas, size, households, Algorithm.fromLabel(options.get("--algorithm")), Seed.of(options.get("--seed")));
    }

    private static CsvTable table(String file) {
        try {
            return CsvTable.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static String csvField(String value) {
        boolean needsQuotes = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
