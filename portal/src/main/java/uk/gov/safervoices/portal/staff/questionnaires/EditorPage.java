package uk.gov.safervoices.portal.staff.questionnaires;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireOverview;
import uk.gov.safervoices.admin.questionnaire.VersionSummary;
import uk.gov.safervoices.definitions.design.Design;
import uk.gov.safervoices.definitions.design.DesignError;
import uk.gov.safervoices.definitions.design.Place;
import uk.gov.safervoices.definitions.load.EqualitySection;
import uk.gov.safervoices.definitions.load.EqualitySections;
import uk.gov.safervoices.definitions.load.WrittenSection;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.WeightingVariable;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form editor's page: the questionnaire's details, each section and each question as GOV.UK forms, and the
 * validator's errors next to the question, section or details they are about ({@link Design#questionErrors}).
 * After a refused change the posted values of that form are shown again beside the reason.
 */
@Singleton
class EditorPage {
    private final StaffPages pages;

    EditorPage(StaffPages pages) {
        this.pages = pages;
    }

    /**
     * @param refused why the last change was refused (nothing saved), or empty
     * @param posted  the refused form's fields, shown again, or null
     * @param problem a message about the whole page (a conflict), or null
     */
    ModelAndView<Map<String, Object>> render(HttpRequest<?> request, QuestionnaireOverview overview,
                                             VersionSummary version, Design design, List<DesignError> refused,
                                             Map<String, List<String>> posted, String problem) {
        boolean failed = !refused.isEmpty() || problem != null;
        Map<String, Object> model = pages.model(request, (failed ? "Error: " : "") + "Edit "
                + overview.questionnaire().title());
        long id = version.id();
        model.put("questionnaireTitle", overview.questionnaire().title());
        model.put("questionnaireUrl", StaffRoutes.questionnaire(overview.questionnaire().id()));
        model.put("yamlUrl", StaffRoutes.questionnaireYaml(overview.questionnaire().id()));
        model.put("previewUrl", StaffRoutes.version(id, "preview"));
        model.put("formAction", StaffRoutes.version(id, "edit"));
        model.put("expectedSha", version.sourceSha256());
        model.put("versionNumber", version.versionNumber());
        model.put("draft", version.state() == VersionSummary.State.DRAFT);
        model.put("readable", design.readable());
        model.put("errorCount", design.errors().size());
        List<Map<String, Object>> summary = new ArrayList<>();
        String postedAnchor = postedAnchor(posted);
        if (problem != null) {
            summary.add(Map.of("text", problem, "href", "#" + (postedAnchor == null ? "details" : postedAnchor)));
        }
        refused.forEach(e -> summary.add(Map.of("text", e.message(), "href", "#"
                + (postedAnchor == null ? anchor(e) : postedAnchor))));
        if (!summary.isEmpty()) {
            model.put("errorSummary", Map.of("titleText", refused.isEmpty() ? "There is a problem"
                    : "That change was not saved", "errorList", summary));
        }
        if (!design.readable()) {
            model.put("errors", QuestionnaireViews.designErrors(design.errors()));
            return new ModelAndView<>("staff/questionnaires/editor", model);
        }
        Questionnaire q = design.definition();
        String postedAction = posted == null ? "" : EditorForms.value(posted, "action");
        boolean detailsPosted = postedAction.equals("details");
        model.put("details", Map.of(
                "title", pick(detailsPosted, posted, "title", q.title()),
                "summary", pick(detailsPosted, posted, "summary", q.summary()),
                "intro", pick(detailsPosted, posted, "intro", q.intro()),
                "outro", pick(detailsPosted, posted, "outro", q.outro()),
                "privacyNotice", pick(detailsPosted, posted, "privacyNotice", q.privacyNotice()),
                "errors", messages(design.questionnaireErrors().stream()
                        .filter(e -> e.place().kind() != Place.Kind.SCALE
                                && e.place().kind() != Place.Kind.WEIGHTING_VARIABLE).toList(), detailsPosted ? refused
                        : postedAnchor == null ? refused.stream().filter(e -> e.place().id() == null).toList()
                        : List.of())));
        List<WrittenSection> sections = design.sections();
        List<Map<String, Object>> sectionViews = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            sectionViews.add(section(design, sections.get(i), i, sections.size(), refused, posted, problem));
        }
        model.put("sections", sectionViews);
        model.put("afterOptions", sections.stream().map(w -> Map.<String, Object>of("value", w.id(), "text",
                "After " + w.id())).toList());
        model.put("standardQuestions", standardQuestions(List.of()));
        model.put("scales", scales(design, refused, posted, problem));
        model.put("variables", variables(design, refused, posted, problem));
        boolean addVariablePosted = postedAction.equals("add-variable");
        model.put("newVariable", Map.of("id", pick(addVariablePosted, posted, "variableId", ""),
                "label", pick(addVariablePosted, posted, "variableLabel", ""),
                "categories", pick(addVariablePosted, posted, "variableCategories", ""),
                "lookup", pick(addVariablePosted, posted, "variableLookup", ""),
                "errors", addVariablePosted ? problems(refused, problem) : List.of()));
        boolean addScalePosted = postedAction.equals("add-scale");
        model.put("newScale", Map.of("name", pick(addScalePosted, posted, "scaleName", ""),
                "points", pick(addScalePosted, posted, "scalePoints", ""),
                "errors", addScalePosted ? problems(refused, problem) : List.of()));
        model.put("types", types(QuestionType.SINGLE_CHOICE));
        return new ModelAndView<>("staff/questionnaires/editor", model);
    }

    private Map<String, Object> section(Design design, WrittenSection written, int index, int count,
                                        List<DesignError> refused, Map<String, List<String>> posted,
                                        String problem) {
        Map<String, Object> view = new LinkedHashMap<>();
        String id = written.id();
        boolean isPosted = posted != null && EditorForms.value(posted, "action").equals("update-section")
                && EditorForms.value(posted, "section").equals(id);
        Section section = written.isEquality() ? null : written.section();
        view.put("currentId", id);
        view.put("anchor", "section-" + id);
        view.put("equality", written.isEquality());
        view.put("id", pick(isPosted, posted, "sectionId", id));
        String title = written.isEquality() ? written.equality().title() : section.title();
        view.put("title", pick(isPosted, posted, "sectionTitle", title));
        view.put("intro", pick(isPosted, posted, "sectionIntro", section == null ? "" : section.intro()));
        view.put("showIf", pick(isPosted, posted, "sectionShowIf", section == null || section.showIf() == null
                ? "" : section.showIf().source()));
        view.put("first", index == 0);
        view.put("last", index == count - 1);
        List<String> errors = messages(design.sectionErrors(id), isPosted ? refused : postedAnchor(posted) == null
                ? refused.stream().filter(e -> e.place().isSection(id)).toList() : List.of());
        if (isPosted && problem != null) {
            errors.add(0, problem);
        }
        view.put("errors", errors);
        List<Question> questions = written.isEquality() ? written.pages().stream()
                .flatMap(p -> p.questions().stream()).toList() : section.questions();
        List<Map<String, Object>> questionViews = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Map<String, Object> questionView = question(design, questions.get(i), i == 0,
                    i == questions.size() - 1, refused, posted, problem);
            questionView.put("moveTo", design.sections().stream().filter(w -> !w.isEquality()
                    && !w.id().equals(id)).map(WrittenSection::id).toList());
            questionViews.add(questionView);
        }
        view.put("questions", questionViews);
        if (written.isEquality()) {
            view.put("standardQuestions", standardQuestions(written.equality().standardIds()));
            // the weighting map of each weightable standard question it asks (age bands, sex...)
            view.put("equalityWeighting", questions.stream().filter(q -> EditorForms.weightable(q.type()))
                    .map(q -> Map.<String, Object>of("id", q.id(), "text", q.text(),
                            "variable", q.weighting() == null ? "" : q.weighting().variable(),
                            "map", EditorForms.text(q.weighting()),
                            "bands", q.type() == QuestionType.WHOLE_NUMBER)).toList());
        }
        return view;
    }

    private Map<String, Object> question(Design design, Question question, boolean first, boolean last,
                                         List<DesignError> refused, Map<String, List<String>> posted,
                                         String problem) {
        String id = question.id();
        boolean isPosted = posted != null && EditorForms.value(posted, "action").equals("update-question")
                && EditorForms.value(posted, "question").equals(id);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("currentId", id);
        view.put("anchor", "question-" + id);
        view.put("id", pick(isPosted, posted, "questionId", id));
        view.put("text", pick(isPosted, posted, "questionText", question.text()));
        view.put("hint", pick(isPosted, posted, "questionHint", question.hint()));
        view.put("required", isPosted ? "true".equals(EditorForms.value(posted, "required")) : question.required());
        view.put("typeName", question.type().yamlName());
        view.put("types", types(question.type()));
        view.put("usesChoices", EditorForms.usesChoiceList(question.type()) && question.scale() == null);
        view.put("scaled", EditorForms.usesScale(question.type()));
        view.put("scaleOptions", scaleOptions(design.definition(), isPosted ? EditorForms.value(posted, "scale")
                : question.scale()));
        view.put("choices", pick(isPosted, posted, "choices", String.join("\n", question.choices().stream()
                .map(EditorForms::line).toList())));
        view.put("grid", question.type() == QuestionType.GRID);
        view.put("items", pick(isPosted, posted, "items", String.join("\n", question.items().stream()
                .map(EditorForms::line).toList())));
        view.put("ranking", question.type() == QuestionType.RANKING);
        view.put("rank", pick(isPosted, posted, "rank", question.rankCount() == null ? ""
                : question.rankCount().toString()));
        view.put("showIf", pick(isPosted, posted, "showIf", question.showIf() == null ? ""
                : question.showIf().source()));
        QuestionType type = question.type();
        view.put("multiple", type == QuestionType.MULTIPLE_CHOICE);
        view.put("maxSelections", pick(isPosted, posted, "maxSelections", text(question.maxSelections())));
        view.put("textAnswer", type.isText());
        view.put("maxLength", pick(isPosted, posted, "maxLength", text(question.maxLength())));
        view.put("number", type == QuestionType.WHOLE_NUMBER);
        view.put("min", pick(isPosted, posted, "min", text(question.min())));
        view.put("max", pick(isPosted, posted, "max", text(question.max())));
        view.put("date", type == QuestionType.DATE);
        view.put("earliest", pick(isPosted, posted, "earliest", text(question.earliest())));
        view.put("latest", pick(isPosted, posted, "latest", question.latestToday() ? "today"
                : text(question.latest())));
        view.put("weightable", EditorForms.weightable(type));
        view.put("preferNotToSay", isPosted ? "true".equals(EditorForms.value(posted, "preferNotToSay"))
                : question.preferNotToSay());
        view.put("area", type == QuestionType.AREA);
        view.put("lookup", pick(isPosted, posted, "lookup", question.lookup() == null ? "" : question.lookup()));
        String mode = isPosted ? EditorForms.value(posted, "areaMode") : question.areaMode() == null ? ""
                : question.areaMode().name().toLowerCase(java.util.Locale.ROOT);
        view.put("areaModes", java.util.stream.Stream.of(
                new String[] {"postcode_or_ward", "A postcode, or a ward chosen from a list"},
                new String[] {"postcode", "A postcode"}, new String[] {"ward", "A ward chosen from a list"})
                .map(m -> Map.of("value", m[0], "text", m[1], "checked", m[0].equals(mode))).toList());
        view.put("weightingOptions", variableOptions(design.definition(), isPosted
                ? EditorForms.value(posted, "weightingVariable")
                : question.weighting() == null ? null : question.weighting().variable()));
        view.put("weightingMap", pick(isPosted, posted, "weightingMap", EditorForms.text(question.weighting())));
        view.put("weightingBands", type == QuestionType.WHOLE_NUMBER);
        view.put("weightingArea", type == QuestionType.AREA);
        view.put("first", first);
        view.put("last", last);
        List<String> errors = messages(design.questionErrors(id), isPosted ? refused : postedAnchor(posted) == null
                ? refused.stream().filter(e -> e.place().isQuestion(id)).toList() : List.of());
        if (isPosted && problem != null) {
            errors.add(0, problem);
        }
        view.put("errors", errors);
        return view;
    }

    private static List<Map<String, Object>> scales(Design design, List<DesignError> refused,
                                                    Map<String, List<String>> posted, String problem) {
        List<Map<String, Object>> views = new ArrayList<>();
        design.definition().scales().forEach((name, points) -> {
            boolean isPosted = posted != null && EditorForms.value(posted, "action").equals("update-scale")
                    && EditorForms.value(posted, "scale").equals(name);
            List<String> errors = isPosted ? problems(refused, problem) : new ArrayList<>();
            design.errors().stream().filter(e -> e.place().kind() == Place.Kind.SCALE && name.equals(e.place().id()))
                    .forEach(e -> errors.add(e.code() + ": " + e.message()));
            views.add(Map.of("currentId", name, "anchor", "scale-" + name,
                    "name", pick(isPosted, posted, "scaleName", name),
                    "points", pick(isPosted, posted, "scalePoints", String.join("\n",
                            points.stream().map(EditorForms::line).toList())),
                    "errors", errors));
        });
        return views;
    }

    /** The standard equality questions, by id and text, those asked for ticked. */
    private static List<Map<String, Object>> standardQuestions(List<String> asked) {
        Map<String, String> texts = new LinkedHashMap<>();
        EqualitySections.expand(new EqualitySection("standard", "Standard", null, null,
                EqualitySections.standardIds(), Map.of())).stream().flatMap(p -> p.questions().stream())
                .forEach(q -> texts.putIfAbsent(q.id(), q.text()));
        return EqualitySections.standardIds().stream().map(id -> Map.<String, Object>of("id", id,
                "text", texts.getOrDefault(id, id), "checked", asked.contains(id))).toList();
    }

    private static List<Map<String, Object>> variables(Design design, List<DesignError> refused,
                                                       Map<String, List<String>> posted, String problem) {
        List<Map<String, Object>> views = new ArrayList<>();
        for (WeightingVariable v : design.definition().weightingVariables()) {
            boolean isPosted = posted != null && EditorForms.value(posted, "action").equals("update-variable")
                    && EditorForms.value(posted, "variable").equals(v.id());
            List<String> errors = isPosted ? problems(refused, problem) : new ArrayList<>();
            design.errors().stream().filter(e -> e.place().kind() == Place.Kind.WEIGHTING_VARIABLE
                    && v.id().equals(e.place().id())).forEach(e -> errors.add(e.code() + ": " + e.message()));
            views.add(Map.of("currentId", v.id(), "anchor", "variable-" + v.id(),
                    "label", pick(isPosted, posted, "variableLabel", v.label()),
                    "categories", pick(isPosted, posted, "variableCategories", v.fromLookup() != null ? ""
                            : String.join("\n", v.categories())),
                    "lookup", pick(isPosted, posted, "variableLookup", v.fromLookup()),
                    "errors", errors));
        }
        return views;
    }

    private static List<Map<String, Object>> variableOptions(Questionnaire q, String selected) {
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(Map.of("value", "", "text", "Not used for weighting", "selected",
                selected == null || selected.isEmpty()));
        q.weightingVariables().forEach(v -> options.add(Map.of("value", v.id(), "text", v.label() + " (" + v.id()
                + ")", "selected", v.id().equals(selected))));
        return options;
    }

    /** A refused change's reasons, or the problem with the form, to show beside it. */
    private static List<String> problems(List<DesignError> refused, String problem) {
        List<String> messages = new ArrayList<>();
        if (problem != null) {
            messages.add(problem);
        }
        refused.forEach(e -> messages.add(e.code() + ": " + e.message()));
        return messages;
    }

    private static List<Map<String, Object>> scaleOptions(Questionnaire q, String selected) {
        List<Map<String, Object>> options = new ArrayList<>();
        if (selected == null || selected.isEmpty() || !q.scales().containsKey(selected)) {
            options.add(Map.of("value", "", "text", "Its own points (change them by editing the file)",
                    "selected", true));
        }
        q.scales().keySet().forEach(name -> options.add(Map.of("value", name, "text", name,
                "selected", name.equals(selected))));
        return options;
    }

    private static List<Map<String, Object>> types(QuestionType selected) {
        return Arrays.stream(QuestionType.values()).map(t -> Map.<String, Object>of("value", t.yamlName(),
                "text", t.yamlName().replace('_', ' '), "selected", t == selected)).toList();
    }

    /** The refused change's reasons first, then the validator's errors at this place. */
    private static List<String> messages(List<DesignError> errors, List<DesignError> refused) {
        List<String> messages = new ArrayList<>();
        refused.forEach(e -> messages.add(e.code() + ": " + e.message()));
        errors.forEach(e -> messages.add(e.code() + (e.error().line() > 0 ? " (line " + e.error().line() + ")" : "")
                + ": " + e.message()));
        return messages;
    }

    /** The form a refused change came from: its reasons are shown there, beside the values typed. */
    private static String postedAnchor(Map<String, List<String>> posted) {
        if (posted == null) {
            return null;
        }
        return switch (EditorForms.value(posted, "action")) {
            case "details" -> "details";
            case "update-section" -> "section-" + EditorForms.value(posted, "section");
            case "update-question" -> "question-" + EditorForms.value(posted, "question");
            case "update-scale" -> "scale-" + EditorForms.value(posted, "scale");
            case "add-scale" -> "add-scale";
            case "update-variable" -> "variable-" + EditorForms.value(posted, "variable");
            case "add-variable" -> "add-variable";
            default -> null;
        };
    }

    private static String anchor(DesignError error) {
        return switch (error.place().kind()) {
            case QUESTION -> "question-" + error.place().id();
            case SECTION -> "section-" + error.place().id();
            case SCALE -> "scale-" + error.place().id();
            case WEIGHTING_VARIABLE -> "variable-" + error.place().id();
            default -> "details";
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String pick(boolean posted, Map<String, List<String>> fields, String name, String shown) {
        return posted ? EditorForms.value(fields, name) : shown == null ? "" : shown;
    }
}
