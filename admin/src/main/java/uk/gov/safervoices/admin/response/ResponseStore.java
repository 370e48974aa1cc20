package uk.gov.safervoices.admin.response;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.answers.AnswerChecker;
import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.answers.AnswerRows;
import uk.gov.safervoices.definitions.answers.CheckResult;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The response store: checks a submission with the questionnaire engine, then writes it in one transaction.
 * A submission is acknowledged (a reference returned) only after its transaction has committed.
 */
@Singleton
public class ResponseStore {
    private static final int REFERENCE_ATTEMPTS = 5;

    private final ResponseRepository responses;
    private final ResponseAnswerRepository answers;
    private final EqualityAnswerRepository equalityAnswers;
    private final ResponseWriter writer;
    private final ReferenceNumbers references;
    private final Questionnaires questionnaires;
    private final Consultations consultations;
    private final AnswerChecker checker;
    private final Clock clock;

    ResponseStore(ResponseRepository responses, ResponseAnswerRepository answers,
                  EqualityAnswerRepository equalityAnswers, ResponseWriter writer,
                  ReferenceNumbers references, Questionnaires questionnaires, Consultations consultations,
                  AnswerChecker checker, Clock clock) {
        this.responses = responses;
        this.answers = answers;
        this.equalityAnswers = equalityAnswers;
        this.writer = writer;
        this.references = references;
        this.questionnaires = questionnaires;
        this.consultations = consultations;
        this.checker = checker;
        this.clock = clock;
    }

    public SubmissionOutcome submit(Submission submission) {
        return submit(submission, responseId -> { });
    }

    /**
     * Like {@link #submit(Submission)}, and {@code alongside} runs inside the response's own transaction once its
     * rows are written (the journey marks the draft the answers came from as submitted): the response and whatever
     * {@code alongside} writes commit together, or neither does.
     */
    public SubmissionOutcome submit(Submission submission, LongConsumer alongside) {
        Optional<ResponseRecord> earlier = findRepeat(submission.idempotencyKey());
        if (earlier.isPresent()) {
            return new SubmissionOutcome.Accepted(earlier.get().id(), earlier.get().reference(), true);
        }
        Consultation consultation = submission.consultation();
        Consultation.State state = consultation.stateAt(clock.instant());
        if (submission.channel() == Channel.ONLINE && state != Consultation.State.OPEN) {
            return new SubmissionOutcome.NotOpen(state);
        }
        if (!submission.version().isPublished()
                || !consultations.questionnaireIds(consultation).contains(submission.version().questionnaireId())) {
            throw new IllegalArgumentException("Consultation " + consultation.slug()
                    + " does not run questionnaire version " + submission.version().id());
        }
        Questionnaire definition = questionnaires.definition(submission.version());
        CheckResult check = checker.check(definition, submission.rawAnswers());
        if (!check.valid()) {
            return new SubmissionOutcome.Invalid(check);
        }
        Map<Boolean, List<AnswerRow>> rows = EqualityQuestions.split(definition,
                AnswerRows.toRows(definition, check.answers()));
        return write(submission, rows.get(false), rows.get(true), CodedAnswers.of(definition), alongside);
    }

    private SubmissionOutcome write(Submission submission, List<AnswerRow> mainRows, List<AnswerRow> equalityRows,
                                    CodedAnswers codes, LongConsumer alongside) {
        DataAccessException last = null;
        for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
            ResponseRecord response = new ResponseRecord(null, references.next(), submission.consultation().id(),
                    submission.version().id(), submission.channel(), ResponseRecord.Status.SUBMITTED, null,
                    submission.idempotencyKey(), clock.instant(),
                    submission.integrityFlags().isEmpty() ? null : String.join(",", submission.integrityFlags()),
                    submission.enteredBy());
            try {
                ResponseRecord saved = writer.write(response, mainRows, equalityRows, codes, submission.invitationCodeId(),
                        alongside);
                return new SubmissionOutcome.Accepted(saved.id(), saved.reference(), false);
            } catch (ResponseWriter.InvitationUsedException e) {
                return new SubmissionOutcome.InvitationUsed();
            } catch (DataAccessException e) {
                // Either a concurrent repeat of the same submission won the race (same idempotency key),
                // or, very rarely, the random reference was taken: the transaction rolled back either way.
                Optional<ResponseRecord> repeat = findRepeat(submission.idempotencyKey());
                if (repeat.isPresent()) {
                    return new SubmissionOutcome.Accepted(repeat.get().id(), repeat.get().reference(), true);
                }
                if (!responses.existsByReference(response.reference())) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    /**
     * Adds the answers to the optional equality questions, which the GOV.UK pattern asks after the main answers
     * are submitted. Only equality questions of the response's own questionnaire, only once, in one transaction.
     * They are stored apart from the main answers (ADR 0009).
     *
     * @return false if the response already has equality answers (a repeated POST): nothing is written
     */
    public boolean addEqualityAnswers(long responseId, Questionnaire definition, Map<String, Answer> answers) {
        if (!EqualityQuestions.ids(definition).containsAll(answers.keySet())) {
            throw new IllegalArgumentException("Only equality questions can be answered after submission");
        }
        return writer.addEqualityAnswers(responseId, AnswerRows.toRows(definition, answers),
                CodedAnswers.of(definition));
    }

    private Optional<ResponseRecord> findRepeat(String idempotencyKey) {
        return idempotencyKey == null ? Optional.empty() : responses.findByIdempotencyKey(idempotencyKey);
    }

    public String reference(long responseId) {
        return responses.findById(responseId).map(ResponseRecord::reference)
                .orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
    }

    /** The response stored with this idempotency key, if any. */
    public Optional<ResponseRecord> findBySubmissionKey(String idempotencyKey) {
        return findRepeat(idempotencyKey);
    }

    public Optional<ResponseRecord> findByReference(String reference) {
        return responses.findByReference(reference);
    }

    /**
     * Every long-form answer row of a stored response: the main answers, then the equality answers (kept in a table
     * of their own), each in the order they were written. For checking what is stored; staff screens use
     * {@link ResponseQueries#asAsked}, which never shows equality answers.
     */
    public List<AnswerRow> answerRows(ResponseRecord response) {
        List<AnswerRow> rows = new ArrayList<>(mainAnswerRows(response.id()));
        rows.addAll(equalityAnswerRows(response.id()));
        return rows;
    }

    List<AnswerRow> mainAnswerRows(long responseId) {
        return answers.findByResponseIdOrderById(responseId).stream().map(ResponseAnswerRecord::toRow).toList();
    }

    List<AnswerRow> equalityAnswerRows(long responseId) {
        return equalityAnswers.findByResponseIdOrderById(responseId).stream().map(EqualityAnswerRecord::toRow).toList();
    }

    public long countForConsultation(Consultation consultation) {
        return responses.countByConsultationId(consultation.id());
    }
}
