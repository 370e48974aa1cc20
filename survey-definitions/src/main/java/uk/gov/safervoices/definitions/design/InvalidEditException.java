package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.load.ErrorCode;

/**
 * An edit whose input the definition cannot hold, found before the file is written (a condition the parser cannot
 * read). {@link Designer#apply} turns it into a refusal at {@link #place()}.
 */
public class InvalidEditException extends RuntimeException {
    private final transient ErrorCode code;
    private final transient Place place;

    public InvalidEditException(ErrorCode code, Place place, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.place = place;
    }

    public ErrorCode code() {
        return code;
    }

    public Place place() {
        return place;
    }
}
