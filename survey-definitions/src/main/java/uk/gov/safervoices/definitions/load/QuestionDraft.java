package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.WeightingMap;

import java.time.LocalDate;
import java.util.List;

/** The fields of a question while it is being read (the model record is immutable and has many fields). */
final class QuestionDraft {
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

    Question build() {
        return new Question(id, type, text, hint, required, List.copyOf(choices), List.copyOf(items), scale,
                maxSelections, rankCount, maxLength, min, max, earliest, latest, latestToday, lookup, areaMode, preferNotToSay,
                showIf, weighting, position);
    }

    static QuestionDraft of(Question q) {
        QuestionDraft d = new QuestionDraft();
        d.id = q.id();
        d.type = q.type();
        d.text = q.text();
        d.hint = q.hint();
        d.required = q.required();
        d.choices = q.choices();
        d.items = q.items();
        d.scale = q.scale();
        d.maxSelections = q.maxSelections();
        d.rankCount = q.rankCount();
        d.maxLength = q.maxLength();
        d.min = q.min();
        d.max = q.max();
        d.earliest = q.earliest();
        d.latest = q.latest();
        d.latestToday = q.latestToday();
        d.lookup = q.lookup();
        d.areaMode = q.areaMode();
        d.preferNotToSay = q.preferNotToSay();
        d.showIf = q.showIf();
        d.weighting = q.weighting();
        d.position = q.position();
        return d;
    }
}
