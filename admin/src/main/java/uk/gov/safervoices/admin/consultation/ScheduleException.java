package uk.gov.safervoices.admin.consultation;

/** Dates a consultation cannot be given; the message says why and what to do. Nothing was changed. */
public class ScheduleException extends IllegalArgumentException {
    public ScheduleException(String message) {
        super(message);
    }
}
