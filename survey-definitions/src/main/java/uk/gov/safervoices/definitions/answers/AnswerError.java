package uk.gov.safervoices.definitions.answers;

/**
 * A problem with one answer, for the GOV.UK error summary and the message beside the field.
 *
 * @param questionId the question
 * @param fieldKey   the form field the error summary links to ("age", "dob.day", "top_concerns.1", "asb.drugs")
 * @param message    what to do, in GOV.UK error-message style ("Select no more than 3 options")
 */
public record AnswerError(String questionId, String fieldKey, String message) {
}
