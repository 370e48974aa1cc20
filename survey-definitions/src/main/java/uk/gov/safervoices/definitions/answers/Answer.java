package uk.gov.safervoices.definitions.answers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A normalised, checked answer to one question. */
public sealed interface Answer {

    /** Single choice or scale: one choice id (may be {@code prefer_not_to_say}); specifiedText for "Other (please say)". */
    record Single(String choiceId, String specifiedText) implements Answer { }

    /** Multiple choice: the chosen ids in the order of the question's choices. */
    record Multiple(List<String> choiceIds, String specifiedText) implements Answer { }

    /** Grid: item id to choice id, for the items answered, in item order. */
    record Grid(Map<String, String> choicesByItem) implements Answer { }

    /** Ranking: choice ids, first choice first; size between 1 and the question's rank count. */
    record Ranking(List<String> rankedChoiceIds, String specifiedText) implements Answer { }

    record Text(String text) implements Answer { }

    record WholeNumber(long value) implements Answer { }

    record Date(LocalDate value) implements Answer { }

    /** Area: the ward code, and the postcode when the resident gave one (normalised, e.g. "AB1 2CD"). */
    record Area(String wardCode, String postcode) implements Answer { }

    /** "Prefer not to say" on a question that offers it but has no choices (number, date, text, area). */
    record PreferNotToSay() implements Answer { }
}
