package uk.gov.safervoices.admin.response;

import io.micronaut.core.annotation.Nullable;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;

import java.util.List;
import java.util.Map;

/**
 * A submission as posted: the answers are raw form values (field key to values, see the engine's field keys);
 * the store checks them with the engine before writing anything.
 *
 * @param idempotencyKey a key the form carries so that a repeated POST (double click, refresh) returns the first
 *                       submission's reference instead of writing a second response; null for none
 * @param invitationCodeId the invitation code the resident started with (used up by this submission), or null
 * @param integrityFlags why this submission may be a duplicate or automated (kept with the response for staff to
 *                       review; never a reason to drop it), or empty
 * @param enteredBy the staff username keying in a paper or meeting response (recorded and audited), or null for a
 *                  resident's own online response
 */
public record Submission(Consultation consultation, QuestionnaireVersion version, Channel channel,
                         @Nullable String idempotencyKey, Map<String, List<String>> rawAnswers,
                         @Nullable Long invitationCodeId, List<String> integrityFlags, @Nullable String enteredBy) {

    public Submission {
        if (channel == Channel.ONLINE && enteredBy != null) {
            throw new IllegalArgumentException("An online response is the resident's own: it has no 'entered by'");
        }
    }

    /** A submission nobody keyed in for the resident. */
    public Submission(Consultation consultation, QuestionnaireVersion version, Channel channel,
                      @Nullable String idempotencyKey, Map<String, List<String>> rawAnswers,
                      @Nullable Long invitationCodeId, List<String> integrityFlags) {
        this(consultation, version, channel, idempotencyKey, rawAnswers, invitationCodeId, integrityFlags, null);
    }

    public Submission(Consultation consultation, QuestionnaireVersion version, Channel channel,
                      @Nullable String idempotencyKey, Map<String, List<String>> rawAnswers) {
        this(consultation, version, channel, idempotencyKey, rawAnswers, null, List.of());
    }
}
