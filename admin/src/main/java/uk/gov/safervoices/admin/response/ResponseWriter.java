package uk.gov.safervoices.admin.response;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.invitation.InvitationCodes;
import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.util.List;
import java.util.Set;

/** Writes a response and all its answer rows in one transaction: all of it, or none of it. */
@Singleton
class ResponseWriter {
    private final ResponseRepository responses;
    private final ResponseAnswerRepository answers;
    private final InvitationCodes invitations;

    ResponseWriter(ResponseRepository responses, ResponseAnswerRepository answers, InvitationCodes invitations) {
        this.responses = responses;
        this.answers = answers;
        this.invitations = invitations;
    }

    static class InvitationUsedException extends RuntimeException {
        InvitationUsedException() {
            super("Invitation code already used");
        }
    }

    /**
     * @param invitationCodeId a code this response uses up, or null
     * @throws InvitationUsedException if the code was used already (the transaction rolls back)
     */
    @Transactional
    ResponseRecord write(ResponseRecord response, List<AnswerRow> rows, Long invitationCodeId) {
        if (invitationCodeId != null && !invitations.use(invitationCodeId)) {
            throw new InvitationUsedException();
        }
        ResponseRecord saved = responses.save(response);
        answers.saveAll(rows.stream().map(row -> ResponseAnswerRecord.of(saved.id(), row)).toList());
        return saved;
    }

    /** Adds answer rows to a stored response unless it already has answers to any of {@code questionIds}. */
    @Transactional
    boolean addAnswers(long responseId, Set<String> questionIds, List<AnswerRow> rows) {
        responses.findByIdForUpdate(responseId).orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
        if (answers.countByResponseIdAndQuestionIdInList(responseId, questionIds) > 0) {
            return false;
        }
        answers.saveAll(rows.stream().map(row -> ResponseAnswerRecord.of(responseId, row)).toList());
        return true;
    }
}
