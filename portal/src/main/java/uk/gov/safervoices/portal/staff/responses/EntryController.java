package uk.gov.safervoices.portal.staff.responses;

import com.github.jknack.handlebars.Handlebars;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.StaffEntry;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.definitions.answers.AnswerError;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffFlash.Notice;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.survey.QuestionBlocks;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keying in a paper or meeting response: choose the consultation, version and channel; then one page with every
 * question of every section (equality questions too, which {@link StaffEntry} stores apart, ADR 0009), rendered as
 * residents see them and checked by the same engine. The form carries a random entry key, so posting it twice
 * stores one response.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class EntryController {
    private static final List<String> OWN_FIELDS = List.of("consultation", "version", "channel", "entryKey");

    private final ResponseChoices choices;
    private final Questionnaires questionnaires;
    private final StaffEntry entry;
    private final QuestionBlocks blocks;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    EntryController(ResponseChoices choices, Questionnaires questionnaires, StaffEntry entry, QuestionBlocks blocks,
                    StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.choices = choices;
        this.questionnaires = questionnaires;
        this.entry = entry;
        this.blocks = blocks;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.RESPONSES_ENTER)
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request, @Nullable @QueryValue String consultation,
                                           @Nullable @QueryValue String version,
                                           @Nullable @QueryValue String channel) {
        Long consultationId = ResponseChoices.number(consultation);
        Long versionId = ResponseChoices.number(version);
        Channel chosenChannel = channel(channel);
        boolean asked = consultation != null || version != null || channel != null;
        Optional<ResponseChoices.Chosen> chosen = choices.chosen(consultationId, versionId);
        if (chosen.isEmpty() || chosenChannel == null) {
            Map<String, String> problems = new LinkedHashMap<>();
            if (asked) {
                if (choices.consultation(consultationId).isEmpty()) {
                    problems.put("consultation", "Select the consultation");
                }
                if (chosen.isEmpty()) {
                    problems.put("version", "Select a version of a questionnaire this consultation runs");
                }
                if (chosenChannel == null) {
                    problems.put("channel", "Select whether the response came on paper or at a meeting");
                }
            }
            return choosePage(request, consultationId, versionId, channel, problems);
        }
        return answersPage(request, chosen.get(), chosenChannel, UUID.randomUUID().toString(), Map.of(), List.of());
    }

    @Post(StaffRoutes.RESPONSES_ENTER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enter(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>(forms.read(request, body));
        Long consultationId = ResponseChoices.number(Forms.first(fields, "consultation"));
        Long versionId = ResponseChoices.number(Forms.first(fields, "version"));
        Channel channel = channel(Forms.first(fields, "channel"));
        String entryKey = Forms.first(fields, "entryKey");
        OWN_FIELDS.forEach(fields::remove);
        Optional<ResponseChoices.Chosen> chosen = choices.chosen(consultationId, versionId);
        if (chosen.isEmpty() || channel == null || entryKey == null || entryKey.isBlank()) {
            return HttpResponse.ok(choosePage(request, consultationId, versionId, null, Map.of("consultation",
                    "Choose the consultation, questionnaire version and channel, then enter the answers")));
        }
        SubmissionOutcome outcome = entry.enter(user.actor(), chosen.get().consultation(), chosen.get().version(),
                channel, entryKey, fields);
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return HttpResponse.seeOther(URI.create(StaffRoutes.RESPONSES_ENTER + "?consultation=" + consultationId
                    + "&version=" + versionId + "&channel=" + channel.name())).cookie(flash.cookie(Notice.of(
                    "Response entered. Its reference is " + accepted.reference())));
        }
        List<AnswerError> errors = outcome instanceof SubmissionOutcome.Invalid invalid ? invalid.check().errors()
                : List.of(new AnswerError("", "entry", "The response could not be stored: " + outcome));
        return HttpResponse.ok(answersPage(request, chosen.get(), channel, entryKey, fields, errors));
    }

    private static Channel channel(String value) {
        return Channel.PAPER.name().equals(value) ? Channel.PAPER
                : Channel.MEETING.name().equals(value) ? Channel.MEETING : null;
    }

    private ModelAndView<Map<String, Object>> choosePage(HttpRequest<?> request, Long consultationId, Long versionId,
                                                         String channel, Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ")
                + "Enter a paper or meeting response");
        model.put("responsesUrl", StaffRoutes.RESPONSES);
        model.put("formAction", StaffRoutes.RESPONSES_ENTER);
        model.put("consultationSelect", ResponseChoices.select("consultation", "Consultation",
                choices.consultationItems(consultationId, "Select a consultation"), problems.get("consultation")));
        model.put("versionSelect", ResponseChoices.select("version", "Questionnaire version",
                choices.versionItems(versionId, "Select a version"), problems.get("version")));
        List<Map<String, Object>> items = List.of(
                Map.of("value", Channel.PAPER.name(), "text", "Paper form", "checked",
                        Channel.PAPER.name().equals(channel)),
                Map.of("value", Channel.MEETING.name(), "text", "At a public meeting", "checked",
                        Channel.MEETING.name().equals(channel)));
        Map<String, Object> radios = new HashMap<>();
        radios.put("name", "channel");
        radios.put("fieldset", Map.of("legend", Map.of("text", "How the response came", "classes",
                "govuk-fieldset__legend--s")));
        radios.put("items", items);
        if (problems.get("channel") != null) {
            radios.put("errorMessage", Map.of("text", problems.get("channel")));
        }
        model.put("channelRadios", radios);
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/responses/enter-choose", model);
    }

    private ModelAndView<Map<String, Object>> answersPage(HttpRequest<?> request, ResponseChoices.Chosen chosen,
                                                          Channel channel, String entryKey,
                                                          Map<String, List<String>> values,
                                                          List<AnswerError> errors) {
        Questionnaire definition = questionnaires.definition(chosen.version());
        Map<String, Object> model = pages.model(request, (errors.isEmpty() ? "" : "Error: ") + "Enter a "
                + ResponseViews.label(channel).toLowerCase() + " response - " + definition.title());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section section : definition.sections()) {
            List<Handlebars.SafeString> html = new ArrayList<>();
            for (Question question : section.questions()) {
                html.add(blocks.html(definition, question, values, errors));
            }
            sections.add(Map.of("title", section.title(), "blocks", html, "equality", section.equality()));
        }
        model.put("sections", sections);
        model.put("questionnaireTitle", definition.title());
        model.put("consultationTitle", chosen.consultation().title());
        model.put("channelLabel", ResponseViews.label(channel));
        model.put("formAction", StaffRoutes.RESPONSES_ENTER);
        model.put("chooseUrl", StaffRoutes.RESPONSES_ENTER);
        model.put("consultationId", chosen.consultation().id());
        model.put("versionId", chosen.version().id());
        model.put("channel", channel.name());
        model.put("entryKey", entryKey);
        if (!errors.isEmpty()) {
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList", errors.stream()
                    .map(e -> Map.of("text", e.message(), "href", "#" + QuestionBlocks.fieldId(e.fieldKey())))
                    .toList()));
        }
        return new ModelAndView<>("staff/responses/enter", model);
    }
}
