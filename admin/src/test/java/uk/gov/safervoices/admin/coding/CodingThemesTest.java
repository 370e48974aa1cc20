package uk.gov.safervoices.admin.coding;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.DatabaseRows;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;

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

/**
 * Themes after they are made: renamed with their code kept, merged into another theme or a concern with no answer
 * losing a code, deleted only when no answer has them; each audited and moving the coding revision on.
 */
@MicronautTest(transactional = false)
class CodingThemesTest {
    @Inject CodingThemes themes;
    @Inject FreeTextCoding coding;
    @Inject FreeTextAnswers answers;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;
    @Inject ResponseStore store;
    @Inject AuditLog audit;
    @Inject DatabaseRows rows;

    QuestionnaireVersion version;
    Consultation consultation;
    List<Long> ids = new ArrayList<>();

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("themes");
        version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Themes").replace(
                "          - { id: speeding, label: Speeding, concern: speeding }\n",
                "          - { id: speeding, label: Speeding, concern: speeding }\n"
                        + "          - { id: other, label: Other (please say), specify: true }\n"), key + ".yaml");
        consultation = consultation();
        ids = respond(consultation, 6);
    }

    private Consultation consultation() {
        Instant now = Instant.now();
        return consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"), "Themes",
                "Themes", null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)),
                List.of(version.questionnaireId())));
    }

    private List<Long> respond(Consultation to, int count) {
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, List<String>> raw = new LinkedHashMap<>();
            raw.put("safe_after_dark", List.of("very_safe"));
            raw.put("top.1", List.of("other"));
            raw.put("top.specify", List.of("Street lights out " + i));
            made.add(((SubmissionOutcome.Accepted) store.submit(new Submission(to, version, Channel.PAPER, null, raw)))
                    .responseId());
        }
        return made;
    }

    private List<String> codesOf(long responseId) {
        return answers.page(new FreeTextAnswers.Scope(consultation.id(), version.id(), "top"),
                FreeTextAnswers.Show.ALL, 1, 50).answers().stream().filter(a -> a.responseId() == responseId)
                .findFirst().orElseThrow().codes();
    }

    private List<AuditEvent> audited(String action) {
        return audit.about("consultation", consultation.id()).stream().filter(e -> e.action().equals(action))
                .toList();
    }

    @Test
    void aRenameKeepsTheCodeSoCodedAnswersKeepIt() {
        String lighting = coding.createTheme("analyst", consultation.id(), "Street lights", null);
        coding.code("analyst", consultation.id(), "top", Map.of(ids.get(0), Set.of(lighting)));
        long revision = coding.revision(consultation.id());

        assertTrue(themes.rename("analyst", consultation.id(), lighting, "  Street   lighting ", "Lamps out"));

        Codebook.Code renamed = coding.codebook(consultation.id()).code(lighting).orElseThrow();
        assertEquals("Street lighting", renamed.name());
        assertEquals("Lamps out", renamed.description());
        assertEquals(List.of(lighting), codesOf(ids.get(0)), "the answer keeps the code");
        assertEquals(revision + 1, coding.revision(consultation.id()), "names are in cached results");
        AuditEvent event = audited("coding.theme_renamed").get(0);
        assertEquals(lighting + ": Street lights", event.beforeValue());
        assertEquals(lighting + ": Street lighting (Lamps out)", event.afterValue());

        assertFalse(themes.rename("analyst", consultation.id(), lighting, "Street lighting", "Lamps out"),
                "no change");
        assertEquals(revision + 1, coding.revision(consultation.id()));
        assertTrue(themes.rename("analyst", consultation.id(), lighting, "street LIGHTING", null),
                "its own name in other letters");
    }

    @Test
    void aRenameKeepsTheNamingRules() {
        String lighting = coding.createTheme("analyst", consultation.id(), "Street lighting", null);
        coding.createTheme("analyst", consultation.id(), "Potholes", null);
        FreeTextCoding.ThemeException taken = assertThrows(FreeTextCoding.ThemeException.class,
                () -> themes.rename("analyst", consultation.id(), lighting, "POTHOLES", null));
        assertEquals("There is a theme called \"Potholes\" already: merge this theme into it instead",
                taken.getMessage());
        assertEquals("\"Burglary\" is a concern of the catalogue: merge this theme into it instead",
                assertThrows(FreeTextCoding.ThemeException.class, () -> themes.rename("analyst",
                        consultation.id(), lighting, "burglary", null)).getMessage());
        assertThrows(FreeTextCoding.ThemeException.class, () -> themes.rename("analyst", consultation.id(), lighting,
                " 42 ", null));
        assertThrows(FreeTextCoding.ThemeException.class, () -> themes.rename("analyst", consultation.id(), lighting,
                "x".repeat(121), null));
        assertThrows(IllegalArgumentException.class, () -> themes.rename("analyst", consultation.id(), "burglary",
                "Break-ins", null), "catalogue concerns are renamed in the catalogue");
        assertEquals("Street lighting", coding.codebook(consultation.id()).code(lighting).orElseThrow().name());
    }

    @Test
    void aMergeRecodesEveryAnswerAndCollapsesDuplicates() {
        String lights = coding.createTheme("analyst", consultation.id(), "Lights", null);
        String lighting = coding.createTheme("analyst", consultation.id(), "Street lighting", null);
        coding.code("analyst", consultation.id(), "top", Map.of(
                ids.get(0), new java.util.LinkedHashSet<>(List.of("asb", lights)),
                ids.get(1), new java.util.LinkedHashSet<>(List.of(lights, lighting)),
                ids.get(2), Set.of(lighting)));
        // another consultation's theme with the same code is a different theme: it stays
        Consultation other = consultation();
        long otherResponse = respond(other, 1).get(0);
        String otherLights = coding.createTheme("analyst", other.id(), "Lights", null);
        coding.code("analyst", other.id(), "top", Map.of(otherResponse, Set.of(otherLights)));
        assertEquals(lights, otherLights);
        long revision = coding.revision(consultation.id());

        CodingThemes.Merged merged = themes.merge("analyst", consultation.id(), lights, lighting);

        assertEquals(1, merged.recoded());
        assertEquals(1, merged.collapsed());
        assertEquals("Street lighting", merged.targetName());
        assertEquals(List.of("asb", lighting), codesOf(ids.get(0)), "recoded in its place");
        assertEquals(List.of(lighting), codesOf(ids.get(1)), "one code where it had both");
        assertEquals(List.of(lighting), codesOf(ids.get(2)));
        assertFalse(coding.codebook(consultation.id()).contains(lights), "the theme is gone");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM free_text_code f JOIN response r ON r.id = f.response_id"
                + " WHERE r.consultation_id = ? AND f.code = ?", consultation.id(), lights));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM free_text_code WHERE response_id = ? AND code = ?",
                otherResponse, lights), "the other consultation's coding is untouched");
        assertTrue(coding.codebook(other.id()).contains(lights));
        assertEquals(revision + 1, coding.revision(consultation.id()));
        assertEquals(lights + ": Lights", audited("coding.theme_merged").get(0).beforeValue());
        assertEquals(lighting + ": Street lighting (1 answers recoded, 1 had it already)",
                audited("coding.theme_merged").get(0).afterValue());
    }

    @Test
    void aThemeMergesIntoACatalogueConcern() {
        String vandals = coding.createTheme("analyst", consultation.id(), "Vandals", null);
        coding.code("analyst", consultation.id(), "top", Map.of(ids.get(3), Set.of(vandals), ids.get(4),
                Set.of(vandals)));
        CodingThemes.Merged merged = themes.merge("analyst", consultation.id(), vandals, "asb");
        assertEquals(2, merged.answers());
        assertEquals(List.of("asb"), codesOf(ids.get(3)));
        assertEquals(List.of("asb"), codesOf(ids.get(4)));

        String potholes = coding.createTheme("analyst", consultation.id(), "Potholes", null);
        assertThrows(IllegalArgumentException.class, () -> themes.merge("analyst", consultation.id(), potholes,
                potholes), "not into itself");
        assertThrows(IllegalArgumentException.class, () -> themes.merge("analyst", consultation.id(), potholes,
                "no_such_concern"));
        assertThrows(IllegalArgumentException.class, () -> themes.merge("analyst", consultation.id(), "asb",
                potholes), "only themes are merged");
    }

    @Test
    void aThemeIsDeletedOnlyWhenNoAnswerHasIt() {
        String lighting = coding.createTheme("analyst", consultation.id(), "Street lighting", null);
        String unused = coding.createTheme("analyst", consultation.id(), "Unused", null);
        coding.code("analyst", consultation.id(), "top", Map.of(ids.get(0), Set.of(lighting), ids.get(1),
                Set.of(lighting)));
        assertEquals(List.of(new CodingThemes.Theme(lighting, "Street lighting", null, 2),
                new CodingThemes.Theme(unused, "Unused", null, 0)), themes.themes(consultation.id()));

        CodingThemes.InUseException inUse = assertThrows(CodingThemes.InUseException.class,
                () -> themes.delete("analyst", consultation.id(), lighting));
        assertEquals(2, inUse.answers());
        assertEquals("\"Street lighting\" cannot be deleted: 2 answers are coded with it. Merge it into another"
                + " theme or a concern instead", inUse.getMessage());
        assertTrue(coding.codebook(consultation.id()).contains(lighting));

        long revision = coding.revision(consultation.id());
        themes.delete("analyst", consultation.id(), unused);
        assertFalse(coding.codebook(consultation.id()).contains(unused));
        assertEquals(revision + 1, coding.revision(consultation.id()));
        assertEquals(unused + ": Unused", audited("coding.theme_deleted").get(0).beforeValue());
        assertThrows(IllegalArgumentException.class, () -> themes.delete("analyst", consultation.id(), unused));
    }
}
