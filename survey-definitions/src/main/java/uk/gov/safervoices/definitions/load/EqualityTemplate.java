package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in equality monitoring questions (equality-standard.yaml beside this engine), read once with the same
 * loader. A section whose id is the id of one of its questions starts a standard question (age, sex...); a section
 * without one (ethnic_background) belongs to the standard question before it.
 */
final class EqualityTemplate {

    static final String RESOURCE = "uk/gov/safervoices/definitions/equality-standard.yaml";
    static final String FILE = "equality-standard.yaml";

    private final Map<String, List<Section>> groups;
    private final List<ValidationError> errors;

    private EqualityTemplate(Map<String, List<Section>> groups, List<ValidationError> errors) {
        this.groups = groups;
        this.errors = errors;
    }

    private static final class Holder {
        static final EqualityTemplate INSTANCE = load(ClasspathFolder.read(
                EqualityTemplate.class.getClassLoader(), RESOURCE));
    }

    static EqualityTemplate get() {
        return Holder.INSTANCE;
    }

    static EqualityTemplate load(String text) {
        Problems problems = new Problems(FILE);
        if (text == null) {
            problems.add(ErrorCode.SV004, new uk.gov.safervoices.definitions.model.Position(1, 1), null,
                    "The equality template " + RESOURCE + " is missing from the engine. Rebuild survey-definitions.");
            return new EqualityTemplate(Map.of(), problems.sorted());
        }
        Questionnaire template = Pipeline.run(text, problems, DefinitionLibrary.empty(), false);
        Map<String, List<Section>> groups = new LinkedHashMap<>();
        List<Section> current = null;
        for (Section section : template == null ? List.<Section>of() : template.sections()) {
            boolean starts = section.questions().stream().map(Question::id).anyMatch(section.id()::equals);
            if (starts) {
                current = new ArrayList<>();
                groups.put(section.id(), current);
            }
            if (current != null) {
                current.add(section);
            }
        }
        groups.replaceAll((id, sections) -> List.copyOf(sections));
        return new EqualityTemplate(java.util.Collections.unmodifiableMap(groups), problems.sorted());
    }

    /** The standard question ids, in the template's order. */
    List<String> standardIds() {
        return List.copyOf(groups.keySet());
    }

    /** The template's pages for a standard question id. */
    List<Section> sections(String standardId) {
        return groups.getOrDefault(standardId, List.of());
    }

    /** Errors in the template itself (none in a correct build; a test checks). */
    List<ValidationError> errors() {
        return errors;
    }
}
