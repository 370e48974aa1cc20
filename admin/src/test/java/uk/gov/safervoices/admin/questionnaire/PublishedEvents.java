package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Listens for {@link QuestionnairePublished} as the portal's caches do, and notes what another connection sees of
 * the version at that moment (a cache reloading then must find it published, so the event must come after commit).
 */
@Singleton
class PublishedEvents {
    final List<QuestionnairePublished> seen = new CopyOnWriteArrayList<>();
    final Map<Long, String> statusSeenByAnotherConnection = new ConcurrentHashMap<>();
    private final StoredVersions stored;
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    PublishedEvents(StoredVersions stored) {
        this.stored = stored;
    }

    @EventListener
    void onPublished(QuestionnairePublished event) throws Exception {
        seen.add(event);
        String status = otherThread.submit(() -> stored.row(event.versionId()).map(StoredVersions.Row::status)
                .orElse("missing")).get(10, TimeUnit.SECONDS);
        statusSeenByAnotherConnection.put(event.versionId(), status);
    }
}
