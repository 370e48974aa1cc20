package uk.gov.safervoices.admin.priority.matrix;

import java.util.Objects;

/**
 * One criterion of the priority matrix, such as community concern, recorded volume, trend or harm.
 *
 * @param code      short identifier, such as {@code community_concern}
 * @param name      as the partnership reads it
 * @param weight    the partnership's weight (at least 0; weights need not add up to anything)
 * @param higherIsPriority whether a higher value makes a concern more of a priority (true for volume and harm; a
 *                  criterion such as "already well handled" would be false)
 */
public record Criterion(String code, String name, double weight, boolean higherIsPriority) {
    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("The weight of " + code + " must be a number of at least 0, not "
                    + weight);
        }
    }

    Criterion withWeight(double newWeight) {
        return new Criterion(code, name, newWeight, higherIsPriority);
    }
}
