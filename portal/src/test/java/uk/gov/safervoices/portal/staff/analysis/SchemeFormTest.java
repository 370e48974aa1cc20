package uk.gov.safervoices.portal.staff.analysis;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.analysis.core.CategoryCollapse;
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weighting scheme form's checks, without a server. */
class SchemeFormTest {
    private static final MarginSet BOROUGH = new MarginSet(7, "Borough 2024", "Example Borough", "ONS", "analyst",
            Instant.EPOCH, List.of(
                    Margin.of("ward", ordered("E05099004", 100, "E05099005", 80, "E05099006", 120, "E05099007", 10)),
                    Margin.of("age_band", ordered("16-24", 50, "65-74", 100, "75+", 150)),
                    Margin.of("sex", ordered("female", 160, "male", 140))));
    private static final MarginSet WARDS_ONLY = new MarginSet(8, "Wards only", "Example Borough", "ONS", "analyst",
            Instant.EPOCH, List.of(Margin.of("ward", ordered("E05099004", 300))));
    private static final List<MarginSet> SETS = List.of(BOROUGH, WARDS_ONLY);

    @Test
    void aCompleteFormGivesTheSettings() {
        SchemeForm.Checked checked = check(values("Borough scheme", "7", List.of("ward", "sex"), "DROP", true, "0.3",
                "3", "25", "ward: E05099004 + E05099005 = E05099004"));
        assertTrue(checked.ok(), checked.problems().toString());
        WeightingSchemes.Settings settings = checked.settings().orElseThrow();
        assertEquals("Borough scheme", settings.name());
        assertEquals(7, settings.marginSetId());
        assertEquals(List.of("ward", "sex"), settings.variables());
        assertEquals(RakingOptions.MissingAnswers.DROP, settings.missingAnswers());
        assertTrue(settings.rescaleTotals());
        assertEquals(0.3, settings.trimLower());
        assertEquals(3.0, settings.trimUpper());
        assertEquals(25, settings.minimumBase());
        assertEquals(List.of(new CategoryCollapse("ward", Set.of("E05099004", "E05099005"), "E05099004")),
                settings.collapses());
        assertEquals(List.of(new CategoryCollapse("ward", Set.of("E05099004", "E05099005"), "E05099004"),
                new CategoryCollapse("age_band", Set.of("65-74", "75+"), "65+")), check(values("Borough scheme", "7",
                List.of("ward", "age_band"), "REFUSE", false, "", "", "30",
                "ward: E05099004 + E05099005 = E05099004\n\nage_band: 65-74 + 75+ = 65+")).settings().orElseThrow()
                .collapses());
    }

    @Test
    void bothTrimmingBoundsBlankMeanNoTrimming_andTheUpperAloneIsEnough() {
        WeightingSchemes.Settings none = check(values("A", "7", List.of("ward"), "REFUSE", false, "", "", "30", ""))
                .settings().orElseThrow();
        assertNull(none.trimLower());
        assertNull(none.trimUpper());
        WeightingSchemes.Settings upperOnly = check(values("A", "7", List.of("ward"), "REFUSE", false, "", "5", "30",
                "")).settings().orElseThrow();
        assertNull(upperOnly.trimLower());
        assertEquals(5.0, upperOnly.trimUpper());
    }

    @Test
    void anEmptyFormNamesEveryRequiredField_inTheFormsOrder() {
        SchemeForm.Checked checked = check(values("", "", List.of(), "", false, "", "", "", ""));
        assertEquals(List.of("name", "marginSet", "variables", "missingAnswers", "minimumBase"),
                List.copyOf(checked.problems().keySet()));
        assertEquals("Upload population margins first", SchemeForm.check(checked.values(), List.of(), n -> false)
                .problems().get("marginSet"));
    }

    @Test
    void aTakenNameIsRefused() {
        SchemeForm.Checked checked = SchemeForm.check(values("Taken", "7", List.of("ward"), "DROP", false, "", "",
                "30", ""), SETS, "Taken"::equals);
        assertEquals("Another weighting scheme is called Taken: choose another name", checked.problems().get("name"));
    }

    @Test
    void everyChosenVariableMustBeInTheChosenSet() {
        SchemeForm.Checked checked = check(values("A", "8", List.of("ward", "sex", "age_band"), "DROP", false, "", "",
                "30", ""));
        assertEquals("The margins Wards only have no figures for sex or age_band: untick them or choose other margins",
                checked.problems().get("variables"));
        assertEquals("Select the population margins to weight to",
                check(values("A", "99", List.of("ward"), "DROP", false, "", "", "30", "")).problems().get("marginSet"));
    }

    @Test
    void trimmingBoundsAreChecked() {
        assertEquals("Enter the highest weight too, or leave both blank for no trimming", trim("0.3", ""));
        assertEquals("The lowest weight must be 0 or more and less than 1 (the mean weight), like 0.3",
                trimLower("1", "3"));
        assertEquals("The lowest weight must be 0 or more and less than 1 (the mean weight), like 0.3",
                trimLower("-0.1", "3"));
        assertEquals("Enter the lowest weight as a number, like 0.3", trimLower("a third", "3"));
        assertEquals("The highest weight must be more than 1 (the mean weight), like 3", trim("0", "1"));
        assertEquals("Enter the highest weight as a number, like 3", trim("", "3x"));
        assertTrue(check(values("A", "7", List.of("ward"), "DROP", false, "0", "1.5", "30", "")).ok());
    }

