package uk.gov.safervoices.admin.consultation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A public consultation: open from {@code opensAt} (inclusive) until {@code closesAt} (exclusive).
 * {@code invitationOnly}: a sample-based survey that only residents holding an invitation code can answer.
 */
@MappedEntity("consultation")
public record Consultation(@Id @GeneratedValue @Nullable Long id, String slug, String title, String summary,
                           @Nullable String purpose, @Nullable String howUsed, Instant opensAt, Instant closesAt,
                           Instant createdAt, boolean invitationOnly) {

    public enum State { NOT_YET_OPEN, OPEN, CLOSED }

    public State stateAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return State.NOT_YET_OPEN;
        }
        return now.isBefore(closesAt) ? State.OPEN : State.CLOSED;
    }
}
