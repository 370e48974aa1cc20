package uk.gov.safervoices.admin.analysis.concerns;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.analysis.core.Interval;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Borda totals, means and shares and mention shares, their fixed-weight and calibrated SEs and their intervals,
 * against R's svytotal, svymean, svyratio and svyciprop (r-scores.csv). Points 1e-6 relative; SEs and CIs 1e-4.
 */
class ConcernScoresAgainstRTest {

    @Test
    void scoresAgreeWithR() {
        ConcernAnalysis analysis = ConcernFixtures.analysis();
        Tolerances tolerances = new Tolerances();
        int rows = 0;
        for (Map<String, String> row : ConcernFixtures.csv("r-scores.csv")) {
            boolean calibrated = row.get("design").equals("calibrated");
            ConcernScore score = analysis.score(row.get("concern")).orElseThrow();
            String where = row.get("design") + " " + row.get("concern");
            assertEquals(Long.parseLong(row.get("respondents")), analysis.respondents(), where);
            assertEquals(Long.parseLong(row.get("rankers")), analysis.rankers(), where);
            assertEquals(Long.parseLong(row.get("mentions")), score.mentions(), where);
            assertEquals(Long.parseLong(row.get("first_choices")), score.firstChoices(), where);
            compare(tolerances, where, row, "borda_total", score.bordaTotal(), calibrated);
            compare(tolerances, where, row, "borda_mean", score.bordaMean(), calibrated);
            compare(tolerances, where, row, "borda_share", score.bordaShare(), calibrated);
            compare(tolerances, where, row, "mention_share", score.mentionShare(), calibrated);
            rows++;
        }
        assertEquals(2 * ConcernFixtures.CONCERNS.size(), rows);
        tolerances.assertAll("concern scores");
    }

    private static void compare(Tolerances tolerances, String where, Map<String, String> row, String name,
                                ScoreEstimate estimate, boolean calibrated) {
        tolerances.compare(where, name, ConcernFixtures.number(row, name), estimate.value(), Tolerances.POINT);
        tolerances.compare(where, name + "_se", ConcernFixtures.number(row, name + "_se"),
                calibrated ? estimate.calibratedStandardError() : estimate.standardError(), Tolerances.SPREAD);
        if (calibrated) {
            // The engine's intervals use the calibrated SE; R's rows for the fixed design use the fixed one.
            Interval interval = estimate.interval();
            tolerances.compare(where, name + "_ci_lower", ConcernFixtures.number(row, name + "_ci_lower"),
                    interval.lower(), Tolerances.SPREAD);
            tolerances.compare(where, name + "_ci_upper", ConcernFixtures.number(row, name + "_ci_upper"),
                    interval.upper(), Tolerances.SPREAD);
        }
    }
}
