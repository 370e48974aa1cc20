package uk.gov.safervoices.portal.survey;

import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.draft.Draft;
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.model.Section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turning a draft into a response: the main answers first, then (optionally) the equality answers. */
@Singleton
class Submissions {
    private final ResponseStore responses;
    private final Drafts drafts;
    private final Journeys journeys;

    Submissions(ResponseStore responses, Drafts drafts, Journeys journeys) {
        this.responses = responses;
        this.drafts = drafts;
        this.journeys = journeys;
    }

    /**
     * Submits a draft's main answers with the draft's idempotency key. In the same transaction, when the
     * questionnaire has equality questions the draft is kept holding nothing but the response id (for them);
     * otherwise it is deleted.
     */
    SubmissionOutcome submit(JourneyContext context, Draft draft, List<String> integrityFlags) {
        boolean equalityToFollow = Journeys.hasEqualitySections(context.definition());
        return responses.submit(new Submission(context.consultation(), context.version(), Channel.ONLINE,
                draft.submissionKey(), draft.state().answers(), draft.invitationCodeId(), integrityFlags),
                responseId -> {
                    if (equalityToFollow) {
                        drafts.markSubmitted(draft, responseId);
                    } else {
                        drafts.delete(draft);
                    }
                });
    }

    /** Adds the equality answers (if any were given) to the submitted response, deletes the draft, returns its reference. */
    String finishEquality(JourneyContext context, Draft draft) {
        Set<String> equalityQuestions = context.definition().sections().stream().filter(Section::equality)
                .flatMap(s -> s.questions().stream()).map(q -> q.id()).collect(Collectors.toSet());
        Map<String, Answer> answers = new LinkedHashMap<>(journeys.answers(context.definition(), draft.state()));
        answers.keySet().retainAll(equalityQuestions);
        if (!answers.isEmpty()) {
            responses.addEqualityAnswers(draft.responseId(), context.definition(), answers);
        }
        drafts.delete(draft);
        return responses.reference(draft.responseId());
    }
}
