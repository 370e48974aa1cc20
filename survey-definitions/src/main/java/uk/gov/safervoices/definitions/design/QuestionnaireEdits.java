package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.EqualitySection;
import uk.gov.safervoices.definitions.load.WrittenSection;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.Ward;
import uk.gov.safervoices.definitions.model.WeightingMap;
import uk.gov.safervoices.definitions.model.WeightingVariable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits of a questionnaire's details, named scales, weighting variables and sections (questions: {@link
 * QuestionEdits}). Each takes a definition and returns a new one; nothing is checked here beyond what the definition
 * needs to hold the change: run the result through {@link Designer#apply} to validate it. Texts from forms are
 * cleaned as the loader reads them (trimmed; blank means absent). Sections are addressed as written: an equality
 * section by its own id, as one section. Unknown ids throw {@link IllegalArgumentException}.
 */
public final class QuestionnaireEdits {

    /** The questionnaire-wide texts. */
    public record Details(Questionnaire.Kind kind, String title, String summary, String intro, String outro,
                          String privacyNotice) { }

    /** A section's own fields; {@code showIf} is condition text (blank for none). */
    public record SectionFields(String id, String title, String intro, String showIf) { }

    private QuestionnaireEdits() {
    }

    /** A new questionnaire with nothing in it yet (the validator will ask for a privacy notice and a section). */
    public static Questionnaire blank(String id, Questionnaire.Kind kind, String title) {
        return new Questionnaire(Edited.clean(id), kind == null ? Questionnaire.Kind.SURVEY : kind,
                Edited.clean(title), null, null, null, null, Map.of(), List.of(), List.of(), Edited.clean(id) + ".yaml");
    }

    /** The same questionnaire under another id (a copy for next year keeps every question, item and choice id). */
    public static Questionnaire withId(Questionnaire q, String id) {
        String newId = Edited.clean(id);
        return new Questionnaire(newId, q.kind(), q.title(), q.summary(), q.intro(), q.outro(), q.privacyNotice(),
                q.scales(), q.weightingVariables(), q.sections(), newId + ".yaml");
    }

    public static Questionnaire withDetails(Questionnaire q, Details details) {
        return new Questionnaire(q.id(), details.kind() == null ? Questionnaire.Kind.SURVEY : details.kind(),
                Edited.clean(details.title()), Edited.clean(details.summary()), Edited.clean(details.intro()),
                Edited.clean(details.outro()), Edited.clean(details.privacyNotice()), q.scales(),
                q.weightingVariables(), q.sections(), q.sourceName());
    }

    /** Adds a named scale, or replaces its points; questions using it get the new points. */
    public static Questionnaire setScale(Questionnaire q, String name, List<Choice> points) {
        Map<String, List<Choice>> scales = new LinkedHashMap<>(q.scales());
        scales.put(Edited.clean(name), QuestionEdits.cleaned(points));
        return rescaled(q, scales, Edited.clean(name), Edited.clean(name));
    }

    /** Renames a named scale, and the questions that use it. */
    public static Questionnaire renameScale(Questionnaire q, String from, String to) {
        if (!q.scales().containsKey(from)) {
            throw new IllegalArgumentException("There is no scale \"" + from + "\"");
        }
        Map<String, List<Choice>> scales = new LinkedHashMap<>();
        q.scales().forEach((name, points) -> scales.put(name.equals(from) ? Edited.clean(to) : name, points));
        return rescaled(q, scales, from, Edited.clean(to));
    }

    /** Removes a named scale; questions still naming it are reported by the validator (SV009). */
    public static Questionnaire removeScale(Questionnaire q, String name) {
        if (!q.scales().containsKey(name)) {
            throw new IllegalArgumentException("There is no scale \"" + name + "\"");
        }
        Map<String, List<Choice>> scales = new LinkedHashMap<>(q.scales());
        scales.remove(name);
        return rescaled(q, scales, name, name);
    }

    private static Questionnaire rescaled(Questionnaire q, Map<String, List<Choice>> scales, String from, String to) {
        List<Section> sections = q.sections().stream().map(s -> new Section(s.id(), s.title(), s.intro(),
                s.showIf(), s.equality(), s.questions().stream().map(question -> from.equals(question.scale())
                ? rescale(question, to, scales) : question).toList(), s.position())).toList();
        return Edited.with(q, scales, q.weightingVariables(), sections);
    }

    private static Question rescale(Question question, String scale, Map<String, List<Choice>> scales) {
        QuestionBuilder b = QuestionBuilder.of(question);
        b.scale = scale;
        return b.build(scales);
    }

    /** Adds or replaces a weighting variable with listed categories. */
    public static Questionnaire setWeightingVariable(Questionnaire q, String id, String label,
                                                     List<String> categories) {
        return withVariable(q, new WeightingVariable(Edited.clean(id), Edited.clean(label),
                categories.stream().map(Edited::clean).filter(c -> c != null).toList(), null, Position.UNKNOWN));
    }

    /** Adds or replaces a weighting variable whose categories are a lookup's ward codes. */
    public static Questionnaire setWeightingVariableFromLookup(Questionnaire q, String id, String label,
                                                               String lookupId, DefinitionLibrary library) {
        List<String> wards = library.lookup(lookupId).map(l -> l.wards().stream().map(Ward::code).toList())
                .orElse(List.of());
        return withVariable(q, new WeightingVariable(Edited.clean(id), Edited.clean(label), wards,
                Edited.clean(lookupId), Position.UNKNOWN));
    }

    private static Questionnaire withVariable(Questionnaire q, WeightingVariable variable) {
        List<WeightingVariable> variables = new ArrayList<>(q.weightingVariables());
        int at = variables.stream().map(WeightingVariable::id).toList().indexOf(variable.id());
        if (at >= 0) {
            variables.set(at, variable);
        } else {
            variables.add(variable);
        }
        return Edited.with(q, q.scales(), variables, q.sections());
    }

    public static Questionnaire removeWeightingVariable(Questionnaire q, String id) {
        if (q.weightingVariables().stream().noneMatch(v -> v.id().equals(id))) {
            throw new IllegalArgumentException("There is no weighting variable \"" + id + "\"");
        }
        return Edited.with(q, q.scales(), q.weightingVariables().stream().filter(v -> !v.id().equals(id)).toList(),
                q.sections());
    }

    /** Adds an empty page of questions at {@code position} among the sections as written (0 = first). */
    public static Questionnaire addSection(Questionnaire q, int position, String id, String title) {
        List<WrittenSection> sections = Edited.written(q);
        sections.add(Edited.clamp(position, sections.size()), WrittenSection.of(new Section(Edited.clean(id),
                Edited.clean(title), null, null, false, List.of(), Position.UNKNOWN)));
        return Edited.fromWritten(q, sections);
    }

    /** Adds an equality section asking for these standard questions (see EqualitySections.standardIds()). */
    public static Questionnaire addEqualitySection(Questionnaire q, int position, String id, String title,
                                                   List<String> standardIds) {
        List<WrittenSection> sections = Edited.written(q);
        sections.add(Edited.clamp(position, sections.size()), WrittenSection.of(new EqualitySection(
                Edited.clean(id), Edited.clean(title), null, null, standardIds, Map.of())));
        return Edited.fromWritten(q, sections);
    }

    /** Changes a section's id, title, intro and condition (an equality section's too). */
    public static Questionnaire updateSection(Questionnaire q, String sectionId, SectionFields fields) {
        List<WrittenSection> sections = Edited.written(q);
        int at = Edited.indexOf(sections, sectionId);
        Condition showIf = Edited.condition(fields.showIf(), Place.section(sectionId));
        WrittenSection section = sections.get(at);
        if (section.isEquality()) {
            EqualitySection e = section.equality();
            sections.set(at, WrittenSection.of(new EqualitySection(Edited.clean(fields.id()),
                    Edited.clean(fields.title()), Edited.clean(fields.intro()), showIf, e.standardIds(),
                    e.weighting())));
        } else {
            Section s = section.section();
            sections.set(at, WrittenSection.of(new Section(Edited.clean(fields.id()), Edited.clean(fields.title()),
                    Edited.clean(fields.intro()), showIf, false, s.questions(), s.position())));
        }
        return Edited.fromWritten(q, sections);
    }

    /** Which standard questions an equality section asks for, in order; weighting of the ones kept stays. */
    public static Questionnaire setEqualityQuestions(Questionnaire q, String sectionId, List<String> standardIds) {
        EqualitySection e = equality(q, sectionId);
        return replaceEquality(q, sectionId, new EqualitySection(e.id(), e.title(), e.intro(), e.showIf(),
                standardIds, e.weighting()));
    }

    /** Sets (or, with null, removes) the weighting of one of an equality section's standard questions. */
    public static Questionnaire setEqualityWeighting(Questionnaire q, String sectionId, String questionId,
                                                     WeightingMap map) {
        List<WrittenSection> sections = Edited.written(q);
        WrittenSection section = sections.get(Edited.indexOf(sections, sectionId));
        if (!section.isEquality() || section.pages().stream().flatMap(p -> p.questions().stream())
                .noneMatch(question -> question.id().equals(questionId))) {
            throw new IllegalArgumentException("Section \"" + sectionId + "\" asks no standard question \""
                    + questionId + "\"");
        }
        EqualitySection e = section.equality();
        Map<String, WeightingMap> weighting = new LinkedHashMap<>(e.weighting());
        if (map == null) {
            weighting.remove(questionId);
        } else {
            weighting.put(questionId, map);
        }
        return replaceEquality(q, sectionId, new EqualitySection(e.id(), e.title(), e.intro(), e.showIf(),
                e.standardIds(), weighting));
    }

    private static EqualitySection equality(Questionnaire q, String sectionId) {
        List<WrittenSection> sections = Edited.written(q);
        WrittenSection section = sections.get(Edited.indexOf(sections, sectionId));
        if (!section.isEquality()) {
            throw new IllegalArgumentException("Section \"" + sectionId + "\" is not an equality section");
        }
        return section.equality();
    }

    private static Questionnaire replaceEquality(Questionnaire q, String sectionId, EqualitySection replacement) {
        List<WrittenSection> sections = Edited.written(q);
        sections.set(Edited.indexOf(sections, sectionId), WrittenSection.of(replacement));
        return Edited.fromWritten(q, sections);
    }

    /** Removes a section and its questions. */
    public static Questionnaire removeSection(Questionnaire q, String sectionId) {
        List<WrittenSection> sections = Edited.written(q);
        sections.remove(Edited.indexOf(sections, sectionId));
        return Edited.fromWritten(q, sections);
    }

    /** Moves a section to {@code position} among the sections as written (0 = first). */
    public static Questionnaire moveSection(Questionnaire q, String sectionId, int position) {
        List<WrittenSection> sections = Edited.written(q);
        WrittenSection moved = sections.remove(Edited.indexOf(sections, sectionId));
        sections.add(Edited.clamp(position, sections.size()), moved);
        return Edited.fromWritten(q, sections);
    }
}
