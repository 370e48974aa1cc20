package uk.gov.safervoices.portal.consultation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.plan.PlanSummaries;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireRecord;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Paragraphs;
import uk.gov.safervoices.portal.web.Routes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A consultation's page: its purpose, how the answers are used, the privacy notice and a start button; or, when
 * it is not open, a page that says so and when it opens or closed.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
class ConsultationController {
    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final Pages pages;
    private final Clock clock;
    private final PlanSummaries planSummaries;

    ConsultationController(Consultations consultations, Questionnaires questionnaires, Pages pages, Clock clock,
                           PlanSummaries planSummaries) {
        this.planSummaries = planSummaries;
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.pages = pages;
        this.clock = clock;
    }

    @Get(Routes.CONSULTATION)
    HttpResponse<?> show(String slug) {
        Consultation consultation = consultations.bySlug(slug).orElse(null);
        if (consultation == null) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = pages.model(consultation.title());
        model.put("consultation", consultation);
        model.put("purpose", paragraphs(consultation.purpose()));
        model.put("howUsed", paragraphs(consultation.howUsed()));
        model.put("opensOn", Pages.date(consultation.opensAt()));
        model.put("closesOn", Pages.date(consultation.closesAt()));
        Consultation.State state = consultation.stateAt(clock.instant());
        model.put("open", state == Consultation.State.OPEN);
        model.put("notYetOpen", state == Consultation.State.NOT_YET_OPEN);
        model.put("closed", state == Consultation.State.CLOSED);
        if (state == Consultation.State.CLOSED) {
            planSummaries.yearUsing(consultation.id()).ifPresent(year -> model.put("youSaidWeDidUrl",
                    Routes.youSaidWeDid(slug)));
        }
        model.put("invitationOnly", consultation.invitationOnly());
        List<Map<String, Object>> questionnaireLinks = new ArrayList<>();
        for (Long id : consultations.questionnaireIds(consultation)) {
            QuestionnaireRecord record = questionnaires.findById(id).orElseThrow();
            questionnaires.latestPublished(id).ifPresent(version -> {
                Questionnaire definition = questionnaires.definition(version);
                questionnaireLinks.add(Map.of(
                        "title", definition.title(),
                        "intro", paragraphs(definition.intro()),
                        "privacyNotice", paragraphs(definition.privacyNotice()),
                        "startUrl", consultation.invitationOnly() ? Routes.invitation(slug, record.questionnaireKey())
                                : Routes.section(slug, record.questionnaireKey(), definition.sections().get(0).id())));
            });
        }
        model.put("questionnaires", questionnaireLinks);
        model.put("resumeUrl", Routes.resume(slug));
        return HttpResponse.ok(new ModelAndView<>("consultation", model));
    }

    private static List<String> paragraphs(String text) {
        return Paragraphs.of(text);
    }
}
