package uk.gov.safervoices.admin.consultation;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Consultations: what is open now, what closed recently, and which questionnaires each runs. */
@Singleton
public class Consultations {
    /** How long a closed consultation stays listed on the home page. */
    public static final Duration RECENTLY_CLOSED = Duration.ofDays(180);

    private final ConsultationRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher<ConsultationChanged> events;
    private final AuditLog audit;

    Consultations(ConsultationRepository repository, Clock clock, ApplicationEventPublisher<ConsultationChanged> events,
                  AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    public List<Consultation> open() {
        return repository.findOpen(clock.instant());
    }

    public List<Consultation> recentlyClosed() {
        Instant now = clock.instant();
        return repository.findClosedSince(now, now.minus(RECENTLY_CLOSED));
    }

    public Optional<Consultation> byId(long id) {
        return repository.findById(id);
    }

    public Optional<Consultation> bySlug(String slug) {
        return repository.findBySlug(slug);
    }

    /** Every consultation, the latest to open first (for staff choosing one). */
    public List<Consultation> all() {
        return repository.findAllNewestFirst();
    }

    public List<Long> questionnaireIds(Consultation consultation) {
        return repository.findQuestionnaireIds(consultation.id());
    }

    /** Creates a consultation running the given questionnaires, in that order. */
    @Transactional
    public Consultation create(NewConsultation request) {
        if (!request.closesAt().isAfter(request.opensAt())) {
            throw new IllegalArgumentException("A consultation must close after it opens");
        }
        Consultation saved = repository.save(new Consultation(null, request.slug(), request.title(),
                request.summary(), request.purpose(), request.howUsed(), request.opensAt(), request.closesAt(),
                clock.instant(), request.invitationOnly()));
        int position = 1;
        for (Long questionnaireId : request.questionnaireIds()) {
            repository.addQuestionnaire(saved.id(), questionnaireId, position++);
        }
        events.publishEvent(new ConsultationChanged(saved.id(), saved.slug()));
        return saved;
    }

    /** Creates a consultation for a member of staff, audited in the same transaction. */
    @Transactional
    public Consultation create(String actor, NewConsultation request) {
        Consultation saved = create(request);
        audit.record(actor, "consultation.created", "consultation", saved.id(), null, saved.slug());
        return saved;
    }

    public boolean slugTaken(String slug) {
        return repository.findBySlug(slug).isPresent();
    }

    public record NewConsultation(String slug, String title, String summary, String purpose, String howUsed,
                                  Instant opensAt, Instant closesAt, List<Long> questionnaireIds,
                                  boolean invitationOnly) {

        /** An open-to-all consultation. */
        public NewConsultation(String slug, String title, String summary, String purpose, String howUsed,
                               Instant opensAt, Instant closesAt, List<Long> questionnaireIds) {
            this(slug, title, summary, purpose, howUsed, opensAt, closesAt, questionnaireIds, false);
        }
    }
}
