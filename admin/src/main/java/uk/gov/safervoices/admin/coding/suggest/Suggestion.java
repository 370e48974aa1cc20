package uk.gov.safervoices.admin.coding.suggest;

import java.util.List;

/**
 * A code suggested for an answer.
 *
 * @param code  the code
 * @param score how strongly the answer's words point to it (only the order matters)
 * @param words the answer's word stems that matched, strongest first: the reason shown beside the suggestion
 */
public record Suggestion(String code, double score, List<String> words) {
    public Suggestion {
        words = List.copyOf(words);
    }
}
