package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.Questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and validates questionnaire files: every error is collected, each with a code, file:line:column and a
 * sentence saying what to do. Equality sections are expanded, defaults applied, named scales resolved into the
 * questions' choices. Safe to share between threads.
 */
public final class QuestionnaireLoader {

    private final DefinitionLibrary library;

    public QuestionnaireLoader(DefinitionLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    public DefinitionLibrary library() {
        return library;
    }

    /** Loads a file (UTF-8); errors are reported against its file name. */
    public LoadResult load(Path file) {
        try {
            return parse(Files.readString(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Loads questionnaire text. {@code fileName} is used in messages, as {@link Questionnaire#sourceName()}, and,
     * when it ends in .yaml or .yml, to check that the questionnaire's id is the file name.
     */
    public LoadResult parse(String yamlText, String fileName) {
        Problems problems = new Problems(fileName);
        Questionnaire questionnaire = Pipeline.run(yamlText, problems, library, true);
        List<ValidationError> errors = problems.sorted();
        return new LoadResult(errors.isEmpty() ? Optional.ofNullable(questionnaire) : Optional.empty(), errors);
    }

    /**
     * Reads questionnaire text as far as it can be read, for an editor that must show a draft with its errors: the
     * questionnaire holds everything that could be read (ids, texts and questions with errors included, except where
     * an error makes a value unusable), and errors are the same as {@link #parse}'s.
     */
    public Reading read(String yamlText, String fileName) {
        Problems problems = new Problems(fileName);
        Questionnaire questionnaire = Pipeline.run(yamlText, problems, library, true);
        return new Reading(questionnaire, problems.sorted());
    }

    /**
     * A questionnaire as far as it could be read, and every error.
     *
     * @param questionnaire null only when the text is not YAML, or not a set of "key: value" lines at the top
     */
    public record Reading(Questionnaire questionnaire, List<ValidationError> errors) {

        public Reading {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return questionnaire != null && errors.isEmpty();
        }
    }

    /**
     * Every {@code questionnaires/*.yaml} on the classpath, loaded.
     *
     * @throws DefinitionException listing every error of every invalid file
     */
    public static List<Questionnaire> loadShippedQuestionnaires(DefinitionLibrary library) {
        return ShippedDefinitions.load(library).stream().map(ShippedDefinition::questionnaire).toList();
    }
}
