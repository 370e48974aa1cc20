package uk.gov.safervoices.admin.meeting;

/** A question asked at a meeting and the answer given, as recorded by staff (never who asked). */
public record Question(String question, String answer, String answeredBy) {
}
