package uk.gov.safervoices.admin.consultation;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.time.Instant;
import java.util.NoSuchElementException;

/**
 * Schedules a consultation: when it opens and closes. It must close after it opens. Once residents have responded,
 * the dates must still cover every response received, and the change needs a reason, which the audit log keeps with
 * the number of responses (every change of dates is audited). Residents' unfinished answers expire at the new close.
 */
@Singleton
public class ConsultationSchedule {
    static final String SUBJECT = "consultation";

    private final ConsultationRepository consultations;
    private final ScheduleRepository schedule;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ConsultationChanged> events;

    ConsultationSchedule(ConsultationRepository consultations, ScheduleRepository schedule, AuditLog audit,
                         ApplicationEventPublisher<ConsultationChanged> events) {
        this.consultations = consultations;
        this.schedule = schedule;
        this.audit = audit;
        this.events = events;
    }

    /**
     * @param reason why the dates change; required once the consultation has responses
     * @throws ScheduleException when the dates cannot be used; nothing changes
     */
    @Transactional
    public Consultation reschedule(String actor, long consultationId, Instant opensAt, Instant closesAt,
                                   String reason) {
        Consultation consultation = consultations.findById(consultationId)
                .orElseThrow(() -> new NoSuchElementException("No consultation " + consultationId));
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new ScheduleException("The close date must be after the open date.");
        }
        if (opensAt.equals(consultation.opensAt()) && closesAt.equals(consultation.closesAt())) {
            return consultation;
        }
        ResponseDates responses = schedule.responseDates(consultationId);
        boolean hasResponses = responses.responses() > 0;
        if (hasResponses) {
            if (opensAt.isAfter(responses.firstAt()) || !closesAt.isAfter(responses.lastAt())) {
                throw new ScheduleException("This consultation has " + responses.responses() + " responses, "
                        + "received from " + responses.firstAt() + " to " + responses.lastAt() + ". Choose dates "
                        + "that keep it open over that time.");
            }
            if (reason == null || reason.isBlank()) {
                throw new ScheduleException("This consultation already has responses. Say why its dates change.");
            }
        }
        schedule.reschedule(consultationId, opensAt, closesAt);
        schedule.followCloseDate(consultationId, closesAt);
        audit.record(actor, hasResponses ? "consultation.rescheduled-with-responses" : "consultation.rescheduled",
                SUBJECT, consultationId, dates(consultation.opensAt(), consultation.closesAt()),
                dates(opensAt, closesAt) + (hasResponses ? "; " + responses.responses() + " responses; reason: "
                        + reason.strip() : ""));
        events.publishEvent(new ConsultationChanged(consultationId, consultation.slug()));
        return consultations.findById(consultationId).orElseThrow();
    }

    private static String dates(Instant opensAt, Instant closesAt) {
        return "opens " + opensAt + ", closes " + closesAt;
    }
}
