package uk.gov.safervoices.portal.staff.questionnaires;

import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireOverview;
import uk.gov.safervoices.admin.questionnaire.VersionSummary;
import uk.gov.safervoices.definitions.design.DesignError;
import uk.gov.safervoices.definitions.load.ValidationError;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How questionnaires, versions and validator errors look on the design pages. */
final class QuestionnaireViews {
    private QuestionnaireViews() {
    }

    static Map<String, Object> row(QuestionnaireOverview overview) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", overview.questionnaire().title());
        row.put("key", overview.questionnaire().questionnaireKey());
        row.put("href", StaffRoutes.questionnaire(overview.questionnaire().id()));
        Optional<VersionSummary> latest = latest(overview);
        row.put("latestVersion", latest.map(v -> "Version " + v.versionNumber()).orElse("None"));
        row.put("status", latest.map(QuestionnaireViews::tag).orElse(null));
        row.put("responses", overview.responses());
        return row;
    }

    /** The questionnaire a version belongs to, with all its versions. */
    static Optional<QuestionnaireOverview> owner(QuestionnaireDesigns designs, long versionId) {
        return designs.list().stream().filter(o -> o.versions().stream().anyMatch(v -> v.id() == versionId))
                .findFirst();
    }

    static Optional<VersionSummary> summary(QuestionnaireOverview overview, long versionId) {
        return overview.versions().stream().filter(v -> v.id() == versionId).findFirst();
    }

    static Optional<VersionSummary> latest(QuestionnaireOverview overview) {
        List<VersionSummary> versions = overview.versions();
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** A version's state as a GOV.UK tag. */
    static Map<String, Object> tag(VersionSummary version) {
        return switch (version.state()) {
            case DRAFT -> Map.of("text", "Draft", "classes", "govuk-tag--yellow");
            case PUBLISHED -> Map.of("text", "Published", "classes", "govuk-tag--green");
            case HAS_RESPONSES -> Map.of("text", "Published, has responses", "classes", "govuk-tag--blue");
        };
    }

    /** A version on the questionnaire's page, with what may be done with it. */
    static Map<String, Object> version(VersionSummary version, boolean latest, boolean hasDraft) {
        long id = version.id();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("number", version.versionNumber());
        row.put("status", tag(version));
        row.put("draft", version.state() == VersionSummary.State.DRAFT);
        row.put("createdAt", StaffDates.dateTime(version.createdAt()));
        row.put("createdBy", version.createdBy() == null ? "From a file" : version.createdBy());
        row.put("publishedAt", version.publishedAt() == null ? null : StaffDates.dateTime(version.publishedAt()));
        row.put("responses", version.responses());
        row.put("previewUrl", StaffRoutes.version(id, "preview"));
        row.put("exportUrl", StaffRoutes.version(id, "export"));
        row.put("publishUrl", StaffRoutes.version(id, "publish"));
        row.put("discardUrl", StaffRoutes.version(id, "discard"));
        row.put("copyAsDraftUrl", StaffRoutes.version(id, "copy-as-draft"));
        row.put("copyUrl", StaffRoutes.version(id, "copy"));
        row.put("editUrl", StaffRoutes.version(id, "edit"));
        row.put("editable", latest);
        row.put("canCopyAsDraft", !hasDraft && version.state() != VersionSummary.State.DRAFT);
        return row;
    }

    /** A validator error as a row: code, line, column and message. */
    static Map<String, Object> error(ValidationError error) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", error.code().name());
        row.put("line", error.line());
        row.put("column", error.column());
        row.put("message", error.message());
        row.put("place", error.line() > 0 ? "Line " + error.line() + ", column " + error.column() : "The file");
        return row;
    }

    static List<Map<String, Object>> errors(List<ValidationError> errors) {
        return errors.stream().map(QuestionnaireViews::error).toList();
    }

    static List<Map<String, Object>> designErrors(List<DesignError> errors) {
        return errors(errors.stream().map(DesignError::error).toList());
    }

    /** An error summary listing each error as "SV003 line 12, column 5: message", linking to {@code href}. */
    static Map<String, Object> summary(List<ValidationError> errors, String href) {
        return Map.of("titleText", "There is a problem", "errorList", summaryLinks(errors, href));
    }

    static List<Map<String, Object>> summaryLinks(List<ValidationError> errors, String href) {
        return errors.stream().map(e -> Map.<String, Object>of("href", href, "text",
                e.code() + (e.line() > 0 ? " line " + e.line() + ", column " + e.column() : "") + ": "
                        + e.message())).toList();
    }
}
