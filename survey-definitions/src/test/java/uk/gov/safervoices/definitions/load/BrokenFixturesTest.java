package uk.gov.safervoices.definitions.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file in src/test/resources/broken/ is named {@code <code>-<short-name>.yaml} and starts with comment lines
 * {@code # expect: SV004 line 12} listing exactly the errors it must give (code and line; a line may repeat), and
 * optionally {@code # as: catalogue} or {@code # as: lookup} to read it as that kind of file. Files are loaded under
 * their lower-cased name, so the id of {@code SV004-missing-key.yaml} is {@code sv004-missing-key}.
 */
class BrokenFixturesTest {

    private static final Pattern EXPECT = Pattern.compile("^# expect: (SV\\d{3}) line (\\d+)\\s*$");
    private static final Pattern AS = Pattern.compile("^# as: (catalogue|lookup)\\s*$");
    private static final DefinitionLibrary LIBRARY = TestFiles.fixtureLibrary();

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.resource("broken"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void givesExactlyTheExpectedErrors(String fileName) {
        String text = TestFiles.read(TestFiles.resource("broken/" + fileName));
        List<String> expected = new ArrayList<>();
        String kind = "questionnaire";
        for (String line : text.lines().toList()) {
            Matcher expect = EXPECT.matcher(line);
            Matcher as = AS.matcher(line);
            if (expect.matches()) {
                expected.add(expect.group(1) + " line " + expect.group(2));
            } else if (as.matches()) {
                kind = as.group(1);
            }
        }
        List<ValidationError> errors = errors(kind, text, fileName.toLowerCase(Locale.ROOT));
        List<String> actual = errors.stream().map(e -> e.code() + " line " + e.line()).sorted().toList();
        String report = errors.stream().map(ValidationError::toString).collect(Collectors.joining("\n"));

        assertFalse(expected.isEmpty(), fileName + " has no \"# expect: SVnnn line N\" lines");
        assertTrue(expected.stream().anyMatch(e -> e.startsWith(fileName.substring(0, 5))),
                fileName + " must expect at least one " + fileName.substring(0, 5));
        assertEquals(expected.stream().sorted().toList(), actual, "errors given:\n" + report);
        for (ValidationError error : errors) {
            assertTrue(error.line() > 0 && error.column() > 0, "no place: " + error);
            assertTrue(error.message().endsWith(".") || error.message().endsWith("?"), "not a sentence: " + error);
        }
    }

    @Test
    void everyErrorCodeHasABrokenFixture() throws IOException {
        Set<String> covered = fixtures().map(name -> name.substring(0, 5)).collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = Arrays.stream(ErrorCode.values()).map(Enum::name)
                .filter(code -> !covered.contains(code)).toList();
        assertEquals(List.of(), missing, "error codes without a file in src/test/resources/broken/");
    }

    private static List<ValidationError> errors(String kind, String text, String fileName) {
        Problems problems = new Problems(fileName);
        switch (kind) {
            case "catalogue" -> CatalogueReader.read(text, problems);
            case "lookup" -> LookupReader.read(text, problems);
            default -> {
                return new QuestionnaireLoader(LIBRARY).parse(text, fileName).errors();
            }
        }
        return problems.sorted();
    }
}
