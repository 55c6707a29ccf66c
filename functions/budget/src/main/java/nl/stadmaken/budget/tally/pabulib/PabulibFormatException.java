package nl.stadmaken.budget.tally.pabulib;

/** A Pabulib file that cannot be read, with the line where the problem is. */
public final class PabulibFormatException extends RuntimeException {

    private final int line;

    public PabulibFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
