package uk.gov.safervoices.definitions.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer's round trip over every valid questionnaire the project has: the shipped ones, the engine's fixture,
 * the portal's journey-test questionnaire, and (through LoaderBehaviourTest) every valid form written inline in the
 * loader's tests.
 */
class QuestionnaireWriterTest {

    private static final QuestionnaireLoader SHIPPED = new QuestionnaireLoader(DefinitionLibrary.shipped());
    private static final QuestionnaireLoader FIXTURE = new QuestionnaireLoader(TestFiles.fixtureLibrary());

    static Stream<ShippedDefinition> shipped() {
        return ShippedDefinitions.load(DefinitionLibrary.shipped()).stream();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void writesEveryShippedQuestionnaireBackToTheSameDefinition(ShippedDefinition shipped) {
        RoundTrip.check(SHIPPED, shipped.source(), shipped.fileName());
    }

    @Test
    void writesTheFixtureBackToTheSameDefinition() {
        RoundTrip.check(FIXTURE, TestFiles.read(TestFiles.resource(
                "fixture-library/questionnaires/small-survey.yaml")), "small-survey.yaml");
    }

    @Test
    void writesThePortalsJourneyTestQuestionnaireBackToTheSameDefinition() throws Exception {
        Path file = Path.of("../portal/src/test/resources/uk/gov/safervoices/portal/survey/journey-test-types.yaml");
        assertTrue(Files.exists(file), "run from the survey-definitions folder of the project: " + file.toAbsolutePath());
        RoundTrip.check(SHIPPED, Files.readString(file), "journey-test-types.yaml");
    }

    @Test
    void keepsTheShippedLayout() {
        String written = RoundTrip.check(SHIPPED, shipped().filter(s -> s.fileName().equals(
                "community-safety-survey.yaml")).findFirst().orElseThrow().source(), "community-safety-survey.yaml");
        List<String> lines = written.lines().toList();
        assertEquals("id: community-safety-survey", lines.get(0));
        assertEquals("kind: survey", lines.get(1));
        assertTrue(lines.contains("intro: |"), written);
        assertTrue(lines.contains("scales:"), written);
        assertTrue(lines.contains("  safety:"), written);
        assertTrue(lines.contains("    - { id: very_safe, label: Very safe, score: 4 }"), written);
        assertTrue(lines.contains("    - { id: dont_know, label: \"Don't know\", dont_know: true }")
                || lines.contains("    - { id: dont_know, label: Don't know, dont_know: true }"), written);
        assertTrue(lines.contains("    categories: [\"16-24\", \"25-34\", \"35-44\", \"45-54\", \"55-64\", \"65-74\", \"75+\"]"),
                written);
        assertTrue(lines.contains("    from_lookup: example-borough"), written);
        assertTrue(lines.contains("  - id: feeling_safe"), written);
        assertTrue(lines.contains("        scale: safety"), written);
        assertTrue(lines.contains("          - { id: \"yes\", label: \"Yes\" }"), written);
        assertTrue(lines.contains("        prefer_not_to_say: true"), written);
        assertTrue(lines.contains("    equality: [age, sex, gender_identity, ethnic_group, disability, religion, sexual_orientation]"),
                written);
        assertTrue(lines.contains("        show_if: not (live_or_work in [work_or_study, visiting])"), written);
        assertTrue(lines.contains("        weighting: { variable: ward, area: true }"), written);
        assertTrue(lines.contains("      sex: { variable: sex, choices: { female: female, male: male } }"), written);
        assertTrue(lines.contains("          - { min: 75, category: \"75+\" }"), written);
        assertTrue(lines.stream().noneMatch(line -> line.endsWith(" ")), "no trailing spaces");
    }
}
