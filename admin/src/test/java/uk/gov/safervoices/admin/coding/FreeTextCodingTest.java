package uk.gov.safervoices.admin.coding;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.DatabaseRows;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.coding.suggest.CodedText;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.FreeText;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.admin.retention.Erasure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coding residents' words: listing a page at a time, codes and themes, bulk coding, audit and erasure. */
@MicronautTest(transactional = false)
class FreeTextCodingTest {
    @Inject FreeTextCoding coding;
    @Inject FreeTextAnswers answers;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;
    @Inject ResponseStore store;
    @Inject AuditLog audit;
    @Inject Erasure erasure;
    @Inject DatabaseRows rows;

    Consultation consultation;
    QuestionnaireVersion version;
    List<Long> ids = new ArrayList<>();
    List<String> references = new ArrayList<>();

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("coding");
        version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Coding").replace(
                "          - { id: speeding, label: Speeding, concern: speeding }\n",
                "          - { id: speeding, label: Speeding, concern: speeding }\n"
                        + "          - { id: other, label: Other (please say), specify: true }\n"), key + ".yaml");
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Coding", "Coding", null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)),
                List.of(version.questionnaireId())));
        for (int i = 0; i < 30; i++) {
            Map<String, List<String>> raw = new LinkedHashMap<>();
            raw.put("safe_after_dark", List.of("very_safe"));
            raw.put("top.1", List.of("asb"));
            raw.put("top.2", List.of("other"));
            raw.put("top.specify", List.of(i % 3 == 0 ? "Street lights broken " + i : "Kids on scooters " + i));
            if (i % 2 == 0) {
                raw.put("comments", List.of("<b>Dumped rubbish</b> " + i));
            }
            SubmissionOutcome.Accepted accepted = (SubmissionOutcome.Accepted) store.submit(new Submission(
                    consultation, version, Channel.PAPER, null, raw));
            ids.add(accepted.responseId());
            references.add(accepted.reference());
        }
    }

    private FreeTextAnswers.Scope top() {
        return new FreeTextAnswers.Scope(consultation.id(), version.id(), "top");
    }

    @Test
    void answersAreListedAPageAtATimeAndFilteredByWhetherTheyAreCoded() {
        FreeTextAnswers.Page first = answers.page(top(), FreeTextAnswers.Show.UNCODED, 1, 25);
        assertEquals(25, first.answers().size());
        assertEquals(30, first.uncoded());
        assertEquals(2, first.pages());
        FreeTextAnswers.Answer answer = first.answers().get(0);
        assertEquals(ids.get(0), answer.responseId());
        assertEquals("other", answer.choiceId());
        assertEquals(2, answer.rank(), "the rank the 'other' was given");
        assertEquals("Street lights broken 0", answer.text());
        assertEquals(5, answers.page(top(), FreeTextAnswers.Show.UNCODED, 2, 25).answers().size());

        assertEquals(1, coding.code("analyst", consultation.id(), "top", Map.of(ids.get(0), Set.of("asb"))));

        FreeTextAnswers.Page uncoded = answers.page(top(), FreeTextAnswers.Show.UNCODED, 1, 25);
        assertEquals(29, uncoded.uncoded());
        assertEquals(1, uncoded.coded());
        assertEquals(ids.get(1), uncoded.answers().get(0).responseId());
        FreeTextAnswers.Page coded = answers.page(top(), FreeTextAnswers.Show.CODED, 1, 25);
        assertEquals(List.of(ids.get(0)), coded.answers().stream().map(FreeTextAnswers.Answer::responseId).toList());
        assertEquals(List.of("asb"), coded.answers().get(0).codes());
        assertEquals(30, answers.page(top(), FreeTextAnswers.Show.ALL, 1, 50).answers().size());

        FreeTextAnswers.Page comments = answers.page(new FreeTextAnswers.Scope(consultation.id(), version.id(),
                "comments"), FreeTextAnswers.Show.ALL, 1, 25);
        assertEquals(15, comments.matching());
        assertEquals("<b>Dumped rubbish</b> 0", comments.answers().get(0).text(), "stored as written");
        assertEquals(null, comments.answers().get(0).rank());
    }

    @Test
    void codesAreSetAuditedAndMoveTheRevisionOn() {
        long revision = coding.revision(consultation.id());
        coding.code("analyst", consultation.id(), "top", Map.of(ids.get(1), Set.of("asb", "speeding")));
        assertEquals(revision + 1, coding.revision(consultation.id()));
        assertEquals(0, coding.code("analyst", consultation.id(), "top", Map.of(ids.get(1), Set.of("speeding",
                "asb"))), "the same codes again change nothing");
        assertEquals(revision + 1, coding.revision(consultation.id()));
        coding.code("analyst", consultation.id(), "top", Map.of(ids.get(1), Set.of()));
        assertEquals(revision + 2, coding.revision(consultation.id()));

        List<String> entries = audit.about("response", references.get(1)).stream()
                .filter(e -> e.action().equals("coding.answer_coded")).map(e -> e.beforeValue() + " -> " + e.afterValue())
                .toList();
        assertEquals(2, entries.size(), entries::toString);
        assertTrue(entries.get(0).startsWith("top:  -> top: "), entries::toString);
        assertTrue(entries.get(1).endsWith("-> top: "), entries::toString);
        assertFalse(entries.toString().contains("scooters"), "the audit log never holds the words");
    }

    @Test
    void unknownCodesAndAnswersThatAreNotThereAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> coding.code("analyst", consultation.id(), "top",
                Map.of(ids.get(0), Set.of("no_such_concern"))));
        assertThrows(IllegalArgumentException.class, () -> coding.code("analyst", consultation.id(), "comments",
                Map.of(ids.get(1), Set.of("asb"))), "response 1 wrote no comment");
        assertThrows(IllegalArgumentException.class, () -> coding.code("analyst", consultation.id() + 999, "top",
                Map.of(ids.get(0), Set.of("asb"))), "another consultation's response");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM free_text_code WHERE response_id = ?", ids.get(0)));
    }

    @Test
    void themesBelongToTheConsultationAndHaveUniqueNames() {
        String code = coding.createTheme("analyst", consultation.id(), "  Street   lighting ", "Lights out");
        assertEquals("theme:street_lighting", code);
        Codebook codebook = coding.codebook(consultation.id());
        Codebook.Code theme = codebook.code(code).orElseThrow();
        assertEquals("Street lighting", theme.name());
        assertTrue(theme.theme());
        assertEquals("drug_dealing", codebook.codes().get(0).code(), "catalogue concerns first");

        assertThrows(FreeTextCoding.ThemeException.class,
                () -> coding.createTheme("analyst", consultation.id(), "street LIGHTING", null));
        FreeTextCoding.ThemeException catalogue = assertThrows(FreeTextCoding.ThemeException.class,
                () -> coding.createTheme("analyst", consultation.id(), "Burglary", null));
        assertTrue(catalogue.getMessage().contains("catalogue"));
        assertThrows(FreeTextCoding.ThemeException.class, () -> coding.createTheme("analyst", consultation.id(),
                " ", null));
        assertThrows(FreeTextCoding.ThemeException.class, () -> coding.createTheme("analyst", consultation.id(),
                "x".repeat(121), null));
        assertEquals("theme:street_lighting_2", coding.createTheme("analyst", consultation.id(), "Street-lighting!",
                null), "another name with the same code gets a number");

        Consultation other = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Other", "Other", null, null, Instant.now(), Instant.now().plus(Duration.ofDays(1)),
                List.of(version.questionnaireId())));
        assertFalse(coding.codebook(other.id()).contains(code), "themes are per consultation");
        assertEquals(1, audit.about("consultation", consultation.id()).stream()
                .filter(e -> e.action().equals("coding.theme_created") && e.afterValue().contains("Street lighting"))
                .count());
    }

    @Test
    void aCodeIsAddedToEveryAnswerContainingAWord() {
        coding.code("analyst", consultation.id(), "top", Map.of(ids.get(0), Set.of("asb")));
        String lighting = coding.createTheme("analyst", consultation.id(), "Street lighting", null);
        List<Long> containing = answers.containing(top(), "lighting");
        assertEquals(10, containing.size(), "'lights' is a form of 'lighting'");

        assertEquals(10, coding.addToAll("analyst", consultation.id(), "top", containing, lighting,
                "containing \"lighting\""));
        assertEquals(List.of("asb", lighting), answers.page(top(), FreeTextAnswers.Show.CODED, 1, 25).answers()
                .get(0).codes(), "codes it had are kept");
        assertEquals(0, coding.addToAll("analyst", consultation.id(), "top", containing, lighting, "again"));
        assertEquals(1, audit.about("consultation", consultation.id()).stream()
                .filter(e -> e.action().equals("coding.code_applied_to_all")).count());
    }

    @Test
    void suggestionsLearnFromCodedWordsButNotFromRemovedOnes() {
        coding.code("analyst", consultation.id(), "top", Map.of(ids.get(1), Set.of("asb"), ids.get(2),
                Set.of("asb")));
        List<CodedText> learned = answers.learned(consultation.id());
        assertTrue(learned.contains(new CodedText("asb", "Kids on scooters 1")), learned::toString);

        rows.update("UPDATE response_answer SET text_value = ? WHERE response_id = ? AND text_value IS NOT NULL",
                FreeText.REMOVED, ids.get(1));
        assertFalse(answers.learned(consultation.id()).stream().anyMatch(c -> c.text().equals(FreeText.REMOVED)));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM free_text_code WHERE response_id = ?", ids.get(1)),
                "the code stays when the words are removed at the end of the retention period");
    }

    @Test
    void codesGoWhenTheResponseIsErased() {
        coding.code("analyst", consultation.id(), "top", Map.of(ids.get(3), Set.of("asb")));
        erasure.eraseByReference("officer", references.get(3));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM free_text_code WHERE response_id = ?", ids.get(3)));
    }
}
