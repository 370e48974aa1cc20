package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.load.QuestionDraft;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A question's fields while an edit changes some of them; {@link #build} applies the format's rules. */
final class QuestionBuilder extends QuestionDraft {
    static QuestionBuilder of(Question q) {
        QuestionBuilder b = new QuestionBuilder();
        b.copyFrom(q);
        return b;
    }

    /** The choices as written: without the "Prefer not to say" the flag adds. */
    List<Choice> writtenChoices() {
        if (scale != null || choices.isEmpty() || !type.offersPreferNotToSayAsChoice()) {
            return choices;
        }
        Choice last = choices.get(choices.size() - 1);
        return last.isAddedPreferNotToSay(type) ? choices.subList(0, choices.size() - 1) : choices;
    }

    /**
     * The question as the loader would read it back: only the keys its type uses, defaults filled in, a named scale's
     * points as its choices, and "Prefer not to say" added as the last choice where the flag adds one.
     */
    Question build(Map<String, List<Choice>> scales) {
        List<Choice> written = writtenChoices();
        if (!type.hasChoices()) {
            written = List.of();
        }
        if (type != QuestionType.GRID) {
            items = List.of();
        }
        if (type != QuestionType.SCALE && type != QuestionType.GRID) {
            scale = null;
        }
        if (scale != null) {
            written = scales.getOrDefault(scale, List.of());
        }
        List<Choice> all = new ArrayList<>(written);
        if (type.offersPreferNotToSayAsChoice()) {
            if (written.stream().anyMatch(c -> c.id().equals(Choice.PREFER_NOT_TO_SAY))) {
                preferNotToSay = true;
            } else if (preferNotToSay) {
                all.add(Choice.preferNotToSay(type, Position.UNKNOWN));
            }
        }
        maxSelections = type == QuestionType.MULTIPLE_CHOICE ? maxSelections : null;
        rankCount = type == QuestionType.RANKING ? rankCount : null;
        maxLength = !type.isText() ? null : maxLength == null ? type.defaultMaxLength() : maxLength;
        if (type != QuestionType.WHOLE_NUMBER) {
            min = null;
            max = null;
        }
        if (type != QuestionType.DATE) {
            earliest = null;
            latest = null;
            latestToday = false;
        } else if (latestToday) {
            latest = null;
        }
        if (type != QuestionType.AREA) {
            lookup = null;
            areaMode = null;
        } else if (areaMode == null) {
            areaMode = Question.AreaMode.POSTCODE_OR_WARD;
        }
        choices = all;
        return build();
    }
}
