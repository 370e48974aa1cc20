package uk.gov.safervoices.admin.response;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.invitation.InvitationCodes;
import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.util.List;
import java.util.Set;

/** Writes a response and all its answer rows in one transaction: all of it, or none of it. */
@Singleton
class ResponseWriter {
    private final ResponseRepository responses;
    private final ResponseAnswerRepository answers;
    private final EqualityAnswerRepository equalityAnswers;
    private final InvitationCodes invitations;
    private final AuditLog audit;

    ResponseWriter(ResponseRepository responses, ResponseAnswerRepository answers,
                   EqualityAnswerRepository equalityAnswers, InvitationCodes invitations, AuditLog audit) {
        this.responses = responses;
        this.answers = answers;
        this.equalityAnswers = equalityAnswers;
        this.invitations = invitations;
        this.audit = audit;
    }

    static class InvitationUsedException extends RuntimeException {
        InvitationUsedException() {
            super("Invitation code already used");
        }
    }

    /**
     * Writes the response, its main answers and its equality answers (to their own table). A response keyed in by
     * staff is audited in the same transaction.
     *
     * @param invitationCodeId a code this response uses up, or null
     * @throws InvitationUsedException if the code was used already (the transaction rolls back)
     */
    @Transactional
    ResponseRecord write(ResponseRecord response, List<AnswerRow> mainRows, List<AnswerRow> equalityRows,
                         Long invitationCodeId) {
        if (invitationCodeId != null && !invitations.use(invitationCodeId)) {
            throw new InvitationUsedException();
        }
        ResponseRecord saved = responses.save(response);
        answers.saveAll(mainRows.stream().map(row -> ResponseAnswerRecord.of(saved.id(), row)).toList());
        equalityAnswers.saveAll(equalityRows.stream().map(row -> EqualityAnswerRecord.of(saved.id(), row)).toList());
        if (saved.enteredBy() != null) {
            audit.record(saved.enteredBy(), "response.entered", "response", saved.reference(), null,
                    saved.channel().name());
        }
        return saved;
    }

    /** Moves a version's answers to these equality questions out of the main answer table; returns how many. */
    @Transactional
    int moveToEqualityTable(long versionId, Set<String> equalityQuestionIds) {
        answers.copyToEqualityTable(versionId, equalityQuestionIds);
        return answers.deleteForVersion(versionId, equalityQuestionIds);
    }

    /** Adds equality answers to a stored response unless it already has some (a repeated POST). */
    @Transactional
    boolean addEqualityAnswers(long responseId, List<AnswerRow> rows) {
        responses.findByIdForUpdate(responseId).orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
        if (equalityAnswers.countByResponseId(responseId) > 0) {
            return false;
        }
        equalityAnswers.saveAll(rows.stream().map(row -> EqualityAnswerRecord.of(responseId, row)).toList());
        return true;
    }
}
