package uk.gov.safervoices.admin.analysis.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raking weights agree with R's rake() (epsilon 1e-12, maxit 1000) and calibrate(calfun="raking"). */
class RakingAgainstRTest {

    static RakingResult rake(String wave) {
        return Raking.rake(RFixtures.weightingCells(RFixtures.respondents(wave), RFixtures.WEIGHTING),
                RFixtures.margins(wave), RakingOptions.defaults().withMissingAnswers(RakingOptions.MissingAnswers.DROP));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2025"})
    void weightsAgreeWithRakeToOneInAMillion(String wave) {
        RakingResult result = rake(wave);
        assertTrue(result.converged(), () -> result.problem().orElseThrow().message());

        Map<String, Map<String, String>> respondents = new java.util.HashMap<>();
        RFixtures.respondents(wave).forEach(row -> respondents.put(row.get("respondent_id"), row));
        List<Map<String, String>> rWeights = RFixtures.csv("r-weights-" + wave + ".csv");
        double worstRake = 0;
        double worstCalibrate = 0;
        for (Map<String, String> row : rWeights) {
            List<String> cell = RFixtures.categories(respondents.get(row.get("respondent_id")), RFixtures.WEIGHTING);
            double weight = result.design().weightOf(cell);
            worstRake = Math.max(worstRake, RFixtures.relativeDifference(weight, RFixtures.number(row, "weight")));
            worstCalibrate = Math.max(worstCalibrate,
                    RFixtures.relativeDifference(weight, RFixtures.number(row, "weight_calibrate")));
        }
        System.out.printf("raking %s: %d iterations, max margin error %.3g people; worst relative difference "
                        + "from R rake %.3g, from R calibrate %.3g%n", wave, result.iterations(),
                result.maxMarginError(), worstRake, worstCalibrate);
        assertTrue(worstRake < 1e-6, "worst relative difference from rake() " + worstRake);
        assertTrue(worstCalibrate < 1e-6, "worst relative difference from calibrate() " + worstCalibrate);
        assertEquals(rWeights.size(), result.design().respondents());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2025"})
    void blankAgeBandsAreDroppedAndReported(String wave) {
        RakingResult result = rake(wave);
        long blank = RFixtures.respondents(wave).stream().filter(row -> row.get("age_band") == null).count();
        assertTrue(blank > 0);
        assertEquals(blank, result.droppedRespondents());
        assertTrue(result.notes().get(0).contains("age_band: " + blank), result.notes().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2025"})
    void achievedMarginsMeetTheTargets(String wave) {
        RakingResult result = rake(wave);
        double total = RFixtures.margins(wave).get(0).total();
        assertEquals(total, result.design().total(), 1e-9 * total);
        assertEquals(RFixtures.margins(wave).stream().mapToInt(margin -> margin.categories().size()).sum(),
                result.margins().size());
        for (AchievedMargin margin : result.margins()) {
            assertEquals(margin.target(), margin.achieved(), 1e-10 * total, margin.toString());
        }
        assertEquals(List.of("ward", "age_band", "sex"), result.design().calibrationVariables());
    }
}
