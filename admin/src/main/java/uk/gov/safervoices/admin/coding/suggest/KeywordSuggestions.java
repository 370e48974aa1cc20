package uk.gov.safervoices.admin.coding.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests codes for a free-text answer by its words (ADR 0023). Each code has a vocabulary of word stems
 * ({@link Words}) with a weight:
 * <ul>
 *   <li>from its name ({@value #NAME} a word) and description ({@value #DESCRIPTION}), each scaled by how few codes
 *       use the word ({@code ln(1 + codes / codes using it)}), so that "crime", in many names, counts for little;</li>
 *   <li>learned from the answers analysts already gave the code: a word found in n of the coded answers, n_c of them
 *       given this code, adds {@value #LEARNED} x n_c / (n + {@value #SMOOTHING}), its smoothed precision for the
 *       code, so that a word seen once counts less than one seen twenty times, and a word found under every code
 *       counts little for any.</li>
 * </ul>
 * An answer's score for a code is the sum of the weights of the answer's distinct words in the code's vocabulary.
 * Codes scoring above zero are suggested, highest first (ties in the order the codes were given). Pure and
 * immutable: build it once per page from the codes and coded examples, then ask it about every answer.
 */
public final class KeywordSuggestions {
    static final double NAME = 2.0;
    static final double DESCRIPTION = 1.0;
    static final double LEARNED = 3.0;
    static final double SMOOTHING = 1.0;

    private final List<String> codes = new ArrayList<>();
    /** Code to stem to weight. */
    private final Map<String, Map<String, Double>> vocabulary = new LinkedHashMap<>();

    private KeywordSuggestions() {
    }

    /**
     * @param codes   the codes that can be suggested, in the order ties are shown
     * @param learned answers already coded (their code and words); answers of codes not among {@code codes} still
     *                tell how common a word is
     */
    public static KeywordSuggestions of(List<CodeWords> codes, List<CodedText> learned) {
        KeywordSuggestions suggestions = new KeywordSuggestions();
        Map<String, Integer> codesUsing = new HashMap<>();
        Map<String, List<String>> nameWords = new HashMap<>();
        Map<String, List<String>> descriptionWords = new HashMap<>();
        for (CodeWords code : codes) {
            if (suggestions.vocabulary.containsKey(code.code())) {
                continue;
            }
            suggestions.codes.add(code.code());
            suggestions.vocabulary.put(code.code(), new HashMap<>());
            List<String> name = Words.of(code.name());
            List<String> description = Words.of(code.description());
            nameWords.put(code.code(), name);
            descriptionWords.put(code.code(), description);
            Set<String> used = new HashSet<>(name);
            used.addAll(description);
            used.forEach(word -> codesUsing.merge(word, 1, Integer::sum));
        }
        int codeCount = suggestions.codes.size();
        for (String code : suggestions.codes) {
            Map<String, Double> words = suggestions.vocabulary.get(code);
            for (String word : descriptionWords.get(code)) {
                words.merge(word, DESCRIPTION * rarity(codeCount, codesUsing.get(word)), Math::max);
            }
            for (String word : nameWords.get(code)) {
                words.merge(word, NAME * rarity(codeCount, codesUsing.get(word)), Math::max);
            }
        }
        Map<String, Integer> answersWith = new HashMap<>();
        Map<String, Map<String, Integer>> answersOfCodeWith = new HashMap<>();
        Map<String, Set<String>> seenText = new HashMap<>();
        for (CodedText coded : learned) {
            List<String> words = Words.of(coded.text());
            // An answer with several codes counts once towards how common its words are.
            if (seenText.computeIfAbsent(coded.text(), t -> new HashSet<>()).isEmpty()) {
                words.forEach(word -> answersWith.merge(word, 1, Integer::sum));
            }
            if (seenText.get(coded.text()).add(coded.code())) {
                Map<String, Integer> ofCode = answersOfCodeWith.computeIfAbsent(coded.code(), c -> new HashMap<>());
                words.forEach(word -> ofCode.merge(word, 1, Integer::sum));
            }
        }
        answersOfCodeWith.forEach((code, counts) -> {
            Map<String, Double> words = suggestions.vocabulary.get(code);
            if (words != null) {
                counts.forEach((word, n) -> words.merge(word,
                        LEARNED * n / (answersWith.get(word) + SMOOTHING), Double::sum));
            }
        });
        return suggestions;
    }

    private static double rarity(int codes, int using) {
        return Math.log(1 + (double) codes / using);
    }

    /** The codes this text's words point to, strongest first; empty when none of its words is known. */
    public List<Suggestion> suggest(String text) {
        List<String> words = Words.of(text);
        List<Suggestion> found = new ArrayList<>();
        for (String code : codes) {
            Map<String, Double> vocabularyOfCode = vocabulary.get(code);
            double score = 0;
            List<String> matched = new ArrayList<>();
            for (String word : words) {
                Double weight = vocabularyOfCode.get(word);
                if (weight != null && weight > 0) {
                    score += weight;
                    matched.add(word);
                }
            }
            if (score > 0) {
                matched.sort(Comparator.comparingDouble((String w) -> -vocabularyOfCode.get(w)));
                found.add(new Suggestion(code, score, matched));
            }
        }
        found.sort(Comparator.comparingDouble((Suggestion s) -> -s.score()));
        return List.copyOf(found);
    }
}