    @Test
    void theMinimumBaseIsAWholeNumberOfOneOrMore() {
        for (String bad : List.of("0", "-3", "2.5", "thirty", "99999999")) {
            assertEquals("The minimum base must be a whole number, 1 or more, like 30",
                    check(values("A", "7", List.of("ward"), "DROP", false, "", "", bad, "")).problems()
                            .get("minimumBase"), bad);
        }
        assertEquals(1, check(values("A", "7", List.of("ward"), "DROP", false, "", "", "1", "")).settings()
                .orElseThrow().minimumBase());
    }

    @Test
    void mergeProblemsNameTheirLine() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ward E05099004 + E05099005 = x", "Line 2 of the merged categories: write each merge as "
                + "variable: category + category = merged category, for example ward: E05099004 + E05099005 = "
                + "E05099004");
        expected.put("sex: female + male = everyone", "Line 2 of the merged categories: sex is not one of the "
                + "variables to weight to");
        expected.put("ward: E05099004 = x", "Line 2 of the merged categories: name at least two categories to "
                + "merge, with a space either side of each +");
        expected.put("ward: E05099004+E05099005 = x", "Line 2 of the merged categories: name at least two "
                + "categories to merge, with a space either side of each +");
        expected.put("ward: E05099004 + E05099006 =  ", "Line 2 of the merged categories: after = give the name of "
                + "the merged category");
        expected.put("ward: E05099006 + E05099099 = x", "Line 2 of the merged categories: the margins Borough 2024 "
                + "have no ward category E05099099");
        expected.put("ward: E05099005 + E05099006 = y", "Line 2 of the merged categories: E05099005 is already "
                + "merged on line 1");
        expected.put("ward: E05099006 + E05099006 = y", "Line 2 of the merged categories: a category is listed "
                + "twice");
        expected.put(": E05099006 + E05099004 = y", "Line 2 of the merged categories: start with the variable, for "
                + "example ward:");
        expected.forEach((line, message) -> assertEquals(message, check(values("A", "7", List.of("ward"), "DROP",
                false, "", "", "30", "ward: E05099004 + E05099005 = E05099004\n" + line)).problems().get("merges"),
                line));
        assertEquals("Line 3 of the merged categories: line 1 already merges ward categories into x",
                check(values("A", "7", List.of("ward", "age_band"), "DROP", false, "", "", "30",
                        "ward: E05099004 + E05099005 = x\r\n\r\nward: E05099006 + E05099007 = x")).problems()
                        .get("merges"));
    }

    @Test
    void aStoredSchemeFillsTheFormAndChecksBackToTheSameSettings() {
        WeightingScheme stored = new WeightingScheme(3, "Stored", 7, List.of("ward", "age_band"),
                RakingOptions.MissingAnswers.DROP, true, 0.25, 4.0, 20, List.of(
                        new CategoryCollapse("ward", Set.of("E05099005", "E05099004"), "Merged"),
                        new CategoryCollapse("age_band", Set.of("75+", "65-74"), "65+")), "analyst", Instant.EPOCH);
        SchemeForm.Values values = SchemeForm.Values.of(stored);
        assertEquals("0.25", values.trimLower());
        assertEquals("4", values.trimUpper());
        assertEquals("20", values.minimumBase());
        assertEquals("ward: E05099004 + E05099005 = Merged\nage_band: 65-74 + 75+ = 65+", values.merges());
        SchemeForm.Checked checked = check(values);
        assertTrue(checked.ok(), checked.problems().toString());
        assertEquals(WeightingSchemes.settingsOf(stored), checked.settings().orElseThrow());
    }

    @Test
    void postedValuesAreStrippedAndRepeatedVariablesKeptOnce() {
        SchemeForm.Values values = SchemeForm.Values.posted(Map.of("name", List.of("  Spaced  "),
                "variables", List.of("ward", "sex", "ward"), "rescaleTotals", List.of("yes")));
        assertEquals("Spaced", values.name());
        assertEquals(List.of("ward", "sex"), values.variables());
        assertTrue(values.rescaleTotals());
        assertEquals("", values.minimumBase());
        assertEquals(SchemeForm.DEFAULT_MINIMUM_BASE, SchemeForm.Values.blank().minimumBase());
        assertFalse(SchemeForm.Values.posted(Map.of()).rescaleTotals());
    }

    private static String trim(String lower, String upper) {
        return check(values("A", "7", List.of("ward"), "DROP", false, lower, upper, "30", "")).problems()
                .get("trimUpper");
    }

    private static String trimLower(String lower, String upper) {
        return check(values("A", "7", List.of("ward"), "DROP", false, lower, upper, "30", "")).problems()
                .get("trimLower");
    }

    private static SchemeForm.Checked check(SchemeForm.Values values) {
        return SchemeForm.check(values, SETS, name -> false);
    }

    private static SchemeForm.Values values(String name, String set, List<String> variables, String missing,
                                            boolean rescale, String lower, String upper, String base, String merges) {
        return new SchemeForm.Values(name, set, variables, missing, rescale, lower, upper, base, merges);
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return map;
    }
}
