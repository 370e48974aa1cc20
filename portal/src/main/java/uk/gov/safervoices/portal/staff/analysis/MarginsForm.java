package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.http.multipart.CompletedFileUpload;
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.weighting.MarginCsv;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.portal.web.Forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The population margins form, for a new set and for replacing a set's figures: name, area, source and the CSV,
 * uploaded ({@code multipart/form-data}) or pasted. Checked all at once; the view is
 * {@code views/staff/analysis/margins-form.hbs}.
 */
final class MarginsForm {
    private static final int MAX_AREA_LENGTH = 200;

    private MarginsForm() {
    }

    /**
     * What was posted. {@code fileName} is the uploaded file's name, or null when the CSV was pasted; the text of an
     * uploaded file is shown in the text box again if the form has a problem, so it is not lost.
     */
    record Posted(String name, String area, String source, String fileName, String csv) {
        static Posted blank() {
            return new Posted("", "", "", null, "");
        }

        /** The form to replace a set's figures: its description filled in, no figures. */
        static Posted describing(MarginSet set) {
            return new Posted(set.name(), set.area(), set.source(), null, "");
        }

        static Posted fields(Map<String, List<String>> fields) {
            return new Posted(strip(Forms.first(fields, "name")), strip(Forms.first(fields, "area")),
                    strip(Forms.first(fields, "source")), null, orEmpty(Forms.first(fields, "csv")));
        }

        static Posted parts(String name, String area, String source, CompletedFileUpload file, String pasted) {
            if (file != null && file.getSize() > 0) {
                return new Posted(strip(name), strip(area), strip(source), file.getFilename(), read(file));
            }
            return new Posted(strip(name), strip(area), strip(source), null, orEmpty(pasted));
        }

        MarginSets.Description description() {
            return new MarginSets.Description(name, area, source);
        }
    }

    /** The outcome: field problems (field id to message), the CSV's problems, and the margins if all is well. */
    record Checked(Map<String, String> problems, List<MarginCsv.Problem> csvProblems, List<Margin> margins) {
        boolean ok() {
            return problems.isEmpty() && csvProblems.isEmpty();
        }
    }

    static Checked check(Posted posted, Predicate<String> nameTaken) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (posted.name().isEmpty()) {
            problems.put("name", "Enter a name for these margins");
        } else if (posted.name().length() > MarginSets.MAX_NAME_LENGTH) {
            problems.put("name", "The name must be " + MarginSets.MAX_NAME_LENGTH + " characters or fewer");
        } else if (nameTaken.test(posted.name())) {
            problems.put("name", "Other margins are called " + posted.name() + ": choose another name");
        }
        if (posted.area().isEmpty()) {
            problems.put("area", "Enter the area the figures cover");
        } else if (posted.area().length() > MAX_AREA_LENGTH) {
            problems.put("area", "The area must be " + MAX_AREA_LENGTH + " characters or fewer");
        }
        if (posted.source().isEmpty()) {
            problems.put("source", "Enter where the figures come from");
        } else if (posted.source().length() > MarginSets.MAX_SOURCE_LENGTH) {
            problems.put("source", "The source must be " + MarginSets.MAX_SOURCE_LENGTH + " characters or fewer");
        }
        if (posted.csv().isBlank()) {
            problems.put("file", "Choose a CSV file of population figures, or paste its text");
            return new Checked(problems, List.of(), List.of());
        }
        MarginCsv.Result result = MarginCsv.read(posted.csv());
        return new Checked(problems, result.problems(), result.margins());
    }

    /** Puts the form's fields, the CSV's problems and the error summary into a page's model. */
    static void addTo(Map<String, Object> model, Posted posted, Checked checked) {
        Map<String, String> problems = checked.problems();
        model.put("nameField", field("name", "Name", posted.name(), problems, "For example, Example Borough "
                + "mid-2024. No other margins may have the same name."));
        model.put("areaField", field("area", "Area", posted.area(), problems, "For example, Example Borough"));
        model.put("sourceField", field("source", "Source", posted.source(), problems,
                "For example, ONS mid-2024 population estimates"));
        model.put("csv", posted.csv());
        if (problems.containsKey("file")) {
            model.put("fileError", problems.get("file"));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        List<Map<String, Object>> links = new ArrayList<>();
        problems.forEach((field, message) -> links.add(Map.of("text", message, "href", "#" + field)));
        if (!checked.csvProblems().isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (MarginCsv.Problem problem : checked.csvProblems()) {
                rows.add(Map.of("line", problem.line(), "column", problem.column() == null ? "" : problem.column(),
                        "message", problem.message()));
                links.add(Map.of("text", "Line " + problem.line() + (problem.column() == null ? ""
                        : ", column " + problem.column()) + ": " + problem.message(), "href", "#csv-problems"));
            }
            model.put("csvProblems", rows);
            model.put("csvProblemsCaption", "Problems in " + (posted.fileName() == null ? "the pasted figures"
                    : posted.fileName()) + ": nothing was saved");
        }
        if (posted.fileName() != null && !checked.ok()) {
            model.put("csvFromFile", posted.fileName());
        }
        if (!links.isEmpty()) {
            summary.put("titleText", "There is a problem");
            summary.put("errorList", links);
            model.put("errorSummary", summary);
        }
    }

    private static Map<String, Object> field(String name, String label, String value, Map<String, String> problems,
                                             String hint) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", name);
        params.put("name", name);
        params.put("label", Map.of("text", label, "classes", "govuk-label--s"));
        params.put("value", value);
        params.put("hint", Map.of("text", hint));
        if (problems.containsKey(name)) {
            params.put("errorMessage", Map.of("text", problems.get(name)));
        }
        return params;
    }

    private static String read(CompletedFileUpload file) {
        try {
            String text = new String(file.getBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
