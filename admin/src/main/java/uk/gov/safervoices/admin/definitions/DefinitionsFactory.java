package uk.gov.safervoices.admin.definitions;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.answers.AnswerChecker;
import uk.gov.safervoices.definitions.design.Designer;

import java.time.Clock;
import java.util.List;

/**
 * Makes the pure questionnaire engine available as beans: the shipped catalogue and lookups, loader, designer,
 * checker.
 */
@Factory
class DefinitionsFactory {

    /**
     * The shipped lookups, and the concern catalogue in force ({@link LiveCatalogue}: the shipped file until the
     * stored catalogue is read at start-up, then each version staff save).
     */
    @Singleton
    DefinitionLibrary definitionLibrary(LiveCatalogue live) {
        DefinitionLibrary shipped = DefinitionLibrary.shipped();
        if (live.versionNumber() == null) {
            live.set(shipped.catalogue(), null);
        }
        return new DefinitionLibrary(live.view(), shipped.lookups(), List.of());
    }

    @Singleton
    QuestionnaireLoader questionnaireLoader(DefinitionLibrary library) {
        return new QuestionnaireLoader(library);
    }

    @Singleton
    Designer designer(QuestionnaireLoader loader) {
        return new Designer(loader);
    }

    @Singleton
    AnswerChecker answerChecker(DefinitionLibrary library, Clock clock) {
        return new AnswerChecker(library.lookups(), clock);
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
