package uk.gov.safervoices.admin.response;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;

import java.util.List;
import java.util.Map;

/**
 * Paper and meeting responses keyed in by staff. They go through the same engine checks and the same
 * one-transaction store as a resident's online response; the channel and the staff member are recorded, and the
 * entry is audited in the response's own transaction. Unlike online responses, they can be entered after the
 * consultation has closed (forms come back by post).
 */
@Singleton
public class StaffEntry {
    private final ResponseStore store;

    StaffEntry(ResponseStore store) {
        this.store = store;
    }

    /**
     * @param actor      the staff username keying in the form
     * @param channel    PAPER or MEETING
     * @param entryKey   a key the entry form carries (e.g. a UUID made when the form is shown), so a repeated POST
     *                   returns the first entry's reference instead of storing the form twice; null for none
     * @param rawAnswers the form's fields, keyed as in the online journey (see the format's "How answers are
     *                   recorded"); equality questions may be included, and are stored apart
     * @return {@link SubmissionOutcome.Accepted} with the new reference, or {@link SubmissionOutcome.Invalid} with
     *         the engine's errors (nothing stored)
     */
    public SubmissionOutcome enter(String actor, Consultation consultation, QuestionnaireVersion version,
                                   Channel channel, @Nullable String entryKey, Map<String, List<String>> rawAnswers) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("Who entered the response must be known");
        }
        if (channel == Channel.ONLINE) {
            throw new IllegalArgumentException("Staff enter paper and meeting responses only");
        }
        return store.submit(new Submission(consultation, version, channel, entryKey, rawAnswers, null, List.of(),
                actor));
    }
}
