package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.WeightingVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A variable results can be broken down by: a weighting variable (ward, age band, sex...), the channel, or a
 * single-choice question (for equality groups: disability, ethnic group...).
 *
 * @param questionId for a question breakdown, the question; else null
 */
public record BreakdownOption(String variable, String label, String questionId, List<String> groups,
                              List<String> groupLabels) {

    public BreakdownOption {
        groups = List.copyOf(groups);
        groupLabels = List.copyOf(groupLabels);
    }

    AnalysisResult.Breakdown breakdown() {
        return new AnalysisResult.Breakdown(variable, label, groups, groupLabels);
    }

    static List<BreakdownOption> of(Questionnaire definition, Map<String, AreaLookup> lookups) {
        List<BreakdownOption> options = new ArrayList<>();
        for (WeightingVariable variable : definition.weightingVariables()) {
            Question mapped = definition.questionStream().filter(q -> q.weighting() != null
                    && q.weighting().variable().equals(variable.id())).findFirst().orElse(null);
            if (mapped == null) {
                continue;
            }
            AreaLookup lookup = variable.fromLookup() == null ? null : lookups.get(variable.fromLookup());
            List<String> labels = variable.categories().stream().map(category -> lookup != null
                    ? lookup.ward(category).map(w -> w.name()).orElse(category)
                    : choiceLabel(mapped, category)).toList();
            options.add(new BreakdownOption(variable.id(), variable.label(), null, variable.categories(), labels));
        }
        options.add(new BreakdownOption(KeyColumn.CHANNEL, "How they responded", null,
                List.of(Channel.ONLINE.name(), Channel.PAPER.name(), Channel.MEETING.name()),
                List.of("Online", "Paper", "At a meeting")));
        for (Section section : definition.sections()) {
            for (Question question : section.questions()) {
                if ((question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.SCALE)
                        && question.weighting() == null) {
                    options.add(new BreakdownOption(question.id(), shorten(question.text()), question.id(),
                            question.choices().stream().map(Choice::id).toList(),
                            question.choices().stream().map(Choice::label).toList()));
                }
            }
        }
        return options;
    }

    /** The key columns to count by: every weighting question, the channel, and a breakdown question if any. */
    static List<KeyColumn> keyColumns(Questionnaire definition, Set<String> equality, BreakdownOption breakdown) {
        List<KeyColumn> columns = new ArrayList<>();
        definition.questionStream().filter(q -> q.weighting() != null).forEach(q -> columns.add(
                new KeyColumn(q.weighting().variable(), q.id(), equality.contains(q.id()), q.weighting())));
        columns.add(KeyColumn.channel());
        if (breakdown != null && breakdown.questionId() != null) {
            columns.add(new KeyColumn(breakdown.variable(), breakdown.questionId(),
                    equality.contains(breakdown.questionId()), null));
        }
        return columns;
    }

    /** A category's label: the label of the choice mapped to it, when only one is (female: "Female"). */
    private static String choiceLabel(Question question, String category) {
        List<String> labels = question.weighting().choices().entrySet().stream()
                .filter(e -> e.getValue().equals(category))
                .map(e -> question.choice(e.getKey()).map(Choice::label).orElse(category)).toList();
        return labels.size() == 1 ? labels.get(0) : category;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
