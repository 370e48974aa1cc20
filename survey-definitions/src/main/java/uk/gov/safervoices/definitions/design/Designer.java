package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.ErrorCode;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.load.QuestionnaireWriter;
import uk.gov.safervoices.definitions.load.ValidationError;
import uk.gov.safervoices.definitions.model.Positions;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Designs questionnaires with the loader's own validator: a definition is written as a file, read back and checked
 * exactly as a file on disk would be, and every error is given the place it is about. An edit is accepted only when
 * the file holds all of it (reading it back gives the edited definition) and it gives no question or section the id
 * of another; otherwise it is refused with the validator's errors, and the design stays as it was.
 */
public final class Designer {

    private final QuestionnaireLoader loader;

    public Designer(QuestionnaireLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    public DefinitionLibrary library() {
        return loader.library();
    }

    /**
     * A stored or imported file, as far as it can be read, with its errors. {@code fileName} names it in messages
     * and, as {@code <id>.yaml}, requires the questionnaire's id to be that id (SV019).
     */
    public Design open(String yaml, String fileName) {
        QuestionnaireLoader.Reading reading = loader.read(yaml, fileName);
        return new Design(reading.questionnaire(), yaml, Places.locate(reading.errors(), reading.questionnaire()));
    }

    /** The definition written as a file (named after its source name), read back and validated. */
    public Design design(Questionnaire definition) {
        return open(QuestionnaireWriter.write(definition), definition.sourceName());
    }

    /** The validator's errors for a definition, each with the question, section, scale or variable it is about. */
    public List<DesignError> validate(Questionnaire definition) {
        return design(definition).errors();
    }

    /** Applies an edit (from {@link QuestionnaireEdits} or {@link QuestionEdits}) to a readable design. */
    public EditResult apply(Design current, UnaryOperator<Questionnaire> edit) {
        if (!current.readable()) {
            throw new IllegalArgumentException("This file cannot be read as a questionnaire; correct its YAML first");
        }
        Questionnaire edited;
        try {
            edited = edit.apply(current.definition());
        } catch (InvalidEditException e) {
            ValidationError error = new ValidationError(e.code(), current.definition().sourceName(), 0, 0,
                    e.place().id(), e.getMessage());
            return new EditResult(current, List.of(new DesignError(error, e.place())));
        }
        Design next = design(edited);
        List<DesignError> added = added(current, next);
        if (!next.readable() || !Positions.erased(next.definition()).equals(Positions.erased(edited))) {
            List<DesignError> reasons = added.isEmpty() ? next.errors() : added;
            if (reasons.isEmpty()) {
                throw new IllegalStateException("The edit cannot be written as a questionnaire file:\n" + next.yaml());
            }
            return new EditResult(current, reasons);
        }
        List<DesignError> duplicates = added.stream().filter(e -> e.code() == ErrorCode.SV003).toList();
        return duplicates.isEmpty() ? new EditResult(next, List.of()) : new EditResult(current, duplicates);
    }

    /** The errors of {@code next} that {@code current} did not have (by code and place). */
    private static List<DesignError> added(Design current, Design next) {
        Set<String> before = current.errors().stream().map(Designer::key).collect(Collectors.toSet());
        return next.errors().stream().filter(e -> !before.contains(key(e))).toList();
    }

    private static String key(DesignError error) {
        return error.code() + " " + error.place();
    }
}
