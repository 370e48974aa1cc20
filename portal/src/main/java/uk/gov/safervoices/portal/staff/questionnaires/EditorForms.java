package uk.gov.safervoices.portal.staff.questionnaires;

import uk.gov.safervoices.definitions.design.QuestionEdits;
import uk.gov.safervoices.definitions.design.QuestionnaireEdits;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.EqualitySections;
import uk.gov.safervoices.definitions.load.WrittenSection;
import uk.gov.safervoices.definitions.model.AgeBand;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.WeightingMap;
import uk.gov.safervoices.portal.web.Forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a posted form of the questionnaire editor into an edit of the engine's edit API
 * ({@link QuestionnaireEdits}, {@link QuestionEdits}). The form says what it changes in {@code action}; the section
 * or question it is about in {@code section} or {@code question} (its id when the page was shown).
 */
final class EditorForms {
    /** An edit, and the place on the editor page to go back to. */
    record Edit(UnaryOperator<Questionnaire> operation, String anchor, String message) {
    }

    private EditorForms() {
    }

    /** The edit a form asks for, or empty when the form names no known action. */
    static Optional<Edit> edit(Questionnaire current, List<WrittenSection> sections,
                               Map<String, List<String>> fields, DefinitionLibrary library) {
        String action = value(fields, "action");
        String section = value(fields, "section");
        String question = value(fields, "question");
        return Optional.ofNullable(switch (action) {
            case "details" -> new Edit(q -> QuestionnaireEdits.withDetails(q, new QuestionnaireEdits.Details(
                    q.kind(), value(fields, "title"), value(fields, "summary"), value(fields, "intro"),
                    value(fields, "outro"), value(fields, "privacyNotice"))), "details", "Details saved");
            case "add-section" -> new Edit(q -> addSection(q, sections, fields),
                    "section-" + value(fields, "sectionId").trim(), "Section added");
            case "equality-questions" -> new Edit(q -> QuestionnaireEdits.setEqualityQuestions(q, section,
                    standard(fields)), "section-" + section, "Equality questions saved");
            case "equality-weighting" -> new Edit(q -> QuestionnaireEdits.setEqualityWeighting(q, section, question,
                    weighting(q.question(question).map(Question::type).orElse(QuestionType.SINGLE_CHOICE),
                            value(fields, "weightingVariable"), value(fields, "weightingMap"))),
                    "section-" + section, "Weighting of " + question + " saved");
            case "move-question-to" -> new Edit(q -> QuestionEdits.moveQuestion(q, question,
                    value(fields, "toSection"), Integer.MAX_VALUE), "question-" + question, "Question moved");
            case "update-section" -> new Edit(q -> QuestionnaireEdits.updateSection(q, section,
                    new QuestionnaireEdits.SectionFields(value(fields, "sectionId"), value(fields, "sectionTitle"),
                            value(fields, "sectionIntro"), value(fields, "sectionShowIf"))),
                    "section-" + value(fields, "sectionId"), "Section saved");
            case "remove-section" -> new Edit(q -> QuestionnaireEdits.removeSection(q, section), "sections",
                    "Section removed");
            case "move-section" -> new Edit(q -> QuestionnaireEdits.moveSection(q, section,
                    indexOf(sections, section) + step(fields)), "section-" + section, "Section moved");
            case "add-question" -> new Edit(q -> QuestionEdits.addQuestion(q, section, Integer.MAX_VALUE,
                    type(fields).orElse(QuestionType.SINGLE_CHOICE), value(fields, "questionId"),
                    value(fields, "questionText")), "question-" + value(fields, "questionId"), "Question added");
            case "update-question" -> new Edit(q -> updateQuestion(q, question, fields),
                    "question-" + value(fields, "questionId"), "Question saved");
            case "remove-question" -> new Edit(q -> QuestionEdits.removeQuestion(q, question),
                    "section-" + current.sectionOf(question).map(Section::id).orElse(""), "Question removed");
            case "move-question" -> new Edit(q -> moveQuestion(q, question, step(fields)), "question-" + question,
                    "Question moved");
            case "add-scale" -> new Edit(q -> addScale(q, value(fields, "scaleName"), value(fields, "scalePoints")),
                    "scale-" + value(fields, "scaleName").trim(), "Scale added");
            case "update-scale" -> new Edit(q -> updateScale(q, value(fields, "scale"), value(fields, "scaleName"),
                    value(fields, "scalePoints")), "scale-" + value(fields, "scaleName").trim(), "Scale saved");
            case "remove-scale" -> new Edit(q -> QuestionnaireEdits.removeScale(q, value(fields, "scale")),
                    "scales", "Scale removed");
            case "add-variable" -> new Edit(q -> variable(q, value(fields, "variableId").trim(), true, fields,
                    library), "variable-" + value(fields, "variableId").trim(), "Weighting variable added");
            case "update-variable" -> new Edit(q -> variable(q, value(fields, "variable"), false, fields, library),
                    "variable-" + value(fields, "variable"), "Weighting variable saved");
            case "remove-variable" -> new Edit(q -> QuestionnaireEdits.removeWeightingVariable(q,
                    value(fields, "variable")), "weighting", "Weighting variable removed");
            default -> null;
        });
    }

