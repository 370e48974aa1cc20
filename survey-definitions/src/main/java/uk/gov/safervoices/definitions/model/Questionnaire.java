package uk.gov.safervoices.definitions.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A parsed, validated questionnaire definition: immutable, safe to cache and share between threads.
 *
 * @param id                 stable questionnaire id (the file name without .yaml)
 * @param kind               survey or meeting feedback form
 * @param privacyNotice      the privacy notice shown before the first question (plain text, paragraphs by blank line)
 * @param weightingVariables the weighting variables and their categories; questions map to them
 * @param sourceName         the file it came from (for messages), e.g. community-safety-survey.yaml
 */
public record Questionnaire(String id, Kind kind, String title, String summary, String intro, String outro,
                            String privacyNotice, List<WeightingVariable> weightingVariables,
                            List<Section> sections, String sourceName) {

    public enum Kind { SURVEY, MEETING_FEEDBACK }

    /** Every question, in the order a resident meets them. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Stream<Question> questionStream() {
        return sections.stream().flatMap(s -> s.questions().stream());
    }

    public Optional<Question> question(String questionId) {
        return questionStream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Section> sectionOf(String questionId) {
        return sections.stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
    }
}
