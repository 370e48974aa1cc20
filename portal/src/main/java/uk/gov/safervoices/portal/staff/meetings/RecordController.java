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
import uk.gov.safervoices.admin.meeting.Attendee;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.MeetingOutcomes;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.Question;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.portal.meeting.MeetingTexts;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recording a meeting once it has started: attendance, which senior attendees came (and anyone in another's
 * place), the questions and answers, and the minutes. Recording again corrects it, also once published.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class RecordController {
    static final int ALSO_ROWS = 3;

    private final Meetings meetings;
    private final MeetingOutcomes outcomes;
    private final ResponsibleAuthorities authorities;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;
    private final Clock clock;

    RecordController(Meetings meetings, MeetingOutcomes outcomes, ResponsibleAuthorities authorities,
                     StaffPages pages, StaffForms forms, StaffFlash flash, Clock clock) {
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.authorities = authorities;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
        this.clock = clock;
    }

    @Get(StaffRoutes.MEETING_RECORD)
    HttpResponse<?> form(HttpRequest<?> request, @PathVariable long id) {
        Optional<Meeting> meeting = meetings.find(id).filter(m -> m.status() != Meeting.Status.CANCELLED);
        if (meeting.isEmpty()) {
            return HttpResponse.notFound();
        }
        Meeting m = meeting.get();
        List<Attendee> attendees = meetings.attendees(id);
        Map<String, String> text = new LinkedHashMap<>();
        text.put("attendance", m.attendance() == null ? "" : m.attendance().toString());
        text.put("minutes", m.minutes() == null ? "" : m.minutes());
        text.put("revision", Integer.toString(m.revision()));
        List<String> came = attendees.stream().filter(a -> a.expected() && a.came()).map(a -> Long.toString(a.id()))
                .toList();
        List<String[]> also = new ArrayList<>(attendees.stream().filter(a -> !a.expected())
                .map(a -> new String[]{Long.toString(a.authorityId()), a.name(), a.role()}).toList());
        List<String[]> questions = new ArrayList<>(meetings.questions(id).stream()
                .map(q -> new String[]{q.question(), q.answer(), q.answeredBy() == null ? "" : q.answeredBy()})
                .toList());
        return HttpResponse.ok(page(request, m, attendees, text, came, pad(also, ALSO_ROWS), pad(questions,
                questions.size() + 3), Map.of()));
    }

    @Post(StaffRoutes.MEETING_RECORD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(HttpRequest<?> request, StaffUser user, @PathVariable long id, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<Meeting> meeting = meetings.find(id).filter(m -> m.status() != Meeting.Status.CANCELLED);
        if (meeting.isEmpty()) {
            return HttpResponse.notFound();
        }
        List<Attendee> attendees = meetings.attendees(id);
        Map<String, String> text = new LinkedHashMap<>();
        for (String name : List.of("attendance", "minutes", "revision")) {
            text.put(name, Optional.ofNullable(Forms.first(fields, name)).orElse("").trim());
        }
        List<String> came = fields.getOrDefault("came", List.of());
        List<String[]> also = new ArrayList<>();
        for (int row = 1; row <= Math.max(ALSO_ROWS, count(fields, "alsoName")); row++) {
            also.add(new String[]{value(fields, "alsoAuthority" + row), value(fields, "alsoName" + row),
                    value(fields, "alsoRole" + row)});
        }
        List<String[]> questions = new ArrayList<>();
        for (int row = 1; row <= Math.max(3, count(fields, "question")); row++) {
            questions.add(new String[]{value(fields, "question" + row), value(fields, "answer" + row),
                    value(fields, "answeredBy" + row)});
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (clock.instant().isBefore(meeting.get().startsAt())) {
            problems.put("attendance", "This meeting has not started yet: record it afterwards");
        } else if (!text.get("attendance").matches("\\d{1,6}")
                || Integer.parseInt(text.get("attendance")) > MeetingOutcomes.MAX_ATTENDANCE) {
            problems.put("attendance", "Enter how many residents came, as a whole number, for example 35");
        }
        Set<Long> authorityIds = authorities.current().stream().map(ResponsibleAuthorities.Authority::id)
                .collect(Collectors.toSet());
        for (int row = 1; row <= also.size(); row++) {
            String[] a = also.get(row - 1);
            if (a[0].isEmpty() && a[1].isEmpty() && a[2].isEmpty()) {
                continue;
            }
            if (!a[0].matches("\\d{1,18}") || !authorityIds.contains(Long.parseLong(a[0]))) {
                problems.put("alsoAuthority" + row, "Choose the organisation of the person in row " + row);
            }
            if (a[1].isEmpty() || a[1].length() > 200) {
                problems.put("alsoName" + row, "Enter the name of the person in row " + row + ", in up to 200 characters");
            }
            if (a[2].isEmpty() || a[2].length() > 200) {
                problems.put("alsoRole" + row, "Enter the role of the person in row " + row + ", in up to 200 characters");
            }
        }
        for (int row = 1; row <= questions.size(); row++) {
            String[] q = questions.get(row - 1);
            if (q[0].isEmpty() && !q[1].isEmpty()) {
                problems.put("question" + row, "Enter question " + row + " as it was asked");
            } else if (!q[0].isEmpty() && q[1].isEmpty()) {
                problems.put("answer" + row, "Enter the answer given to question " + row
                        + ", or \"No answer was given\"");
            }
            if (q[2].length() > 200) {
                problems.put("answeredBy" + row, "Who answered question " + row + " must be 200 characters or fewer");
            }
        }
        if (problems.isEmpty()) {
            Map<Long, Boolean> cameById = new LinkedHashMap<>();
            attendees.stream().filter(Attendee::expected).forEach(a -> cameById.put(a.id(),
                    came.contains(Long.toString(a.id()))));
            try {
                outcomes.record(user.actor(), id, ActionsRevision.of(text.get("revision")),
                        new MeetingOutcomes.Outcome(Integer.parseInt(text.get("attendance")), cameById,
                                also.stream().filter(a -> !a[1].isEmpty()).map(a -> new MeetingOutcomes.AlsoAttended(
                                        Long.parseLong(a[0]), a[1], a[2])).toList(),
                                questions.stream().filter(q -> !q[0].isEmpty()).map(q -> new Question(q[0], q[1],
                                        q[2])).toList(), text.get("minutes")));
                return HttpResponse.seeOther(URI.create(StaffRoutes.meeting(id))).cookie(flash.cookie(
                        StaffFlash.Notice.of("Meeting recorded")));
            } catch (Meetings.StaleException e) {
                problems.put("attendance", "Someone changed this meeting meanwhile: open it again to see their changes");
            } catch (Meetings.NotAllowedException e) {
                problems.put("attendance", e.getMessage());
            }
        }
        return HttpResponse.ok(page(request, meeting.get(), attendees, text, came, also, questions, problems));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Meeting meeting, List<Attendee> attendees,
                                                   Map<String, String> text, List<String> came, List<String[]> also,
                                                   List<String[]> questions, Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + "Record "
                + meeting.title());
        model.put("meeting", meeting);
        model.put("dateAndTime", MeetingTexts.when(meeting));
        model.put("formAction", StaffRoutes.meeting(meeting.id(), "record"));
        model.put("backUrl", StaffRoutes.meeting(meeting.id()));
        model.put("revision", text.get("revision"));
        model.put("attendance", Fields.input("attendance", "How many residents came", null, text.get("attendance"),
                problems, "govuk-input--width-5"));
        List<Attendee> expected = attendees.stream().filter(Attendee::expected).toList();
        if (!expected.isEmpty()) {
            model.put("came", Map.of("idPrefix", "came", "name", "came", "fieldset", Map.of("legend", Map.of("text",
                    "Which of the senior people expected came", "classes", "govuk-fieldset__legend--s")),
                    "hint", Map.of("text", "Tick everyone who attended"),
                    "items", expected.stream().map(a -> Map.of("value", Long.toString(a.id()), "text", a.name() + ", "
                            + a.role() + " (" + a.authorityName() + ")", "checked",
                            came.contains(Long.toString(a.id())))).toList()));
        }
        List<ResponsibleAuthorities.Authority> current = authorities.current();
        List<Map<String, Object>> alsoRows = new ArrayList<>();
        for (int row = 1; row <= also.size(); row++) {
            String[] a = also.get(row - 1);
            List<Map<String, Object>> items = new ArrayList<>();
            items.add(Fields.option("", "Choose an organisation", a[0].isEmpty()));
            current.forEach(authority -> items.add(Fields.option(Long.toString(authority.id()), authority.name(),
                    Long.toString(authority.id()).equals(a[0]))));
            alsoRows.add(Map.of("legend", "Also attended, row " + row,
                    "authority", Fields.select("alsoAuthority" + row, "Organisation", items, problems),
                    "name", Fields.input("alsoName" + row, "Name", null, a[1], problems, null),
                    "role", Fields.input("alsoRole" + row, "Role", null, a[2], problems, null)));
        }
        model.put("also", alsoRows);
        List<Map<String, Object>> questionRows = new ArrayList<>();
        for (int row = 1; row <= questions.size(); row++) {
            String[] q = questions.get(row - 1);
            questionRows.add(Map.of("legend", "Question " + row,
                    "question", Fields.textarea("question" + row, "Question", null, q[0], problems, 2),
                    "answer", Fields.textarea("answer" + row, "Answer given", null, q[1], problems, 3),
                    "answeredBy", Fields.input("answeredBy" + row, "Answered by (optional)",
                            "For example: Borough Commander, police", q[2], problems, null)));
        }
        model.put("questions", questionRows);
        model.put("minutes", Fields.textarea("minutes", "Minutes", "What was discussed, as it will be published."
                + " Do not name residents", text.get("minutes"), problems, 10));
        model.put("errorSummary", Fields.summary(problems));
        return new ModelAndView<>("staff/meetings/record", model);
    }

    private static List<String[]> pad(List<String[]> rows, int size) {
        while (rows.size() < size) {
            rows.add(new String[]{"", "", ""});
        }
        return rows;
    }

    private static String value(Map<String, List<String>> fields, String name) {
        return Optional.ofNullable(Forms.first(fields, name)).orElse("").trim();
    }

    private static int count(Map<String, List<String>> fields, String prefix) {
        int rows = 0;
        while (fields.containsKey(prefix + (rows + 1)) && rows < 100) {
            rows++;
        }
        return rows;
    }

    /** The revision a form was made from (-1 when missing, which the service refuses as stale). */
    static final class ActionsRevision {
        private ActionsRevision() {
        }

        static int of(String value) {
            return value.matches("\\d{1,9}") ? Integer.parseInt(value) : -1;
        }
    }
}
