package uk.gov.safervoices.admin.meeting;

/**
 * A senior person at a meeting, from a responsible authority. {@code expected}: announced before the meeting;
 * {@code attended}: null until the meeting is recorded, then whether they came.
 */
public record Attendee(long id, long authorityId, String authorityName, String authorityKind, String name,
                       String role, boolean expected, Boolean attended) {

    public boolean came() {
        return Boolean.TRUE.equals(attended);
    }
}
