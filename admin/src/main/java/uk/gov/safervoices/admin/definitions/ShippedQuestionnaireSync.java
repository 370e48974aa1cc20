package uk.gov.safervoices.admin.definitions;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.ShippedDefinition;
import uk.gov.safervoices.definitions.load.ShippedDefinitions;

/**
 * At start-up, publishes each shipped questionnaire file (survey-definitions/questionnaires) whose text differs
 * from its latest stored version, as a new version. Earlier versions, and the responses that reference them, stay.
 */
@Singleton
@Order(1)
@Requires(property = "safervoices.sync-shipped-questionnaires", notEquals = "false")
class ShippedQuestionnaireSync implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(ShippedQuestionnaireSync.class);

    private final Questionnaires questionnaires;
    private final DefinitionLibrary library;

    ShippedQuestionnaireSync(Questionnaires questionnaires, DefinitionLibrary library) {
        this.questionnaires = questionnaires;
        this.library = library;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        for (ShippedDefinition shipped : ShippedDefinitions.load(library)) {
            QuestionnaireVersion version = questionnaires.publish(shipped.source(), shipped.fileName());
            LOG.info("Questionnaire {} is at version {}", shipped.questionnaire().id(), version.versionNumber());
        }
    }
}
