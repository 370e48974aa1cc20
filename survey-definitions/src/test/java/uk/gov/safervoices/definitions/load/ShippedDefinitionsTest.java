package uk.gov.safervoices.definitions.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The files packaged with the application load without errors, from a folder and from a jar. */
class ShippedDefinitionsTest {

    @Test
    void shippedCatalogueAndLookupsAreValid() {
        DefinitionLibrary library = DefinitionLibrary.shipped();
        assertTrue(library.valid());
        assertTrue(library.catalogue().contains("drug_dealing"));
        assertFalse(library.lookups().isEmpty(), "lookups/*.yaml found by scanning the classpath");
    }

    @Test
    void everyShippedQuestionnaireValidatesWithNoErrors() {
        List<ShippedDefinition> shipped;
        try {
            shipped = ShippedDefinitions.load(DefinitionLibrary.shipped());
        } catch (DefinitionException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assumeFalse(shipped.isEmpty(), "no questionnaires/*.yaml on the classpath yet");
        for (ShippedDefinition definition : shipped) {
            assertEquals(definition.fileName(), definition.questionnaire().id() + ".yaml");
            assertTrue(definition.source().contains("id: " + definition.questionnaire().id()));
        }
        assertEquals(shipped.size(), QuestionnaireLoader.loadShippedQuestionnaires(DefinitionLibrary.shipped()).size());
    }

    @Test
    void theEqualityTemplateIsValidAndNamesTheStandardQuestions() {
        EqualityTemplate template = EqualityTemplate.get();
        assertEquals(List.of(), template.errors().stream().map(ValidationError::toString).toList());
        assertEquals(List.of("age", "sex", "gender_identity", "ethnic_group", "disability", "religion",
                "sexual_orientation"), template.standardIds());
        assertEquals(List.of("ethnic_group", "ethnic_background"),
                template.sections("ethnic_group").stream().map(s -> s.id()).toList());
    }

    @Test
    void findsDefinitionsInsideAJar(@TempDir Path folder) throws IOException {
        Path jar = folder.resolve("definitions.jar");
        Path root = TestFiles.resource("fixture-library");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // no directory entries: the scan must not need them
            for (String name : List.of("catalogue/concerns.yaml", "lookups/test-borough.yaml",
                    "lookups/other-borough.yaml", "questionnaires/small-survey.yaml")) {
                add(out, name, Files.readString(root.resolve(name)));
            }
            add(out, "lookups/nested/ignored.yaml", "not: read");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            DefinitionLibrary library = DefinitionLibrary.shipped(loader);
            assertEquals(List.of("other-borough", "test-borough"), List.copyOf(library.lookups().keySet()));
            List<ShippedDefinition> shipped = ShippedDefinitions.load(library, loader);
            assertEquals(List.of("small-survey.yaml"), shipped.stream().map(ShippedDefinition::fileName).toList());
        }
    }

    @Test
    void aBrokenShippedFileThrowsWithEveryError(@TempDir Path folder) throws IOException {
        Path root = TestFiles.resource("fixture-library");
        Files.createDirectories(folder.resolve("catalogue"));
        Files.createDirectories(folder.resolve("questionnaires"));
        Files.copy(root.resolve("catalogue/concerns.yaml"), folder.resolve("catalogue/concerns.yaml"));
        Files.copy(TestFiles.resource("broken/SV034-key-not-for-type.yaml"),
                folder.resolve("questionnaires/sv034-key-not-for-type.yaml"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            DefinitionLibrary library = DefinitionLibrary.shipped(loader);
            DefinitionException thrown = assertThrows(DefinitionException.class,
                    () -> ShippedDefinitions.load(library, loader));
            assertEquals(Map.of(ErrorCode.SV034, 2L), thrown.errors().stream()
                    .collect(Collectors.groupingBy(ValidationError::code, Collectors.counting())));
            assertTrue(thrown.getMessage().contains("sv034-key-not-for-type.yaml:"));
        }
    }

    private static void add(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
