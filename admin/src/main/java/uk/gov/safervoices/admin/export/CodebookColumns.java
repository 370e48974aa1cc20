package uk.gov.safervoices.admin.export;

import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.FreeText;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.definitions.answers.AnswerFields;
import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Describes each export column for the codebook: its question, part, the values it can hold and their labels. */
final class CodebookColumns {
    private static final String NOT_ANSWERED = " Empty when the question was not answered or not shown.";
    private static final List<Codebook.Code> FLAG = List.of(new Codebook.Code("1", "Yes", null),
            new Codebook.Code("0", "No", null));

    private CodebookColumns() {
    }

    static Codebook.Column describe(ExportColumn column, Map<String, AreaLookup> lookups) {
        Question q = column.question();
        String kind = column.kind().name().toLowerCase(Locale.ROOT);
        if (q == null) {
            return new Codebook.Column(column.name(), kind, null, null, null, null, null, null, null, null, null,
                    ownValues(column), ownCodes(column));
        }
        String itemLabel = column.item() == null ? null : column.item().label();
        String optionLabel = column.optionId() == null ? null : label(q, column.optionId());
        return new Codebook.Column(column.name(), kind, q.id(), q.text(), q.type().yamlName(), column.section().id(),
                column.item() == null ? null : column.item().id(), itemLabel, column.rank(), column.optionId(),
                optionLabel, values(column), codes(column, lookups));
    }

    private static String values(ExportColumn column) {
        return switch (column.kind()) {
            case CODE -> "The code of the answer chosen (see codes)." + NOT_ANSWERED;
            case OPTION -> "1 if this option was chosen, 0 if the question was answered without it." + NOT_ANSWERED;
            case ITEM -> "The code chosen for this item (see codes). Empty when the item or the question was not "
                    + "answered.";
            case RANK -> "The code of the option ranked in position " + column.rank() + " (see codes). Empty when "
                    + "the resident ranked fewer options or did not answer.";
            case SPECIFY -> "The resident's own words for the \"please say\" option. " + freeText();
            case TEXT -> "The resident's own words. " + freeText();
            case NUMBER -> "A whole number." + NOT_ANSWERED;
            case DATE -> "A date, YYYY-MM-DD." + NOT_ANSWERED;
            case WARD -> "The ward's ONS code (see codes); a postcode is never stored." + NOT_ANSWERED;
            case PREFER_NOT_TO_SAY -> "1 if the resident chose \"Prefer not to say\", 0 if they answered."
                    + NOT_ANSWERED;
            default -> throw new IllegalArgumentException(column.name());
        };
    }

    private static String freeText() {
        return "Exactly as given, except " + FreeText.REDACTED + " where staff redacted personal data and "
                + FreeText.REMOVED + " after the retention period." + NOT_ANSWERED;
    }

    private static List<Codebook.Code> codes(ExportColumn column, Map<String, AreaLookup> lookups) {
        Question q = column.question();
        return switch (column.kind()) {
            case CODE, ITEM, RANK -> choiceCodes(q);
            case OPTION, PREFER_NOT_TO_SAY -> FLAG;
            case WARD -> {
                AreaLookup lookup = lookups.get(q.lookup());
                yield lookup == null ? List.of()
                        : lookup.wards().stream().map(w -> new Codebook.Code(w.code(), w.name(), null)).toList();
            }
            default -> List.of();
        };
    }

    private static List<Codebook.Code> choiceCodes(Question q) {
        List<Codebook.Code> codes = new ArrayList<>();
        for (Choice choice : q.choices()) {
            codes.add(new Codebook.Code(choice.id(), choice.label(), choice.isScored() ? choice.score() : null));
        }
        if (q.preferNotToSay() && AnswerFields.preferNotToSayIsChoice(q) && q.choice(Choice.PREFER_NOT_TO_SAY).isEmpty()) {
            codes.add(new Codebook.Code(Choice.PREFER_NOT_TO_SAY, "Prefer not to say", null));
        }
        return codes;
    }

    private static String label(Question q, String choiceId) {
        return Choice.PREFER_NOT_TO_SAY.equals(choiceId) ? "Prefer not to say"
                : q.choice(choiceId).map(Choice::label).orElse(choiceId);
    }

    private static String ownValues(ExportColumn column) {
        return switch (column.kind()) {
            case REFERENCE -> "The response's reference number, as given to the resident.";
            case SUBMITTED_AT -> "When the response was stored, in UTC (ISO 8601).";
            case CHANNEL -> "How the response reached us (see codes).";
            case STATUS -> "SUBMITTED responses are counted in analysis; the others are kept but left out (see codes).";
            case VERSION -> "The number of the questionnaire version answered.";
            default -> throw new IllegalArgumentException(column.name());
        };
    }

    private static List<Codebook.Code> ownCodes(ExportColumn column) {
        return switch (column.kind()) {
            case CHANNEL -> List.of(new Codebook.Code(Channel.ONLINE.name(), "Online", null),
                    new Codebook.Code(Channel.PAPER.name(), "Paper form, entered by staff", null),
                    new Codebook.Code(Channel.MEETING.name(), "At a meeting, entered by staff", null));
            case STATUS -> List.of(new Codebook.Code(ResponseRecord.Status.SUBMITTED.name(), "Included", null),
                    new Codebook.Code(ResponseRecord.Status.DUPLICATE.name(), "Duplicate (excluded)", null),
                    new Codebook.Code(ResponseRecord.Status.SPAM.name(), "Spam (excluded)", null),
                    new Codebook.Code(ResponseRecord.Status.TEST.name(), "Test (excluded)", null));
            default -> List.of();
        };
    }
}
