package uk.gov.safervoices.definitions.design;

/**
 * What an error is about, so an editor can show it there: a question (in a section), a section, a named scale, a
 * weighting variable, or the questionnaire as a whole (its id, texts, or anything not found).
 *
 * @param id        the question's, section's, scale's or variable's id; null for the questionnaire
 * @param sectionId the section a question is in (for an equality question, the equality section as written)
 */
public record Place(Kind kind, String id, String sectionId) {

    public enum Kind { QUESTIONNAIRE, SCALE, WEIGHTING_VARIABLE, SECTION, QUESTION }

    public static final Place QUESTIONNAIRE = new Place(Kind.QUESTIONNAIRE, null, null);

    public static Place question(String sectionId, String questionId) {
        return new Place(Kind.QUESTION, questionId, sectionId);
    }

    public static Place section(String sectionId) {
        return new Place(Kind.SECTION, sectionId, sectionId);
    }

    public static Place scale(String name) {
        return new Place(Kind.SCALE, name, null);
    }

    public static Place weightingVariable(String id) {
        return new Place(Kind.WEIGHTING_VARIABLE, id, null);
    }

    public boolean isQuestion(String questionId) {
        return kind == Kind.QUESTION && id.equals(questionId);
    }

    public boolean isSection(String id) {
        return kind == Kind.SECTION && this.id.equals(id);
    }
}
