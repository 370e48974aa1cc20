package uk.gov.safervoices.admin.response;

import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.definitions.answers.CheckResult;

/** What became of a submission. Only {@link Accepted} means a response is stored (and committed). */
public sealed interface SubmissionOutcome {

    /** Stored and committed; {@code repeated} when this was a repeat of an earlier submission (same key). */
    record Accepted(long responseId, String reference, boolean repeated) implements SubmissionOutcome { }

    /** The answers did not pass the engine's checks; nothing was written. */
    record Invalid(CheckResult check) implements SubmissionOutcome { }

    /** The invitation code was used by another response in the meantime; nothing was written. */
    record InvitationUsed() implements SubmissionOutcome { }

    /** The consultation is not open for online responses; nothing was written. */
    record NotOpen(Consultation.State state) implements SubmissionOutcome { }
}
