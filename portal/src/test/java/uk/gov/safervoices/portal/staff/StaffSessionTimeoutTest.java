package uk.gov.safervoices.portal.staff;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idle timeout (1 hour) and the absolute one (8 hours), with the application's clock moved on by hand. The
 * clock only ever runs ahead of real time, so the tokens' own expiry, which Micronaut checks against real time,
 * never gets in the way of the lifetimes checked here.
 */
@MicronautTest(transactional = false)
@Property(name = "test.staff-clock", value = "true")
@Property(name = "safervoices.cookies.secure", value = "true")
class StaffSessionTimeoutTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject MovableClock clock;

    @Test
    void anActiveSignInLastsUntilTheAbsoluteLimitAndAnIdleOneEndsAfterAnHour() {
        StaffAccount active = StaffFixtures.account(accounts, "busy", Role.ANALYST);
        StaffAccount idle = StaffFixtures.account(accounts, "idle", Role.ANALYST);
        StaffBrowser busy = new StaffBrowser(server.getURI());
        StaffBrowser away = new StaffBrowser(server.getURI());
        busy.getOnce(StaffRoutes.SIGN_IN);
        StaffBrowser.Page signedIn = busy.postWithToken(StaffRoutes.SIGN_IN, "username", active.username(),
                "password", StaffFixtures.PASSWORD);
        assertTrue(signedIn.setCookie(StaffTokens.COOKIE).orElseThrow().contains("Secure"),
                "Secure when safervoices.cookies.secure is set");
        away.signIn(idle.username(), StaffFixtures.PASSWORD);
        String first = busy.cookie(StaffTokens.COOKIE).orElseThrow();

        clock.advance(Duration.ofMinutes(2));
        StaffBrowser.Page soon = busy.getOnce(StaffRoutes.DASHBOARD);
        assertEquals(200, soon.status());
        assertTrue(soon.setCookie(StaffTokens.COOKIE).isEmpty(), "no new token within refresh-after (5 minutes)");

        clock.advance(Duration.ofMinutes(48));
        assertEquals(200, busy.getOnce(StaffRoutes.DASHBOARD).status());
        assertNotEquals(first, busy.cookie(StaffTokens.COOKIE).orElseThrow(), "an active person's token is renewed");

        clock.advance(Duration.ofMinutes(50));
        assertEquals(200, busy.getOnce(StaffRoutes.DASHBOARD).status(), "100 minutes in, active: still signed in");
        StaffBrowser.Page timedOut = away.getOnce(StaffRoutes.DASHBOARD);
        assertEquals(StaffRoutes.SIGN_IN, timedOut.location().orElseThrow(), "100 minutes idle: signed out");
        assertTrue(timedOut.setCookie(StaffTokens.COOKIE).orElseThrow().contains("Max-Age=0"), "stale cookie cleared");

        for (int minutes = 150; minutes <= 450; minutes += 50) {
            clock.advance(Duration.ofMinutes(50));
            assertEquals(200, busy.getOnce(StaffRoutes.DASHBOARD).status(), minutes + " minutes in");
        }
        clock.advance(Duration.ofMinutes(40));
        assertEquals(StaffRoutes.SIGN_IN, busy.getOnce(StaffRoutes.DASHBOARD).location().orElseThrow(),
                "8 hours 10 minutes after signing in, 40 minutes after the last request: signed out");
        assertEquals(StaffRoutes.DASHBOARD, busy.signIn(active.username(), StaffFixtures.PASSWORD).path(),
                "and they can sign in again");
    }

    /** The application's clock, which a test can move forward. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant real = Instant.now();
            return now.isBefore(real) ? real : now;
        }
    }

    @Factory
    @Requires(property = "test.staff-clock", value = "true")
    static class MovableClockFactory {
        @Singleton
        @Replaces(Clock.class)
        MovableClock clock() {
            return new MovableClock();
        }
    }
}
