package uk.gov.safervoices.admin.questionnaire;

/** A version as a questionnaire file: its name ({@code <id>.yaml}) and its text, exactly as stored. */
public record ExportedFile(String fileName, String yaml) {
}
