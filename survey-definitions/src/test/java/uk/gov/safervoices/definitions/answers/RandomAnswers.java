package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static uk.gov.safervoices.definitions.answers.TestQuestions.choice;
import static uk.gov.safervoices.definitions.answers.TestQuestions.dontKnow;
import static uk.gov.safervoices.definitions.answers.TestQuestions.exclusive;
import static uk.gov.safervoices.definitions.answers.TestQuestions.grid;
import static uk.gov.safervoices.definitions.answers.TestQuestions.multiple;
import static uk.gov.safervoices.definitions.answers.TestQuestions.question;
import static uk.gov.safervoices.definitions.answers.TestQuestions.questionnaire;
import static uk.gov.safervoices.definitions.answers.TestQuestions.ranking;
import static uk.gov.safervoices.definitions.answers.TestQuestions.scored;
import static uk.gov.safervoices.definitions.answers.TestQuestions.section;
import static uk.gov.safervoices.definitions.answers.TestQuestions.single;
import static uk.gov.safervoices.definitions.answers.TestQuestions.specify;

/** Generates valid answers of every type, for round-trip property tests. */
final class RandomAnswers {

    /** A questionnaire with one question of every type and option. */
    static final Questionnaire EVERY_TYPE = questionnaire(
            section("choices",
                    single("contact").choices(List.of(choice("phone"), choice("email"), specify("other")))
                            .preferNotToSay().build(),
                    question("safe", QuestionType.SCALE).choices(List.of(scored("very_safe", 4),
                            scored("fairly_safe", 3), scored("very_unsafe", 1), dontKnow("dont_know"))).build(),
                    multiple("seen").choices(List.of(choice("drugs"), choice("litter"), choice("noise"),
                                    specify("other"), exclusive("none", "None of these")))
                            .maxSelections(3).preferNotToSay().build(),
                    grid("asb", List.of("drugs", "noise", "litter", "vandalism"), List.of(scored("very_big", 3),
                            scored("fairly_big", 2), scored("not_a_problem", 1), dontKnow("dont_know")))
                            .preferNotToSay().build(),
                    ranking("top", 3, "asb", "burglary", "drugs", "speeding").choices(List.of(choice("asb"),
                            choice("burglary"), choice("drugs"), choice("speeding"), specify("other")))
                            .preferNotToSay().build()),
            section("typed",
                    question("name", QuestionType.SHORT_TEXT).maxLength(40).build(),
                    question("story", QuestionType.LONG_TEXT).maxLength(300).preferNotToSay().build(),
                    question("age", QuestionType.WHOLE_NUMBER).min(16).max(120).preferNotToSay().build(),
                    question("count", QuestionType.WHOLE_NUMBER).build(),
                    question("when", QuestionType.DATE).earliest(LocalDate.of(2020, 1, 1)).latestToday()
                            .preferNotToSay().build(),
                    question("home", QuestionType.AREA).lookup("example-borough").preferNotToSay().build(),
                    question("ward", QuestionType.AREA).lookup("example-borough")
                            .areaMode(Question.AreaMode.WARD).build()));

    private static final String[] WORDS = {"Drugs", "near", "the", "park", "caf\u00e9", "\uD83D\uDE97", "O'Neill",
        "<script>", "&amp;", "\u00a3100", "50%", "\"quoted\""};

    private final Random random;

    RandomAnswers(long seed) {
        this.random = new Random(seed);
    }

    Map<String, Answer> answers(Questionnaire questionnaire) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            if (random.nextInt(10) < 8) {
                answers.put(question.id(), answer(question));
            }
        }
        return answers;
    }

    private Answer answer(Question question) {
        boolean pntsAsAnswer = question.preferNotToSay() && random.nextInt(8) == 0;
        if (pntsAsAnswer) {
            if (!AnswerFields.preferNotToSayIsChoice(question)) {
                return new Answer.PreferNotToSay();
            }
            return question.type() == QuestionType.MULTIPLE_CHOICE
                    ? new Answer.Multiple(List.of(Choice.PREFER_NOT_TO_SAY), null)
                    : new Answer.Single(Choice.PREFER_NOT_TO_SAY, null);
        }
        return switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> {
                Choice choice = pick(question.choices());
                yield new Answer.Single(choice.id(), specifyText(List.of(choice)));
            }
            case MULTIPLE_CHOICE -> multipleChoice(question);
            case GRID -> {
                Map<String, String> byItem = new LinkedHashMap<>();
                for (GridItem item : question.items()) {
                    if (byItem.isEmpty() || random.nextBoolean()) {
                        byItem.put(item.id(), pick(question.choices()).id());
                    }
                }
                yield new Answer.Grid(byItem);
            }
            case RANKING -> {
                List<Choice> shuffled = new ArrayList<>(question.choices());
                Collections.shuffle(shuffled, random);
                List<Choice> ranked = shuffled.subList(0, 1 + random.nextInt(question.rankCount()));
                yield new Answer.Ranking(ranked.stream().map(Choice::id).toList(), specifyText(ranked));
            }
            case SHORT_TEXT -> new Answer.Text(text(question.maxLength(), false));
            case LONG_TEXT -> new Answer.Text(text(question.maxLength(), true));
            case WHOLE_NUMBER -> new Answer.WholeNumber(question.min() == null
                    ? random.nextLong() : question.min() + random.nextInt((int) (question.max() - question.min() + 1)));
            case DATE -> new Answer.Date(question.earliest().plusDays(random.nextInt(1500)));
            case AREA -> area(question);
        };
    }

    private Answer multipleChoice(Question question) {
        List<Choice> shuffled = new ArrayList<>(question.choices());
        Collections.shuffle(shuffled, random);
        if (shuffled.get(0).exclusive()) {
            return new Answer.Multiple(List.of(shuffled.get(0).id()), null);
        }
        List<Choice> chosen = shuffled.stream().filter(c -> !c.exclusive())
                .limit(1 + random.nextInt(question.maxSelections())).toList();
        List<String> ordered = ChoiceChecks.inChoiceOrder(question, chosen.stream().map(Choice::id).toList());
        return new Answer.Multiple(ordered, specifyText(chosen));
    }

    private Answer area(Question question) {
        if (question.areaMode() == Question.AreaMode.WARD || random.nextBoolean()) {
            return new Answer.Area(pick(AnswerCheckerTestSupport.BOROUGH.wards()).code(), null);
        }
        String[][] postcodes = {{"EX1 1", "E05000001"}, {"EX1 7", "E05000002"}};
        String[] prefix = postcodes[random.nextInt(2)];
        String postcode = prefix[0] + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        return random.nextInt(5) == 0 ? new Answer.Area("E05000003", "EX2 3AB") : new Answer.Area(prefix[1], postcode);
    }

    private String specifyText(List<Choice> chosen) {
        return chosen.stream().anyMatch(Choice::specify) && random.nextBoolean() ? text(200, false) : null;
    }

    /** Text that tidying leaves as it is: no control characters, no surrounding space. */
    private String text(int maxLength, boolean lines) {
        StringBuilder text = new StringBuilder(pick(List.of(WORDS)));
        int words = random.nextInt(12);
        for (int i = 0; i < words; i++) {
            String separator = lines && random.nextInt(5) == 0 ? (random.nextBoolean() ? "\n" : "\n\n") : " ";
            String next = text + separator + pick(List.of(WORDS));
            if (next.codePointCount(0, next.length()) > maxLength) {
                break;
            }
            text.setLength(0);
            text.append(next);
        }
        return text.toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
