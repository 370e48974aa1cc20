package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.MarginCategory;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The page of one set of margins ({@code staff/analysis/margins}): figures, totals, and the replace form. */
@Singleton
class MarginSetPage {
    /** Totals closer than this, relative to the first, count as equal (as raking's default tolerance). */
    private static final double SAME_TOTAL = 1e-10;

    private final StaffPages pages;

    MarginSetPage(StaffPages pages) {
        this.pages = pages;
    }

    ModelAndView<Map<String, Object>> render(HttpRequest<?> request, MarginSet set, List<WeightingScheme> schemes,
                                             MarginsForm.Posted posted, MarginsForm.Checked checked) {
        Map<String, Object> model = pages.model(request, (checked.ok() ? "" : "Error: ") + "Population margins: "
                + set.name());
        model.put("backUrl", StaffRoutes.ANALYSIS);
        model.put("set", set);
        model.put("uploadedAt", StaffDates.dateTime(set.uploadedAt()));
        List<Map<String, Object>> variables = new ArrayList<>();
        for (Margin margin : set.margins()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (MarginCategory category : margin.categories()) {
                rows.add(Map.of("category", category.category(), "population", number(category.population())));
            }
            variables.add(Map.of("variable", margin.variable(), "rows", rows, "total", number(margin.total())));
        }
        model.put("variables", variables);
        totalsDiffer(set.margins()).ifPresent(warning -> model.put("totalsWarning", warning));
        model.put("usedBy", schemes.stream().filter(s -> s.marginSetId() == set.id())
                .map(s -> Map.of("name", s.name(), "url", StaffRoutes.weightingScheme(s.id()))).toList());
        model.put("formAction", StaffRoutes.marginSet(set.id()));
        model.put("button", "Replace the figures");
        MarginsForm.addTo(model, posted, checked);
        return new ModelAndView<>("staff/analysis/margins", model);
    }

    /** "The totals differ: ward 120,000, sex 119,500. ..." when the variables' totals are not all the same. */
    static Optional<String> totalsDiffer(List<Margin> margins) {
        if (margins.size() < 2) {
            return Optional.empty();
        }
        double first = margins.get(0).total();
        boolean differ = margins.stream().anyMatch(m -> Math.abs(m.total() - first)
                > SAME_TOTAL * Math.max(Math.abs(first), 1));
        if (!differ) {
            return Optional.empty();
        }
        List<String> totals = margins.stream().map(m -> m.variable() + " " + number(m.total())).toList();
        return Optional.of("The totals differ: " + String.join(", ", totals) + ". Weighting will refuse these "
                + "margins unless the scheme rescales them.");
    }

    static String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
