package uk.gov.safervoices.admin.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.EqualityQuestions;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analysis results for a consultation's responses to a questionnaire version, weighted by a scheme: counted in
 * SQL, weighted and estimated in the analysis core, and kept (Caffeine) until the data changes. A result is reused
 * only while the {@link AnalysisInputs} it was computed from are unchanged: no new response or equality answer, and
 * no staff change to responses, margins or schemes (docs/adr/0016-analysis-results-cache.md).
 */
@Singleton
public class Analyses {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Analyses.class);
    private final ResponseCells responseCells;
    private final Questionnaires questionnaires;
    private final MarginSets marginSets;
    private final DefinitionLibrary library;
    private final ConnectionOperations<Connection> connections;
    private final Cache<CellsKey, RawCells> cells = Caffeine.newBuilder().maximumSize(32)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final Cache<ResultKey, AnalysisResult> results = Caffeine.newBuilder().maximumSize(64)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final Cache<VersionsKey, List<VersionResponses>> versions = Caffeine.newBuilder().maximumSize(256)
            .expireAfterAccess(Duration.ofHours(1)).build();

    Analyses(ResponseCells responseCells, Questionnaires questionnaires, MarginSets marginSets,
             DefinitionLibrary library, ConnectionOperations<Connection> connections) {
        this.responseCells = responseCells;
        this.questionnaires = questionnaires;
        this.marginSets = marginSets;
        this.library = library;
        this.connections = connections;
    }

    /** {@code breakdownQuestion}: the extra key column of a breakdown by a question, else null. */
    private record CellsKey(long consultationId, long versionId, String breakdownQuestion, AnalysisInputs inputs) {
    }

    private record ResultKey(CellsKey cells, long schemeId, String breakdown) {
    }

    private record VersionsKey(long consultationId, AnalysisInputs inputs) {
    }

    /** The variables results can be broken down by, for this version. */
    public List<BreakdownOption> breakdownOptions(QuestionnaireVersion version) {
        return BreakdownOption.of(questionnaires.definition(version), library.lookups());
    }

    /** The items estimated for this version, in questionnaire order. */
    public List<AnalysisItem> items(QuestionnaireVersion version) {
        return AnalysisItems.of(questionnaires.definition(version), library.lookups());
    }

    /**
     * @param breakdown a {@link BreakdownOption#variable()} of this version, or null for overall results only
     */
    public AnalysisResult results(long consultationId, QuestionnaireVersion version, WeightingScheme scheme,
                                  String breakdown) {
        Questionnaire definition = questionnaires.definition(version);
        Optional<BreakdownOption> option = breakdown == null ? Optional.empty()
                : BreakdownOption.of(definition, library.lookups()).stream()
                .filter(o -> o.variable().equals(breakdown)).findFirst();
        if (breakdown != null && option.isEmpty()) {
            throw new IllegalArgumentException("No breakdown \"" + breakdown + "\" for this questionnaire");
        }
        AnalysisInputs inputs = inputs(consultationId);
        // A breakdown by a weighting variable or the channel uses the key columns every count has: same cells.
        String extraColumn = option.map(BreakdownOption::questionId).orElse(null);
        CellsKey cellsKey = new CellsKey(consultationId, version.id(), extraColumn, inputs);
        return results.get(new ResultKey(cellsKey, scheme.id(), breakdown), key -> {
            long started = System.nanoTime();
            RawCells raw = cells.get(cellsKey, k -> count(consultationId, version, definition, option.orElse(null)));
            long counted = System.nanoTime();
            MarginSet margins = marginSets.find(scheme.marginSetId()).orElseThrow();
            int column = option.map(o -> SurveyWeighting.columnOf(raw, o.variable())).orElse(-1);
            AnalysisResult result = SurveyEstimates.run(AnalysisItems.of(definition, library.lookups()), raw, scheme,
                    margins, option.map(BreakdownOption::breakdown).orElse(null), column, inputs.toString());
            LOG.debug("Analysed consultation {} version {} by {}: {} respondents counted in {} ms, estimated in {} ms",
                    consultationId, version.id(), breakdown, raw.totalRespondents(), (counted - started) / 1_000_000,
                    (System.nanoTime() - counted) / 1_000_000);
            return result;
        });
    }

    /** The consultation's counted responses to a version, without a breakdown (cached as results are). */
    RawCells cells(long consultationId, QuestionnaireVersion version, AnalysisInputs inputs) {
        Questionnaire definition = questionnaires.definition(version);
        return cells.get(new CellsKey(consultationId, version.id(), null, inputs),
                k -> count(consultationId, version, definition, null));
    }

    /**
     * The consultation's counted responses to a version with a breakdown's key column (cached as results are), how
     * they were counted (for counting single responses the same way), and the breakdown's column among them.
     *
     * @param breakdown a {@link BreakdownOption#variable()} of this version
     */
    BreakdownCells breakdownCells(long consultationId, QuestionnaireVersion version, AnalysisInputs inputs,
                                  String breakdown) {
        Questionnaire definition = questionnaires.definition(version);
        BreakdownOption option = BreakdownOption.of(definition, library.lookups()).stream()
                .filter(o -> o.variable().equals(breakdown)).findFirst().orElseThrow(() ->
                        new IllegalArgumentException("No breakdown \"" + breakdown + "\" for this questionnaire"));
        RawCells raw = cells.get(new CellsKey(consultationId, version.id(), option.questionId(), inputs),
                k -> count(consultationId, version, definition, option));
        return new BreakdownCells(option.breakdown(), raw, SurveyWeighting.columnOf(raw, option.variable()),
                counting(definition, option));
    }

    /** Counted responses with a breakdown's column: see {@link #breakdownCells}. */
    record BreakdownCells(AnalysisResult.Breakdown breakdown, RawCells cells, int column, Counting counting) {
    }

    private RawCells count(long consultationId, QuestionnaireVersion version, Questionnaire definition,
                           BreakdownOption breakdown) {
        Counting counting = counting(definition, breakdown);
        return responseCells.count(new ResponseCells.Scope(consultationId, version.id()), counting.codes(),
                counting.columns(), counting.multiMain(), counting.multiEquality(), counting.rankings());
    }

    /** How a version's lines are counted: its coding, key columns, multiple-answer and ranking questions. */
    record Counting(uk.gov.safervoices.admin.response.CodedAnswers codes, List<KeyColumn> columns,
                    Set<String> multiMain, Set<String> multiEquality, Map<String, Integer> rankings) {
        /** A fresh counter, counting as the cells without a breakdown are counted. */
        CodedAnswerCounts counter() {
            return new CodedAnswerCounts(codes, columns, multiMain, multiEquality, rankings);
        }
    }

    /** How the cells of a version without a breakdown are counted (for counting single responses the same way). */
    Counting counting(QuestionnaireVersion version) {
        return counting(questionnaires.definition(version), null);
    }

    private static Counting counting(Questionnaire definition, BreakdownOption breakdown) {
        Set<String> equality = EqualityQuestions.ids(definition);
        List<KeyColumn> columns = BreakdownOption.keyColumns(definition, equality, breakdown);
        Set<String> multiMain = new LinkedHashSet<>();
        Set<String> multiEquality = new LinkedHashSet<>();
        definition.questionStream().filter(q -> q.type().name().equals("MULTIPLE_CHOICE")
                        || q.type().name().equals("RANKING"))
                .forEach(q -> (equality.contains(q.id()) ? multiEquality : multiMain).add(q.id()));
        Map<String, Integer> rankings = new LinkedHashMap<>();
        definition.questionStream().filter(q -> q.type().name().equals("RANKING") && !equality.contains(q.id())
                && q.rankCount() != null).forEach(q -> rankings.put(q.id(), q.rankCount()));
        return new Counting(uk.gov.safervoices.admin.response.CodedAnswers.of(definition), columns, multiMain,
                multiEquality, rankings);
    }

    /** A questionnaire version a consultation has included responses to, and how many. */
    public record VersionResponses(long versionId, long questionnaireId, int versionNumber, long responses) {
    }

    /** The versions a consultation's included responses answered, most responses first (cached like results). */
    public List<VersionResponses> versions(long consultationId) {
        return versions.get(new VersionsKey(consultationId, inputs(consultationId)), key -> countVersions(consultationId));
    }

    private List<VersionResponses> countVersions(long consultationId) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("SELECT v.id,"
                    + " v.questionnaire_id, v.version_number, COUNT(*) AS responses FROM response r"
                    + " JOIN questionnaire_version v ON v.id = r.questionnaire_version_id"
                    + " WHERE r.consultation_id = ? AND r.status = 'SUBMITTED'"
                    + " GROUP BY v.id, v.questionnaire_id, v.version_number ORDER BY responses DESC, v.id DESC")) {
                statement.setLong(1, consultationId);
                List<VersionResponses> found = new java.util.ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        found.add(new VersionResponses(result.getLong(1), result.getLong(2), result.getInt(3),
                                result.getLong(4)));
                    }
                }
                return List.copyOf(found);
            } catch (SQLException e) {
                throw new IllegalStateException("Listing the versions answered failed", e);
            }
        });
    }

    /** What the consultation's results depend on, read in one cheap query (three index lookups). */
    AnalysisInputs inputs(long consultationId) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("SELECT"
                    + " (SELECT MAX(id) FROM response WHERE consultation_id = ? AND status = 'SUBMITTED'),"
                    + " (SELECT MAX(id) FROM response_equality_answer),"
                    + " (SELECT revision FROM analysis_revision WHERE id = 1)")) {
                statement.setLong(1, consultationId);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return new AnalysisInputs(result.getLong(1), result.getLong(2), result.getLong(3));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the analysis revision failed", e);
            }
        });
    }
}
