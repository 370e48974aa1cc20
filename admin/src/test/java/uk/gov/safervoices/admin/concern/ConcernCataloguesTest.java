package uk.gov.safervoices.admin.concern;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.definitions.design.CatalogueEdits;
import uk.gov.safervoices.definitions.load.CatalogueFile;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.ErrorCode;
import uk.gov.safervoices.definitions.load.LoadResult;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.model.Concern;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored concern catalogue: saved as versions of the file, guarded against stale edits, audited, codes never
 * reused, concerns in use kept, and every bean holding the definition library seeing a save at once.
 */
@MicronautTest(transactional = false)
@Property(name = "safervoices.catalogue.refresh", value = "1h")
class ConcernCataloguesTest {
    @Inject ConcernCatalogues catalogues;
    @Inject CatalogueVersions versions;
    @Inject DefinitionLibrary library;
    @Inject QuestionnaireLoader loader;
    @Inject AuditLog audit;
    @Inject TransactionOperations<Connection> transactions;
    @Inject uk.gov.safervoices.admin.priority.MatrixSettings matrixSettings;

    private static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String surveyMapping(String concern) {
        return """
                id: catalogue-test
                title: Catalogue test
                privacy_notice: We keep your answers safe.
                sections:
                  - id: worries
                    title: Worries
                    questions:
                      - id: worst
                        type: single_choice
                        text: What worries you most?
                        choices:
                          - { id: this, label: This one, concern: %s }
                          - { id: other, label: Something else }
                """.formatted(concern);
    }

    @Test
    void theShippedCatalogueIsStoredAtStartUp_withItsComments() {
        ConcernCatalogues.Current current = catalogues.current();
        assertTrue(current.file().valid(), current.file().errors().toString());
        assertTrue(current.version().yaml().startsWith("# The concern catalogue"), current.version().yaml());
        assertTrue(current.file().catalogue().contains("drug_dealing"));
        assertEquals(current.file().catalogue(), new uk.gov.safervoices.definitions.model.ConcernCatalogue(
                List.copyOf(library.catalogue().concerns()), List.copyOf(library.catalogue().retired())));
    }

    @Test
    void anAddedConcernIsKnownAtOnce_storedWithTheCommentsKept_andAudited() {
        String code = uniqueCode("bike_theft");
        assertFalse(loader.parse(surveyMapping(code), "catalogue-test.yaml").valid(), "not in the catalogue yet");
        ConcernCatalogues.Current before = catalogues.current();
        ConcernCatalogues.Outcome outcome = catalogues.add("analyst-1", before.version().sha256(), code,
                "Bicycle theft", "Bikes stolen from streets and sheds.");
        assertTrue(outcome.ok(), outcome.problems().toString());
        assertEquals(before.version().versionNumber() + 1, outcome.saved().versionNumber());
        assertTrue(outcome.saved().yaml().startsWith("# The concern catalogue"));
        assertEquals("analyst-1", outcome.saved().createdBy());

        assertEquals(new Concern(code, "Bicycle theft", "Bikes stolen from streets and sheds."),
                library.catalogue().concern(code).orElseThrow());
        LoadResult mapped = loader.parse(surveyMapping(code), "catalogue-test.yaml");
        assertTrue(mapped.valid(), mapped.errors().toString());

        List<AuditEvent> events = audit.about(ConcernCatalogues.SUBJECT, code);
        assertEquals(1, events.size());
        assertEquals("concern.added", events.get(0).action());
        assertEquals("analyst-1", events.get(0).actor());
    }

    @Test
    void aSaveOverSomeoneElsesIsRefused_andNothingIsSaved() {
        ConcernCatalogues.Current opened = catalogues.current();
        assertTrue(catalogues.add("a", opened.version().sha256(), uniqueCode("first"), "First", null).ok());
        String second = uniqueCode("second");
        CatalogueConflictException conflict = assertThrows(CatalogueConflictException.class,
                () -> catalogues.add("b", opened.version().sha256(), second, "Second", null));
        assertEquals(opened.version().versionNumber() + 1, conflict.latest().versionNumber());
        assertFalse(catalogues.current().file().catalogue().contains(second));
        assertFalse(library.catalogue().contains(second));
    }

