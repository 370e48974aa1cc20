package uk.gov.safervoices.definitions.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A parsed, validated questionnaire definition: immutable, safe to cache and share between threads.
 *
 * @param id                 stable questionnaire id (the file name without .yaml)
 * @param kind               survey or meeting feedback form
 * @param privacyNotice      the privacy notice shown before the first question (plain text, paragraphs by blank line)
 * @param scales             the named scales ({@code scales:}), in file order; questions using one hold its points as
 *                           their choices and its name as {@link Question#scale()}
 * @param weightingVariables the weighting variables and their categories; questions map to them
 * @param sourceName         the file it came from (for messages), e.g. community-safety-survey.yaml
 */
public record Questionnaire(String id, Kind kind, String title, String summary, String intro, String outro,
                            String privacyNotice, Map<String, List<Choice>> scales,
                            List<WeightingVariable> weightingVariables, List<Section> sections, String sourceName) {

    public enum Kind { SURVEY, MEETING_FEEDBACK }

    public Questionnaire {
        scales = scales == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scales));
    }

    /** A questionnaire without named scales. */
    public Questionnaire(String id, Kind kind, String title, String summary, String intro, String outro,
                         String privacyNotice, List<WeightingVariable> weightingVariables, List<Section> sections,
                         String sourceName) {
        this(id, kind, title, summary, intro, outro, privacyNotice, Map.of(), weightingVariables, sections,
                sourceName);
    }

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
