package nl.stadmaken.budget.tally;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import nl.stadmaken.budget.tally.pabulib.PabulibFormatException;
import nl.stadmaken.budget.tally.pabulib.PabulibReader;

/** Tallies a Pabulib file: prints the winners one per line in selection order, then their total cost. */
public final class TallyCommand {

    static final int USAGE_ERROR = 2;
    static final int INPUT_ERROR = 1;

    private TallyCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String rule = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rule") && i + 1 < args.length && rule == null) {
                rule = args[++i];
            } else if (!args[i].startsWith("-") && file == null) {
                file = args[i];
            } else {
                return usage(err, "unexpected argument '" + args[i] + "'");
            }
        }
        if (file == null || rule == null) {
            return usage(err, file == null ? "missing FILE.pb" : "missing --rule");
        }
        TallyRule tallyRule;
        try {
            tallyRule = TallyRule.fromName(rule);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        try {
            TallyResult result = tallyRule.tally(PabulibReader.read(Path.of(file)).toBallotBox());
            result.winners().forEach(out::println);
            out.println(result.totalCost().stripTrailingZeros().toPlainString());
            return 0;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e);
            return INPUT_ERROR;
        } catch (PabulibFormatException | IllegalArgumentException | IllegalStateException e) {
            err.println(file + ": " + e.getMessage());
            return INPUT_ERROR;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: java -jar budget-tally.jar FILE.pb --rule " + TallyRule.names());
        return USAGE_ERROR;
    }
}
