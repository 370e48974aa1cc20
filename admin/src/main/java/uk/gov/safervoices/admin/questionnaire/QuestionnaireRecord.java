package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A questionnaire: its stable key (the definition's id) and the title of its latest version. */
@MappedEntity("questionnaire")
public record QuestionnaireRecord(@Id @GeneratedValue @Nullable Long id, String questionnaireKey, String title,
                                  String kind, Instant createdAt) {
}