    /** A weighting variable's label and categories: listed one a line, or an area lookup's wards. */
    private static Questionnaire variable(Questionnaire q, String id, boolean adding, Map<String, List<String>> fields,
                                          DefinitionLibrary library) {
        boolean exists = q.weightingVariables().stream().anyMatch(v -> v.id().equals(id));
        if (adding && exists) {
            throw new IllegalArgumentException("There is already a weighting variable \"" + id + "\": change it below");
        }
        if (!adding && !exists) {
            throw new IllegalArgumentException("There is no weighting variable \"" + id + "\"");
        }
        String label = value(fields, "variableLabel");
        String lookup = value(fields, "variableLookup").trim();
        if (!lookup.isEmpty()) {
            if (library.lookup(lookup).isEmpty()) {
                throw new IllegalArgumentException("There is no area lookup \"" + lookup + "\"");
            }
            return QuestionnaireEdits.setWeightingVariableFromLookup(q, id, label, lookup, library);
        }
        List<String> categories = value(fields, "variableCategories").lines().map(String::trim)
                .filter(c -> !c.isEmpty()).toList();
        return QuestionnaireEdits.setWeightingVariable(q, id, label, categories);
    }

    /** Whether the question's answer can set a weighting variable. */
    static boolean weightable(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.SCALE || type == QuestionType.WHOLE_NUMBER
                || type == QuestionType.AREA;
    }

    /**
     * A question's weighting map from its form: the variable, and lines "choice id | category" (choice and scale
     * questions) or "16-24 | category" and "75+ | category" (whole numbers); an area question's ward is the category.
     */
    static WeightingMap weighting(QuestionType type, String variable, String text) {
        if (variable.isBlank()) {
            return null;
        }
        if (type == QuestionType.AREA) {
            return new WeightingMap(variable.trim(), Map.of(), List.of(), true, Position.UNKNOWN);
        }
        Map<String, String> choices = new LinkedHashMap<>();
        List<AgeBand> bands = new ArrayList<>();
        for (String[] line : parts(text)) {
            if (line.length != 2 || line[0].isEmpty() || line[1].isEmpty()) {
                throw new IllegalArgumentException("Write each weighting line as: "
                        + (type == QuestionType.WHOLE_NUMBER ? "16-24 | category, or 75+ | category"
                        : "choice id | category") + " (not \"" + String.join(" | ", line) + "\")");
            }
            if (type == QuestionType.WHOLE_NUMBER) {
                bands.add(band(line[0], line[1]));
            } else {
                choices.put(line[0], line[1]);
            }
        }
        return new WeightingMap(variable.trim(), choices, bands, false, Position.UNKNOWN);
    }

    private static AgeBand band(String range, String category) {
        Matcher m = Pattern.compile("(\\d+)\\s*(?:-\\s*(\\d+)|(\\+))")
                .matcher(range);
        if (!m.matches()) {
            throw new IllegalArgumentException("A band is written like 16-24 or 75+ (not \"" + range + "\")");
        }
        return new AgeBand(Long.parseLong(m.group(1)), m.group(2) == null ? null : Long.valueOf(m.group(2)),
                category);
    }

