package uk.gov.safervoices.definitions.answers;

import java.time.LocalDate;

/**
 * One row of the long-form answer store: one per question, grid item, chosen option or rank, so that SQL can
 * count. Unused fields are null.
 *
 * @param itemId   grid item id
 * @param choiceId chosen choice id (single, multiple, scale, grid, ranking), or the ward code (area)
 * @param rank     ranking: 1 for the first choice
 * @param number   whole number answers, and the score of a scored scale/grid choice
 * @param text     text answers, "please say" text, the postcode of an area answer
 */
public record AnswerRow(String questionId, String itemId, String choiceId, Integer rank, Long number, String text,
                        LocalDate date) {
}
