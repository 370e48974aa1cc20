package uk.gov.safervoices.admin.analysis.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edge cases of the Korn-Graubard interval that the R fixtures do not reach. */
class IntervalsTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aVarianceOfRoundingNoiseGivesThePointNotAHang() {
        // A calibrated share of a tiny sample: the variance is 1e-33, not 0. This once ran for 16 s and threw.
        Interval interval = Intervals.kornGraubard(0.25, 1e-33, 4, 0.95);
        assertEquals(0.25, interval.lower(), 1e-12);
        assertEquals(0.25, interval.upper(), 1e-12);
    }

    @Test
    void anOrdinaryVarianceStillGivesAClopperPearsonStyleInterval() {
        Interval interval = Intervals.kornGraubard(0.25, 0.25 * 0.75 / 100, 100, 0.95);
        assertTrue(interval.lower() < 0.25 && interval.lower() > 0.15, interval.toString());
        assertTrue(interval.upper() > 0.25 && interval.upper() < 0.36, interval.toString());
    }
}
