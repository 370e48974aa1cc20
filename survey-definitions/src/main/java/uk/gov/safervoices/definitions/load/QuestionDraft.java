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

/**
 * The fields of a question while it is being read or edited (the model record is immutable and has many fields).
 * The loader fills one in; the editor's {@code design.QuestionBuilder} extends it with the format's rules.
 */
public class QuestionDraft {
    public String id;
    public QuestionType type;
    public String text;
    public String hint;
    public boolean required;
    public List<Choice> choices = List.of();
    public List<GridItem> items = List.of();
    public String scale;
    public Integer maxSelections;
    public Integer rankCount;
    public Integer maxLength;
    public Long min;
    public Long max;
    public LocalDate earliest;
    public LocalDate latest;
    public boolean latestToday;
    public String lookup;
    public Question.AreaMode areaMode;
    public boolean preferNotToSay;
    public Condition showIf;
    public WeightingMap weighting;
    public Position position = Position.UNKNOWN;

    public Question build() {
        return new Question(id, type, text, hint, required, List.copyOf(choices), List.copyOf(items), scale,
                maxSelections, rankCount, maxLength, min, max, earliest, latest, latestToday, lookup, areaMode, preferNotToSay,
                showIf, weighting, position);
    }

    static QuestionDraft of(Question q) {
        QuestionDraft draft = new QuestionDraft();
        draft.copyFrom(q);
        return draft;
    }

    /** Sets every field from a question. */
    protected final void copyFrom(Question q) {
        this.id = q.id();
        this.type = q.type();
        this.text = q.text();
        this.hint = q.hint();
        this.required = q.required();
        this.choices = q.choices();
        this.items = q.items();
        this.scale = q.scale();
        this.maxSelections = q.maxSelections();
        this.rankCount = q.rankCount();
        this.maxLength = q.maxLength();
        this.min = q.min();
        this.max = q.max();
        this.earliest = q.earliest();
        this.latest = q.latest();
        this.latestToday = q.latestToday();
        this.lookup = q.lookup();
        this.areaMode = q.areaMode();
        this.preferNotToSay = q.preferNotToSay();
        this.showIf = q.showIf();
        this.weighting = q.weighting();
        this.position = q.position();
    }
}
