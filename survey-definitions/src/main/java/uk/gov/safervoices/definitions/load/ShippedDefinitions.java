package uk.gov.safervoices.definitions.load;

import java.util.ArrayList;
import java.util.List;

/** The questionnaires packaged with the application (classpath {@code questionnaires/*.yaml}, folder or jar). */
public final class ShippedDefinitions {

    static final String FOLDER = "questionnaires";

    private ShippedDefinitions() {
    }

    /**
     * Every shipped questionnaire, by file name.
     *
     * @throws DefinitionException listing every error of every invalid file (shipped files must all be valid)
     */
    public static List<ShippedDefinition> load(DefinitionLibrary library) {
        return load(library, ShippedDefinitions.class.getClassLoader());
    }

    public static List<ShippedDefinition> load(DefinitionLibrary library, ClassLoader classLoader) {
        QuestionnaireLoader loader = new QuestionnaireLoader(library);
        List<ShippedDefinition> definitions = new ArrayList<>();
        List<ValidationError> errors = new ArrayList<>();
        for (ClasspathFolder.Resource file : ClasspathFolder.yamlFiles(classLoader, FOLDER,
                DefinitionLibrary.CATALOGUE)) {
            LoadResult result = loader.parse(file.text(), file.fileName());
            errors.addAll(result.errors());
            result.questionnaire().ifPresent(q -> definitions.add(new ShippedDefinition(file.fileName(),
                    file.text(), q)));
        }
        if (!errors.isEmpty()) {
            throw new DefinitionException(errors);
        }
        return List.copyOf(definitions);
    }
}
