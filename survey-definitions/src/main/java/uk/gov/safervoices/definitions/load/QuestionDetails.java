package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the keys that belong to a question's type, applying the format's defaults. */
final class QuestionDetails {

    static final int SHORT_TEXT_DEFAULT = QuestionType.SHORT_TEXT.defaultMaxLength();
    static final int SHORT_TEXT_LIMIT = 500;
    static final int LONG_TEXT_DEFAULT = QuestionType.LONG_TEXT.defaultMaxLength();
    static final int LONG_TEXT_LIMIT = 10000;
    private static final List<String> MODES = List.of("postcode", "ward", "postcode_or_ward");

    private QuestionDetails() {
    }

    static void read(YamlMap map, QuestionDraft q, LoadContext context) {
        String whose = map.label();
        switch (q.type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING -> q.choices = choices(map, q.type, whose, context);
            case SCALE -> q.choices = scale(map, q, whose, context);
            case GRID -> {
                q.items = requiredList(map, "items", "items (the rows residents answer)")
                        .map(nodes -> ChoiceReader.readItems(nodes, map.owner(), whose, context)).orElse(List.of());
                q.choices = scale(map, q, whose, context);
            }
            case SHORT_TEXT -> q.maxLength = maxLength(map, SHORT_TEXT_DEFAULT, SHORT_TEXT_LIMIT);
            case LONG_TEXT -> q.maxLength = maxLength(map, LONG_TEXT_DEFAULT, LONG_TEXT_LIMIT);
            case WHOLE_NUMBER -> range(map, q);
            case DATE -> dates(map, q);
            case AREA -> area(map, q, context);
            default -> throw new IllegalStateException("Unhandled type " + q.type);
        }
        if (q.type == QuestionType.MULTIPLE_CHOICE) {
            q.maxSelections = map.wholeNumber("max_selections").map(Long::intValue).orElse(null);
            if (q.maxSelections != null && !q.choices.isEmpty()
                    && (q.maxSelections < 1 || q.maxSelections > q.choices.size())) {
                map.problems().add(ErrorCode.SV010, map.node("max_selections"), q.id, "max_selections is "
                        + q.maxSelections + ", but " + whose + " has " + choices(q.choices.size()) + ". Give "
                        + upTo(q.choices.size()) + ", or leave it out to allow any number.");
            }
        }
        if (q.type == QuestionType.RANKING) {
            Optional<Long> rank = map.wholeNumber("rank");
            if (rank.isEmpty() && !map.has("rank")) {
                map.missing("rank");
            }
            q.rankCount = rank.map(Long::intValue).orElse(null);
            if (q.rankCount != null && !q.choices.isEmpty() && (q.rankCount < 1 || q.rankCount > q.choices.size())) {
                map.problems().add(ErrorCode.SV011, map.node("rank"), q.id, "rank is " + q.rankCount + ", but "
                        + whose + " has " + choices(q.choices.size()) + " to rank. Give " + upTo(q.choices.size())
                        + " (how many residents put in order).");
            }
        }
    }

    private static String choices(int count) {
        return count + (count == 1 ? " choice" : " choices");
    }

    private static String upTo(int count) {
        return count == 1 ? "1" : "a number from 1 to " + count;
    }

    private static List<Choice> choices(YamlMap map, QuestionType type, String whose, LoadContext context) {
        return requiredList(map, "choices", "choices")
                .map(nodes -> ChoiceReader.read(nodes, type, map.owner(), whose, context)).orElse(List.of());
    }

    /**
     * A scale or grid: a named scale ({@code scale:}, whose name the question keeps even when it is unknown) or
     * inline {@code choices}, not both.
     */
    private static List<Choice> scale(YamlMap map, QuestionDraft q, String whose, LoadContext context) {
        QuestionType type = q.type;
        if (map.has("scale") && map.has("choices")) {
            map.problems().add(ErrorCode.SV035, map.keyNode("choices"), map.owner(), Ids.capitalise(whose)
                    + " has both \"scale\" and \"choices\". Use a named scale or list the choices, not both.");
            return List.of();
        }
        if (map.has("choices")) {
            return choices(map, type, whose, context);
        }
        Optional<String> name = map.text("scale");
        q.scale = name.orElse(null);
        if (name.isEmpty()) {
            if (!map.has("scale")) {
                map.problems().add(ErrorCode.SV004, map.node(), map.owner(), Ids.capitalise(whose) + " has no "
                        + "answers. Add \"scale: <name>\" naming a scale under scales:, or list its choices.");
            }
            return List.of();
        }
        List<Choice> points = context.scales().get(name.get());
        if (points == null) {
            map.problems().add(ErrorCode.SV009, map.node("scale"), map.owner(), "There is no scale called \""
                    + name.get() + "\"." + Suggestions.didYouMean(name.get(), context.scales().keySet())
                    + (context.scales().isEmpty() ? " Define it under scales: at the top of the file."
                    : " Scales defined in this file: " + String.join(", ", context.scales().keySet()) + "."));
            return List.of();
        }
        return points;
    }

