package uk.gov.safervoices.portal.staff.responses;

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
import uk.gov.safervoices.admin.response.AskedQuestion;
import uk.gov.safervoices.admin.response.Redactions;
import uk.gov.safervoices.admin.response.ResponseAsAsked;
import uk.gov.safervoices.admin.response.ResponseQueries;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStatuses;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffFlash.Notice;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One response: its answers as asked; mark it as a duplicate, spam or a test, restore it, redact free text. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class ResponseController {
    private final ResponseQueries queries;
    private final ResponseStatuses statuses;
    private final Redactions redactions;
    private final ResponsePage page;
    private final StaffForms forms;
    private final StaffFlash flash;

    ResponseController(ResponseQueries queries, ResponseStatuses statuses, Redactions redactions, ResponsePage page,
                       StaffForms forms, StaffFlash flash) {
        this.queries = queries;
        this.statuses = statuses;
        this.redactions = redactions;
        this.page = page;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.RESPONSE)
    HttpResponse<?> show(HttpRequest<?> request, long id) {
        return queries.asAsked(id).<HttpResponse<?>>map(asked -> HttpResponse.ok(
                page.render(request, asked, null, "", Map.of()))).orElseGet(HttpResponse::notFound);
    }

    @Post(StaffRoutes.RESPONSE_MARK)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> mark(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<ResponseAsAsked> asked = queries.asAsked(id);
        if (asked.isEmpty()) {
            return HttpResponse.notFound();
        }
        String status = Forms.first(fields, "markStatus");
        String reason = Optional.ofNullable(Forms.first(fields, "reason")).orElse("");
        Map<String, String> problems = new LinkedHashMap<>();
        ResponseRecord.Status chosen = List.of(ResponseRecord.Status.DUPLICATE, ResponseRecord.Status.SPAM,
                ResponseRecord.Status.TEST).stream().filter(s -> s.name().equals(status)).findFirst().orElse(null);
        if (chosen == null) {
            problems.put("markStatus", "Select whether the response is a duplicate, spam or a test");
        }
        if (reason.isBlank()) {
            problems.put("reason", "Enter the reason for marking the response");
        } else if (reason.strip().length() > ResponseStatuses.MAX_REASON_LENGTH) {
            problems.put("reason", "The reason must be " + ResponseStatuses.MAX_REASON_LENGTH
                    + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            return HttpResponse.ok(page.render(request, asked.get(), status, reason, problems));
        }
        statuses.mark(user.actor(), id, chosen, reason);
        return HttpResponse.seeOther(URI.create(StaffRoutes.response(id))).cookie(flash.cookie(Notice.of(
                "Response marked as " + ResponseViews.label(chosen).toLowerCase() + ". It is left out of analysis")));
    }

    @Post(StaffRoutes.RESPONSE_RESTORE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        forms.read(request, body);
        if (queries.summary(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        statuses.restore(user.actor(), id);
        return HttpResponse.seeOther(URI.create(StaffRoutes.response(id))).cookie(flash.cookie(Notice.of(
                "Response restored. It is included in analysis")));
    }

    @Post(StaffRoutes.RESPONSE_REDACT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> redact(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<ResponseAsAsked> asked = queries.asAsked(id);
        if (asked.isEmpty()) {
            return HttpResponse.notFound();
        }
        String questionId = Forms.first(fields, "question");
        Optional<AskedQuestion> question = asked.get().questions().stream()
                .filter(q -> q.questionId().equals(questionId) && q.hasFreeText()).findFirst();
        if (question.isEmpty()) {
            return HttpResponse.ok(page.render(request, asked.get(), null, "", Map.of("answers",
                    "There is no free text to redact in that answer")));
        }
        redactions.redact(user.actor(), id, questionId);
        return HttpResponse.seeOther(URI.create(StaffRoutes.response(id)))
                .cookie(flash.cookie(Notice.of("Answer to \u201c" + question.get().text() + "\u201d redacted")));
    }
}
