package uk.gov.safervoices.portal.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;
import uk.gov.safervoices.admin.integrity.SubmissionRates;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.Registrations;
import uk.gov.safervoices.admin.retention.RetentionConfiguration;
import uk.gov.safervoices.portal.web.Forms;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registering for a meeting without an account: a name or initials, optional accessibility needs and an optional
 * question for the panel. A place while there are places, else the waiting list; then a page with the reference
 * to cancel with, which also shows where a waiting registration stands. Registrations per client address are
 * limited per hour (held in memory as a salted hash, as for survey submissions): beyond it the form is refused
 * with a page saying how else to register, so that nobody can fill a meeting's places from one machine.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
class RegistrationController {
    private static final String RATE_KEY = "meeting-registration|";

    private final Meetings meetings;
    private final Registrations registrations;
    private final Pages pages;
    private final Forms forms;
    private final SubmissionRates rates;
    private final MeetingConfiguration configuration;
    private final RetentionConfiguration retention;
    private final Clock clock;

    RegistrationController(Meetings meetings, Registrations registrations, Pages pages, Forms forms,
                           SubmissionRates rates, MeetingConfiguration configuration,
                           RetentionConfiguration retention, Clock clock) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.pages = pages;
        this.forms = forms;
        this.rates = rates;
        this.configuration = configuration;
        this.retention = retention;
        this.clock = clock;
    }

    @Get(Routes.MEETING_REGISTER)
    HttpResponse<?> form(HttpRequest<?> request, String slug) {
        return open(slug).<HttpResponse<?>>map(m -> HttpResponse.ok(page(request, m, Map.of("name", "", "needs", "",
                "question", ""), Map.of()))).orElseGet(() -> closed(slug));
    }

    @Post(Routes.MEETING_REGISTER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(HttpRequest<?> request, String slug, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<Meeting> meeting = open(slug);
        if (meeting.isEmpty()) {
            return closed(slug);
        }
        Map<String, String> entered = new LinkedHashMap<>();
        for (String name : List.of("name", "needs", "question")) {
            entered.put(name, Optional.ofNullable(Forms.first(fields, name)).orElse(""));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String name = entered.get("name").trim();
        if (name.isEmpty()) {
            problems.put("name", "Enter your name or initials");
        } else if (name.length() > Registrations.MAX_NAME) {
            problems.put("name", "Your name or initials must be " + Registrations.MAX_NAME + " characters or fewer");
        }
        if (entered.get("needs").length() > Registrations.MAX_TEXT) {
            problems.put("needs", "Your access needs must be " + Registrations.MAX_TEXT + " characters or fewer");
        }
        if (entered.get("question").length() > Registrations.MAX_TEXT) {
            problems.put("question", "Your question must be " + Registrations.MAX_TEXT + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            return HttpResponse.ok(page(request, meeting.get(), entered, problems));
        }
        String address = request.getRemoteAddress().getAddress().getHostAddress();
        if (rates.countSubmission(RATE_KEY + address) > configuration.getRegistrationsPerHourPerAddress()) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(new ModelAndView<>("meetings/too-many",
                    pages.model("Too many registrations from this connection")));
        }
        try {
            Registrations.Registered registered = registrations.register(meeting.get().id(),
                    new Registrations.NewRegistration(name, entered.get("needs"), entered.get("question")));
            return HttpResponse.seeOther(URI.create(Routes.meeting(slug, "registration/" + registered.reference())));
        } catch (Registrations.ClosedException e) {
            return closed(slug);
        }
    }

    @Get(Routes.MEETING_REGISTRATION)
    HttpResponse<?> registration(String slug, String reference) {
        Optional<Meeting> meeting = meetings.bySlug(slug).filter(Meeting::publiclyVisible);
        Optional<Registrations.Registration> registration = registrations.byReference(reference)
                .filter(r -> meeting.isPresent() && r.meetingId() == meeting.get().id());
        if (registration.isEmpty()) {
            return HttpResponse.notFound();
        }
        Meeting m = meeting.get();
        Registrations.Registration r = registration.get();
        Map<String, Object> model = pages.model(switch (r.status()) {
            case CONFIRMED -> "You have a place";
            case WAITING -> "You are on the waiting list";
            case CANCELLED -> "This place was cancelled";
        });
        model.put("meeting", m);
        model.put("dateAndTime", MeetingTexts.when(m));
        model.put("where", MeetingPage.where(m));
        model.put("reference", r.reference());
        model.put("status", r.status().name());
        model.put("confirmed", r.status() == Registrations.Status.CONFIRMED);
        model.put("waiting", r.status() == Registrations.Status.WAITING);
        model.put("position", r.status() == Registrations.Status.WAITING ? registrations.position(m.id(), r.reference())
                : 0);
        model.put("meetingCancelled", m.status() == Meeting.Status.CANCELLED);
        model.put("canCancel", r.status() != Registrations.Status.CANCELLED && clock.instant().isBefore(m.startsAt()));
        model.put("meetingUrl", Routes.meeting(m.slug()));
        model.put("calendarUrl", Routes.meetingCalendar(m.slug()));
        model.put("cancelUrl", Routes.MEETING_CANCEL);
        return HttpResponse.ok(new ModelAndView<>("meetings/registration", model));
    }

    private Optional<Meeting> open(String slug) {
        return meetings.bySlug(slug).filter(m -> m.registrationOpen(clock.instant()));
    }

    /** A meeting that is not (or no longer) taking registrations: back to its page, which says why. */
    private HttpResponse<?> closed(String slug) {
        return meetings.bySlug(slug).filter(Meeting::publiclyVisible)
                .<HttpResponse<?>>map(m -> HttpResponse.seeOther(URI.create(Routes.meeting(slug))))
                .orElseGet(HttpResponse::notFound);
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Meeting meeting,
                                                   Map<String, String> entered, Map<String, String> problems) {
        Registrations.Counts counts = registrations.counts(meeting.id());
        boolean full = meeting.capacity() != null && (counts.confirmed() >= meeting.capacity() || counts.waiting() > 0);
        String heading = full ? "Join the waiting list" : "Register for this meeting";
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + heading + " - "
                + meeting.title());
        model.put("heading", heading);
        model.put("full", full);
        model.put("meeting", meeting);
        model.put("dateAndTime", MeetingTexts.when(meeting));
        model.put("where", MeetingPage.where(meeting));
        model.put("formAction", Routes.meeting(meeting.slug(), "register"));
        model.put("backUrl", Routes.meeting(meeting.slug()));
        model.put("retentionDays", retention.getMeetingRegistrationDays());
        model.put("name", field("name", "Your name or initials", "We use it only to check who has a place at the"
                + " door. Initials are enough.", entered.get("name"), problems.get("name"), false));
        model.put("needs", field("needs", "Access needs (optional)", "For example, a wheelchair space, a hearing"
                + " loop, a British Sign Language interpreter or large print papers.", entered.get("needs"),
                problems.get("needs"), true));
        model.put("question", field("question", "A question for the panel (optional)", "The panel may answer it"
                + " at the meeting. We will not say who asked it.", entered.get("question"), problems.get("question"),
                true));
        if (!problems.isEmpty()) {
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList", problems.entrySet()
                    .stream().map(p -> Map.of("text", p.getValue(), "href", "#" + p.getKey())).toList()));
        }
        return new ModelAndView<>("meetings/register", model);
    }

    private static Map<String, Object> field(String name, String label, String hint, String value, String error,
                                             boolean textarea) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("id", name);
        field.put("name", name);
        field.put("label", Map.of("text", label, "classes", "govuk-label--s"));
        field.put("hint", Map.of("text", hint));
        field.put("value", value);
        if (textarea) {
            field.put("rows", 3);
        } else {
            field.put("autocomplete", "name");
            field.put("spellcheck", false);
            field.put("classes", "govuk-!-width-two-thirds");
        }
        if (error != null) {
            field.put("errorMessage", Map.of("text", error));
        }
        return field;
    }
}
