package uk.gov.safervoices.portal.survey;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.draft.Draft;
import uk.gov.safervoices.admin.draft.DraftState;
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.answers.AnswerChecker;
import uk.gov.safervoices.definitions.answers.AnswerFields;
import uk.gov.safervoices.definitions.answers.CheckResult;
import uk.gov.safervoices.definitions.answers.Visibility;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of moving through a questionnaire: which sections are shown given the answers so far, where
 * "Continue" goes, and how a page's answers join the draft. Conditions are evaluated on the server every time.
 * The main sections come first; the equality sections (if any) come after the main answers are submitted.
 */
@Singleton
class Journeys {
    private final Drafts drafts;
    private final DraftCookie cookie;
    private final AnswerChecker checker;

    Journeys(Drafts drafts, DraftCookie cookie, AnswerChecker checker) {
        this.drafts = drafts;
        this.cookie = cookie;
        this.checker = checker;
    }

    /** The resident's draft for this consultation, if their cookie carries one that is still current. */
    Optional<Draft> draft(HttpRequest<?> request, JourneyContext context) {
        return cookie.token(request).flatMap(drafts::findByToken)
                .filter(d -> d.consultationId() == context.consultation().id());
    }

    /** The checked answers a draft holds (stored values were checked when saved; hidden questions drop out). */
    Map<String, Answer> answers(Questionnaire definition, DraftState state) {
        return checker.check(definition, state.answers()).answers();
    }

    /** Sections shown for these answers, in order: the main ones, or (after submission) the equality ones. */
    List<Section> shownSections(Questionnaire definition, Map<String, Answer> answers, boolean equalityPhase) {
        return Visibility.shownSections(definition, answers).stream()
                .filter(s -> s.equality() == equalityPhase).toList();
    }

    static boolean hasEqualitySections(Questionnaire definition) {
        return definition.sections().stream().anyMatch(Section::equality);
    }

    /**
     * Checks a page and, when it passes, folds its answers into the draft state: answers to questions the new
     * answers hide are dropped, and the page is marked visited. A section the new answers hide is no longer
     * "visited", so if a later change shows it again, the resident is asked it again.
     */
    PageOutcome answerPage(Questionnaire definition, Section section, DraftState state,
                           Map<String, List<String>> posted) {
        Map<String, Answer> earlier = new LinkedHashMap<>(answers(definition, state));
        section.questions().forEach(q -> earlier.remove(q.id()));
        CheckResult page = checker.checkSection(definition, section, posted, earlier);
        Map<String, Answer> merged = new LinkedHashMap<>();
        for (var s : definition.sections()) {
            for (var q : s.questions()) {
                Answer answer = s.id().equals(section.id()) ? page.answers().get(q.id()) : earlier.get(q.id());
                if (answer != null) {
                    merged.put(q.id(), answer);
                }
            }
        }
        Map<String, Answer> visible = Visibility.visibleAnswers(definition, merged);
        List<String> visited = new ArrayList<>(state.visitedSections());
        if (page.valid() && !visited.contains(section.id())) {
            visited.add(section.id());
        }
        List<String> stillShown = Visibility.shownSections(definition, visible).stream().map(Section::id).toList();
        visited.retainAll(stillShown);
        DraftState next = new DraftState(AnswerFields.toRaw(definition, visible), visited);
        return new PageOutcome(page, next);
    }

    /** Where to go after a page: the next shown section (when changing, the next not yet visited), if any. */
    Optional<Section> nextSection(Questionnaire definition, DraftState state, Section current, boolean changing) {
        List<Section> shown = shownSections(definition, answers(definition, state), current.equality());
        List<String> visited = state.visitedSections();
        int index = shown.indexOf(current);
        for (int i = index + 1; i < shown.size(); i++) {
            Section candidate = shown.get(i);
            if (!changing || !visited.contains(candidate.id())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The first shown main section the resident has not been through, if any (resume and check answers use it). */
    Optional<Section> firstUnvisited(Questionnaire definition, DraftState state) {
        List<String> visited = state.visitedSections();
        return shownSections(definition, answers(definition, state), false).stream()
                .filter(s -> !visited.contains(s.id())).findFirst();
    }

    record PageOutcome(CheckResult page, DraftState state) {
    }
}
