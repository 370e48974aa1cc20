package uk.gov.safervoices.admin.response;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.util.Optional;
import java.util.Set;

/**
 * Moves equality answers that a release before V5 stored among the main answers into their own table (ADR 0009).
 * Which questions are equality questions is decided by each version's own definition, so it is exact where SQL
 * alone could only guess by question id. Runs at start-up; idempotent (a second run finds nothing to move).
 */
@Singleton
@Order(2)
public class EqualityAnswerSeparation implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(EqualityAnswerSeparation.class);

    private final ResponseRepository responses;
    private final ResponseAnswerRepository answers;
    private final ResponseWriter writer;
    private final Questionnaires questionnaires;

    EqualityAnswerSeparation(ResponseRepository responses, ResponseAnswerRepository answers, ResponseWriter writer,
                             Questionnaires questionnaires) {
        this.responses = responses;
        this.answers = answers;
        this.writer = writer;
        this.questionnaires = questionnaires;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        separate();
    }

    /** @return how many answer rows were moved */
    public int separate() {
        int moved = 0;
        for (Long versionId : responses.findAnsweredVersionIds()) {
            Optional<QuestionnaireVersion> version = questionnaires.version(versionId);
            if (version.isEmpty()) {
                continue;
            }
            Set<String> equality = EqualityQuestions.ids(questionnaires.definition(version.get()));
            if (!equality.isEmpty() && answers.countForVersion(versionId, equality) > 0) {
                moved += writer.moveToEqualityTable(versionId, equality);
            }
        }
        if (moved > 0) {
            LOG.info("Moved {} equality answers to their own table", moved);
        }
        return moved;
    }
}
