package uk.gov.safervoices.portal.browser;

import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the database holds for a response, found by the reference number the resident was shown. */
final class StoredAnswers {
    private static final Pattern REFERENCE = Pattern.compile("Your reference number is ([A-Z0-9-]+)");

    private StoredAnswers() {
    }

    static AnswerRow row(String question, String item, String choice, Integer rank, Long number, String text) {
        return new AnswerRow(question, item, choice, rank, number, text, null);
    }

    /** The reference number in the text of the "We have received your response" page. */
    static String referenceIn(String pageText) {
        Matcher matcher = REFERENCE.matcher(pageText);
        if (!matcher.find()) {
            throw new AssertionError("No reference number on the page:\n" + pageText);
        }
        return matcher.group(1);
    }

    /** Presses Continue on the remaining optional pages until the confirmation ("Response sent"). */
    static void continueToConfirmation(Resident resident) {
        for (int page = 0; page < 15 && !resident.heading().equals("Response sent"); page++) {
            resident.continueOn();
        }
    }

    /**
     * Asserts that the stored response with this reference belongs to the consultation and holds exactly these
     * answer rows (compared in a fixed order, one row per line, so a difference is easy to read).
     */
    static void assertStored(ResponseStore responses, String reference, Consultation consultation,
                             List<AnswerRow> expected) {
        ResponseRecord response = responses.findByReference(reference)
                .orElseThrow(() -> new AssertionError("No response stored with reference " + reference));
        assertEquals(consultation.id(), response.consultationId(), "the response belongs to the consultation");
        assertEquals(ResponseRecord.Status.SUBMITTED, response.status());
        assertEquals(lines(expected), lines(responses.answerRows(response)), "answer rows of response " + reference);
    }

    private static String lines(List<AnswerRow> rows) {
        return String.join("\n", rows.stream().map(AnswerRow::toString).sorted().toList());
    }
}
