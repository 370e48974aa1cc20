package uk.gov.safervoices.definitions.condition;

/** Steps through every combination of indexes, like a car's odometer. */
final class Odometer {

    private Odometer() {
    }

    /** Moves to the next combination; false when every combination has been visited. */
    static boolean advance(int[] at, int[] sizes) {
        for (int i = at.length - 1; i >= 0; i--) {
            if (++at[i] < sizes[i]) {
                return true;
            }
            at[i] = 0;
        }
        return false;
    }
}
