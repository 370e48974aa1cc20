package uk.gov.safervoices.definitions.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Positions are where each element was written in its file; two files that say the same thing in a different layout
 * give definitions that differ only in positions. {@link #erased} removes them, so such definitions compare equal.
 */
public final class Positions {

    private Positions() {
    }

    /** The definition with every position {@link Position#UNKNOWN} (and the source name kept). */
    public static Questionnaire erased(Questionnaire q) {
        Map<String, List<Choice>> scales = new LinkedHashMap<>();
        q.scales().forEach((name, points) -> scales.put(name, choices(points)));
        return new Questionnaire(q.id(), q.kind(), q.title(), q.summary(), q.intro(), q.outro(), q.privacyNotice(),
                scales, q.weightingVariables().stream().map(v -> new WeightingVariable(v.id(), v.label(),
                v.categories(), v.fromLookup(), Position.UNKNOWN)).toList(),
                q.sections().stream().map(Positions::section).toList(), q.sourceName());
    }

    private static Section section(Section s) {
        return new Section(s.id(), s.title(), s.intro(), s.showIf(), s.equality(),
                s.questions().stream().map(Positions::question).toList(), Position.UNKNOWN);
    }

    private static Question question(Question q) {
        WeightingMap w = q.weighting();
        return new Question(q.id(), q.type(), q.text(), q.hint(), q.required(), choices(q.choices()),
                q.items().stream().map(i -> new GridItem(i.id(), i.label(), i.concern(), Position.UNKNOWN)).toList(),
                q.scale(), q.maxSelections(), q.rankCount(), q.maxLength(), q.min(), q.max(), q.earliest(),
                q.latest(), q.latestToday(), q.lookup(), q.areaMode(), q.preferNotToSay(), q.showIf(),
                w == null ? null : new WeightingMap(w.variable(), w.choices(), w.bands(), w.area(), Position.UNKNOWN),
                Position.UNKNOWN);
    }

    private static List<Choice> choices(List<Choice> choices) {
        return choices.stream().map(c -> c.withPosition(Position.UNKNOWN)).toList();
    }
}
