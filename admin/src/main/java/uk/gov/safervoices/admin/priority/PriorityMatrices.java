package uk.gov.safervoices.admin.priority;

import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.analysis.Analyses;
import uk.gov.safervoices.admin.analysis.ConcernResults;
import uk.gov.safervoices.admin.analysis.concerns.ConcernScore;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.crime.CrimeIndicatorReports;
import uk.gov.safervoices.admin.crime.core.ConcernIndicator;
import uk.gov.safervoices.admin.crime.core.CrimeIndicatorTable;
import uk.gov.safervoices.admin.crime.core.PlanYear;
import uk.gov.safervoices.admin.priority.matrix.Criterion;
import uk.gov.safervoices.admin.priority.matrix.MatrixOptions;
import uk.gov.safervoices.admin.priority.matrix.PriorityMatrix;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.definitions.model.Question;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan year's priority matrix put together (ADR 0025): residents' ranked concerns from the chosen consultation
 * (average Borda points, weighted by the chosen scheme), police recorded crime of the chosen year (volume and harm
 * per 1,000 residents of the scheme's area, change on the year before), and the partnership's own scores, each
 * with where it came from, then scaled, weighted and ranked by {@link PriorityMatrix}.
 */
@Singleton
public class PriorityMatrices {
    private final MatrixSettings settings;
    private final ConcernResults concernResults;
    private final Analyses analyses;
    private final Questionnaires questionnaires;
    private final Consultations consultations;
    private final WeightingSchemes schemes;
    private final MarginSets marginSets;
    private final CrimeIndicatorReports crime;
    private final DefinitionLibrary library;

    PriorityMatrices(MatrixSettings settings, ConcernResults concernResults, Analyses analyses,
                     Questionnaires questionnaires, Consultations consultations, WeightingSchemes schemes,
                     MarginSets marginSets, CrimeIndicatorReports crime, DefinitionLibrary library) {
        this.settings = settings;
        this.concernResults = concernResults;
        this.analyses = analyses;
        this.questionnaires = questionnaires;
        this.consultations = consultations;
        this.schemes = schemes;
        this.marginSets = marginSets;
        this.crime = crime;
        this.library = library;
    }

    /**
     * One criterion with its values.
     *
     * @param values  each concern's value, in the criterion's own unit
     * @param shown   each concern's value as written for people (with its CI where it has one)
     * @param problem why it has no values, in words; null when it has some
     */
    public record CriterionValues(MatrixSettings.CriterionSetting setting, String name, String source, String unit,
                                  Map<String, Double> values, Map<String, String> shown, String problem) {
        public CriterionValues {
            values = Map.copyOf(values);
            shown = Map.copyOf(shown);
        }

        /** It takes part in the ranking: it has values and a weight above 0. */
        public boolean used() {
            return !values.isEmpty() && setting.weight() > 0;
        }
    }

    /**
     * The matrix of a plan year.
     *
     * @param result   the ranking over the criteria used; empty when no criterion has both values and a weight
     * @param names    concern code to name, for every concern in the matrix
     * @param warnings what the reader should know about the evidence, in words
     */
    public record Report(MatrixSettings.Setting setting, List<CriterionValues> criteria,
                         Optional<PriorityMatrix.Result> result, Map<String, String> names, List<String> warnings) {
        public Report {
            criteria = List.copyOf(criteria);
            names = Map.copyOf(names);
            warnings = List.copyOf(warnings);
        }

        public Optional<CriterionValues> criterion(String code) {
            return criteria.stream().filter(c -> c.setting().code().equals(code)).findFirst();
        }
    }

    public Optional<Report> report(String planYear) {
        return settings.find(planYear).map(this::report);
    }

    public Report report(MatrixSettings.Setting setting) {
        List<String> warnings = new ArrayList<>();
        Optional<WeightingScheme> scheme = Optional.ofNullable(setting.schemeId()).flatMap(schemes::find);
        Optional<MarginSet> margins = scheme.flatMap(s -> marginSets.find(s.marginSetId()));
        double population = margins.map(MarginSet::population).orElse(0.0);
        List<CriterionValues> criteria = new ArrayList<>();
        CommunityConcern community = communityConcern(setting, scheme);
        CrimeIndicatorTable crimeTable = setting.crimeYear() == null ? null
                : crime.indicators(new PlanYear(setting.crimeYear()), population);
        if (crimeTable != null && crimeTable.months() == 0) {
            warnings.add("There is no police recorded crime for " + crimeTable.year().label()
                    + ": import it, or choose another year.");
        } else if (crimeTable != null && !crimeTable.complete()) {
            warnings.add(crimeTable.year().label() + " has " + crimeTable.months() + " of 12 months of police data and "
                    + crimeTable.year().previous().label() + " has " + crimeTable.previousMonths()
                    + ": volumes, harm and the trend cover only those months.");
        }
        if (crimeTable != null && population <= 0) {
            warnings.add("Volume and harm are totals, not per 1,000 residents: choose a weighting scheme, whose"
                    + " margins give the population.");
        }
        for (MatrixSettings.CriterionSetting criterion : setting.criteria()) {
            criteria.add(switch (criterion.code()) {
                case MatrixSettings.COMMUNITY_CONCERN -> community.values(criterion);
                case MatrixSettings.CRIME_VOLUME, MatrixSettings.CRIME_TREND, MatrixSettings.CRIME_HARM ->
                        crimeValues(criterion, crimeTable, population, margins);
                default -> own(criterion, setting.scores().getOrDefault(criterion.code(), Map.of()));
            });
        }
        Set<String> concerns = new LinkedHashSet<>();
        List<String> catalogueOrder = library.catalogue().concerns().stream().map(Concern::code).toList();
        List<CriterionValues> used = criteria.stream().filter(CriterionValues::used).toList();
        for (String code : catalogueOrder) {
            if (used.stream().anyMatch(c -> c.values().containsKey(code))) {
                concerns.add(code);
            }
        }
        used.forEach(c -> concerns.addAll(c.values().keySet())); // codes no longer in the catalogue, last
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : concerns) {
            names.put(code, library.catalogue().concern(code).map(Concern::name)
                    .orElse(community.names().getOrDefault(code, code)));
        }
        Optional<PriorityMatrix.Result> result = Optional.empty();
        if (!used.isEmpty() && !concerns.isEmpty()) {
            Map<String, Map<String, Double>> values = new LinkedHashMap<>();
            used.forEach(c -> values.put(c.setting().code(), c.values()));
            result = Optional.of(PriorityMatrix.compute(new ArrayList<>(concerns), used.stream()
                    .map(c -> new Criterion(c.setting().code(), c.name(), c.setting().weight(),
                            c.setting().higherIsPriority())).toList(), values, MatrixOptions.DEFAULTS));
        }
        return new Report(setting, criteria, result, names, warnings);
    }

    /** Residents' ranked concerns, or why there are none. */
    private record CommunityConcern(Map<String, Double> values, Map<String, String> shown, Map<String, String> names,
                                    String source, String problem) {
        CriterionValues values(MatrixSettings.CriterionSetting criterion) {
            return new CriterionValues(criterion, "Residents' concern", source, "average points",
                    problem == null ? values : Map.of(), problem == null ? shown : Map.of(), problem);
        }

        static CommunityConcern none(String problem) {
            return new CommunityConcern(Map.of(), Map.of(), Map.of(), "Residents' ranking of concerns", problem);
        }
    }

    private CommunityConcern communityConcern(MatrixSettings.Setting setting, Optional<WeightingScheme> scheme) {
        Optional<Consultation> consultation = Optional.ofNullable(setting.consultationId())
                .flatMap(consultations::byId);
        if (consultation.isEmpty()) {
            return CommunityConcern.none("No consultation is chosen.");
        }
        if (scheme.isEmpty()) {
            return CommunityConcern.none("No weighting scheme is chosen: residents' figures are always weighted.");
        }
        List<Analyses.VersionResponses> versions = analyses.versions(consultation.get().id());
        if (versions.isEmpty()) {
            return CommunityConcern.none(consultation.get().title() + " has no responses yet.");
        }
        QuestionnaireVersion version = questionnaires.version(versions.get(0).versionId()).orElseThrow();
        List<Question> questions = concernResults.rankingQuestions(version);
        if (questions.isEmpty()) {
            return CommunityConcern.none(consultation.get().title() + "'s questionnaire has no ranking of concerns.");
        }
        ConcernResults.ConcernResult result = concernResults.results(consultation.get().id(), version, scheme.get(),
                questions.get(0));
        if (!result.weighted()) {
            return CommunityConcern.none("The responses cannot be weighted by " + scheme.get().name() + ": "
                    + result.problems().get(0).message());
        }
        if (result.analysis().rankers() == 0) {
            return CommunityConcern.none("Nobody has ranked a concern in " + consultation.get().title() + ".");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (String code : result.concerns().keySet()) {
            Optional<ConcernScore> score = result.analysis().score(code);
            if (score.isPresent() && Double.isFinite(score.get().bordaMean().value())) {
                values.put(code, score.get().bordaMean().value());
                shown.put(code, number(score.get().bordaMean().value(), 2) + " (95% CI "
                        + number(score.get().bordaMean().interval().lower(), 2) + " to "
                        + number(score.get().bordaMean().interval().upper(), 2) + ")");
            }
        }
        String source = "Average ranking points (" + points(result.question().rankCount()) + ") in "
                + consultation.get().title() + ", " + number(result.analysis().rankers(), 0)
                + " residents who ranked, weighted by " + scheme.get().name()
                + (result.untrimmed() ? " (raked weights, before trimming)" : "");
        return new CommunityConcern(values, shown, result.concerns(), source, null);
    }

    private static String points(int ranks) {
        List<String> points = new ArrayList<>();
        for (int rank = 1; rank <= ranks; rank++) {
            points.add(Integer.toString(ranks - rank + 1));
        }
        return "first to " + (ranks == 1 ? "first" : ordinal(ranks)) + " choice: " + String.join(", ", points);
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            case 5 -> "fifth";
            default -> n + "th";
        };
    }

    private static CriterionValues crimeValues(MatrixSettings.CriterionSetting criterion, CrimeIndicatorTable table,
                                               double population, Optional<MarginSet> margins) {
        String perWhat = population > 0 ? " per 1,000 residents" : "";
        String name = switch (criterion.code()) {
            case MatrixSettings.CRIME_VOLUME -> "Recorded crime" + perWhat;
            case MatrixSettings.CRIME_TREND -> "Trend in recorded crime";
            default -> "Harm" + perWhat;
        };
        if (table == null || table.months() == 0) {
            return new CriterionValues(criterion, name, "Police recorded crime", "", Map.of(), Map.of(),
                    table == null ? "No year of police recorded crime is chosen."
                            : "There is no police recorded crime for " + table.year().label() + ".");
        }
        String year = table.year().label() + " (" + table.months() + " months)";
        String populationSource = margins.map(m -> " of " + number(population, 0) + " residents (" + m.name() + ")")
                .orElse("");
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        String source;
        String unit;
        switch (criterion.code()) {
            case MatrixSettings.CRIME_VOLUME -> {
                source = "Police recorded crime, " + year + populationSource;
                unit = population > 0 ? "crimes per 1,000" : "crimes";
                for (ConcernIndicator indicator : table.concerns()) {
                    double value = indicator.perThousand().orElse(indicator.volume());
                    values.put(indicator.concernCode(), value);
                    shown.put(indicator.concernCode(), number(value, population > 0 ? 2 : 0)
                            + (population > 0 ? " (" + number(indicator.volume(), 0) + " crimes)" : ""));
                }
            }
            case MatrixSettings.CRIME_TREND -> {
                source = "Change in police recorded crime, " + table.year().label() + " on "
                        + table.year().previous().label() + "; a rise counts towards priority";
                unit = "% change";
                for (ConcernIndicator indicator : table.concerns()) {
                    if (indicator.changePercent().isPresent()) {
                        double value = indicator.changePercent().getAsDouble();
                        values.put(indicator.concernCode(), value);
                        shown.put(indicator.concernCode(), (value > 0 ? "+" : "") + number(value, 1) + "%");
                    }
                }
            }
            default -> {
                source = "Each crime's harm weight (crime type mappings) added up, " + year + populationSource;
                unit = population > 0 ? "harm per 1,000" : "harm";
                for (ConcernIndicator indicator : table.concerns()) {
                    double value = population > 0 ? indicator.harm() * 1000 / population : indicator.harm();
                    values.put(indicator.concernCode(), value);
                    shown.put(indicator.concernCode(), number(value, population > 0 ? 1 : 0));
                }
            }
        }
        String problem = values.isEmpty() ? (criterion.code().equals(MatrixSettings.CRIME_TREND)
                ? "There is no police data for " + table.year().previous().label() + " to compare with."
                : "No crime type is mapped to a concern.") : null;
        return new CriterionValues(criterion, name, source, unit, values, shown, problem);
    }

    private static CriterionValues own(MatrixSettings.CriterionSetting criterion, Map<String, Double> scores) {
        Map<String, String> shown = new LinkedHashMap<>();
        scores.forEach((concern, score) -> shown.put(concern, number(score, score == Math.rint(score) ? 0 : 2)));
        return new CriterionValues(criterion, criterion.name(), criterion.source().isBlank()
                ? "The partnership's own score" : criterion.source(), "score", scores, shown,
                scores.isEmpty() ? "The partnership has not scored any concern yet." : null);
    }

    static String number(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }
}
