package uk.gov.safervoices.definitions.model;

import java.util.Arrays;
import java.util.Optional;

/** The question types of the questionnaire format; {@link #yamlName()} is how a file spells each one. */
public enum QuestionType {
    SINGLE_CHOICE("single_choice"),
    MULTIPLE_CHOICE("multiple_choice"),
    SCALE("scale"),
    GRID("grid"),
    RANKING("ranking"),
    SHORT_TEXT("short_text"),
    LONG_TEXT("long_text"),
    WHOLE_NUMBER("whole_number"),
    DATE("date"),
    AREA("area");

    private final String yamlName;

    QuestionType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<QuestionType> fromYamlName(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    /** Types whose answers are one or more of the question's choices. */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == SCALE || this == GRID || this == RANKING;
    }

    /**
     * Types on which {@code prefer_not_to_say: true} adds "Prefer not to say" as the last choice; on the others it is
     * a separate checkbox that stands for the whole answer.
     */
    public boolean offersPreferNotToSayAsChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == SCALE;
    }

    /** The most characters a text answer may have when the file gives no {@code max_length}; null for other types. */
    public Integer defaultMaxLength() {
        return this == SHORT_TEXT ? 200 : this == LONG_TEXT ? 2000 : null;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }
}
