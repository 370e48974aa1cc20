package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.condition.ConditionParser;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds small questionnaires in tests, without the YAML loader. */
public final class TestQuestions {

    private TestQuestions() {
    }

    public static Choice choice(String id) {
        return new Choice(id, label(id), null, null, false, false, false, null, Position.UNKNOWN);
    }

    public static Choice choice(String id, String label) {
        return new Choice(id, label, null, null, false, false, false, null, Position.UNKNOWN);
    }

    public static Choice scored(String id, int score) {
        return new Choice(id, label(id), null, score, false, false, false, null, Position.UNKNOWN);
    }

    public static Choice dontKnow(String id) {
        return new Choice(id, label(id), null, null, false, true, false, null, Position.UNKNOWN);
    }

    public static Choice exclusive(String id, String label) {
        return new Choice(id, label, null, null, true, false, false, null, Position.UNKNOWN);
    }

    public static Choice specify(String id) {
        return new Choice(id, label(id), null, null, false, false, true, null, Position.UNKNOWN);
    }

    public static List<Choice> choices(String... ids) {
        return Arrays.stream(ids).map(TestQuestions::choice).toList();
    }

    public static Builder question(String id, QuestionType type) {
        return new Builder(id, type);
    }

    public static Builder single(String id, String... choiceIds) {
        return question(id, QuestionType.SINGLE_CHOICE).choices(choices(choiceIds));
    }

    public static Builder multiple(String id, String... choiceIds) {
        return question(id, QuestionType.MULTIPLE_CHOICE).choices(choices(choiceIds));
    }

    public static Builder ranking(String id, int rank, String... choiceIds) {
        return question(id, QuestionType.RANKING).choices(choices(choiceIds)).rankCount(rank);
    }

    public static Builder grid(String id, List<String> itemIds, List<Choice> scale) {
        return question(id, QuestionType.GRID).choices(scale)
                .items(itemIds.stream().map(i -> new GridItem(i, label(i), null, Position.UNKNOWN)).toList());
    }

    public static Section section(String id, Question... questions) {
        return new Section(id, label(id), null, null, false, List.of(questions), Position.UNKNOWN);
    }

    public static Section section(String id, String showIf, Question... questions) {
        return new Section(id, label(id), null, ConditionParser.parse(showIf), false, List.of(questions),
                Position.UNKNOWN);
    }

    public static Questionnaire questionnaire(Section... sections) {
        return new Questionnaire("test-survey", Questionnaire.Kind.SURVEY, "Test survey", null, null, null,
                "Privacy notice", List.of(), List.of(sections), "test-survey.yaml");
    }

    public static Questionnaire questionnaire(Question... questions) {
        return questionnaire(section("only", questions));
    }

    private static String label(String id) {
        String words = id.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Mutable only while building; {@link #build()} makes the immutable record. */
    public static final class Builder {
        private final String id;
        private final QuestionType type;
        private String text;
        private boolean required;
        private List<Choice> choices = new ArrayList<>();
        private List<GridItem> items = new ArrayList<>();
        private Integer maxSelections;
        private Integer rankCount;
        private Integer maxLength;
        private Long min;
        private Long max;
        private LocalDate earliest;
        private LocalDate latest;
        private boolean latestToday;
        private String lookup;
        private Question.AreaMode areaMode = Question.AreaMode.POSTCODE_OR_WARD;
        private boolean preferNotToSay;
        private String showIf;

        private Builder(String id, QuestionType type) {
            this.id = id;
            this.type = type;
            this.text = label(id);
            if (type == QuestionType.SHORT_TEXT) {
                maxLength = 200;
            } else if (type == QuestionType.LONG_TEXT) {
                maxLength = 2000;
            }
        }

        public Builder text(String value) { this.text = value; return this; }
        public Builder required() { this.required = true; return this; }
        public Builder choices(List<Choice> value) { this.choices = value; return this; }
        public Builder items(List<GridItem> value) { this.items = value; return this; }
        public Builder maxSelections(int value) { this.maxSelections = value; return this; }
        public Builder rankCount(int value) { this.rankCount = value; return this; }
        public Builder maxLength(int value) { this.maxLength = value; return this; }
        public Builder min(long value) { this.min = value; return this; }
        public Builder max(long value) { this.max = value; return this; }
        public Builder earliest(LocalDate value) { this.earliest = value; return this; }
        public Builder latest(LocalDate value) { this.latest = value; return this; }
        public Builder latestToday() { this.latestToday = true; return this; }
        public Builder lookup(String value) { this.lookup = value; return this; }
        public Builder areaMode(Question.AreaMode value) { this.areaMode = value; return this; }
        public Builder preferNotToSay() { this.preferNotToSay = true; return this; }
        public Builder showIf(String value) { this.showIf = value; return this; }

        public Question build() {
            return new Question(id, type, text, null, required, List.copyOf(choices), List.copyOf(items),
                    maxSelections, rankCount, maxLength, min, max, earliest, latest, latestToday, lookup,
                    type == QuestionType.AREA ? areaMode : null, preferNotToSay,
                    showIf == null ? null : ConditionParser.parse(showIf), null, Position.UNKNOWN);
        }
    }
}
