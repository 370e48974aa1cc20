package uk.gov.safervoices.portal.staff.crime;

import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.crime.CrimeIndicatorReports;
import uk.gov.safervoices.admin.crime.core.ConcernIndicator;
import uk.gov.safervoices.admin.crime.core.CrimeIndicatorTable;
import uk.gov.safervoices.admin.crime.core.PlanYear;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Concern;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The indicators table of {@code staff/crime/overview} and the form that chooses it. */
@Singleton
class CrimeIndicatorsView {
    private final CrimeIndicatorReports reports;
    private final DefinitionLibrary library;

    CrimeIndicatorsView(CrimeIndicatorReports reports, DefinitionLibrary library) {
        this.reports = reports;
        this.library = library;
    }

    /** What was asked for: a plan year, and the population from a set of margins or typed in (0: none). */
    record Choice(Optional<PlanYear> year, String marginsId, String populationText, double population,
                  String populationError) {

        static Choice of(List<PlanYear> years, String year, String margins, String population,
                         List<MarginSet> sets) {
            Optional<PlanYear> chosen = years.stream().filter(y -> Integer.toString(y.startYear()).equals(year))
                    .findFirst().or(() -> years.stream().findFirst());
            String typed = population == null ? "" : population.strip();
            if (!typed.isEmpty()) {
                try {
                    double value = Double.parseDouble(typed.replace(",", ""));
                    if (value > 0 && Double.isFinite(value)) {
                        return new Choice(chosen, "", typed, value, null);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                return new Choice(chosen, "", typed, 0, "Enter the population as a number more than 0, like 120,000");
            }
            Optional<MarginSet> set = sets.stream().filter(s -> Long.toString(s.id()).equals(margins)).findFirst();
            return new Choice(chosen, set.map(s -> Long.toString(s.id())).orElse(""), "",
                    set.map(MarginSet::population).orElse(0.0), null);
        }
    }

    void addTo(Map<String, Object> model, List<PlanYear> years, Choice choice, List<MarginSet> sets) {
        model.put("years", years.stream().map(y -> Map.of("value", Integer.toString(y.startYear()), "text", y.label(),
                "selected", choice.year().map(y::equals).orElse(false))).toList());
        List<Map<String, Object>> setOptions = new ArrayList<>();
        setOptions.add(Map.of("value", "", "text", "None", "selected", choice.marginsId().isEmpty()));
        sets.forEach(s -> setOptions.add(Map.of("value", Long.toString(s.id()), "text", s.name() + " ("
                + number(s.population(), 0) + ")", "selected", Long.toString(s.id()).equals(choice.marginsId()))));
        model.put("marginSets", setOptions);
        model.put("population", choice.populationText());
        if (choice.populationError() != null) {
            model.put("populationError", choice.populationError());
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList",
                    List.of(Map.of("text", choice.populationError(), "href", "#population"))));
        }
        if (choice.year().isEmpty()) {
            return;
        }
        CrimeIndicatorTable table = reports.indicators(choice.year().get(), choice.population());
        model.put("yearLabel", table.year().label());
        model.put("previousLabel", table.year().previous().label());
        model.put("populationUsed", choice.population() > 0 ? number(choice.population(), 0) : null);
        if (!table.complete()) {
            model.put("partYearWarning", table.year().label() + " has " + table.months() + " of 12 months of data and "
                    + table.year().previous().label() + " has " + table.previousMonths() + ": volumes and changes "
                    + "cover only those months.");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConcernIndicator indicator : table.concerns()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("concern", library.catalogue().concern(indicator.concernCode()).map(Concern::name)
                    .orElse(indicator.concernCode()));
            row.put("volume", number(indicator.volume(), 0));
            row.put("rate", optional(indicator.perThousand(), 2));
            row.put("previous", indicator.previousVolume().isPresent()
                    ? number(indicator.previousVolume().getAsLong(), 0) : "No data");
            row.put("change", indicator.change().isPresent() ? signed(indicator.change().getAsLong()) : "");
            row.put("changePercent", indicator.changePercent().isPresent()
                    ? signed(indicator.changePercent().getAsDouble(), 1) + "%" : "");
            row.put("harm", number(indicator.harm(), 0));
            rows.add(row);
        }
        model.put("indicators", rows);
    }

    private static String optional(OptionalDouble value, int digits) {
        return value.isPresent() ? number(value.getAsDouble(), digits) : "";
    }

    private static String signed(double value, int digits) {
        return (value > 0 ? "+" : "") + number(value, digits);
    }

    private static String signed(long value) {
        return (value > 0 ? "+" : "") + number(value, 0);
    }

    static String number(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }
}
