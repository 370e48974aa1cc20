package uk.gov.safervoices.portal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The subcommands main dispatches to before (instead of) starting the server. */
class ApplicationCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt run(String... args) {
        return Application.command(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void analyseHelpPrintsItsUsage() {
        assertEquals(OptionalInt.of(0), run("analyse", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: analyse --responses"));
    }

    @Test
    void analyseWithoutArgumentsIsAUsageError() {
        assertEquals(OptionalInt.of(2), run("analyse"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--responses is required"));
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        assertEquals(OptionalInt.of(2), run("validate"));
    }

    @Test
    void demoPoliceCrimeWithoutAFolderIsAUsageError() {
        assertEquals(OptionalInt.of(2), run("demo-police-crime"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out is required"));
    }

    @Test
    void anythingElseStartsTheServer() {
        assertEquals(OptionalInt.empty(), run());
        assertEquals(OptionalInt.empty(), run("-micronaut.server.port=0"));
    }
}
