package uk.gov.safervoices.portal.meeting;

import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.meeting.Attendee;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.Registrations;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.portal.web.Paragraphs;
import uk.gov.safervoices.portal.web.Routes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model of a meeting's public page: details, who will attend, places, and afterwards what was discussed. */
@Singleton
class MeetingPage {
    private final Meetings meetings;
    private final Registrations registrations;
    private final ResponsibleAuthorities authorities;
    private final Consultations consultations;
    private final Clock clock;

    MeetingPage(Meetings meetings, Registrations registrations, ResponsibleAuthorities authorities,
                Consultations consultations, Clock clock) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.authorities = authorities;
        this.consultations = consultations;
        this.clock = clock;
    }

    Map<String, Object> model(Meeting meeting) {
        Instant now = clock.instant();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("meeting", meeting);
        model.put("dateAndTime", MeetingTexts.when(meeting));
        model.put("summary", Paragraphs.of(meeting.summary()));
        model.put("address", meeting.venueAddress() == null ? List.of() : meeting.venueAddress().lines()
                .map(String::trim).filter(l -> !l.isEmpty()).toList());
        model.put("accessibility", Paragraphs.of(meeting.accessibility()));
        model.put("agenda", Paragraphs.of(meeting.agenda()));
        model.put("cancelled", meeting.status() == Meeting.Status.CANCELLED);
        model.put("over", meeting.over(now));
        model.put("calendarUrl", Routes.meetingCalendar(meeting.slug()));
        model.put("cancelUrl", Routes.MEETING_CANCEL);
        model.put("listUrl", Routes.MEETINGS);
        List<Attendee> attendees = meetings.attendees(meeting.id());
        model.put("expected", attendees.stream().filter(Attendee::expected).map(MeetingPage::attendee).toList());
        if (meeting.registrationOpen(now)) {
            Registrations.Counts counts = registrations.counts(meeting.id());
            boolean full = meeting.capacity() != null && (counts.confirmed() >= meeting.capacity()
                    || counts.waiting() > 0);
            model.put("registration", Map.of("url", Routes.meeting(meeting.slug(), "register"), "full", full,
                    "places", meeting.capacity() == null ? "" : placesLeft(meeting.capacity() - counts.confirmed())));
        }
        if (meeting.feedbackConsultationId() != null && !now.isBefore(meeting.startsAt())) {
            consultations.byId(meeting.feedbackConsultationId())
                    .filter(c -> c.stateAt(now) == Consultation.State.OPEN)
                    .ifPresent(c -> model.put("feedbackUrl", Routes.consultation(c.slug())));
        }
        if (meeting.discussedPublished()) {
            model.put("discussed", discussed(meeting, attendees));
        }
        return model;
    }

    private Map<String, Object> discussed(Meeting meeting, List<Attendee> attendees) {
        Map<String, Object> discussed = new LinkedHashMap<>();
        discussed.put("attendance", meeting.attendance() == null ? null : meeting.attendance() == 1
                ? "1 resident came" : String.format("%,d residents came", meeting.attendance()));
        List<Map<String, Object>> byAuthority = new ArrayList<>();
        for (ResponsibleAuthorities.Authority authority : authorities.all()) {
            List<String> came = attendees.stream().filter(a -> a.authorityId() == authority.id() && a.came())
                    .map(a -> a.name() + ", " + a.role()).toList();
            // every current authority is listed, so that one nobody came from shows as such
            if (!came.isEmpty() || !authority.retired()) {
                byAuthority.add(Map.of("authority", authority.name(), "kind", authority.kindName(), "came", came));
            }
        }
        discussed.put("byAuthority", byAuthority);
        discussed.put("questions", meetings.questions(meeting.id()).stream().map(q -> Map.of("question",
                Paragraphs.of(q.question()), "answer", Paragraphs.of(q.answer()), "answeredBy",
                q.answeredBy() == null ? "" : q.answeredBy())).toList());
        discussed.put("minutes", Paragraphs.of(meeting.minutes()));
        return discussed;
    }

    private static Map<String, Object> attendee(Attendee a) {
        return Map.of("authority", a.authorityName(), "name", a.name(), "role", a.role());
    }

    private static String placesLeft(int left) {
        return left <= 0 ? "No places left" : left == 1 ? "1 place left" : String.format("%,d places left", left);
    }

    /** Where, in a few words: the venue, "Online", or both. */
    static String where(Meeting meeting) {
        if (meeting.inPerson() && meeting.online()) {
            return meeting.venueName() + " and online";
        }
        return meeting.inPerson() ? meeting.venueName() : "Online";
    }

    /** The calendar entry's description: the summary, the page, the online link and the agenda, in plain text. */
    String calendarDescription(Meeting meeting, String pageUrl) {
        StringBuilder text = new StringBuilder();
        if (meeting.status() == Meeting.Status.CANCELLED) {
            text.append("This meeting has been cancelled. ").append(meeting.cancelReason()).append("\n\n");
        }
        if (meeting.summary() != null) {
            text.append(meeting.summary()).append("\n\n");
        }
        if (meeting.online()) {
            text.append("Join online: ").append(meeting.onlineUrl()).append("\n");
        }
        text.append("Details, accessibility and registration: ").append(pageUrl);
        if (meeting.agenda() != null) {
            text.append("\n\nAgenda:\n").append(meeting.agenda());
        }
        return text.toString();
    }
}