    /** A weighting map as the form's lines. */
    static String text(WeightingMap map) {
        if (map == null || map.area()) {
            return "";
        }
        if (!map.bands().isEmpty()) {
            return String.join("\n", map.bands().stream().map(b -> b.min() + (b.max() == null ? "+" : "-" + b.max())
                    + " | " + b.category()).toList());
        }
        return String.join("\n", map.choices().entrySet().stream().map(e -> e.getKey() + " | " + e.getValue())
                .toList());
    }

    /**
     * A new section after the one chosen in {@code after} (empty: at the end). An equality section asks for the
     * standard questions ticked, or all of them when none is ticked.
     */
    private static Questionnaire addSection(Questionnaire q, List<WrittenSection> sections,
                                            Map<String, List<String>> fields) {
        String after = value(fields, "after");
        int position = after.isEmpty() ? sections.size() : indexOf(sections, after) + 1;
        if (!after.isEmpty() && position == 0) {
            throw new IllegalArgumentException("There is no section \"" + after + "\"");
        }
        if ("equality".equals(value(fields, "sectionKind"))) {
            List<String> standard = standard(fields);
            return QuestionnaireEdits.addEqualitySection(q, position, value(fields, "sectionId"),
                    value(fields, "sectionTitle"), standard.isEmpty() ? EqualitySections.standardIds() : standard);
        }
        return QuestionnaireEdits.addSection(q, position, value(fields, "sectionId"), value(fields, "sectionTitle"));
    }

    /** The standard equality questions ticked, in the template's order. */
    private static List<String> standard(Map<String, List<String>> fields) {
        List<String> ticked = fields.getOrDefault("equalityQuestions", List.of());
        return EqualitySections.standardIds().stream().filter(ticked::contains).toList();
    }

    private static Questionnaire addScale(Questionnaire q, String name, String points) {
        if (q.scales().containsKey(name.trim())) {
            throw new IllegalArgumentException("There is already a scale \"" + name.trim() + "\": change it below");
        }
        return QuestionnaireEdits.setScale(q, name, choices(points, List.of()));
    }

    /** New points for a scale (a point keeping its id keeps its settings), then its new name. */
    private static Questionnaire updateScale(Questionnaire q, String name, String newName, String points) {
        if (!q.scales().containsKey(name)) {
            throw new IllegalArgumentException("There is no scale \"" + name + "\"");
        }
        Questionnaire edited = QuestionnaireEdits.setScale(q, name, choices(points, q.scales().get(name)));
        return newName.trim().equals(name) ? edited : QuestionnaireEdits.renameScale(edited, name, newName);
    }

    /** Every field of the question form, applied in an order that lets the id change last. */
    private static Questionnaire updateQuestion(Questionnaire q, String id, Map<String, List<String>> fields) {
        Question question = q.question(id).orElseThrow(() -> new IllegalArgumentException("No question " + id));
        Questionnaire edited = q;
        QuestionType type = type(fields).orElse(question.type());
        if (type != question.type()) {
            edited = QuestionEdits.changeType(edited, id, type);
        }
        if (usesChoiceList(type) && question.scale() == null && fields.containsKey("choices")) {
            edited = QuestionEdits.setChoices(edited, id, choices(value(fields, "choices"), question.choices()));
        }
        if (type == QuestionType.GRID && fields.containsKey("items")) {
            edited = QuestionEdits.setItems(edited, id, items(value(fields, "items"), question.items()));
        }
        if (type == QuestionType.RANKING && fields.containsKey("rank")) {
            edited = QuestionEdits.setRankCount(edited, id, number(value(fields, "rank")));
        }
        edited = limits(edited, id, type, fields);
        if (type == QuestionType.AREA && fields.containsKey("lookup")) {
            edited = QuestionEdits.setArea(edited, id, value(fields, "lookup"), areaMode(value(fields, "areaMode")));
        }
        if (weightable(type) && fields.containsKey("weightingVariable")) {
            edited = QuestionEdits.setWeighting(edited, id, weighting(type, value(fields, "weightingVariable"),
                    value(fields, "weightingMap")));
        }
        String scale = value(fields, "scale").trim();
        if (usesScale(type) && !scale.isEmpty() && !scale.equals(question.scale())) {
            edited = QuestionEdits.useScale(edited, id, scale);
        }
        edited = QuestionEdits.setShowIf(edited, id, value(fields, "showIf"));
        return QuestionEdits.updateQuestion(edited, id, new QuestionEdits.QuestionFields(value(fields, "questionId"),
                value(fields, "questionText"), value(fields, "questionHint"), "true".equals(value(fields, "required")),
                "true".equals(value(fields, "preferNotToSay"))));
    }

