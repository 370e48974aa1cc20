package uk.gov.safervoices.admin.concern;

/**
 * Something that maps to a concern: a questionnaire's choice or grid item, a police crime type, a recorded
 * priorities decision, residents' own words coded with it, or a priority matrix's scores. {@code where} says which, in words for the catalogue page.
 */
public record ConcernUse(Kind kind, String concernCode, String where) {

    public enum Kind { QUESTIONNAIRE, CRIME_TYPE, DECISION, CODED_ANSWERS, MATRIX_SCORES }
}
