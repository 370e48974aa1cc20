package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Section;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Expands {@code equality: [age, sex, ...]} into one page per standard question, from {@link EqualityTemplate}:
 * section ids {@code <section id>_<template section id>}, every question optional, the first page carrying the
 * section's title and intro. Everything expanded is placed at the {@code equality:} line for error messages.
 */
final class EqualityExpander {

    private EqualityExpander() {
    }

    static List<Section> expand(YamlMap map, String sectionId, String title, String intro, Condition showIf,
                                LoadContext context) {
        Problems problems = context.problems();
        EqualityTemplate template = EqualityTemplate.get();
        problems.addAll(template.errors());
        Position position = Problems.position(map.keyNode("equality"));
        List<Section> sections = pages(sectionId, title, intro, showIf, standardIds(map, template, problems),
                position, context::conditionAt);
        return weighting(map, sections, context);
    }

    /**
     * The pages of an equality section asking for {@code standardIds} (known ones, in that order), every question
     * optional and placed at {@code position}; {@code conditionAt} learns where each condition is.
     */
    static List<Section> pages(String sectionId, String title, String intro, Condition showIf,
                               Collection<String> standardIds, Position position,
                               BiConsumer<Condition, Position> conditionAt) {
        EqualityTemplate template = EqualityTemplate.get();
        List<Section> sections = new ArrayList<>();
        for (String standardId : standardIds) {
            for (Section page : template.sections(standardId)) {
                boolean first = sections.isEmpty();
                List<Question> questions = new ArrayList<>();
                for (Question question : page.questions()) {
                    QuestionDraft copy = QuestionDraft.of(question);
                    copy.required = false;
                    copy.position = position;
                    if (copy.showIf != null) {
                        conditionAt.accept(copy.showIf, position);
                    }
                    questions.add(copy.build());
                }
                String pageIntro = first ? join(intro, page.intro()) : page.intro();
                sections.add(new Section(sectionId + "_" + page.id(), first && title != null ? title : page.title(),
                        pageIntro, both(showIf, page.showIf(), position, conditionAt), true, questions, position));
            }
        }
        return sections;
    }

    private static Set<String> standardIds(YamlMap map, EqualityTemplate template, Problems problems) {
        Set<String> ids = new LinkedHashSet<>();
        List<Node> nodes = QuestionDetails.requiredList(map, "equality", "standard questions").orElse(List.of());
        for (Node node : nodes) {
            Optional<String> id = Values.scalar(node);
            if (id.isEmpty() || !template.standardIds().contains(id.get())) {
                String word = id.orElse(Values.describe(node));
                problems.add(ErrorCode.SV016, node, map.owner(), "\"" + word + "\" is not one of the standard "
                        + "equality questions." + Suggestions.didYouMean(word, template.standardIds())
                        + " Choose from: " + String.join(", ", template.standardIds()) + ".");
            } else if (!ids.add(id.get())) {
                problems.add(ErrorCode.SV003, node, map.owner(), "\"" + id.get() + "\" is listed twice under "
                        + "equality. List each standard question once.");
            }
        }
        return ids;
    }

    private static Condition both(Condition section, Condition page, Position position,
                                  BiConsumer<Condition, Position> conditionAt) {
        if (section == null || page == null) {
            return section == null ? page : section;
        }
        Condition and = new Condition.And("(" + section.source() + ") and (" + page.source() + ")", section, page);
        conditionAt.accept(and, position);
        return and;
    }

    /** The section's own condition, given the condition of one of its pages ({@link #both} undone). */
    static Condition sectionCondition(Condition onPage, Condition templatePage) {
        if (templatePage == null || onPage == null) {
            return onPage;
        }
        if (onPage.equals(templatePage)) {
            return null;
        }
        return onPage instanceof Condition.And and && and.right().equals(templatePage) ? and.left() : onPage;
    }

    /** The section's own intro, given the first page's ({@link #join} undone). */
    static String sectionIntro(String onPage, String templatePage) {
        if (templatePage == null || onPage == null) {
            return onPage;
        }
        if (onPage.equals(templatePage)) {
            return null;
        }
        String suffix = "\n\n" + templatePage;
        return onPage.endsWith(suffix) ? onPage.substring(0, onPage.length() - suffix.length()) : onPage;
    }

    private static String join(String first, String second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return first + "\n\n" + second;
    }

    /** Applies {@code weighting: { age: {...}, sex: {...} }}, keyed by the id of an expanded question. */
    private static List<Section> weighting(YamlMap map, List<Section> sections, LoadContext context) {
        Optional<YamlMap> weighting = map.map("weighting", "the weighting of section \"" + map.owner() + "\"");
        if (weighting.isEmpty()) {
            return sections;
        }
        Map<String, Question> questions = new LinkedHashMap<>();
        sections.forEach(s -> s.questions().forEach(q -> questions.put(q.id(), q)));
        Map<String, Question> weighted = new LinkedHashMap<>();
        for (NodeTuple tuple : weighting.get().node().getValue()) {
            String id = Values.scalar(tuple.getKeyNode()).orElse("");
            Question question = questions.get(id);
            if (question == null) {
                context.problems().add(ErrorCode.SV016, tuple.getKeyNode(), map.owner(), "\"" + id + "\" is not a "
                        + "question of this equality section." + Suggestions.didYouMean(id, questions.keySet())
                        + " Weight one of: " + String.join(", ", questions.keySet()) + ".");
                continue;
            }
            QuestionDraft copy = QuestionDraft.of(question);
            copy.weighting = WeightingMapReader.read(tuple.getValueNode(), question, id, context);
            weighted.put(id, copy.build());
        }
        return sections.stream().map(s -> new Section(s.id(), s.title(), s.intro(), s.showIf(), s.equality(),
                s.questions().stream().map(q -> weighted.getOrDefault(q.id(), q)).toList(), s.position())).toList();
    }
}
