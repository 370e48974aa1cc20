package uk.gov.safervoices.definitions.load;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Positions;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.WeightingVariable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Texts that YAML treats specially survive writing and reading, wherever they appear: every text of the fixture
 * questionnaire is replaced by the text under test, written, read back and compared.
 */
class WriterTextsTest {

    private static final QuestionnaireLoader LOADER = new QuestionnaireLoader(TestFiles.fixtureLibrary());

    static Stream<String> texts() {
        return Stream.of("yes", "No", "true", "null", "~", "16-24", "75+", "0", "-1", "1e3", "0x1F", "1:30",
                "2024-04-01", "1_000", ".inf", "- a dash", "? a question mark", ": a colon", "a: b", "a #b", "#hash",
                "a#b", "[brackets]", "{braces}", "a, b", "a,b", "'single'", "\"double\"", "Don't know",
                "it's 'quoted'", "back\\slash", "tab\there", "café – naïve ✓ 😀", "&anchor", "*alias", "!tag",
                "%percent", "@at", "`tick`", "|pipe", ">fold", "line one\nline two", "paragraph one\n\nparagraph two",
                "first\n  indented\n    more", "trailing spaces  \nnext line", "windows\r\nline", "carriage\rreturn",
                "next\u0085line", "line\u2028separator", "bell\u0007", "a ... b", "---", "...", "= 1", "a = 'b'",
                "x".repeat(400), "word ".repeat(60).strip(), "<b>html</b> & co", "50%", "£5 or more", "What? Where?");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void survivesAsEveryKindOfText(String text) {
        Questionnaire fixture = LOADER.parse(TestFiles.read(TestFiles.resource(
                "fixture-library/questionnaires/small-survey.yaml")), "small-survey.yaml").orThrow();
        Questionnaire changed = replaceTexts(fixture, old -> text);
        String written = QuestionnaireWriter.write(changed);
        LoadResult reread = LOADER.parse(written, "small-survey.yaml");
        assertEquals(List.of(), reread.errors().stream().map(ValidationError::toString).toList(),
                () -> RoundTrip.numbered(written));
        assertEquals(Positions.erased(changed), Positions.erased(reread.orThrow()), () -> RoundTrip.numbered(written));
        assertEquals(written, QuestionnaireWriter.write(reread.orThrow()));
    }

    static Questionnaire replaceTexts(Questionnaire q, UnaryOperator<String> text) {
        Map<String, List<Choice>> scales = new LinkedHashMap<>();
        q.scales().forEach((name, points) -> scales.put(name, choices(points, text)));
        return new Questionnaire(q.id(), q.kind(), text.apply(q.title()), text.apply(q.summary()),
                text.apply(q.intro()), text.apply(q.outro()), text.apply(q.privacyNotice()), scales,
                q.weightingVariables().stream().map(v -> new WeightingVariable(v.id(), text.apply(v.label()),
                        v.categories(), v.fromLookup(), v.position())).toList(),
                q.sections().stream().map(s -> new Section(s.id(), text.apply(s.title()), text.apply(s.intro()),
                        s.showIf(), s.equality(), s.questions().stream().map(question -> question(question, text,
                        scales)).toList(), s.position())).toList(), q.sourceName());
    }

    private static Question question(Question q, UnaryOperator<String> text, Map<String, List<Choice>> scales) {
        List<Choice> choices = q.scale() != null ? scales.get(q.scale()) : choices(q.choices(), text);
        if (q.scale() != null && q.choices().size() > choices.size()) {
            choices = Stream.concat(choices.stream(), q.choices().subList(choices.size(), q.choices().size()).stream())
                    .toList();
        }
        return new Question(q.id(), q.type(), text.apply(q.text()), text.apply(q.hint()), q.required(),
                choices,
                q.items().stream().map(i -> new GridItem(i.id(), text.apply(i.label()), i.concern(), i.position()))
                        .toList(), q.scale(), q.maxSelections(), q.rankCount(), q.maxLength(), q.min(), q.max(),
                q.earliest(), q.latest(), q.latestToday(), q.lookup(), q.areaMode(), q.preferNotToSay(), q.showIf(),
                q.weighting(), q.position());
    }

    /** Replaces labels and hints, except of the "Prefer not to say" choice the loader adds. */
    private static List<Choice> choices(List<Choice> choices, UnaryOperator<String> text) {
        return choices.stream().map(c -> c.id().equals(Choice.PREFER_NOT_TO_SAY) ? c
                : new Choice(c.id(), text.apply(c.label()), text.apply(c.hint()), c.score(), c.exclusive(),
                c.dontKnow(), c.specify(), c.concern(), c.position())).toList();
    }
}
