package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Question.AreaMode;
import uk.gov.safervoices.definitions.model.Ward;

import java.util.List;
import java.util.Optional;

/**
 * Checks an area answer: a UK postcode the lookup places in one of its wards, or one of the lookup's ward codes,
 * as the question's mode allows. When both are given and the postcode is found, the postcode decides the ward.
 * The ward may be posted as {@code qid.ward}, or as {@code qid} in ward mode.
 */
final class AreaCheck {

    private AreaCheck() {
    }

    static Outcome area(Question question, RawForm raw, AreaLookup lookup) {
        String id = question.id();
        AreaMode mode = question.areaMode() == null ? AreaMode.POSTCODE_OR_WARD : question.areaMode();
        boolean postcodes = mode != AreaMode.WARD;
        boolean wards = mode != AreaMode.POSTCODE;
        String postcodeKey = id + ".postcode";
        String wardKey = id + ".ward";
        Optional<String> typedPostcode = postcodes ? raw.values(postcodeKey).stream().findFirst() : Optional.empty();
        List<String> wardValues = wards ? raw.values(wardKey) : List.of();
        if (wards && wardValues.isEmpty()) {
            wardValues = raw.values(id);
        }
        if (typedPostcode.isEmpty() && wardValues.isEmpty()) {
            if (!question.required()) {
                return Outcome.none();
            }
            String message = switch (mode) {
                case POSTCODE -> "Enter a postcode";
                case WARD -> "Select a ward";
                case POSTCODE_OR_WARD -> "Enter a postcode or select a ward";
            };
            return Outcome.error(id, AnswerFields.firstFieldKey(question), message);
        }
        String wardField = mode == AreaMode.WARD && raw.values(wardKey).isEmpty() ? id : wardKey;
        if (typedPostcode.isPresent()) {
            Optional<String> postcode = AreaLookup.normalisePostcode(typedPostcode.get());
            if (postcode.isEmpty()) {
                return Outcome.error(id, postcodeKey, "Enter a real postcode");
            }
            Optional<Ward> ward = lookup.wardForPostcode(postcode.get());
            if (ward.isPresent()) {
                return Outcome.of(new Answer.Area(ward.get().code(), postcode.get()));
            }
            if (wardValues.isEmpty()) {
                return Outcome.error(id, postcodeKey, wards
                        ? "We could not find that postcode in " + lookup.name() + "; choose your ward instead"
                        : "We could not find that postcode in " + lookup.name() + "; enter a postcode in the area");
            }
        }
        if (wardValues.size() > 1) {
            return Outcome.error(id, wardField, "Select one ward");
        }
        String wardCode = wardValues.get(0);
        if (lookup.ward(wardCode).isEmpty()) {
            return Outcome.error(id, wardField, "Select a ward from the list");
        }
        return Outcome.of(new Answer.Area(wardCode, null));
    }
}
