package uk.gov.safervoices.admin.concern;

/**
 * Something that maps to a concern: a questionnaire's choice or grid item, a police crime type, or a recorded
 * priorities decision. {@code where} says which, in words for the catalogue page.
 */
public record ConcernUse(Kind kind, String concernCode, String where) {

    public enum Kind { QUESTIONNAIRE, CRIME_TYPE, DECISION }
}
