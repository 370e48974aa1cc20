package uk.gov.safervoices.admin.retention;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.safervoices.admin.response.FreeText;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily purge. For every consultation past its retention period it removes the free text of its responses
 * (text answers, "please say" words, equality "please describe" words: replaced by {@link FreeText#REMOVED}) and
 * deletes its drafts, keeping every coded answer. Nothing else that identifies a resident is stored (postcodes
 * never are; there are no contact details). Idempotent: a later run finds nothing left and records nothing; a
 * paper response entered after a purge is purged the next day. Each consultation is purged and audited (by
 * "system") in its own transaction. The same run removes the personal data of public meetings' registrations a
 * configured number of days after each meeting ({@link #purgeMeetingRegistrationsDue()}).
 */
@Singleton
public class RetentionPurge {
    static final String DEFAULT_CRON = "0 30 2 * * *";
    public static final String ACTOR = "system";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final RetentionRepository repository;
    private final ConsultationPurge consultationPurge;
    private final RetentionConfiguration configuration;
    private final MeetingRegistrationPurge meetingPurge;
    private final Clock clock;

    RetentionPurge(RetentionRepository repository, ConsultationPurge consultationPurge,
                   RetentionConfiguration configuration, MeetingRegistrationPurge meetingPurge, Clock clock) {
        this.meetingPurge = meetingPurge;
        this.repository = repository;
        this.consultationPurge = consultationPurge;
        this.configuration = configuration;
        this.clock = clock;
    }

    @Scheduled(cron = "${safervoices.retention.purge-cron:" + DEFAULT_CRON + "}")
    void onSchedule() {
        if (configuration.isPurgeEnabled()) {
            List<Purged> purged = purgeDue();
            purged.forEach(p -> LOG.info("Retention purge of consultation {}: {} free-text answers removed, {} drafts "
                    + "deleted", p.consultationId(), p.freeTextRemoved(), p.draftsDeleted()));
            purgeMeetingRegistrationsDue().forEach(m -> LOG.info("Retention purge of meeting {}: {} registrations'"
                    + " personal data removed", m.meetingId(), m.registrations()));
        }
    }

    /**
     * Removes the names, accessibility needs and questions of the registrations for every meeting that ended at
     * least {@link RetentionConfiguration#getMeetingRegistrationDays()} days ago, keeping the rows (and so the
     * counts); returns the meetings where something was removed. Each meeting in its own transaction, audited.
     */
    public List<MeetingRegistrationPurge.Purged> purgeMeetingRegistrationsDue() {
        Instant endedBy = clock.instant().minus(Duration.ofDays(configuration.getMeetingRegistrationDays()));
        List<MeetingRegistrationPurge.Purged> purged = new ArrayList<>();
        for (long meetingId : meetingPurge.endedWithPersonalData(endedBy)) {
            MeetingRegistrationPurge.Purged result = meetingPurge.purge(meetingId);
            if (result.registrations() > 0) {
                purged.add(result);
            }
        }
        return purged;
    }

    /** Purges every consultation whose retention period has ended by now; returns those where something changed. */
    public List<Purged> purgeDue() {
        Instant now = clock.instant();
        List<Purged> purged = new ArrayList<>();
        for (RetentionRow row : repository.findClosedBy(now)) {
            if (!row.purgeAt().isAfter(now)) {
                Purged result = consultationPurge.purge(row.id());
                if (result.changed()) {
                    purged.add(result);
                }
            }
        }
        return purged;
    }

    /** What one consultation's purge removed. */
    public record Purged(long consultationId, int freeTextRemoved, int draftsDeleted) {
        public boolean changed() {
            return freeTextRemoved > 0 || draftsDeleted > 0;
        }
    }
}
