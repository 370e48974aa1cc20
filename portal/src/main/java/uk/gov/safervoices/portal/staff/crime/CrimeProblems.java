package uk.gov.safervoices.portal.staff.crime;

import uk.gov.safervoices.admin.crime.CrimeFileProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts a file's problems (by file and line) and a missing-file message into a page's model, GOV.UK style. */
final class CrimeProblems {
    private CrimeProblems() {
    }

    static void addTo(Map<String, Object> model, List<CrimeFileProblem> problems, String fileError, String fileField) {
        List<Map<String, Object>> links = new ArrayList<>();
        if (fileError != null) {
            model.put("fileError", fileError);
            links.add(Map.of("text", fileError, "href", "#" + fileField));
        }
        if (!problems.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CrimeFileProblem problem : problems) {
                rows.add(Map.of("file", problem.file(), "line", problem.line() > 0 ? Long.toString(problem.line()) : "",
                        "message", problem.message()));
                links.add(Map.of("text", problem.toString(), "href", "#file-problems"));
            }
            model.put("problems", rows);
        }
        if (!links.isEmpty()) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("titleText", "There is a problem");
            summary.put("errorList", links);
            model.put("errorSummary", summary);
        }
    }
}
