package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.analysis.Analyses;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis overview: consultations with responses (to weight and see results), weighting schemes and
 * population margins. Analysts manage schemes and margins; partnership members see results.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured({StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
class AnalysisController {
    private final Consultations consultations;
    private final Analyses analyses;
    private final WeightingSchemes schemes;
    private final MarginSets marginSets;
    private final StaffPages pages;

    AnalysisController(Consultations consultations, Analyses analyses, WeightingSchemes schemes,
                       MarginSets marginSets, StaffPages pages) {
        this.consultations = consultations;
        this.analyses = analyses;
        this.schemes = schemes;
        this.marginSets = marginSets;
        this.pages = pages;
    }

    @Get(StaffRoutes.ANALYSIS)
    ModelAndView<Map<String, Object>> overview(HttpRequest<?> request, StaffUser user) {
        Map<String, Object> model = pages.model(request, "Analysis");
        List<WeightingScheme> allSchemes = schemes.all();
        List<MarginSet> sets = marginSets.all();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Consultation consultation : consultations.all()) {
            long responses = analyses.versions(consultation.id()).stream()
                    .mapToLong(Analyses.VersionResponses::responses).sum();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", consultation.title());
            row.put("dates", StaffDates.day(consultation.opensAt()) + " to " + StaffDates.day(consultation.closesAt().minusMillis(1)));
            row.put("responses", String.format("%,d", responses));
            if (responses > 0 && !allSchemes.isEmpty()) {
                row.put("resultsUrl", StaffRoutes.analysis(consultation.id(), "results"));
                row.put("weightingUrl", StaffRoutes.analysis(consultation.id(), "weighting"));
                row.put("concernsUrl", StaffRoutes.analysis(consultation.id(), "concerns"));
            }
            if (responses > 0) {
                row.put("codingUrl", StaffRoutes.analysis(consultation.id(), "coding"));
            }
            rows.add(row);
        }
        model.put("consultations", rows);
        model.put("schemes", allSchemes.stream().map(scheme -> Map.of("name", scheme.name(),
                "url", StaffRoutes.weightingScheme(scheme.id()),
                "variables", String.join(", ", scheme.variables()),
                "margins", sets.stream().filter(s -> s.id() == scheme.marginSetId()).map(MarginSet::name)
                        .findFirst().orElse(""))).toList());
        model.put("marginSets", sets.stream().map(set -> Map.of("name", set.name(),
                "url", StaffRoutes.marginSet(set.id()), "area", set.area(),
                "variables", String.join(", ", set.variables()),
                "uploaded", StaffDates.day(set.uploadedAt()))).toList());
        boolean analyst = user.has(Role.ANALYST);
        model.put("analyst", analyst);
        model.put("newSchemeUrl", StaffRoutes.ANALYSIS_NEW_SCHEME);
        model.put("newMarginsUrl", StaffRoutes.ANALYSIS_NEW_MARGINS);
        model.put("noSchemes", allSchemes.isEmpty());
        model.put("crimeUrl", StaffRoutes.CRIME);
        model.put("matrixUrl", StaffRoutes.MATRICES);
        return new ModelAndView<>("staff/analysis/overview", model);
    }
}
