package uk.gov.safervoices.portal.staff.questionnaires;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.questionnaire.DraftSaved;
import uk.gov.safervoices.admin.questionnaire.InvalidDefinitionException;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireOverview;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireTransfers;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.VersionSummary;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What is done to a version from the questionnaire's page: publish a draft (refused, with the validator's errors,
 * when it has any), discard a draft, start a new draft from a published version.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class VersionActionsController {
    private final QuestionnaireDesigns designs;
    private final QuestionnaireTransfers transfers;
    private final OverviewPage overviewPage;
    private final StaffForms forms;
    private final StaffFlash flash;

    VersionActionsController(QuestionnaireDesigns designs, QuestionnaireTransfers transfers,
                             OverviewPage overviewPage, StaffForms forms, StaffFlash flash) {
        this.designs = designs;
        this.transfers = transfers;
        this.overviewPage = overviewPage;
        this.forms = forms;
        this.flash = flash;
    }

    @Post(StaffRoutes.VERSION_PUBLISH)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        forms.read(request, body);
        Optional<QuestionnaireOverview> owner = QuestionnaireViews.owner(designs, id);
        if (owner.isEmpty()) {
            return HttpResponse.notFound();
        }
        int number = QuestionnaireViews.summary(owner.get(), id).map(VersionSummary::versionNumber).orElse(0);
        try {
            QuestionnaireVersion published = designs.publish(user.actor(), id);
            return done(published.questionnaireId(), "Version " + published.versionNumber()
                    + " published. Residents answer it from now on");
        } catch (InvalidDefinitionException e) {
            return refused(request, owner.get(), "Version " + number
                    + " cannot be published until these problems are corrected", e.errors().stream().toList());
        } catch (IllegalStateException e) {
            return refused(request, owner.get(), e.getMessage(), List.of());
        }
    }

    @Post(StaffRoutes.VERSION_DISCARD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> discard(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        forms.read(request, body);
        Optional<QuestionnaireOverview> owner = QuestionnaireViews.owner(designs, id);
        if (owner.isEmpty()) {
            return HttpResponse.notFound();
        }
        int number = QuestionnaireViews.summary(owner.get(), id).map(VersionSummary::versionNumber).orElse(0);
        try {
            designs.discardDraft(user.actor(), id);
        } catch (IllegalStateException e) {
            return refused(request, owner.get(), e.getMessage(), List.of());
        }
        return done(owner.get().questionnaire().id(), "Draft version " + number + " discarded");
    }

    @Post(StaffRoutes.VERSION_COPY_AS_DRAFT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> copyAsDraft(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        forms.read(request, body);
        Optional<QuestionnaireOverview> owner = QuestionnaireViews.owner(designs, id);
        if (owner.isEmpty()) {
            return HttpResponse.notFound();
        }
        int number = QuestionnaireViews.summary(owner.get(), id).map(VersionSummary::versionNumber).orElse(0);
        DraftSaved saved;
        try {
            saved = transfers.copyAsDraft(user.actor(), id);
        } catch (IllegalStateException e) {
            return refused(request, owner.get(), e.getMessage(), List.of());
        }
        return done(owner.get().questionnaire().id(), "Draft version " + saved.version().versionNumber()
                + " started from version " + number);
    }

    private HttpResponse<?> done(long questionnaireId, String message) {
        return HttpResponse.seeOther(URI.create(StaffRoutes.questionnaire(questionnaireId)))
                .cookie(flash.cookie(StaffFlash.Notice.of(message)));
    }

    private HttpResponse<?> refused(HttpRequest<?> request, QuestionnaireOverview overview, String problem,
                                    List<uk.gov.safervoices.definitions.load.ValidationError> errors) {
        QuestionnaireOverview now = designs.overview(overview.questionnaire().id()).orElse(overview);
        return HttpResponse.ok(overviewPage.render(request, now, problem, errors));
    }
}