    /** The list under {@code key}; SV004 when absent, SV008 when empty. */
    static Optional<List<Node>> requiredList(YamlMap map, String key, String what) {
        Optional<List<Node>> list = map.list(key);
        if (list.isEmpty() && !map.has(key) && map.node(key) == null) {
            map.missing(key);
        } else if (list.isPresent() && list.get().isEmpty()) {
            map.problems().add(ErrorCode.SV008, map.node(key), map.owner(), Ids.capitalise(map.label())
                    + " has no " + what + ". Add at least one under \"" + key + ":\".");
        }
        return list;
    }

    private static Integer maxLength(YamlMap map, int defaultValue, int limit) {
        Optional<Long> value = map.wholeNumber("max_length");
        if (value.isPresent() && (value.get() < 1 || value.get() > limit)) {
            map.problems().add(ErrorCode.SV014, map.node("max_length"), map.owner(), "max_length is " + value.get()
                    + "; for this type it must be from 1 to " + limit + " characters (the default is "
                    + defaultValue + "). Use a long_text question for longer answers.");
            return defaultValue;
        }
        return value.map(Long::intValue).orElse(defaultValue);
    }

    private static void range(YamlMap map, QuestionDraft q) {
        q.min = map.wholeNumber("min").orElse(null);
        q.max = map.wholeNumber("max").orElse(null);
        if (q.min != null && q.max != null && q.min > q.max) {
            map.problems().add(ErrorCode.SV012, map.node("min"), q.id, "min (" + q.min + ") is more than max ("
                    + q.max + "), so no answer would be accepted. Swap them or correct one.");
        }
    }

    private static void dates(YamlMap map, QuestionDraft q) {
        q.earliest = date(map, "earliest", false).orElse(null);
        Optional<String> latest = map.text("latest");
        if (latest.isPresent() && latest.get().toLowerCase(Locale.ROOT).equals("today")) {
            q.latestToday = true;
        } else {
            q.latest = date(map, "latest", true).orElse(null);
        }
        if (q.earliest != null && q.latest != null && q.earliest.isAfter(q.latest)) {
            map.problems().add(ErrorCode.SV012, map.node("earliest"), q.id, "earliest (" + q.earliest
                    + ") is after latest (" + q.latest + "), so no date would be accepted. Swap them or correct one.");
        }
    }

    private static Optional<LocalDate> date(YamlMap map, String key, boolean todayAllowed) {
        return map.text(key).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                map.problems().add(ErrorCode.SV013, map.node(key), map.owner(), "\"" + text + "\" is not a date. "
                        + "Write " + key + " as year-month-day, like 2024-04-01" + (todayAllowed
                        ? ", or \"today\"." : "."));
                return Optional.empty();
            }
        });
    }

    private static void area(YamlMap map, QuestionDraft q, LoadContext context) {
        q.lookup = map.requiredText("lookup");
        if (q.lookup != null && context.library().lookup(q.lookup).isEmpty()) {
            map.problems().add(ErrorCode.SV015, map.node("lookup"), q.id, "There is no area lookup \"" + q.lookup
                    + "\"." + Suggestions.didYouMean(q.lookup, context.library().lookups().keySet())
                    + " Name a file in lookups/ without .yaml"
                    + (context.library().lookups().isEmpty() ? "." : " (available: "
                    + String.join(", ", context.library().lookups().keySet()) + ")."));
        }
        q.areaMode = Question.AreaMode.POSTCODE_OR_WARD;
        map.text("mode").ifPresent(mode -> {
            if (MODES.contains(mode)) {
                q.areaMode = Question.AreaMode.valueOf(mode.toUpperCase(Locale.ROOT));
            } else {
                map.problems().add(ErrorCode.SV016, map.node("mode"), q.id, "\"" + mode + "\" is not an area mode."
                        + Suggestions.didYouMean(mode, MODES) + " Use postcode, ward or postcode_or_ward.");
            }
        });
    }
}
