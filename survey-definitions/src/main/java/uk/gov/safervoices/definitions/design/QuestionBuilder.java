package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.WeightingMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A question's fields while an edit changes some of them; {@link #build} applies the format's rules. */
final class QuestionBuilder {
    String id;
    QuestionType type;
    String text;
    String hint;
    boolean required;
    List<Choice> choices = List.of();
    List<GridItem> items = List.of();
    String scale;
    Integer maxSelections;
    Integer rankCount;
    Integer maxLength;
    Long min;
    Long max;
    LocalDate earliest;
    LocalDate latest;
    boolean latestToday;
    String lookup;
    Question.AreaMode areaMode;
    boolean preferNotToSay;
    Condition showIf;
    WeightingMap weighting;
    Position position = Position.UNKNOWN;

    static QuestionBuilder of(Question q) {
        QuestionBuilder b = new QuestionBuilder();
        b.id = q.id();
        b.type = q.type();
        b.text = q.text();
        b.hint = q.hint();
        b.required = q.required();
        b.choices = q.choices();
        b.items = q.items();
        b.scale = q.scale();
        b.maxSelections = q.maxSelections();
        b.rankCount = q.rankCount();
        b.maxLength = q.maxLength();
        b.min = q.min();
        b.max = q.max();
        b.earliest = q.earliest();
        b.latest = q.latest();
        b.latestToday = q.latestToday();
        b.lookup = q.lookup();
        b.areaMode = q.areaMode();
        b.preferNotToSay = q.preferNotToSay();
        b.showIf = q.showIf();
        b.weighting = q.weighting();
        b.position = q.position();
        return b;
    }

    /** The choices as written: without the "Prefer not to say" the flag adds. */
    List<Choice> writtenChoices() {
        if (scale != null || choices.isEmpty() || !type.offersPreferNotToSayAsChoice()) {
            return choices;
        }
        Choice last = choices.get(choices.size() - 1);
        return last.isAddedPreferNotToSay(type) ? choices.subList(0, choices.size() - 1) : choices;
    }

    /**
     * The question as the loader would read it back: only the keys its type uses, defaults filled in, a named scale's
     * points as its choices, and "Prefer not to say" added as the last choice where the flag adds one.
     */
    Question build(Map<String, List<Choice>> scales) {
        List<Choice> written = writtenChoices();
        if (!type.hasChoices()) {
            written = List.of();
        }
        if (type != QuestionType.GRID) {
            items = List.of();
        }
        if (type != QuestionType.SCALE && type != QuestionType.GRID) {
            scale = null;
        }
        if (scale != null) {
            written = scales.getOrDefault(scale, List.of());
        }
        List<Choice> all = new ArrayList<>(written);
        if (type.offersPreferNotToSayAsChoice()) {
            if (written.stream().anyMatch(c -> c.id().equals(Choice.PREFER_NOT_TO_SAY))) {
                preferNotToSay = true;
            } else if (preferNotToSay) {
                all.add(Choice.preferNotToSay(type, Position.UNKNOWN));
            }
        }
        maxSelections = type == QuestionType.MULTIPLE_CHOICE ? maxSelections : null;
        rankCount = type == QuestionType.RANKING ? rankCount : null;
        maxLength = !type.isText() ? null : maxLength == null ? type.defaultMaxLength() : maxLength;
        if (type != QuestionType.WHOLE_NUMBER) {
            min = null;
            max = null;
        }
        if (type != QuestionType.DATE) {
            earliest = null;
            latest = null;
            latestToday = false;
        } else if (latestToday) {
            latest = null;
        }
        if (type != QuestionType.AREA) {
            lookup = null;
            areaMode = null;
        } else if (areaMode == null) {
            areaMode = Question.AreaMode.POSTCODE_OR_WARD;
        }
        return new Question(id, type, text, hint, required, List.copyOf(all), List.copyOf(items), scale,
                maxSelections, rankCount, maxLength, min, max, earliest, latest, latestToday, lookup, areaMode,
                preferNotToSay, showIf, weighting, position);
    }
}
