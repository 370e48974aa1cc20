package uk.gov.safervoices.definitions.model;

import uk.gov.safervoices.definitions.condition.Condition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One question. Which fields matter depends on {@link #type()}; the others are null or empty.
 *
 * @param choices         choices (single/multiple choice, ranking) or the scale's points (scale, grid)
 * @param items           grid rows
 * @param scale           scale and grid: the name of the named scale ({@code scale: <name>}) the choices came from,
 *                        or null when the choices are listed inline
 * @param maxSelections   multiple choice: at most this many choices, or null
 * @param rankCount       ranking: how many the resident ranks (top N)
 * @param maxLength       text: most characters allowed
 * @param min             whole number: lowest allowed, or null
 * @param max             whole number: highest allowed, or null
 * @param earliest        date: earliest allowed, or null
 * @param latest          date: latest allowed, or null ("today" is resolved at check time when latestToday)
 * @param lookup          area: id of the area lookup (lookups/ID.yaml)
 * @param areaMode        area: how the resident gives the area
 * @param preferNotToSay  adds a "Prefer not to say" answer (choice id {@code prefer_not_to_say})
 * @param showIf          condition on earlier answers, or null (always shown when its section is)
 * @param weighting       how answers map to a weighting variable's categories, or null
 */
public record Question(String id, QuestionType type, String text, String hint, boolean required,
                       List<Choice> choices, List<GridItem> items, String scale, Integer maxSelections,
                       Integer rankCount, Integer maxLength, Long min, Long max, LocalDate earliest,
                       LocalDate latest, boolean latestToday, String lookup, AreaMode areaMode,
                       boolean preferNotToSay, Condition showIf, WeightingMap weighting, Position position) {

    public enum AreaMode { POSTCODE, WARD, POSTCODE_OR_WARD }

    /** A question whose choices are listed inline (no named scale). */
    public Question(String id, QuestionType type, String text, String hint, boolean required, List<Choice> choices,
                    List<GridItem> items, Integer maxSelections, Integer rankCount, Integer maxLength, Long min,
                    Long max, LocalDate earliest, LocalDate latest, boolean latestToday, String lookup,
                    AreaMode areaMode, boolean preferNotToSay, Condition showIf, WeightingMap weighting,
                    Position position) {
        this(id, type, text, hint, required, choices, items, null, maxSelections, rankCount, maxLength, min, max,
                earliest, latest, latestToday, lookup, areaMode, preferNotToSay, showIf, weighting, position);
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }

    public Optional<GridItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
