package uk.gov.safervoices.admin.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.analysis.concerns.ConcernAnalysis;
import uk.gov.safervoices.admin.analysis.concerns.ConcernOptions;
import uk.gov.safervoices.admin.analysis.concerns.ConcernRanking;
import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.Estimate;
import uk.gov.safervoices.admin.analysis.core.WeightingException;
import uk.gov.safervoices.admin.analysis.core.WeightingProblem;
import uk.gov.safervoices.admin.coding.CodeableQuestion;
import uk.gov.safervoices.admin.coding.Codebook;
import uk.gov.safervoices.admin.coding.FreeTextCoding;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Residents' concerns, ranked from a ranking question whose choices stand for concerns of the catalogue: weighted
 * by a scheme's margins, scored (Borda points and mentions) and their order resampled (ADR 0018). Ranked "other"
 * answers analysts coded count as the concerns or themes they were coded with, and coded open answers give each
 * code's share of residents raising it in their own words (ADR 0023); side by side by a breakdown's groups too.
 * Counted from the same cells as the results, and kept until the data or the coding changes (ADR 0016).
 */
@Singleton
public class ConcernResults {
    private final Analyses analyses;
    private final Questionnaires questionnaires;
    private final MarginSets marginSets;
    private final DefinitionLibrary library;
    private final FreeTextCoding coding;
    private final CodedFreeText codedFreeText;
    private final Cache<Key, ConcernResult> results = Caffeine.newBuilder().maximumSize(32)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final Cache<GroupsKey, List<GroupConcerns>> byGroup = Caffeine.newBuilder().maximumSize(32)
            .expireAfterAccess(Duration.ofHours(1)).build();

    ConcernResults(Analyses analyses, Questionnaires questionnaires, MarginSets marginSets, DefinitionLibrary library,
                   FreeTextCoding coding, CodedFreeText codedFreeText) {
        this.analyses = analyses;
        this.questionnaires = questionnaires;
        this.marginSets = marginSets;
        this.library = library;
        this.coding = coding;
        this.codedFreeText = codedFreeText;
    }

    private record Key(long consultationId, long versionId, long schemeId, String questionId, AnalysisInputs inputs,
                       long codingRevision) {
    }

    private record GroupsKey(Key key, String breakdown) {
    }

    /**
     * One group of a breakdown: how many of its residents ranked a concern (coded "other" answers included), and
     * the weighted share of them naming each concern.
     *
     * @param shares in the ranking's report order ({@link ConcernResult#concerns()})
     */
    public record GroupConcerns(String group, String label, long base, List<GroupShare> shares) {
        public GroupConcerns {
            shares = List.copyOf(shares);
        }
    }

    /** A concern's share of a group's rankers naming it in their top N. */
    public record GroupShare(String concern, String name, Estimate share) {
    }

    /**
     * A concern as rated in a grid question: the weighted share of residents answering the row who chose the upper
     * half of the scale ({@code big}, in words), over {@code base} residents, with its standard errors and CIs.
     */
    public record ProblemShare(String concern, String name, String question, String item, String big, long base,
                               uk.gov.safervoices.admin.analysis.core.Estimate share) {
    }

    /**
     * The ranked concerns, or why there are none.
     *
     * @param concerns    the question's concerns, in its choices' order, with their names from the catalogue; then
     *                    the other concerns and themes ranked "other" answers were coded with
     * @param analysis    scores and the resampled order; null when the responses cannot be weighted
     * @param problems    why the responses cannot be weighted, in words
     * @param untrimmed   the scheme trims weights, and these figures use the raked weights before trimming
     * @param revision    the data the figures came from ({@link AnalysisInputs} and the coding revision)
     * @param coding      how free text was counted: ranked "other" answers coded and not, and the open answers
     */
    public record ConcernResult(Question question, Map<String, String> concerns, ConcernAnalysis analysis,
                                List<WeightingProblem> problems, boolean untrimmed, String revision,
                                CodingCounted coding, List<ProblemShare> rated) {
        public boolean weighted() {
            return analysis != null;
        }
    }

    /**
     * What coding added to the figures.
     *
     * @param codedOthers   respondents whose ranked "other" counted as the codes it was given
     * @param uncodedOthers respondents who ranked "other" and whose words are not coded yet (it scores nothing)
     * @param openAnswers   per code found in open answers, its weighted share of all respondents; empty if none
     * @param names         every code's name (concerns and themes)
     */
    public record CodingCounted(long codedOthers, long uncodedOthers, List<OpenAnswerShare> openAnswers,
                                Map<String, String> names) {
        static final CodingCounted NONE = new CodingCounted(0, 0, List.of(), Map.of());
    }

    /** A concern or theme raised in open answers: its weighted share of all respondents (ADR 0023). */
    public record OpenAnswerShare(String code, String name, long respondents, Estimate share) {
    }

    /** The version's ranking questions with at least one choice standing for a concern. */
    public List<Question> rankingQuestions(QuestionnaireVersion version) {
        return questionnaires.definition(version).questionStream().filter(q -> q.type() == QuestionType.RANKING
                && q.choices().stream().anyMatch(c -> c.concern() != null)).toList();
    }

    public ConcernResult results(long consultationId, QuestionnaireVersion version, WeightingScheme scheme,
                                 Question question) {
        return results(key(consultationId, version, scheme, question), version, scheme, question);
    }

    private Key key(long consultationId, QuestionnaireVersion version, WeightingScheme scheme, Question question) {
        return new Key(consultationId, version.id(), scheme.id(), question.id(), analyses.inputs(consultationId),
                coding.revision(consultationId));
    }