    /** How residents give their area: "postcode", "ward" or "postcode_or_ward" (the format's own words). */
    private static Question.AreaMode areaMode(String text) {
        return switch (text.trim()) {
            case "postcode" -> Question.AreaMode.POSTCODE;
            case "ward" -> Question.AreaMode.WARD;
            case "postcode_or_ward" -> Question.AreaMode.POSTCODE_OR_WARD;
            default -> null;
        };
    }

    /**
     * The limits of the question's type: only the fields the form showed for that type are read (a question whose
     * type changes in the same post keeps the new type's defaults). Text that is not a number or date is refused.
     */
    private static Questionnaire limits(Questionnaire q, String id, QuestionType type,
                                        Map<String, List<String>> fields) {
        if (type == QuestionType.MULTIPLE_CHOICE && fields.containsKey("maxSelections")) {
            return QuestionEdits.setMaxSelections(q, id, whole(value(fields, "maxSelections"),
                    "Most choices to tick"));
        }
        if (type.isText() && fields.containsKey("maxLength")) {
            return QuestionEdits.setMaxLength(q, id, whole(value(fields, "maxLength"), "Most characters"));
        }
        if (type == QuestionType.WHOLE_NUMBER && (fields.containsKey("min") || fields.containsKey("max"))) {
            Integer min = whole(value(fields, "min"), "Lowest answer");
            Integer max = whole(value(fields, "max"), "Highest answer");
            return QuestionEdits.setNumberRange(q, id, min == null ? null : min.longValue(),
                    max == null ? null : max.longValue());
        }
        if (type == QuestionType.DATE && (fields.containsKey("earliest") || fields.containsKey("latest"))) {
            String latest = value(fields, "latest").trim();
            boolean today = latest.equalsIgnoreCase("today");
            return QuestionEdits.setDateRange(q, id, date(value(fields, "earliest"), "Earliest date"),
                    today ? null : date(latest, "Latest date"), today);
        }
        return q;
    }