    @Test
    void aNameChangeKeepsTheCode() {
        String code = uniqueCode("graffiti");
        assertTrue(catalogues.add("a", catalogues.current().version().sha256(), code, "Graffiti", null).ok());
        ConcernCatalogues.Outcome changed = catalogues.change("c", catalogues.current().version().sha256(), code,
                "Graffiti and tagging", "Paint on walls.");
        assertTrue(changed.ok(), changed.problems().toString());
        assertEquals(new Concern(code, "Graffiti and tagging", "Paint on walls."),
                library.catalogue().concern(code).orElseThrow());
        AuditEvent event = audit.about(ConcernCatalogues.SUBJECT, code).get(1);
        assertEquals("concern.changed", event.action());
        assertEquals("Graffiti", event.beforeValue());
    }

    @Test
    void anUnusedConcernIsDeleted_andItsCodeNeverGivenAgain() {
        String code = uniqueCode("loitering");
        assertTrue(catalogues.add("a", catalogues.current().version().sha256(), code, "Loitering", null).ok());
        ConcernCatalogues.Outcome deleted = catalogues.delete("a", catalogues.current().version().sha256(), code);
        assertTrue(deleted.ok(), deleted.inUse().toString());
        assertFalse(library.catalogue().contains(code));
        assertTrue(library.catalogue().retired().contains(code));
        assertTrue(catalogues.current().file().catalogue().retired().contains(code));

        ConcernCatalogues.Outcome again = catalogues.add("a", catalogues.current().version().sha256(), code,
                "Loitering again", null);
        assertFalse(again.ok());
        assertEquals(ErrorCode.SV038, again.problems().get(0).code());
        assertTrue(loader.parse(surveyMapping(code), "catalogue-test.yaml").errors().stream()
                .anyMatch(e -> e.code() == ErrorCode.SV031 && e.message().contains("retired")));
    }

    @Test
    void aConcernInUseIsNotDeleted_andItsUsesAreListed() {
        ConcernCatalogues.Current before = catalogues.current();
        ConcernCatalogues.Outcome refused = catalogues.delete("a", before.version().sha256(), "asb");
        assertFalse(refused.ok());
        assertTrue(refused.inUse().stream().anyMatch(use -> use.kind() == ConcernUse.Kind.CRIME_TYPE
                && use.where().equals("Police crime type \"Anti-social behaviour\"")), refused.inUse().toString());
        assertTrue(refused.inUse().stream().anyMatch(use -> use.kind() == ConcernUse.Kind.QUESTIONNAIRE
                && use.where().startsWith("Community safety survey, version ") && use.where().contains(": question ")), refused.inUse().toString());
        assertEquals(before.version().versionNumber(), catalogues.current().version().versionNumber());
        assertTrue(library.catalogue().contains("asb"));
    }

    @Test
    void aConcernScoredOnlyInAPriorityMatrixIsNotDeleted() {
        String code = uniqueCode("scored");
        assertTrue(catalogues.add("a", catalogues.current().version().sha256(), code, "Scored", null).ok());
        int start = 6000 + (int) Math.floorMod(System.nanoTime(), 3000L);
        String year = uk.gov.safervoices.admin.priority.MatrixSettings.planYear(start);
        matrixSettings.save("p", year, 0, new uk.gov.safervoices.admin.priority.MatrixSettings.Sources(null, null,
                null, Map.of()));
        String criterion = matrixSettings.addCriterion("p", year, 1, "Capacity", "", true, 1);
        matrixSettings.updateCriterion("p", year, 2, criterion, "Capacity", "", true, Map.of(code, 3.0));

        ConcernCatalogues.Outcome refused = catalogues.delete("a", catalogues.current().version().sha256(), code);
        assertFalse(refused.ok());
        assertTrue(refused.inUse().stream().anyMatch(use -> use.kind() == ConcernUse.Kind.MATRIX_SCORES
                && use.where().contains(year)), refused.inUse().toString());
    }

    @Test
    void aVersionSavedByAnotherNodeIsPutInForceOnRefresh() {
        String code = uniqueCode("elsewhere");
        CatalogueVersion latest = catalogues.current().version();
        String text = CatalogueEdits.add(CatalogueFile.read(latest.yaml()), code, "Elsewhere", null).file().text();
        assertTrue(CatalogueFile.read(text).catalogue().contains(code));
        transactions.executeWrite(status -> versions.insert(latest.versionNumber() + 1, text,
                ConcernCatalogues.sha256(text), "other-node", Instant.now(), "test"));
        assertFalse(library.catalogue().contains(code));
        catalogues.refresh();
        assertTrue(library.catalogue().contains(code));
        assertNotNull(library.catalogue().concern(code).orElseThrow().name());
    }
}
