package uk.gov.safervoices.portal.staff.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Retiring a responsible authority that is no longer one of the partnership's (merged, say): a page saying what
 * that does, then the POST. Retiring is what {@link ResponsibleAuthorities#retire} does: meetings that name it keep
 * it, new and changed meetings cannot name it, and the engagement record stops looking for someone from it. There
 * is no way back from these pages. The same people as rename authorities may retire them; audited by the service.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class RetireAuthorityController {
    private final ResponsibleAuthorities authorities;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    RetireAuthorityController(ResponsibleAuthorities authorities, StaffPages pages, StaffForms forms,
                              StaffFlash flash) {
        this.authorities = authorities;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.MEETING_AUTHORITY_RETIRE)
    HttpResponse<?> confirm(HttpRequest<?> request, @PathVariable long id) {
        Optional<ResponsibleAuthorities.Authority> authority = authorities.find(id);
        if (authority.isEmpty()) {
            return HttpResponse.notFound();
        }
        if (authority.get().retired()) {
            return backToAuthorities(authority.get().name() + " is retired already");
        }
        ResponsibleAuthorities.Authority a = authority.get();
        Map<String, Object> model = pages.model(request, "Retire " + a.name());
        model.put("authority", a);
        model.put("formAction", StaffRoutes.authorityRetire(a.id()));
        model.put("backUrl", StaffRoutes.MEETING_AUTHORITIES);
        return HttpResponse.ok(new ModelAndView<>("staff/meetings/retire-authority", model));
    }

    @Post(StaffRoutes.MEETING_AUTHORITY_RETIRE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retire(HttpRequest<?> request, StaffUser user, @PathVariable long id,
                           @Nullable @Body String body) {
        forms.read(request, body);
        Optional<ResponsibleAuthorities.Authority> authority = authorities.find(id);
        if (authority.isEmpty()) {
            return HttpResponse.notFound();
        }
        String name = authority.get().name();
        return authorities.retire(user.actor(), id)
                ? backToAuthorities(name + " is retired: new meetings cannot name it, and the engagement record no"
                        + " longer looks for someone from it")
                : backToAuthorities(name + " is retired already");
    }

    private HttpResponse<?> backToAuthorities(String notice) {
        return HttpResponse.seeOther(URI.create(StaffRoutes.MEETING_AUTHORITIES))
                .cookie(flash.cookie(StaffFlash.Notice.of(notice)));
    }
}
