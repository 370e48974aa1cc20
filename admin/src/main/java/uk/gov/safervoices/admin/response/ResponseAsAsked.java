package uk.gov.safervoices.admin.response;

import java.util.List;

/**
 * One response with the questions as the resident was asked them, in the wording of the version they answered:
 * only the questions they were shown (show_if decided from their own answers), equality questions never.
 */
public record ResponseAsAsked(ResponseSummary response, List<AskedQuestion> questions) {
}
