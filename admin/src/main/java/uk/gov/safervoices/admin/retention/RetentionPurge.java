package uk.gov.safervoices.admin.retention;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.safervoices.admin.response.FreeText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily purge. For every consultation past its retention period it removes the free text of its responses
 * (text answers, "please say" words, equality "please describe" words: replaced by {@link FreeText#REMOVED}) and
 * deletes its drafts, keeping every coded answer. Nothing else that identifies a resident is stored (postcodes
 * never are; there are no contact details). Idempotent: a later run finds nothing left and records nothing; a
 * paper response entered after a purge is purged the next day. Each consultation is purged and audited (by
 * "system") in its own transaction.
 */
@Singleton
public class RetentionPurge {
    static final String DEFAULT_CRON = "0 30 2 * * *";
    public static final String ACTOR = "system";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final RetentionRepository repository;
    private final ConsultationPurge consultationPurge;
    private final RetentionConfiguration configuration;
    private final Clock clock;

    RetentionPurge(RetentionRepository repository, ConsultationPurge consultationPurge,
                   RetentionConfiguration configuration, Clock clock) {
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
        }
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
