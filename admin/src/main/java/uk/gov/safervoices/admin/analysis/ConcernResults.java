package uk.gov.safervoices.admin.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.analysis.concerns.ConcernAnalysis;
import uk.gov.safervoices.admin.analysis.concerns.ConcernOptions;
import uk.gov.safervoices.admin.analysis.concerns.ConcernRanking;
import uk.gov.safervoices.admin.analysis.concerns.RankingSample;
import uk.gov.safervoices.admin.analysis.concerns.RankingUnit;
import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.WeightingException;
import uk.gov.safervoices.admin.analysis.core.WeightingProblem;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Residents' concerns, ranked from a ranking question whose choices stand for concerns of the catalogue: weighted
 * by a scheme's margins, scored (Borda points and mentions) and their order resampled (ADR 0018). Counted from the
 * same cells as the results, and kept until the data changes, as results are (ADR 0016).
 */
@Singleton
public class ConcernResults {
    private final Analyses analyses;
    private final Questionnaires questionnaires;
    private final MarginSets marginSets;
    private final DefinitionLibrary library;
    private final Cache<Key, ConcernResult> results = Caffeine.newBuilder().maximumSize(32)
            .expireAfterAccess(Duration.ofHours(1)).build();

    ConcernResults(Analyses analyses, Questionnaires questionnaires, MarginSets marginSets, DefinitionLibrary library) {
        this.analyses = analyses;
        this.questionnaires = questionnaires;
        this.marginSets = marginSets;
        this.library = library;
    }

    private record Key(long consultationId, long versionId, long schemeId, String questionId, AnalysisInputs inputs) {
    }

    /**
     * The ranked concerns, or why there are none.
     *
     * @param concerns  the question's concerns, in its choices' order, with their names from the catalogue
     * @param analysis  scores and the resampled order; null when the responses cannot be weighted
     * @param problems  why the responses cannot be weighted, in words
     * @param untrimmed the scheme trims weights, and these figures use the raked weights before trimming
     * @param revision  the data the figures came from ({@link AnalysisInputs})
     */
    public record ConcernResult(Question question, Map<String, String> concerns, ConcernAnalysis analysis,
                                List<WeightingProblem> problems, boolean untrimmed, String revision) {
        public boolean weighted() {
            return analysis != null;
        }
    }

    /** The version's ranking questions with at least one choice standing for a concern. */
    public List<Question> rankingQuestions(QuestionnaireVersion version) {
        return questionnaires.definition(version).questionStream().filter(q -> q.type() == QuestionType.RANKING
                && q.choices().stream().anyMatch(c -> c.concern() != null)).toList();
    }

    public ConcernResult results(long consultationId, QuestionnaireVersion version, WeightingScheme scheme,
                                 Question question) {
        AnalysisInputs inputs = analyses.inputs(consultationId);
        return results.get(new Key(consultationId, version.id(), scheme.id(), question.id(), inputs),
                key -> analyse(analyses.cells(consultationId, version, inputs), scheme, question, inputs.toString()));
    }

    private ConcernResult analyse(RawCells cells, WeightingScheme scheme, Question question, String revision) {
        Map<String, String> concerns = concerns(question);
        MarginSet margins = marginSets.find(scheme.marginSetId()).orElseThrow();
        SurveyWeighting.Weighted weighted = SurveyWeighting.weight(cells, scheme, margins);
        if (!weighted.problems().isEmpty()) {
            return new ConcernResult(question, concerns, null, weighted.problems(), false, revision);
        }
        ConcernOptions defaults = ConcernOptions.defaults(question.rankCount());
        ConcernOptions options = new ConcernOptions(defaults.points(), defaults.topK(), defaults.replicates(),
                defaults.seed(), new EstimationOptions(defaults.estimation().confidenceLevel(), scheme.minimumBase()),
                scheme.rakingOptions());
        try {
            ConcernAnalysis analysis = ConcernRanking.analyse(sample(cells, scheme, question, concerns),
                    SurveyWeighting.targets(scheme, margins), options);
            return new ConcernResult(question, concerns, analysis, List.of(), scheme.trims(), revision);
        } catch (WeightingException e) {
            return new ConcernResult(question, concerns, null, e.problems(), false, revision);
        }
    }

    private Map<String, String> concerns(Question question) {
        Map<String, String> concerns = new LinkedHashMap<>();
        for (Choice choice : question.choices()) {
            if (choice.concern() != null) {
                concerns.putIfAbsent(choice.concern(), library.catalogue().concern(choice.concern())
                        .map(c -> c.name()).orElse(choice.label()));
            }
        }
        return concerns;
    }

    /**
     * Every respondent as a unit of their weighting categories and the concern at each rank position: those who
     * ranked, by their ranking (choices that stand for no concern, or for one already ranked higher, leave their
     * position empty), and those who did not, with every position empty.
     */
    static RankingSample sample(RawCells cells, WeightingScheme scheme, Question question,
                                Map<String, String> concerns) {
        List<Integer> columns = SurveyWeighting.columns(cells, scheme);
        Map<String, String> concernOf = new HashMap<>();
        question.choices().stream().filter(c -> c.concern() != null).forEach(c -> concernOf.put(c.id(), c.concern()));
        Map<List<String>, Long> rankers = new HashMap<>();
        List<RankingUnit> units = new ArrayList<>();
        for (RawCells.RankingCount ranking : cells.rankings()) {
            if (!ranking.questionId().equals(question.id())) {
                continue;
            }
            rankers.merge(ranking.key(), ranking.count(), Long::sum);
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            List<String> ranked = new ArrayList<>();
            for (String choice : ranking.choices()) {
                String concern = choice == null ? null : concernOf.get(choice);
                ranked.add(concern != null && seen.add(concern) ? concern : null);
            }
            units.add(new RankingUnit(SurveyWeighting.designCategories(ranking.key(), cells, columns, scheme), ranked,
                    ranking.count()));
        }
        List<String> nothing = Arrays.asList(new String[question.rankCount()]);
        cells.respondents().forEach((key, count) -> {
            long without = count - rankers.getOrDefault(key, 0L);
            if (without > 0) {
                units.add(new RankingUnit(SurveyWeighting.designCategories(key, cells, columns, scheme), nothing,
                        without));
            }
        });
        return new RankingSample(scheme.variables(), List.copyOf(concerns.keySet()), question.rankCount(), units);
    }

}
