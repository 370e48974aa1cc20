package uk.gov.safervoices.admin;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test sets and moves by hand. It replaces the application's clock only in test classes annotated
 * {@code @Property(name = "safervoices.test.clock", value = "2030-01-01T00:00:00Z")} (the starting instant).
 */
public final class SettableClock extends Clock {
    private volatile Instant now;

    public SettableClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Factory
    @Requires(property = "safervoices.test.clock")
    static class SettableClockFactory {

        @Singleton
        @Replaces(Clock.class)
        SettableClock settableClock(@Value("${safervoices.test.clock}") String start) {
            return new SettableClock(Instant.parse(start));
        }
    }
}
