package uk.gov.safervoices.admin.analysis.cli;

/**
 * Bad input: the message names the file, and the line and column where there is one, e.g. {@code R.csv line 17,
 * column "age_band": ...}. The analyse command prints it and exits with status 2.
 */
final class InputException extends RuntimeException {

    InputException(String file, long line, String column, String problem) {
        super(place(file, line, column) + ": " + problem);
    }

    InputException(String message) {
        super(message);
    }

    static String place(String file, long line, String column) {
        StringBuilder place = new StringBuilder(file);
        if (line > 0) {
            place.append(" line ").append(line);
        }
        if (column != null) {
            place.append(line > 0 ? ", column \"" : " column \"").append(column).append('"');
        }
        return place.toString();
    }
}
