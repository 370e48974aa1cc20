package uk.gov.safervoices.portal.staff.responses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseFilter;
import uk.gov.safervoices.admin.response.ResponsePage;
import uk.gov.safervoices.admin.response.ResponseQueries;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The responses, newest first, a page at a time, filtered with a GET form (works without JavaScript). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class ResponsesController {
    static final int PAGE_SIZE = 50;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ResponseQueries queries;
    private final ResponseChoices choices;
    private final StaffPages pages;

    ResponsesController(ResponseQueries queries, ResponseChoices choices, StaffPages pages) {
        this.queries = queries;
        this.choices = choices;
        this.pages = pages;
    }

    @Get(StaffRoutes.RESPONSES)
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, @Nullable @QueryValue String consultation,
                                           @Nullable @QueryValue String version, @Nullable @QueryValue String channel,
                                           @Nullable @QueryValue String status, @Nullable @QueryValue String from,
                                           @Nullable @QueryValue String to, @Nullable @QueryValue Integer page) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate fromDate = date(from, "from", "Enter the first day as a real date, for example 2026-03-27",
                problems);
        LocalDate toDate = date(to, "to", "Enter the last day as a real date, for example 2026-04-30", problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.put("to", "The last day must be the same as or after the first day");
        }
        Long consultationId = ResponseChoices.number(consultation);
        Long versionId = ResponseChoices.number(version);
        Channel channelValue = value(Channel.class, channel);
        ResponseRecord.Status statusValue = value(ResponseRecord.Status.class, status);
        ResponseFilter filter = new ResponseFilter(consultationId, versionId, channelValue, statusValue,
                fromDate == null || problems.containsKey("from") ? null : fromDate.atStartOfDay(UK).toInstant(),
                toDate == null || problems.containsKey("to") ? null : toDate.plusDays(1).atStartOfDay(UK).toInstant());
        int pageNumber = page == null || page < 1 ? 1 : page;
        ResponsePage found = queries.list(filter, pageNumber - 1, PAGE_SIZE);

        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + "Responses");
        model.put("formAction", StaffRoutes.RESPONSES);
        model.put("consultationSelect", ResponseChoices.select("consultation", "Consultation",
                choices.consultationItems(consultationId, "Any consultation"), null));
        model.put("versionSelect", ResponseChoices.select("version", "Questionnaire version",
                choices.versionItems(versionId, "Any version"), null));
        model.put("channelSelect", ResponseChoices.select("channel", "Channel", enumItems(Channel.values(),
                channelValue, "Any channel"), null));
        model.put("statusSelect", ResponseChoices.select("status", "Status", enumItems(
                ResponseRecord.Status.values(), statusValue, "Any status"), null));
        model.put("fromInput", dateInput("from", "Submitted from", from, problems.get("from")));
        model.put("toInput", dateInput("to", "Submitted to", to, problems.get("to")));
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        model.put("responses", found.responses().stream().map(ResponseViews::row).toList());
        model.put("total", found.total());
        model.put("pagination", pagination(request, pageNumber, found.totalPages()));
        model.put("exportUrl", StaffRoutes.RESPONSES_EXPORT);
        model.put("eraseUrl", StaffRoutes.RESPONSES_ERASE);
        model.put("retentionUrl", StaffRoutes.RESPONSES_RETENTION);
        model.put("enterUrl", StaffRoutes.RESPONSES_ENTER);
        model.put("invitationsUrl", StaffRoutes.RESPONSES_INVITATIONS);
        return new ModelAndView<>("staff/responses/list", model);
    }

    private static LocalDate date(String value, String field, String message, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, message);
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> List<Map<String, Object>> enumItems(E[] values, E selected, String any) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(ResponseChoices.item("", any, selected == null));
        for (E value : values) {
            items.add(ResponseChoices.item(value.name(), ResponseViews.label(value), value == selected));
        }
        return items;
    }

    private static Map<String, Object> dateInput(String name, String label, String value, String error) {
        return FormFields.input(name, label, value, error).with("type", "date")
                .with("hint", Map.of("text", "For example, 2026-03-27"))
                .with("classes", "govuk-input--width-10").map();
    }

    /** Previous and next links that keep the query's filter. */
    private static Map<String, Object> pagination(HttpRequest<?> request, int page, int totalPages) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("page", page);
        pagination.put("totalPages", Math.max(totalPages, 1));
        if (page > 1) {
            pagination.put("previous", url(request, page - 1));
        }
        if (page < totalPages) {
            pagination.put("next", url(request, page + 1));
        }
        return pagination;
    }

    private static String url(HttpRequest<?> request, int page) {
        List<String> parameters = new ArrayList<>();
        for (String name : List.of("consultation", "version", "channel", "status", "from", "to")) {
            request.getParameters().getFirst(name).filter(v -> !v.isBlank()).ifPresent(v ->
                    parameters.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        }
        parameters.add("page=" + page);
        return StaffRoutes.RESPONSES + "?" + String.join("&", parameters);
    }
}
