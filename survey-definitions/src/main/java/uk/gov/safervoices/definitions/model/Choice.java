package uk.gov.safervoices.definitions.model;

/**
 * One answer option of a choice, scale, grid or ranking question.
 *
 * @param id        stable id, stored with every answer (lower snake case)
 * @param label     what the resident reads
 * @param hint      optional hint under the label, or null
 * @param score     numeric score on an ordered scale, or null (never set for "Don't know")
 * @param exclusive an exclusive option of a multiple-choice question ("None of these"): chosen alone
 * @param dontKnow  "Don't know": a valid answer, excluded from scoring and from "% agree"-type bases
 * @param specify   "Other (please say)": the resident may type what they mean
 * @param concern   concern code from the catalogue this choice stands for, or null
 */
public record Choice(String id, String label, String hint, Integer score, boolean exclusive, boolean dontKnow,
                     boolean specify, String concern, Position position) {

    public static final String PREFER_NOT_TO_SAY = "prefer_not_to_say";

    public boolean isScored() {
        return score != null && !dontKnow;
    }

    /**
     * The "Prefer not to say" choice that {@code prefer_not_to_say: true} adds to a question of this type (see
     * {@link QuestionType#offersPreferNotToSayAsChoice()}): last, and exclusive on a multiple choice question.
     */
    public static Choice preferNotToSay(QuestionType type, Position position) {
        return new Choice(PREFER_NOT_TO_SAY, "Prefer not to say", null, null, type == QuestionType.MULTIPLE_CHOICE,
                false, false, null, position);
    }

    /** Whether this is exactly the choice {@link #preferNotToSay} adds, wherever it was written. */
    public boolean isAddedPreferNotToSay(QuestionType type) {
        return withPosition(Position.UNKNOWN).equals(preferNotToSay(type, Position.UNKNOWN));
    }

    public Choice withPosition(Position at) {
        return new Choice(id, label, hint, score, exclusive, dontKnow, specify, concern, at);
    }
}
