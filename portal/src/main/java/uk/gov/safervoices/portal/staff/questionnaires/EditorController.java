package uk.gov.safervoices.portal.staff.questionnaires;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.questionnaire.DraftConflictException;
import uk.gov.safervoices.admin.questionnaire.EditOutcome;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireOverview;
import uk.gov.safervoices.admin.questionnaire.VersionSummary;
import uk.gov.safervoices.definitions.design.Design;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form editor (no JavaScript): change a questionnaire's details, sections and questions through the engine's
 * edit API. Editing a draft changes it; editing the latest published version makes a new draft (the published one
 * never changes). A change the validator refuses saves nothing and is shown again with the reason; a change it
 * accepts is saved even if the draft still has errors, which are shown next to their question or section.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class EditorController {
    private final QuestionnaireDesigns designs;
    private final EditorPage page;
    private final StaffForms forms;
    private final StaffFlash flash;
    private final DefinitionLibrary library;

    EditorController(QuestionnaireDesigns designs, EditorPage page, StaffForms forms, StaffFlash flash,
                     DefinitionLibrary library) {
        this.designs = designs;
        this.library = library;
        this.page = page;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.VERSION_EDIT)
    HttpResponse<?> show(HttpRequest<?> request, long id) {
        Optional<QuestionnaireOverview> owner = QuestionnaireViews.owner(designs, id);
        if (owner.isEmpty()) {
            return HttpResponse.notFound();
        }
        Optional<HttpResponse<?>> elsewhere = latestElsewhere(owner.get(), id);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        return HttpResponse.ok(page.render(request, owner.get(), summary(owner.get(), id), designs.open(id),
                List.of(), null, null));
    }

    @Post(StaffRoutes.VERSION_EDIT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<QuestionnaireOverview> owner = QuestionnaireViews.owner(designs, id);
        if (owner.isEmpty()) {
            return HttpResponse.notFound();
        }
        VersionSummary version = summary(owner.get(), id);
        Design design = designs.open(id);
        if (!design.readable()) {
            return HttpResponse.ok(page.render(request, owner.get(), version, design, List.of(), null,
                    "This version cannot be read as a questionnaire. Correct it as a file first"));
        }
        Optional<EditorForms.Edit> edit = EditorForms.edit(design.definition(), design.sections(), fields,
                library);
        if (edit.isEmpty()) {
            return HttpResponse.ok(page.render(request, owner.get(), version, design, List.of(), null,
                    "Choose a change to make"));
        }
        String expectedSha = EditorForms.value(fields, "expectedSha");
        EditOutcome outcome;
        try {
            outcome = designs.edit(user.actor(), id, expectedSha.isBlank() ? null : expectedSha,
                    edit.get().operation());
        } catch (DraftConflictException e) {
            return HttpResponse.ok(page.render(request, owner.get(), version, design, List.of(), null,
                    "Someone else changed this questionnaire (version " + e.latest().versionNumber()
                            + ") after you opened it, so your change was not saved. Open the latest version and "
                            + "make it again"));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return HttpResponse.ok(page.render(request, owner.get(), version, design, List.of(), fields,
                    e.getMessage()));
        }
        if (!outcome.accepted()) {
            return HttpResponse.ok(page.render(request, owner.get(), version, design, outcome.refusedBecause(),
                    fields, null));
        }
        long savedId = outcome.saved().version().id();
        int problems = outcome.saved().errors().size();
        String message = edit.get().message() + (savedId == id ? "" : " as new draft version "
                + outcome.saved().version().versionNumber()) + (problems == 0 ? ""
                : ". The draft has " + problems + (problems == 1 ? " problem" : " problems")
                + " to correct before it can be published");
        return HttpResponse.seeOther(URI.create(StaffRoutes.version(savedId, "edit") + "#" + edit.get().anchor()))
                .cookie(flash.cookie(StaffFlash.Notice.of(message)));
    }

    /** A version that is not the latest cannot be edited: go to the latest one's editor. */
    private static Optional<HttpResponse<?>> latestElsewhere(QuestionnaireOverview overview, long id) {
        VersionSummary latest = QuestionnaireViews.latest(overview).orElseThrow();
        return latest.id() == id ? Optional.empty()
                : Optional.of(HttpResponse.seeOther(URI.create(StaffRoutes.version(latest.id(), "edit"))));
    }

    private static VersionSummary summary(QuestionnaireOverview overview, long id) {
        return QuestionnaireViews.summary(overview, id).orElseThrow();
    }
}
