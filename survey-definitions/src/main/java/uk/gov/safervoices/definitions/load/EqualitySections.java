package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.WeightingMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Equality sections both ways: expanded into pages exactly as the loader expands them, and found again in a
 * questionnaire's pages (for writing a file and for the editor, which show the section as written).
 */
public final class EqualitySections {

    private EqualitySections() {
    }

    /** The standard equality questions a section may ask for, in the template's order. */
    public static List<String> standardIds() {
        return EqualityTemplate.get().standardIds();
    }

    /** The pages of an equality section, as the loader makes them (positions unknown). */
    public static List<Section> expand(EqualitySection section) {
        List<String> known = section.standardIds().stream().filter(standardIds()::contains).toList();
        List<Section> pages = EqualityExpander.pages(section.id(), section.title(), section.intro(), section.showIf(),
                known, Position.UNKNOWN, (condition, at) -> { });
        return pages.stream().map(page -> new Section(page.id(), page.title(), page.intro(), page.showIf(), true,
                page.questions().stream().map(q -> weighted(q, section.weighting().get(q.id()))).toList(),
                page.position())).toList();
    }

    private static Question weighted(Question question, WeightingMap map) {
        if (map == null) {
            return question;
        }
        QuestionDraft copy = QuestionDraft.of(question);
        copy.weighting = map;
        return copy.build();
    }

    /**
     * The sections as written: each run of equality pages folded back into the equality section it came from (its
     * id, title, intro, condition, standard questions and their weighting), every other section as it is.
     */
    public static List<WrittenSection> asWritten(List<Section> sections) {
        EqualityTemplate template = EqualityTemplate.get();
        List<WrittenSection> written = new ArrayList<>();
        int i = 0;
        while (i < sections.size()) {
            Section section = sections.get(i);
            Optional<Start> start = section.equality() ? start(section.id(), template, List.of()) : Optional.empty();
            if (start.isEmpty()) {
                written.add(WrittenSection.of(section));
                i++;
                continue;
            }
            String prefix = start.get().sectionId();
            List<String> ids = new ArrayList<>();
            List<Section> pages = new ArrayList<>();
            Optional<Start> next = start;
            while (next.isPresent() && next.get().sectionId().equals(prefix)) {
                String standardId = next.get().standardId();
                ids.add(standardId);
                for (Section templatePage : template.sections(standardId)) {
                    if (i < sections.size() && sections.get(i).equality()
                            && sections.get(i).id().equals(prefix + "_" + templatePage.id())) {
                        pages.add(sections.get(i++));
                    }
                }
                next = i < sections.size() && sections.get(i).equality()
                        ? start(sections.get(i).id(), template, ids) : Optional.empty();
            }
            written.add(new WrittenSection(null, source(prefix, ids, pages, template), pages));
        }
        return List.copyOf(written);
    }

    /** Where a page starts a standard question: the equality section's id and the standard question's. */
    private record Start(String sectionId, String standardId, int suffixLength) { }

    /** How {@code pageId} starts a standard question not yet {@code used} (the longest matching page id wins). */
    private static Optional<Start> start(String pageId, EqualityTemplate template, List<String> used) {
        Start best = null;
        for (String standardId : template.standardIds()) {
            String suffix = "_" + template.sections(standardId).get(0).id();
            if (!used.contains(standardId) && pageId.endsWith(suffix) && pageId.length() > suffix.length()
                    && (best == null || suffix.length() > best.suffixLength())) {
                best = new Start(pageId.substring(0, pageId.length() - suffix.length()), standardId, suffix.length());
            }
        }
        return Optional.ofNullable(best);
    }

    private static EqualitySection source(String id, List<String> standardIds, List<Section> pages,
                                          EqualityTemplate template) {
        Section first = pages.get(0);
        Section templateFirst = template.sections(standardIds.get(0)).get(0);
        Map<String, WeightingMap> weighting = new LinkedHashMap<>();
        pages.forEach(page -> page.questions().stream().filter(q -> q.weighting() != null)
                .forEach(q -> weighting.put(q.id(), q.weighting())));
        return new EqualitySection(id, first.title(), EqualityExpander.sectionIntro(first.intro(),
                templateFirst.intro()), EqualityExpander.sectionCondition(first.showIf(), templateFirst.showIf()),
                standardIds, weighting);
    }
}