    /** A whole number typed in a limit field, or null when it is empty. */
    private static Integer whole(String text, String field) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number, like 10, or empty");
        }
    }

    /** A date typed yyyy-mm-dd, or null when it is empty. */
    private static LocalDate date(String text, String field) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date written yyyy-mm-dd, like 2024-04-01, or empty");
        }
    }

    private static Questionnaire moveQuestion(Questionnaire q, String id, int step) {
        Section section = q.sectionOf(id).orElseThrow(() -> new IllegalArgumentException("No question " + id));
        int at = section.questions().stream().map(Question::id).toList().indexOf(id);
        return QuestionEdits.moveQuestion(q, id, section.id(), Math.max(0, at + step));
    }

    /** Whether the question is answered on a scale (a named one can be chosen for it). */
    static boolean usesScale(QuestionType type) {
        return type == QuestionType.SCALE || type == QuestionType.GRID;
    }

    /** Whether the question's choices are edited as the "id | label" list. */
    static boolean usesChoiceList(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE
                || type == QuestionType.RANKING;
    }

    /**
     * "id | label" lines as choices, each optionally followed by more parts: a hint, and flags {@code exclusive},
     * {@code please say}, {@code don't know}, {@code concern=code}, {@code score=n}. A line of only "id | label" keeps
     * the hint, flags and score the choice already had; a line with more parts (even one empty part) says its hint
     * and flags itself, and keeps the score unless it gives one.
     */
    static List<Choice> choices(String text, List<Choice> existing) {
        List<Choice> choices = new ArrayList<>();
        for (String[] line : parts(text)) {
            String id = line[0];
            String label = line.length > 1 ? line[1] : line[0];
            Optional<Choice> old = existing.stream().filter(c -> c.id().equals(id)).findFirst();
            if (line.length <= 2) {
                choices.add(old.map(c -> new Choice(c.id(), label, c.hint(), c.score(), c.exclusive(), c.dontKnow(),
                        c.specify(), c.concern(), Position.UNKNOWN)).orElseGet(() -> new Choice(id, label, null,
                        null, false, false, false, null, Position.UNKNOWN)));
                continue;
            }
            String hint = null;
            String concern = null;
            Integer score = old.map(Choice::score).orElse(null);
            boolean exclusive = false;
            boolean dontKnow = false;
            boolean specify = false;
            for (int i = 2; i < line.length; i++) {
                String part = line[i];
                String flag = part.toLowerCase(Locale.ROOT).replace("\u2019", "'");
                if (part.isEmpty()) {
                    continue;
                } else if (flag.equals("exclusive")) {
                    exclusive = true;
                } else if (flag.equals("please say") || flag.equals("specify")) {
                    specify = true;
                } else if (flag.equals("don't know") || flag.equals("dont know") || flag.equals("dont_know")) {
                    dontKnow = true;
                } else if (flag.startsWith("concern=")) {
                    concern = part.substring("concern=".length()).trim();
                } else if (flag.startsWith("score=")) {
                    score = whole(part.substring("score=".length()), "The score of choice " + id);
                } else if (hint == null) {
                    hint = part;
                } else {
                    throw new IllegalArgumentException("Choice " + id + " has more than one hint: \"" + hint
                            + "\" and \"" + part + "\". Flags are: exclusive, please say, don't know, "
                            + "concern=code, score=number");
                }
            }
            choices.add(new Choice(id, label, hint, score, exclusive, dontKnow, specify,
                    concern == null || concern.isEmpty() ? null : concern, Position.UNKNOWN));
        }
        return choices;
    }

    /** A choice as its line: "id | label", then its hint and flags when it has any. */
    static String line(Choice c) {
        List<String> parts = new ArrayList<>(List.of(c.id(), c.label()));
        if (c.hint() != null && !c.hint().isBlank()) {
            parts.add(c.hint());
        }
        if (c.exclusive()) {
            parts.add("exclusive");
        }
        if (c.specify()) {
            parts.add("please say");
        }
        if (c.dontKnow()) {
            parts.add("don't know");
        }
        if (c.concern() != null) {
            parts.add("concern=" + c.concern());
        }
        if (c.score() != null) {
            parts.add("score=" + c.score());
        }
        return String.join(" | ", parts);
    }

    /** Non-blank lines split at every bar, each part trimmed. */
    private static List<String[]> parts(String text) {
        List<String[]> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(Arrays.stream(line.split("\\|", -1)).map(String::trim).toArray(String[]::new));
            }
        }
        return lines;
    }

    /** "id | label" lines as grid rows, optionally "| concern=code"; a line of only "id | label" keeps its concern. */
    static List<GridItem> items(String text, List<GridItem> existing) {
        List<GridItem> items = new ArrayList<>();
        for (String[] line : parts(text)) {
            String concern = existing.stream().filter(i -> i.id().equals(line[0])).findFirst()
                    .map(GridItem::concern).orElse(null);
            if (line.length > 2) {
                concern = null;
                for (int i = 2; i < line.length; i++) {
                    if (line[i].toLowerCase(Locale.ROOT).startsWith("concern=")) {
                        concern = line[i].substring("concern=".length()).trim();
                    } else if (!line[i].isEmpty()) {
                        throw new IllegalArgumentException("Row " + line[0] + ": after the label only concern=code "
                                + "can be given (not \"" + line[i] + "\")");
                    }
                }
            }
            items.add(new GridItem(line[0], line.length > 1 ? line[1] : line[0],
                    concern == null || concern.isEmpty() ? null : concern, Position.UNKNOWN));
        }
        return items;
    }

    /** A grid row as its line, with its concern code when it has one. */
    static String line(GridItem item) {
        return item.id() + " | " + item.label() + (item.concern() == null ? "" : " | concern=" + item.concern());
    }

    private static int indexOf(List<WrittenSection> sections, String id) {
        return sections.stream().map(WrittenSection::id).toList().indexOf(id);
    }

    private static int step(Map<String, List<String>> fields) {
        return "up".equals(value(fields, "direction")) ? -1 : 1;
    }

    private static Optional<QuestionType> type(Map<String, List<String>> fields) {
        return QuestionType.fromYamlName(value(fields, "questionType"));
    }

    private static Integer number(String text) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String value(Map<String, List<String>> fields, String name) {
        String value = Forms.first(fields, name);
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
