package uk.gov.safervoices.portal.chart;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NiceScaleTest {

    @Test
    void roundsOutwardToStepsOfOneTwoTwoAndAHalfOrFive() {
        assertEquals(new NiceScale(0, 0.6, 0.2), NiceScale.of(0, 0.46, 4));
        assertEquals(new NiceScale(0, 4, 1), NiceScale.of(0, 3.8, 4));
        assertEquals(new NiceScale(0, 400, 100), NiceScale.of(0, 390, 4));
        assertEquals(new NiceScale(-0.5, 1, 0.5), NiceScale.of(-0.2, 0.9, 4));
        NiceScale flat = NiceScale.of(0, 0, 4);
        assertTrue(flat.high() > flat.low());
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6), NiceScale.of(0, 0.46, 4).ticks());
    }
}
