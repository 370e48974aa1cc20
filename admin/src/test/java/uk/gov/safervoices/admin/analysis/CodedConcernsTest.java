package uk.gov.safervoices.admin.analysis;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.analysis.concerns.ConcernAnalysis;
import uk.gov.safervoices.admin.analysis.concerns.ConcernOptions;
import uk.gov.safervoices.admin.analysis.concerns.ConcernRanking;
import uk.gov.safervoices.admin.analysis.concerns.ConcernScore;
import uk.gov.safervoices.admin.analysis.concerns.RankingSample;
import uk.gov.safervoices.admin.analysis.concerns.RankingUnit;
import uk.gov.safervoices.admin.analysis.core.AnswerCell;
import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.Estimate;
import uk.gov.safervoices.admin.analysis.core.Proportions;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.coding.FreeTextCoding;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.admin.weighting.MarginCsv;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.definitions.model.Question;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coded free text in the ranked concerns (ADR 0023): residents built by hand rank "Other (please say)", analysts
 * code their words, and the scores equal the engine's on the same rankings with the codes in the "other"'s place;
 * coded open answers give each code's weighted share, equal to the core's on the same residents.
 */
@MicronautTest(transactional = false)
class CodedConcernsTest {
    static final String LIGHTING = "theme:street_lighting";

    @Inject ConcernResults concernResults;
    @Inject FreeTextCoding coding;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;
    @Inject ResponseStore store;

    Consultation consultation;
    QuestionnaireVersion version;
    WeightingScheme scheme;
    List<WeightedSurvey.Resident> residents;
    /** Per resident: the ranking as given (choice ids), the "other" words, the open answer, and the response id. */
    List<List<String>> ranked = new ArrayList<>();
    List<Long> responseIds = new ArrayList<>();
    List<String> openAnswers = new ArrayList<>();

    static String definition(String key) {
        return WeightedSurvey.definition(key)
                .replace("          - { id: speeding, label: Speeding, concern: speeding }\n",
                        "          - { id: speeding, label: Speeding, concern: speeding }\n"
                                + "          - { id: other, label: Other (please say), specify: true }\n")
                .replace("\n  - id: about_you\n", "\n      - id: anything_else\n        type: long_text\n"
                        + "        text: Is there anything else you would like to tell us?\n  - id: about_you\n");
    }

