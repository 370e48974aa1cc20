package uk.gov.safervoices.portal.staff.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireOverview;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Creates a consultation: its title, web address, what residents read on its page, when it opens and closes (whole
 * days in UK time), and the questionnaires it runs (those with a published version).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class NewConsultationController {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Consultations consultations;
    private final QuestionnaireDesigns designs;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    NewConsultationController(Consultations consultations, QuestionnaireDesigns designs, StaffPages pages,
                              StaffForms forms, StaffFlash flash) {
        this.consultations = consultations;
        this.designs = designs;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.NEW_CONSULTATION)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        Map<String, String> blankDate = Map.of("day", "", "month", "", "year", "");
        return page(request, Map.of(), List.of(), blankDate, blankDate, Map.of());
    }

    @Post(StaffRoutes.NEW_CONSULTATION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Map<String, String> text = new LinkedHashMap<>();
        for (String name : List.of("title", "slug", "summary", "purpose", "howUsed")) {
            text.put(name, Optional.ofNullable(Forms.first(fields, name)).orElse("").trim());
        }
        text.put("invitationOnly", fields.getOrDefault("invitationOnly", List.of()).contains("yes") ? "yes" : "");
        List<String> chosen = fields.getOrDefault("questionnaires", List.of());
        Map<String, String> opens = ConsultationDates.posted(fields, "opens");
        Map<String, String> closes = ConsultationDates.posted(fields, "closes");
        Optional<LocalDate> opensOn = ConsultationDates.parse(opens);
        Optional<LocalDate> closesOn = ConsultationDates.parse(closes);

        Map<String, String> problems = new LinkedHashMap<>();
        if (text.get("title").isEmpty()) {
            problems.put("title", "Enter a title");
        }
        if (!SLUG.matcher(text.get("slug")).matches() || text.get("slug").length() > 100) {
            problems.put("slug", "Enter a web address of lower-case letters, numbers and hyphens, like "
                    + "community-safety-survey-2027");
        } else if (consultations.slugTaken(text.get("slug"))) {
            problems.put("slug", "Another consultation has this web address: choose another");
        }
        if (text.get("summary").isEmpty()) {
            problems.put("summary", "Enter a summary");
        }
        List<Long> questionnaireIds = published().stream().map(o -> o.questionnaire().id())
                .filter(id -> chosen.contains(id.toString())).toList();
        if (questionnaireIds.isEmpty()) {
            problems.put("questionnaires", "Select the questionnaire the consultation runs");
        }
        if (opensOn.isEmpty()) {
            problems.put("opens", "Enter a real open date, for example 1 3 2027");
        }
        if (closesOn.isEmpty()) {
            problems.put("closes", "Enter a real close date, for example 31 3 2027");
        } else if (opensOn.isPresent() && closesOn.get().isBefore(opensOn.get())) {
            problems.put("closes", "The close date must be the same as or after the open date");
        }
        if (!problems.isEmpty()) {
            return HttpResponse.ok(page(request, text, chosen, opens, closes, problems));
        }
        Instant opensAt = opensOn.get().atStartOfDay(ConsultationDates.UK).toInstant();
        Instant closesAt = closesOn.get().plusDays(1).atStartOfDay(ConsultationDates.UK).toInstant();
        Consultation created = consultations.create(user.actor(), new Consultations.NewConsultation(text.get("slug"),
                text.get("title"), text.get("summary"), blankToNull(text.get("purpose")),
                blankToNull(text.get("howUsed")), opensAt, closesAt, questionnaireIds,
                !text.get("invitationOnly").isEmpty()));
        return HttpResponse.seeOther(URI.create(StaffRoutes.CONSULTATIONS))
                .cookie(flash.cookie(StaffFlash.Notice.of("Consultation created: " + created.title())));
    }

    private List<QuestionnaireOverview> published() {
        return designs.list().stream().filter(o -> o.latestPublished().isPresent()).toList();
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Map<String, String> text,
                                                   List<String> chosen, Map<String, String> opens,
                                                   Map<String, String> closes, Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ")
                + "Create a consultation");
        model.put("formAction", StaffRoutes.NEW_CONSULTATION);
        model.put("backUrl", StaffRoutes.CONSULTATIONS);
        model.put("title", FormFields.input("title", "Title", text.get("title"), problems.get("title")).map());
        model.put("slug", FormFields.input("slug", "Web address", text.get("slug"), problems.get("slug"))
                .with("hint", Map.of("text", "The end of its address: /consultations/ followed by this. It cannot "
                        + "be changed later."))
                .with("spellcheck", false).map());
        model.put("summary", textarea("summary", "Summary", "Shown on the home page.", text, problems, 2));
        model.put("purpose", textarea("purpose", "Purpose (optional)", "Why the partnership is asking.", text,
                problems, 4));
        model.put("howUsed", textarea("howUsed", "How the answers will be used (optional)", null, text, problems, 4));
        List<Map<String, Object>> items = published().stream().map(o -> Map.<String, Object>of(
                "value", o.questionnaire().id().toString(), "text", o.questionnaire().title(),
                "checked", chosen.contains(o.questionnaire().id().toString()))).toList();
        Map<String, Object> questionnaires = new LinkedHashMap<>();
        questionnaires.put("idPrefix", "questionnaires");
        questionnaires.put("name", "questionnaires");
        questionnaires.put("fieldset", Map.of("legend", Map.of("text", "Questionnaires it runs",
                "classes", "govuk-fieldset__legend--s")));
        questionnaires.put("hint", Map.of("text", "Only questionnaires with a published version are listed."));
        questionnaires.put("items", items);
        if (problems.containsKey("questionnaires")) {
            questionnaires.put("errorMessage", Map.of("text", problems.get("questionnaires")));
        }
        model.put("questionnaires", questionnaires);
        model.put("invitationOnly", "yes".equals(text.get("invitationOnly")));
        model.put("opens", ConsultationDates.input("opens", "Open date", "It opens at the start of this day (UK time)",
                opens, problems.get("opens")));
        model.put("closes", ConsultationDates.input("closes", "Close date",
                "It closes at the end of this day (UK time)", closes, problems.get("closes")));
        Map<String, String> links = new LinkedHashMap<>();
        problems.forEach((field, message) -> links.put(switch (field) {
            case "opens", "closes" -> field + "-day";
            case "questionnaires" -> "questionnaires";
            default -> field;
        }, message));
        FormFields.summary(links).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/consultations/new", model);
    }

    private static Map<String, Object> textarea(String name, String label, String hint, Map<String, String> text,
                                                Map<String, String> problems, int rows) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", name);
        params.put("name", name);
        params.put("rows", rows);
        params.put("label", Map.of("text", label, "classes", "govuk-label--s"));
        params.put("value", text.getOrDefault(name, ""));
        if (hint != null) {
            params.put("hint", Map.of("text", hint));
        }
        if (problems.containsKey(name)) {
            params.put("errorMessage", Map.of("text", problems.get(name)));
        }
        return params;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
