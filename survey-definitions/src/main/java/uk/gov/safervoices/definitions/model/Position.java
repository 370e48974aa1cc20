package uk.gov.safervoices.definitions.model;

/** Where an element starts in its source file: 1-based line and column. */
public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
