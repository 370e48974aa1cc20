package uk.gov.safervoices.portal.staff.responses;

import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseSummary;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.LinkedHashMap;
import java.util.Map;

/** How responses look on the staff pages: labels, status tags, rows of the list. */
final class ResponseViews {
    private ResponseViews() {
    }

    static String label(Enum<?> value) {
        if (value instanceof Channel channel) {
            return switch (channel) {
                case ONLINE -> "Online";
                case PAPER -> "Paper";
                case MEETING -> "Meeting";
            };
        }
        if (value instanceof ResponseRecord.Status status) {
            return switch (status) {
                case SUBMITTED -> "Included";
                case DUPLICATE -> "Duplicate";
                case SPAM -> "Spam";
                case TEST -> "Test";
            };
        }
        return value.name();
    }

    static Map<String, Object> status(ResponseRecord.Status status) {
        return Map.of("text", label(status), "classes", status.included() ? "govuk-tag--green" : "govuk-tag--grey");
    }

    static Map<String, Object> row(ResponseSummary response) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("href", StaffRoutes.response(response.id()));
        row.put("reference", response.reference());
        row.put("submitted", StaffDates.dateTime(response.submittedAt()));
        row.put("channel", label(response.channel()));
        row.put("questionnaire", response.questionnaireTitle() + ", version " + response.versionNumber());
        row.put("status", status(response.status()));
        row.put("flags", String.join(", ", response.integrityFlags()));
        return row;
    }
}
