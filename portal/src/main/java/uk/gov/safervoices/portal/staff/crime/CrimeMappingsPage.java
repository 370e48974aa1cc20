package uk.gov.safervoices.portal.staff.crime;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.crime.CrimeFileProblem;
import uk.gov.safervoices.admin.crime.CrimeMappings;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The mappings page ({@code staff/crime/mappings}): crime types to concerns and harm, and the LSOA lookup. */
@Singleton
class CrimeMappingsPage {
    private final CrimeMappings mappings;
    private final DefinitionLibrary library;
    private final StaffPages pages;

    CrimeMappingsPage(CrimeMappings mappings, DefinitionLibrary library, StaffPages pages) {
        this.mappings = mappings;
        this.library = library;
        this.pages = pages;
    }

    Set<String> concernCodes() {
        return library.catalogue().concerns().stream().map(Concern::code).collect(Collectors.toSet());
    }

    ModelAndView<Map<String, Object>> render(HttpRequest<?> request, StaffUser user, CrimeTypesForm form,
                                             List<CrimeFileProblem> lookupProblems, String lookupFileError) {
        boolean failed = !form.ok() || !lookupProblems.isEmpty() || lookupFileError != null;
        Map<String, Object> model = pages.model(request, (failed ? "Error: " : "") + "Crime mappings");
        model.put("backUrl", StaffRoutes.CRIME);
        model.put("analyst", user.has(Role.ANALYST));
        model.put("formAction", StaffRoutes.CRIME_MAPPINGS);
        model.put("lookupAction", StaffRoutes.CRIME_LSOA_WARDS);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            CrimeTypesForm.Row row = form.rows().get(i);
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("index", i);
            cells.put("crimeType", row.crimeType());
            cells.put("concernName", library.catalogue().concern(row.concernCode()).map(Concern::name).orElse("None"));
            cells.put("harm", row.harm());
            cells.put("concernOptions", options(row.concernCode()));
            cells.put("concernError", form.problems().get("concern-" + i));
            cells.put("harmError", form.problems().get("harm-" + i));
            rows.add(cells);
        }
        model.put("crimeTypes", rows);
        model.put("source", form.source());
        model.put("sourceError", form.problems().get("source"));
        Map<String, String> wards = mappings.lsoaWards();
        model.put("lsoaCount", String.format("%,d", wards.size()));
        model.put("wardCount", String.format("%,d", wards.values().stream().distinct().count()));
        CrimeProblems.addTo(model, lookupProblems, lookupFileError, "lsoaFile");
        if (!form.ok()) {
            List<Map<String, Object>> links = new ArrayList<>();
            form.problems().forEach((field, message) -> links.add(Map.of("text", message, "href", "#" + field)));
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList", links));
        }
        return new ModelAndView<>("staff/crime/mappings", model);
    }

    private List<Map<String, Object>> options(String chosen) {
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(Map.of("value", "", "text", "None", "selected", chosen.isEmpty()));
        for (Concern concern : library.catalogue().concerns()) {
            options.add(Map.of("value", concern.code(), "text", concern.name(), "selected",
                    concern.code().equals(chosen)));
        }
        return options;
    }
}
