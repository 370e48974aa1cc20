package uk.gov.safervoices.admin.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.time.LocalDate;

/** One long-form answer row to an equality question, kept apart from the main answers (ADR 0009). */
@MappedEntity("response_equality_answer")
record EqualityAnswerRecord(@Id @GeneratedValue @Nullable Long id, Long responseId, String questionId,
                            @Nullable String itemId, @Nullable String choiceId,
                            @MappedProperty("rank_position") @Nullable Integer rank,
                            @Nullable Long numberValue, @Nullable String textValue, @Nullable LocalDate dateValue) {

    AnswerRow toRow() {
        return new AnswerRow(questionId, itemId, choiceId, rank, numberValue, textValue, dateValue);
    }
}
