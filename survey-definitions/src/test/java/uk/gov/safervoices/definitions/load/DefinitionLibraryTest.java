package uk.gov.safervoices.definitions.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefinitionLibraryTest {

    @Test
    void readsACatalogueAndLookupsFromAFolder() {
        DefinitionLibrary library = TestFiles.fixtureLibrary();
        assertTrue(library.valid());
        assertEquals(4, library.catalogue().concerns().size());
        assertEquals("E05000002", library.lookup("test-borough").orElseThrow()
                .wardForPostcode("tb1 2ab").orElseThrow().code());
        assertTrue(library.lookup("nowhere").isEmpty());
    }

    @Test
    void reportsErrorsInLibraryFilesWithoutThrowing(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("catalogue"));
        Files.createDirectories(folder.resolve("lookups"));
        Files.writeString(folder.resolve("catalogue/concerns.yaml"), "concerns:\n  - { code: Burglary }\n");
        Files.writeString(folder.resolve("lookups/west.yaml"), "id: east\nname: East\nwards: []\n");
        DefinitionLibrary library = DefinitionLibrary.fromDirectory(folder);
        assertEquals(List.of("concerns.yaml:2:5: SV004", "concerns.yaml:2:13: SV006", "west.yaml:1:5: SV019",
                        "west.yaml:3:8: SV008"),
                library.errors().stream().map(e -> e.file() + ":" + e.line() + ":" + e.column() + ": " + e.code())
                        .toList());
    }

    @Test
    void needsACatalogueInTheFolder(@TempDir Path folder) {
        assertThrows(IllegalArgumentException.class, () -> DefinitionLibrary.fromDirectory(folder));
    }
}
