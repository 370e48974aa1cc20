package uk.gov.safervoices.admin.analysis.core;

/** One margin category after weighting: the population it should have and the weighted total it got. */
public record AchievedMargin(String variable, String category, double target, double achieved) {

    /** Achieved minus target, in people. */
    public double error() {
        return achieved - target;
    }
}
