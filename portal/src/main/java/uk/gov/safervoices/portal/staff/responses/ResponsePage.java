package uk.gov.safervoices.portal.staff.responses;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.response.AnswerLine;
import uk.gov.safervoices.admin.response.AskedQuestion;
import uk.gov.safervoices.admin.response.ResponseAsAsked;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStatuses;
import uk.gov.safervoices.admin.response.ResponseSummary;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model of one response's page: its details, its answers as asked, and the status form with any errors. */
@Singleton
class ResponsePage {
    private final StaffPages pages;

    ResponsePage(StaffPages pages) {
        this.pages = pages;
    }

    ModelAndView<Map<String, Object>> render(HttpRequest<?> request, ResponseAsAsked asked, String markStatus,
                                             String reason, Map<String, String> problems) {
        ResponseSummary response = asked.response();
        long id = response.id();
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + "Response "
                + response.reference());
        model.put("reference", response.reference());
        model.put("status", ResponseViews.status(response.status()));
        model.put("included", response.status().included());
        model.put("statusReason", response.statusReason());
        List<Map<String, Object>> details = new ArrayList<>();
        details.add(row("Questionnaire", response.questionnaireTitle() + ", version " + response.versionNumber()));
        details.add(row("Submitted", StaffDates.dateTime(response.submittedAt())));
        details.add(row("Channel", ResponseViews.label(response.channel())));
        if (response.enteredBy() != null) {
            details.add(row("Entered by", response.enteredBy()));
        }
        if (!response.integrityFlags().isEmpty()) {
            details.add(row("Flags", String.join(", ", response.integrityFlags())));
        }
        model.put("details", Map.of("rows", details));
        model.put("sections", sections(asked.questions()));
        model.put("responsesUrl", StaffRoutes.RESPONSES);
        model.put("markAction", StaffRoutes.responseAction(id, "mark"));
        model.put("restoreAction", StaffRoutes.responseAction(id, "restore"));
        model.put("redactAction", StaffRoutes.responseAction(id, "redact"));
        model.put("showAudit", StaffPages.has(request, Role.ADMIN));
        model.put("auditUrl", StaffRoutes.AUDIT + "?subjectType=response&subjectId=" + response.reference());
        model.put("markStatus", markRadios(markStatus, problems.get("markStatus")));
        model.put("reason", FormFields.input("reason", "Reason", reason, problems.get("reason"))
                .with("hint", Map.of("text", "For example, the same answers as response ABCD-EFGH. Up to "
                        + ResponseStatuses.MAX_REASON_LENGTH + " characters."))
                .with("autocomplete", "off").map());
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/responses/response", model);
    }

    /** The questions grouped by section, each with its lines of answer and whether its free text can be redacted. */
    private static List<Map<String, Object>> sections(List<AskedQuestion> questions) {
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (AskedQuestion question : questions) {
            Map<String, Object> section = sections.computeIfAbsent(question.sectionId(), k -> {
                Map<String, Object> s = new HashMap<>();
                s.put("title", question.sectionTitle());
                s.put("questions", new ArrayList<Map<String, Object>>());
                return s;
            });
            Map<String, Object> row = new HashMap<>();
            row.put("id", question.questionId());
            row.put("text", question.text());
            row.put("answered", question.answered());
            row.put("lines", question.lines().stream().map(ResponsePage::line).toList());
            row.put("redactable", question.hasFreeText());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) section.get("questions");
            list.add(row);
        }
        return new ArrayList<>(sections.values());
    }

    private static Map<String, Object> line(AnswerLine line) {
        Map<String, Object> map = new HashMap<>();
        map.put("label", line.label());
        map.put("value", line.value());
        map.put("freeText", line.freeText());
        map.put("removed", line.removed());
        return map;
    }

    private static Map<String, Object> markRadios(String selected, String error) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ResponseRecord.Status status : List.of(ResponseRecord.Status.DUPLICATE, ResponseRecord.Status.SPAM,
                ResponseRecord.Status.TEST)) {
            items.add(Map.of("value", status.name(), "text", ResponseViews.label(status),
                    "checked", status.name().equals(selected)));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("name", "markStatus");
        params.put("classes", "govuk-radios--inline govuk-radios--small");
        params.put("fieldset", Map.of("legend", Map.of("text", "Mark as", "classes", "govuk-fieldset__legend--s")));
        params.put("items", items);
        if (error != null) {
            params.put("errorMessage", Map.of("text", error));
        }
        return params;
    }

    private static Map<String, Object> row(String key, String value) {
        return Map.of("key", Map.of("text", key), "value", Map.of("text", value));
    }
}