    @BeforeEach
    void setUp() {
        String key = WeightedSurvey.uniqueKey();
        version = questionnaires.publish(definition(key), key + ".yaml");
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Coded", "Coding free text", null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)),
                List.of(version.questionnaireId())));
        residents = WeightedSurvey.residents(300, 20261201L);
        for (int i = 0; i < residents.size(); i++) {
            WeightedSurvey.Resident resident = residents.get(i);
            Map<String, List<String>> raw = new LinkedHashMap<>(resident.raw());
            raw.keySet().removeIf(k -> k.startsWith("top."));
            List<String> ranking = switch (i % 6) {
                case 0 -> List.of("other", "burglary");
                case 1 -> List.of("speeding", "other");
                case 2 -> List.of("other");
                case 3 -> List.of("other", "asb");
                default -> resident.top();
            };
            for (int r = 0; r < ranking.size(); r++) {
                raw.put("top." + (r + 1), List.of(ranking.get(r)));
            }
            if (ranking.contains("other")) {
                raw.put("top.specify", List.of(switch (i % 6) {
                    case 0 -> "Drug dealing on the corner";
                    case 1 -> "The street lights are out";
                    case 2 -> "Cars stolen and a break-in";
                    default -> "Something I would rather not say";
                }));
            }
            String open = i % 4 == 0 ? "So much rubbish dumped" : i % 4 == 1 ? "More police please" : null;
            if (open != null) {
                raw.put("anything_else", List.of(open));
            }
            SubmissionOutcome outcome = store.submit(new Submission(consultation, version, Channel.PAPER, null, raw));
            assertTrue(outcome instanceof SubmissionOutcome.Accepted, () -> outcome + " for " + raw);
            responseIds.add(((SubmissionOutcome.Accepted) outcome).responseId());
            ranked.add(ranking);
            openAnswers.add(open);
        }
        MarginSet margins = marginSets.create("analyst", new MarginSets.Description(TestQuestionnaires.uniqueKey("m"),
                "Example Borough", "Synthetic"), MarginCsv.read(AnalysesTest.MARGINS).margins());
        scheme = schemes.create("analyst", new WeightingSchemes.Settings(TestQuestionnaires.uniqueKey("s"), margins.id(),
                List.of("ward", "age_band", "sex"), RakingOptions.MissingAnswers.DROP, false, null, null, 30,
                List.of()));
    }

    private Question top() {
        return questionnaires.definition(version).question("top").orElseThrow();
    }

    /** Codes every "other" of residents with {@code i % 6 == remainder}. */
    private void codeOthers(int remainder, Set<String> codes) {
        Map<Long, Set<String>> byResponse = new LinkedHashMap<>();
        for (int i = remainder; i < residents.size(); i += 6) {
            byResponse.put(responseIds.get(i), codes);
        }
        coding.code("analyst", consultation.id(), "top", byResponse);
    }

    @Test
    void aCodedOtherCountsAsItsConcernAtItsRank() {
        ConcernResults.ConcernResult before = concernResults.results(consultation.id(), version, scheme, top());
        assertEquals(List.of("burglary", "asb", "speeding"), List.copyOf(before.concerns().keySet()));
        assertEquals(0, before.coding().codedOthers());
        assertEquals(200, before.coding().uncodedOthers(), "4 in 6 residents ranked other");

        codeOthers(0, Set.of("drug_dealing"));
        String lighting = coding.createTheme("analyst", consultation.id(), "Street lighting", null);
        assertEquals(LIGHTING, lighting);
        codeOthers(1, Set.of(LIGHTING));

        ConcernResults.ConcernResult result = concernResults.results(consultation.id(), version, scheme, top());
        assertNotSame(before, result, "the coding is part of what the results were computed from");
        assertNotEquals(before.revision(), result.revision());
        assertEquals(List.of("burglary", "asb", "speeding", "drug_dealing", LIGHTING),
                List.copyOf(result.concerns().keySet()), "the coded concern and the theme are rows of their own");
        assertEquals("Street lighting", result.concerns().get(LIGHTING));
        assertEquals(100, result.coding().codedOthers());
        assertEquals(100, result.coding().uncodedOthers());

        Map<Integer, List<String>> codes = Map.of(0, List.of("drug_dealing"), 1, List.of(LIGHTING));
        ConcernAnalysis expected = byHand(result.concerns().keySet(), codes, 1);
        sameScores(expected, result.analysis());
        assertTrue(result.analysis().score("drug_dealing").orElseThrow().mentions() > 40, "most of the 50 coded");
        assertSame(result, concernResults.results(consultation.id(), version, scheme, top()), "kept until it changes");
    }

    @Test
    void anOtherWithTwoCodesPutsBothAtItsRank() {
        String lighting = coding.createTheme("analyst", consultation.id(), "Street lighting", "Lights out or missing");
        codeOthers(2, new LinkedHashSet<>(List.of("vehicle_crime", "burglary")));
        codeOthers(1, Set.of(lighting));

        ConcernResults.ConcernResult result = concernResults.results(consultation.id(), version, scheme, top());

        assertEquals(List.of("burglary", "asb", "speeding", "vehicle_crime", LIGHTING),
                List.copyOf(result.concerns().keySet()));
        ConcernAnalysis expected = byHand(result.concerns().keySet(),
                Map.of(2, List.of("vehicle_crime", "burglary"), 1, List.of(LIGHTING)), 2);
        sameScores(expected, result.analysis());
        ConcernScore vehicle = result.analysis().score("vehicle_crime").orElseThrow();
        ConcernScore burglary = result.analysis().score("burglary").orElseThrow();
        assertTrue(vehicle.mentions() > 40, "the first code of 50 'other' answers");
        assertEquals(vehicle.mentions(), vehicle.firstChoices(), "ranked first by all who wrote it");
        assertTrue(burglary.mentions() > vehicle.mentions(), "the second code is a mention too");
    }

    @Test
    void codedOpenAnswersGiveEachCodeItsWeightedShareOfResidents() {
        Map<Long, Set<String>> open = new LinkedHashMap<>();
        for (int i = 0; i < residents.size(); i++) {
            if (openAnswers.get(i) != null && openAnswers.get(i).contains("rubbish")) {
                open.put(responseIds.get(i), Set.of("fly_tipping"));
            }
        }
        coding.code("analyst", consultation.id(), "anything_else", open);

        ConcernResults.ConcernResult result = concernResults.results(consultation.id(), version, scheme, top());

        assertEquals(List.of("burglary", "asb", "speeding"), List.copyOf(result.concerns().keySet()),
                "open answers do not add rows to the ranking");
        assertEquals(1, result.coding().openAnswers().size());
        ConcernResults.OpenAnswerShare share = result.coding().openAnswers().get(0);
        assertEquals("fly_tipping", share.code());
        assertEquals("Fly-tipping", share.name());
        assertEquals(open.size(), share.respondents());

        Map<List<String>, long[]> byCell = new LinkedHashMap<>();
        for (int i = 0; i < residents.size(); i++) {
            WeightedSurvey.Resident r = residents.get(i);
            long[] counts = byCell.computeIfAbsent(Arrays.asList(r.ward(), r.ageBand(), r.sex()), k -> new long[2]);
            counts[open.containsKey(responseIds.get(i)) ? 0 : 1]++;
        }
        List<AnswerCell> cells = new ArrayList<>();
        byCell.forEach((cell, n) -> {
            cells.add(new AnswerCell(cell, "raised", n[0]));
            cells.add(new AnswerCell(cell, "not_raised", n[1]));
        });
        Estimate expected = Proportions.estimate(result.analysis().weighting().design(), cells,
                List.of("raised", "not_raised"), new EstimationOptions(0.95, 30)).estimate("raised").orElseThrow();
        assertEquals(expected.proportion(), share.share().proportion(), 1e-12);
        assertEquals(expected.calibratedStandardError(), share.share().calibratedStandardError(), 1e-12);
        assertTrue(share.share().proportion() > 0.15 && share.share().proportion() < 0.35, share::toString);
    }

    @Test
    void theRankingByWardCountsCodedOthersAsTheOverallRankingDoes() {
        List<ConcernResults.GroupConcerns> before = concernResults.byGroup(consultation.id(), version, scheme, top(),
                "ward");
        ConcernResults.ConcernResult overall = concernResults.results(consultation.id(), version, scheme, top());
        sameShares(byHandByWard(overall, Map.of()), before);
        assertEquals(4, before.size(), "every ward");

        codeOthers(0, Set.of("drug_dealing"));
        codeOthers(2, Set.of("burglary"));
        List<ConcernResults.GroupConcerns> after = concernResults.byGroup(consultation.id(), version, scheme, top(),
                "ward");

        assertNotSame(before, after, "computed again once the coding changed");
        ConcernResults.ConcernResult coded = concernResults.results(consultation.id(), version, scheme, top());
        Map<String, Map<String, Double>> expected = byHandByWard(coded, Map.of(0, List.of("drug_dealing"), 2,
                List.of("burglary")));
        sameShares(expected, after);
        for (int g = 0; g < after.size(); g++) {
            ConcernResults.GroupConcerns was = before.get(g);
            ConcernResults.GroupConcerns now = after.get(g);
            assertTrue(now.base() > was.base(), "those who ranked only a coded 'other' are rankers now: " + now);
            assertTrue(share(now, "burglary") > share(was, "burglary"), "a coded 'other' moves the group's figure");
            assertTrue(share(now, "drug_dealing") > 0, now::toString);
        }
        assertEquals(List.copyOf(coded.concerns().keySet()), after.get(0).shares().stream()
                .map(ConcernResults.GroupShare::concern).toList(), "the ranking's concerns, in its order");
        assertSame(after, concernResults.byGroup(consultation.id(), version, scheme, top(), "ward"), "kept");
    }

    private static double share(ConcernResults.GroupConcerns group, String concern) {
        return group.shares().stream().filter(s -> s.concern().equals(concern)).findFirst()
                .map(s -> s.share().proportion()).orElse(0.0);
    }

    /**
     * Per ward, each concern's weighted share of the ward's residents (in the ranking's design) who named any
     * concern, naming it: each "other" of a resident with {@code i % 6} in {@code codes} naming those codes.
     */
    private Map<String, Map<String, Double>> byHandByWard(ConcernResults.ConcernResult result,
                                                          Map<Integer, List<String>> codes) {
        var design = result.analysis().weighting().design();
        Map<String, Double> rankers = new LinkedHashMap<>();
        Map<String, Map<String, Double>> naming = new LinkedHashMap<>();
        for (int i = 0; i < residents.size(); i++) {
            WeightedSurvey.Resident r = residents.get(i);
            int cell = design.indexOf(Arrays.asList(r.ward(), r.ageBand(), r.sex()));
            Set<String> named = new LinkedHashSet<>();
            for (String choice : ranked.get(i)) {
                named.addAll(choice.equals("other") ? codes.getOrDefault(i % 6, List.of()) : List.of(choice));
            }
            if (cell < 0 || r.ward() == null || named.isEmpty()) {
                continue;
            }
            double weight = design.weight(cell);
            rankers.merge(r.ward(), weight, Double::sum);
            for (String concern : named) {
                naming.computeIfAbsent(r.ward(), w -> new LinkedHashMap<>()).merge(concern, weight, Double::sum);
            }
        }
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        rankers.forEach((ward, total) -> {
            Map<String, Double> ofWard = new LinkedHashMap<>();
            for (String concern : result.concerns().keySet()) {
                ofWard.put(concern, naming.get(ward).getOrDefault(concern, 0.0) / total);
            }
            shares.put(ward, ofWard);
        });
        return shares;
    }

    private static void sameShares(Map<String, Map<String, Double>> expected,
                                   List<ConcernResults.GroupConcerns> actual) {
        assertEquals(new java.util.TreeSet<>(expected.keySet()), new java.util.TreeSet<>(actual.stream()
                .map(ConcernResults.GroupConcerns::group).toList()));
        for (ConcernResults.GroupConcerns group : actual) {
            Map<String, Double> shares = expected.get(group.group());
            assertEquals(shares.keySet().size(), group.shares().size(), group::toString);
            for (ConcernResults.GroupShare share : group.shares()) {
                assertEquals(shares.get(share.concern()), share.share().proportion(), 1e-12,
                        group.group() + " " + share.concern());
            }
        }
    }

    /**
     * The engine on the residents' rankings with each coded "other" replaced by its codes ({@code codes}: by
     * resident index mod 6), the positions repeated {@code slots} times as ConcernSample lays them out.
     */
    private ConcernAnalysis byHand(Set<String> concerns, Map<Integer, List<String>> codes, int slots) {
        Map<List<List<String>>, Long> counted = new LinkedHashMap<>();
        for (int i = 0; i < residents.size(); i++) {
            WeightedSurvey.Resident r = residents.get(i);
            String[] positions = new String[2 * slots];
            Set<String> seen = new LinkedHashSet<>();
            List<String> ranking = ranked.get(i);
            for (int rank = 0; rank < ranking.size(); rank++) {
                List<String> here = ranking.get(rank).equals("other") ? codes.getOrDefault(i % 6, List.of())
                        : List.of(ranking.get(rank));
                for (int slot = 0; slot < here.size(); slot++) {
                    if (seen.add(here.get(slot))) {
                        positions[slot * 2 + rank] = here.get(slot);
                    }
                }
            }
            counted.merge(List.of(Arrays.asList(r.ward(), r.ageBand(), r.sex()), Arrays.asList(positions)), 1L,
                    Long::sum);
        }
        List<RankingUnit> units = new ArrayList<>();
        counted.forEach((unit, n) -> units.add(new RankingUnit(unit.get(0), unit.get(1), n)));
        List<Double> points = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            points.addAll(List.of(2.0, 1.0));
        }
        ConcernOptions defaults = ConcernOptions.defaults(2);
        return ConcernRanking.analyse(new RankingSample(List.of("ward", "age_band", "sex"), List.copyOf(concerns),
                        2 * slots, units), MarginCsv.read(AnalysesTest.MARGINS).margins(),
                new ConcernOptions(points, defaults.topK(), defaults.replicates(), defaults.seed(),
                        new EstimationOptions(0.95, 30), scheme.rakingOptions()));
    }

    private static void sameScores(ConcernAnalysis expected, ConcernAnalysis actual) {
        assertEquals(expected.rankers(), actual.rankers());
        for (ConcernScore score : expected.scores()) {
            ConcernScore stored = actual.score(score.concern()).orElseThrow();
            assertEquals(score.mentions(), stored.mentions(), score.concern());
            assertEquals(score.bordaMean().value(), stored.bordaMean().value(), 1e-12, score.concern());
            assertEquals(score.bordaMean().calibratedStandardError(), stored.bordaMean().calibratedStandardError(),
                    1e-12, score.concern());
            assertEquals(score.mentionShare().value(), stored.mentionShare().value(), 1e-12, score.concern());
            assertEquals(score.rankByBorda(), stored.rankByBorda(), score.concern());
        }
        assertEquals(expected.byBorda(), actual.byBorda(), "the same resampled order, seed and units");
        assertEquals(expected.byMention(), actual.byMention());
    }
}
