package uk.gov.safervoices.admin.meeting;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.SettableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Places within a capacity, the waiting list in order, cancelling by reference, and many residents at once. */
@MicronautTest(transactional = false)
@Property(name = "safervoices.test.clock", value = "2027-01-10T12:00:00Z")
@Property(name = "safervoices.test.scripted-references", value = "true")
class MeetingRegistrationsTest {
    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

    @Inject Meetings meetings;
    @Inject Registrations registrations;
    @Inject SettableClock clock;
    @Inject ScriptedReferences references;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        references.clear();
    }

    private Meeting published(Integer capacity) {
        Meeting draft = meetings.create("officer", MeetingFixtures.inPerson("Places " + UUID.randomUUID(),
                NOW.plus(Duration.ofDays(14)), capacity, List.of()));
        return meetings.publish("officer", draft.id(), draft.revision());
    }

    private static Registrations.NewRegistration resident(String name) {
        return new Registrations.NewRegistration(name, null, null);
    }

    @Test
    void placesUpToTheCapacityThenTheWaitingListWhichMovesUpInOrderWhenSomeoneCancels() {
        Meeting meeting = published(2);
        Registrations.Registered first = registrations.register(meeting.id(),
                new Registrations.NewRegistration("A. B.", "Wheelchair space", "When will the CCTV be fixed?"));
        Registrations.Registered second = registrations.register(meeting.id(), resident("C D"));
        Registrations.Registered third = registrations.register(meeting.id(), resident("E F"));
        Registrations.Registered fourth = registrations.register(meeting.id(), resident("G H"));

        assertEquals(Registrations.Status.CONFIRMED, first.status());
        assertEquals(Registrations.Status.CONFIRMED, second.status());
        assertEquals(Registrations.Status.WAITING, third.status());
        assertEquals(1, third.waitingPosition());
        assertEquals(2, fourth.waitingPosition());
        assertTrue(first.reference().matches("MT-[3-9A-Y]{4}-[3-9A-Y]{4}-[3-9A-Y]{4}"), first.reference());

        String typed = first.reference().toLowerCase().replace("-", " ");
        assertEquals(meeting.id(), registrations.cancel(typed).orElseThrow().id(), "typed as a resident might");
        assertEquals(Registrations.Status.CONFIRMED, registrations.byReference(third.reference()).orElseThrow()
                .status(), "the first on the waiting list has the place");
        assertEquals(1, registrations.position(meeting.id(), fourth.reference()));
        assertEquals(new Registrations.Counts(2, 1, 1), registrations.counts(meeting.id()));

        Registrations.Registration cancelled = registrations.byReference(first.reference()).orElseThrow();
        assertNull(cancelled.name(), "a cancelled registration keeps no name");
        assertNull(cancelled.accessibilityNeeds());
        assertNull(cancelled.question());
        assertTrue(registrations.cancel(first.reference()).isEmpty(), "cancelled once only");
        assertTrue(registrations.cancel("MT-0000-0000-0000").isEmpty());
        assertTrue(registrations.cancel("not a reference").isEmpty());
    }

    @Test
    void aReferenceDrawnTwiceIsDrawnAgainAndTheRegistrationKept() {
        Meeting meeting = published(5);
        Registrations.Registered first = registrations.register(meeting.id(), resident("A B"));
        // the random draw repeats a reference in use twice, here on purpose: the unique key refuses it each time
        references.script(first.reference(), first.reference());
        Registrations.Registered second = registrations.register(meeting.id(), resident("C D"));

        assertNotEquals(first.reference(), second.reference());
        assertEquals(Registrations.Status.CONFIRMED, second.status());
        assertEquals("C D", registrations.byReference(second.reference()).orElseThrow().name());
        assertEquals("A B", registrations.byReference(first.reference()).orElseThrow().name(), "the first untouched");
        assertEquals(new Registrations.Counts(2, 0, 0), registrations.counts(meeting.id()));
    }

    @Test
    void referencesTakenEveryTimeGiveUpAfterAFewDraws() {
        Meeting meeting = published(5);
        String taken = registrations.register(meeting.id(), resident("A B")).reference();
        references.script(Collections.nCopies(Registrations.REFERENCE_ATTEMPTS, taken).toArray(String[]::new));
        assertThrows(IllegalStateException.class, () -> registrations.register(meeting.id(), resident("C D")));
        assertEquals(new Registrations.Counts(1, 0, 0), registrations.counts(meeting.id()), "nothing half-written");
    }

    @Test
    void raisingTheCapacityGivesTheNewPlacesToTheWaitingListAndItCannotGoBelowThePlacesGiven() {
        Meeting meeting = published(1);
        registrations.register(meeting.id(), resident("A"));
        Registrations.Registered waiting = registrations.register(meeting.id(), resident("B"));
        Meeting current = meetings.find(meeting.id()).orElseThrow();
        MeetingDetails details = MeetingFixtures.inPerson(current.title(), current.startsAt(), 2, List.of());
        meetings.update("officer", meeting.id(), current.revision(), details);
        assertEquals(Registrations.Status.CONFIRMED, registrations.byReference(waiting.reference()).orElseThrow()
                .status());

        Meeting again = meetings.find(meeting.id()).orElseThrow();
        assertThrows(Meetings.NotAllowedException.class, () -> meetings.update("officer", meeting.id(),
                again.revision(), MeetingFixtures.inPerson(again.title(), again.startsAt(), 1, List.of())));
    }

    @Test
    void noRegistrationsForADraftACancelledMeetingOrOneThatHasStarted() {
        Meeting draft = meetings.create("officer", MeetingFixtures.inPerson("Draft " + UUID.randomUUID(),
                NOW.plus(Duration.ofDays(14)), null, List.of()));
        assertThrows(Registrations.ClosedException.class, () -> registrations.register(draft.id(), resident("A")));

        Meeting open = published(null);
        Registrations.Registered early = registrations.register(open.id(), resident("A"));
        assertEquals(Registrations.Status.CONFIRMED, early.status(), "no capacity: no limit");
        clock.set(open.startsAt());
        assertThrows(Registrations.ClosedException.class, () -> registrations.register(open.id(), resident("B")));
        assertTrue(registrations.cancel(early.reference()).isEmpty(), "too late to cancel once it has started");
    }

    @Test
    void manyResidentsAtOnceNeverGetMorePlacesThanTheCapacityAndCancellingAtOnceFillsEachPlaceOnce()
            throws Exception {
        Meeting meeting = published(5);
        int residents = 24;
        List<Registrations.Registered> registered = all(residents, i -> registrations.register(meeting.id(),
                resident("Resident " + i)));
        assertEquals(5, registered.stream().filter(r -> r.status() == Registrations.Status.CONFIRMED).count());
        assertEquals(new Registrations.Counts(5, residents - 5, 0), registrations.counts(meeting.id()));

        List<String> confirmed = registered.stream().filter(r -> r.status() == Registrations.Status.CONFIRMED)
                .map(Registrations.Registered::reference).toList();
        all(confirmed.size(), i -> registrations.cancel(confirmed.get(i)).orElseThrow());
        assertEquals(new Registrations.Counts(5, residents - 10, 5), registrations.counts(meeting.id()));
        List<Registrations.Registration> list = registrations.list(meeting.id());
        List<Long> promoted = list.stream().filter(r -> r.status() == Registrations.Status.CONFIRMED)
                .map(Registrations.Registration::id).toList();
        List<Long> stillWaiting = list.stream().filter(r -> r.status() == Registrations.Status.WAITING)
                .map(Registrations.Registration::id).toList();
        assertTrue(promoted.stream().allMatch(p -> stillWaiting.stream().allMatch(w -> p < w)),
                "promoted in the order they joined the list");
    }

    private interface Task<T> {
        T run(int i) throws Exception;
    }

    /** Runs n tasks on 8 threads released together; answers their results (fails on any exception). */
    private static <T> List<T> all(int n, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return task.run(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
