package uk.gov.safervoices.admin.demo;

import uk.gov.safervoices.definitions.answers.AnswerFields;
import uk.gov.safervoices.definitions.model.AgeBand;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Made-up residents answering a questionnaire, as the form would post their answers, for demonstration data. Like
 * real respondents they are skewed: older people and women answer more, some wards more than others, and people
 * skip questions. Each question gets its own leaning (some choices more popular), so results look like results.
 * The only words they write are a ranking's "Other (please say)", taken from {@link #OTHER_ANSWERS} (short phrases of
 * the kind residents give, nothing about anyone), so that the coding pages have answers to code; other free text and
 * dates are left blank.
 */
final class DemoResidents {
    private final Questionnaire questionnaire;
    private final List<Ward> wards;
    private final Random random;
    /** A stream of its own for the "other" answers, so that every other answer is drawn as it always was. */
    private final Random others;
    private final Map<String, double[]> leanings = new HashMap<>();

    /** What demonstration residents write for "Other (please say)" in a ranking: one in twelve ranks it last. */
    static final List<String> OTHER_ANSWERS = List.of(
            "Street lights not working", "Broken street lighting on the estate", "Better street lighting",
            "Parking on the pavement", "Cars parked on pavements and verges", "Pavement parking near the school",
            "E-scooters ridden on the pavement", "Electric scooters going too fast", "Dog fouling",
            "Dog mess on the paths", "Potholes", "Nothing for young people to do", "More youth clubs",
            "Not enough police on foot", "Want to see more PCSOs", "Cyclists on the pavement");

    DemoResidents(Questionnaire questionnaire, List<Ward> wards, long seed) {
        this.questionnaire = questionnaire;
        this.wards = wards;
        this.random = new Random(seed);
        this.others = new Random(seed + 1);
    }

    Map<String, List<String>> next() {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            if (!question.required() && random.nextInt(12) == 0) {
                continue;
            }
            answer(question, raw);
        }
        return raw;
    }

    private void answer(Question question, Map<String, List<String>> raw) {
        String id = question.id();
        List<Choice> choices = question.choices().stream()
                .filter(c -> !c.specify() && !Choice.PREFER_NOT_TO_SAY.equals(c.id())).toList();
        switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> {
                if (question.weighting() != null && !choices.isEmpty()) {
                    // A weighting question such as sex: the first category (female) answers more often.
                    raw.put(id, List.of(choices.get(random.nextInt(100) < 58 ? 0 : 1 + random.nextInt(
                            Math.max(1, choices.size() - 1)) % choices.size()).id()));
                } else if (!choices.isEmpty()) {
                    raw.put(id, List.of(pick(id, choices).id()));
                }
            }
            case MULTIPLE_CHOICE -> {
                List<Choice> open = choices.stream().filter(c -> !c.exclusive()).toList();
                List<String> chosen = new ArrayList<>();
                int wanted = 1 + random.nextInt(Math.min(3, Math.max(1, open.size())));
                for (int i = 0; i < wanted * 3 && chosen.size() < wanted && !open.isEmpty(); i++) {
                    String choice = pick(id, open).id();
                    if (!chosen.contains(choice)) {
                        chosen.add(choice);
                    }
                }
                if (question.maxSelections() != null && chosen.size() > question.maxSelections()) {
                    chosen = chosen.subList(0, question.maxSelections());
                }
                if (!chosen.isEmpty()) {
                    raw.put(id, chosen);
                }
            }
            case GRID -> {
                for (GridItem item : question.items()) {
                    raw.put(id + "." + item.id(), List.of(pick(id + "." + item.id(), choices).id()));
                }
            }
            case RANKING -> {
                List<String> ranked = new ArrayList<>();
                int wanted = Math.min(question.rankCount() == null ? 3 : question.rankCount(), choices.size());
                for (int i = 0; i < 50 && ranked.size() < wanted; i++) {
                    String choice = pick(id, choices).id();
                    if (!ranked.contains(choice)) {
                        ranked.add(choice);
                    }
                }
                question.choices().stream().filter(Choice::specify).findFirst()
                        .filter(other -> !ranked.isEmpty() && others.nextInt(12) == 0).ifPresent(other -> {
                            ranked.set(ranked.size() - 1, other.id());
                            raw.put(id + AnswerFields.SPECIFY_SUFFIX,
                                    List.of(OTHER_ANSWERS.get(others.nextInt(OTHER_ANSWERS.size()))));
                        });
                for (int r = 0; r < ranked.size(); r++) {
                    raw.put(id + "." + (r + 1), List.of(ranked.get(r)));
                }
            }
            case AREA -> {
                if (!wards.isEmpty()) {
                    // Uneven response by ward: the first wards answer up to three times as often as the last.
                    int index = (int) Math.floor(Math.pow(random.nextDouble(), 1.4) * wards.size());
                    raw.put(id + ".ward", List.of(wards.get(index).code()));
                }
            }
            case WHOLE_NUMBER -> wholeNumber(question, raw);
            default -> {
                // text and dates are left blank: demonstration residents write only an "other" in a ranking
            }
        }
    }

    private void wholeNumber(Question question, Map<String, List<String>> raw) {
        boolean age = question.weighting() != null && !question.weighting().bands().isEmpty();
        if (age) {
            if (random.nextInt(40) == 0 && question.preferNotToSay()) {
                raw.put(question.id() + ".prefer_not_to_say", List.of("true"));
                return;
            }
            List<AgeBand> bands = question.weighting().bands();
            long lowest = bands.get(0).min();
            // Older people answer more: ages lean towards 50 to 75.
            long value = lowest + Math.round(Math.min(85 - lowest, Math.abs(random.nextGaussian() * 18 + 42)));
            raw.put(question.id(), List.of(Long.toString(value)));
            return;
        }
        long min = question.min() == null ? 0 : question.min();
        long max = question.max() == null ? min + 50 : Math.min(question.max(), min + 50);
        raw.put(question.id(), List.of(Long.toString(min + random.nextInt((int) (max - min + 1)))));
    }

    /** A choice, following this question's leaning (made once per question: some choices are more popular). */
    private Choice pick(String key, List<Choice> choices) {
        double[] weights = leanings.computeIfAbsent(key, k -> {
            double[] w = new double[choices.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = 0.2 + random.nextDouble() * random.nextDouble() * 3;
            }
            return w;
        });
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < choices.size(); i++) {
            r -= weights[i];
            if (r < 0) {
                return choices.get(i);
            }
        }
        return choices.get(choices.size() - 1);
    }
}
