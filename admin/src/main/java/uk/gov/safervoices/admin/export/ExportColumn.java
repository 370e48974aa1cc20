package uk.gov.safervoices.admin.export;

import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Section;

/**
 * One column of the response export.
 *
 * @param question the question it comes from, or null for the response's own columns (reference, status...)
 * @param item     the grid item (ITEM columns)
 * @param optionId the option (OPTION columns)
 * @param rank     the rank position (RANK columns), from 1
 */
record ExportColumn(String name, Kind kind, Section section, Question question, GridItem item, String optionId,
                    Integer rank) {

    enum Kind {
        REFERENCE, SUBMITTED_AT, CHANNEL, STATUS, VERSION,
        /** single choice or scale: the chosen option's code */
        CODE,
        /** multiple choice: 1 chosen, 0 not chosen */
        OPTION,
        /** grid: the code chosen for one item */
        ITEM,
        /** ranking: the code ranked at one position */
        RANK,
        /** the "please say" words of a choice, ranking or multiple-choice question */
        SPECIFY,
        TEXT, NUMBER, DATE,
        /** area: the ward code */
        WARD,
        /** "prefer not to say" on a question without choices: 1 or 0 */
        PREFER_NOT_TO_SAY
    }

    static ExportColumn own(String name, Kind kind) {
        return new ExportColumn(name, kind, null, null, null, null, null);
    }

    static ExportColumn of(String name, Kind kind, Section section, Question question) {
        return new ExportColumn(name, kind, section, question, null, null, null);
    }

    ExportColumn renamed(String newName) {
        return new ExportColumn(newName, kind, section, question, item, optionId, rank);
    }
}
