package uk.gov.safervoices.admin.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What every column of a response export holds (written as JSON beside the CSV file).
 *
 * @param excludedQuestions the equality questions, which are never in this export (aggregate use only)
 * @param notes             how to read the file, in plain sentences
 */
@Serdeable
public record Codebook(String consultation, String consultationTitle, String questionnaire, String questionnaireTitle,
                       int questionnaireVersion, ExportScope scope, List<String> notes,
                       List<String> excludedQuestions, List<Column> columns) {

    public Codebook {
        notes = notes == null ? List.of() : List.copyOf(notes);
        excludedQuestions = excludedQuestions == null ? List.of() : List.copyOf(excludedQuestions);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /**
     * One column.
     *
     * @param kind         what it holds: reference, submitted_at, channel, status, questionnaire_version, code,
     *                     option, item, rank, specify, text, number, date, ward, prefer_not_to_say
     * @param values       the values it can hold, in a sentence
     * @param codes        the codes it can hold, with their labels (and scores on a scale); empty for free values
     */
    @Serdeable
    public record Column(String name, String kind, @Nullable String questionId, @Nullable String questionText,
                         @Nullable String questionType, @Nullable String sectionId, @Nullable String itemId,
                         @Nullable String itemLabel, @Nullable Integer rank, @Nullable String optionId,
                         @Nullable String optionLabel, String values, List<Code> codes) {

        public Column {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }
    }

    /** A code a column can hold, its label, and its score on a scale (null when unscored). */
    @Serdeable
    public record Code(String code, String label, @Nullable Integer score) {
    }
}
