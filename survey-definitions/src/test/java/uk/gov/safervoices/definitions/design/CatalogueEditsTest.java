package uk.gov.safervoices.definitions.design;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.load.CatalogueFile;
import uk.gov.safervoices.definitions.load.ErrorCode;
import uk.gov.safervoices.definitions.model.Concern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding, changing and deleting concerns: the file written back, its opening comments kept, codes never reused. */
class CatalogueEditsTest {
    private static final Path SHIPPED = Path.of("catalogue", "concerns.yaml");

    private static CatalogueFile shipped() throws IOException {
        CatalogueFile file = CatalogueFile.read(Files.readString(SHIPPED));
        assertTrue(file.valid(), file.errors().toString());
        return file;
    }

    @Test
    void theShippedFileWrittenBackUnchangedIsTheSameText() throws IOException {
        CatalogueFile file = shipped();
        assertEquals(file.text(), file.with(file.catalogue()).text());
    }

    @Test
    void aNewConcernIsAddedAtTheEnd_withTheCommentsAtTheTopKept() throws IOException {
        CatalogueFile file = shipped();
        CatalogueEdits.Outcome outcome = CatalogueEdits.add(file, " bike_theft ", "Bicycle  theft",
                "Bikes stolen\nfrom streets and sheds.");
        assertTrue(outcome.accepted(), outcome.problems().toString());
        String text = outcome.file().text();
        assertTrue(text.startsWith("# The concern catalogue: the community safety issues residents rank or rate.\n#\n"
                + "# Questionnaires map choices"), text);
        assertTrue(text.contains("# and a one-line description.\nconcerns:\n  - code: drug_dealing\n"), text);
        List<Concern> concerns = outcome.file().catalogue().concerns();
        assertEquals(new Concern("bike_theft", "Bicycle theft", "Bikes stolen from streets and sheds."),
                concerns.get(concerns.size() - 1));
        assertEquals(file.catalogue().concerns().size() + 1, concerns.size());
    }

    @Test
    void awkwardTextsSurviveTheFile() throws IOException {
        CatalogueFile file = shipped();
        for (String text : List.of("Drugs: dealing & use", "#1 concern", "\"Quoted\" and 'single'", "yes", "123",
                "- a dash", "Café, naïve — “smart” quotes", "{ braces }", "[brackets]", "a: b # c", "null", "~",
                "@at", "`tick`", "% per cent", "!bang", "*star", "&amp", "|pipe", ">gt", "? question")) {
            CatalogueEdits.Outcome outcome = CatalogueEdits.add(file, "odd_text", text, text);
            assertTrue(outcome.accepted(), text + ": " + outcome.problems());
            Concern added = outcome.file().catalogue().concern("odd_text").orElseThrow();
            assertEquals(text, added.name(), outcome.file().text());
            assertEquals(text, added.description());
            assertEquals(outcome.file().text(), outcome.file().with(outcome.file().catalogue()).text());
        }
    }

    @Test
    void codesAreCheckedAsTyped() throws IOException {
        CatalogueFile file = shipped();
        assertProblem(CatalogueEdits.add(file, "", "Name", null), "code", ErrorCode.SV004);
        assertProblem(CatalogueEdits.add(file, "Bike Theft", "Name", null), "code", ErrorCode.SV006);
        assertTrue(CatalogueEdits.add(file, "Bike Theft", "Name", null).problems().get(0).message()
                .endsWith("like bike_theft"));
        assertProblem(CatalogueEdits.add(file, "2fast", "Name", null), "code", ErrorCode.SV006);
        assertProblem(CatalogueEdits.add(file, "a".repeat(65), "Name", null), "code", ErrorCode.SV006);
        assertProblem(CatalogueEdits.add(file, "burglary", "Name", null), "code", ErrorCode.SV003);
        assertProblem(CatalogueEdits.add(file, "bike_theft", " ", null), "name", ErrorCode.SV004);
        assertProblem(CatalogueEdits.add(file, "bike_theft", "n".repeat(101), null), "name", ErrorCode.SV005);
        assertProblem(CatalogueEdits.add(file, "bike_theft", "Name", "d".repeat(301)), "description",
                ErrorCode.SV005);
    }

    @Test
    void aDeletedConcernsCodeIsRetired_andNeverGivenAgain() throws IOException {
        CatalogueEdits.Outcome deleted = CatalogueEdits.delete(shipped(), "litter");
        assertTrue(deleted.accepted(), deleted.problems().toString());
        CatalogueFile file = deleted.file();
        assertFalse(file.catalogue().contains("litter"));
        assertEquals(List.of("litter"), file.catalogue().retired());
        assertTrue(file.text().endsWith("retired:\n  - litter\n"), file.text());
        assertTrue(file.text().startsWith("# The concern catalogue"));
        assertProblem(CatalogueEdits.add(file, "litter", "Litter again", null), "code", ErrorCode.SV038);
        CatalogueFile reread = CatalogueFile.read(file.text());
        assertEquals(file.catalogue(), reread.catalogue());
    }

    @Test
    void aChangeKeepsTheCode() throws IOException {
        CatalogueEdits.Outcome outcome = CatalogueEdits.change(shipped(), "asb", "Anti-social behaviour (ASB)", "");
        assertTrue(outcome.accepted());
        assertEquals(new Concern("asb", "Anti-social behaviour (ASB)", null),
                outcome.file().catalogue().concern("asb").orElseThrow());
        assertProblem(CatalogueEdits.change(shipped(), "asb", "", "x"), "name", ErrorCode.SV004);
    }

    private static void assertProblem(CatalogueEdits.Outcome outcome, String field, ErrorCode code) {
        assertFalse(outcome.accepted());
        assertEquals(field, outcome.problems().get(0).field(), outcome.problems().toString());
        assertEquals(code, outcome.problems().get(0).code(), outcome.problems().toString());
    }
}
