package uk.gov.safervoices.portal.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An axis from data: rounded ends and a tick step of 1, 2, 2.5 or 5 times a power of ten, about {@code ticks}
 * intervals in all.
 *
 * @param low  the axis's start, a multiple of {@code step}
 * @param high the axis's end, a multiple of {@code step}, above {@code low}
 * @param step the distance between ticks
 */
record NiceScale(double low, double high, double step) {

    static NiceScale of(double dataLow, double dataHigh, int ticks) {
        double low = Double.isFinite(dataLow) ? dataLow : 0;
        double high = Double.isFinite(dataHigh) ? dataHigh : low + 1;
        if (high < low) {
            double swap = low;
            low = high;
            high = swap;
        }
        if (high - low < 1e-12) {
            double pad = Math.abs(high) > 1e-12 ? Math.abs(high) * 0.1 : 1;
            low = low == 0 ? 0 : low - pad; // an axis from 0 stays from 0
            high = high + pad;
        }
        BigDecimal step = niceStep((high - low) / Math.max(1, ticks));
        double niceLow = step.multiply(BigDecimal.valueOf(Math.floor(low / step.doubleValue() + 1e-9))).doubleValue();
        double niceHigh = step.multiply(BigDecimal.valueOf(Math.ceil(high / step.doubleValue() - 1e-9))).doubleValue();
        if (niceHigh <= niceLow) {
            niceHigh = niceLow + step.doubleValue();
        }
        return new NiceScale(niceLow, niceHigh, step.doubleValue());
    }

    /** 1, 2, 2.5, 5 or 10 times a power of ten, exactly (so that 3 steps of 0.2 make 0.6, not 0.6000000000000001). */
    private static BigDecimal niceStep(double rough) {
        int exponent = (int) Math.floor(Math.log10(rough));
        double fraction = rough / Math.pow(10, exponent);
        String nice = fraction <= 1 ? "1" : fraction <= 2 ? "2" : fraction <= 2.5 ? "2.5" : fraction <= 5 ? "5" : "10";
        return new BigDecimal(nice).scaleByPowerOfTen(exponent);
    }

    /** The tick values from low to high, rounded to remove floating-point noise. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((high - low) / step);
        for (long i = 0; i <= count; i++) {
            double tick = low + i * step;
            ticks.add(Math.round(tick * 1e9) / 1e9);
        }
        return ticks;
    }

    /** Where a value falls on the axis, from 0 (low) to 1 (high), not clipped. */
    double fraction(double value) {
        return (value - low) / (high - low);
    }

    /** Decimals enough to tell the ticks apart, at most 4. */
    int decimals() {
        int decimals = 0;
        while (decimals < 4 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        return decimals;
    }
}
