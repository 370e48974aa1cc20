package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.Optional;

/** Reading, then the checks that need the whole questionnaire: ids, conditions, weighting. */
final class Pipeline {

    private Pipeline() {
    }

    /** The questionnaire as far as it could be read (null after a YAML syntax error); errors go to problems. */
    static Questionnaire run(String text, Problems problems, DefinitionLibrary library, boolean equalityAllowed) {
        Optional<YamlMap> top = YamlDocument.read(text, problems, "the questionnaire");
        if (top.isEmpty()) {
            return null;
        }
        LoadContext context = new LoadContext(problems, library, equalityAllowed);
        Questionnaire questionnaire = QuestionnaireReader.read(top.get(), context);
        IdValidator.check(questionnaire, context);
        ConditionValidator.check(questionnaire, context);
        WeightingValidator.check(questionnaire, context);
        return questionnaire;
    }
}