    private ConcernResult results(Key key, QuestionnaireVersion version, WeightingScheme scheme, Question question) {
        return results.get(key, k -> {
            Analyses.Counting counting = analyses.counting(version);
            return analyse(analyses.cells(key.consultationId(), version, key.inputs()),
                    codedFreeText.read(key.consultationId(), version.id(), counting),
                    coding.codebook(key.consultationId()), version, scheme, question,
                    key.inputs() + "." + key.codingRevision());
        });
    }

    /**
     * The ranked concerns side by side by a breakdown's groups ({@link ConcernGroups}): each group's share of
     * rankers naming each concern, coded "other" answers counted as in the overall ranking, on its weights. Groups
     * nobody in the design ranked anything for are left out; empty when the responses cannot be weighted.
     *
     * @param breakdown a {@link BreakdownOption#variable()} of this version
     */
    public List<GroupConcerns> byGroup(long consultationId, QuestionnaireVersion version, WeightingScheme scheme,
                                       Question question, String breakdown) {
        Key key = key(consultationId, version, scheme, question);
        ConcernResult overall = results(key, version, scheme, question);
        if (!overall.weighted()) {
            return List.of();
        }
        return byGroup.get(new GroupsKey(key, breakdown), k -> {
            Analyses.BreakdownCells cells = analyses.breakdownCells(consultationId, version, key.inputs(), breakdown);
            return ConcernGroups.of(cells.cells(), cells.column(), cells.breakdown(), scheme,
                    overall.analysis().weighting().design(), question, overall.concerns(),
                    codedFreeText.read(consultationId, version.id(), cells.counting()), estimation(question, scheme));
        });
    }

    private static EstimationOptions estimation(Question question, WeightingScheme scheme) {
        return new EstimationOptions(ConcernOptions.defaults(question.rankCount()).estimation().confidenceLevel(),
                scheme.minimumBase());
    }

    private ConcernResult analyse(RawCells cells, List<CodedFreeText.CodedResponse> coded, Codebook codebook,
                                  QuestionnaireVersion version, WeightingScheme scheme, Question question,
                                  String revision) {
        Map<String, String> concerns = concerns(question, coded, codebook);
        MarginSet margins = marginSets.find(scheme.marginSetId()).orElseThrow();
        SurveyWeighting.Weighted weighted = SurveyWeighting.weight(cells, scheme, margins);
        if (!weighted.problems().isEmpty()) {
            return new ConcernResult(question, concerns, null, weighted.problems(), false, revision,
                    CodingCounted.NONE, List.of());
        }
        ConcernSample sample = ConcernSample.of(cells, scheme, question, List.copyOf(concerns.keySet()), coded);
        ConcernOptions defaults = ConcernOptions.defaults(question.rankCount());
        EstimationOptions estimation = estimation(question, scheme);
        ConcernOptions options = new ConcernOptions(sample.points(defaults.points()), defaults.topK(),
                defaults.replicates(), defaults.seed(), estimation, scheme.rakingOptions());
        try {
            ConcernAnalysis analysis = ConcernRanking.analyse(sample.sample(),
                    SurveyWeighting.targets(scheme, margins), options);
            Map<String, String> names = new LinkedHashMap<>(concerns);
            codebook.codes().forEach(c -> names.putIfAbsent(c.code(), c.name()));
            Set<String> open = CodeableQuestion.of(questionnaires.definition(version)).stream()
                    .filter(q -> q.question().type() != QuestionType.RANKING).map(CodeableQuestion::id)
                    .collect(Collectors.toSet());
            List<OpenAnswerShare> openAnswers = OpenAnswerShares.of(cells, scheme, analysis.weighting().design(),
                    coded, open, codebook.codes().stream().map(Codebook.Code::code).toList(), estimation).stream()
                    .map(s -> new OpenAnswerShare(s.code(), names.getOrDefault(s.code(), s.code()), s.respondents(),
                            s.share())).toList();
            List<ProblemShare> rated = ProblemShares.of(cells, scheme, analysis.weighting().design(),
                    questionnaires.definition(version), analyses.items(version), estimation).stream()
                    .map(s -> new ProblemShare(s.concern(), library.catalogue().concern(s.concern())
                            .map(c -> c.name()).orElse(s.concern()), s.question(), s.item(), s.big(), s.base(),
                            s.share())).toList();
            return new ConcernResult(question, concerns, analysis, List.of(), scheme.trims(), revision,
                    new CodingCounted(sample.codedOthers(), sample.uncodedOthers(), openAnswers, names), rated);
        } catch (WeightingException e) {
            return new ConcernResult(question, concerns, null, e.problems(), false, revision, CodingCounted.NONE,
                    List.of());
        }
    }

    /**
     * The question's concerns in its choices' order, named from the catalogue; then the concerns of the catalogue
     * and the themes its ranked "other" answers were coded with, in the codebook's order.
     */
    private Map<String, String> concerns(Question question, List<CodedFreeText.CodedResponse> coded,
                                         Codebook codebook) {
        Map<String, String> concerns = new LinkedHashMap<>();
        for (Choice choice : question.choices()) {
            if (choice.concern() != null) {
                concerns.putIfAbsent(choice.concern(), library.catalogue().concern(choice.concern())
                        .map(c -> c.name()).orElse(choice.label()));
            }
        }
        Set<String> used = coded.stream().map(r -> r.codes().get(question.id())).filter(c -> c != null)
                .flatMap(List::stream).collect(Collectors.toSet());
        codebook.codes().stream().filter(c -> used.contains(c.code()))
                .forEach(c -> concerns.putIfAbsent(c.code(), c.name()));
        used.stream().sorted().forEach(code -> concerns.putIfAbsent(code, code));
        return concerns;
    }
}
