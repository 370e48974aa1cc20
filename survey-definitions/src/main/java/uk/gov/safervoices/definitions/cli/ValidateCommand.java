package uk.gov.safervoices.definitions.cli;

import uk.gov.safervoices.definitions.load.DefinitionException;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.load.LoadResult;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.load.ValidationError;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code validate FILE...}: checks questionnaire files and prints every error as {@code file:line:column: SVnnn
 * message}, then one summary line per file. The catalogue and lookups are read from the folder above the file's
 * folder when it has catalogue/concerns.yaml (a survey-definitions checkout), otherwise the packaged ones are used.
 * Exit status: 0 all valid, 1 some invalid, 2 usage error (no files, a file not found).
 */
public final class ValidateCommand {

    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    private ValidateCommand() {
    }

    public static int run(List<String> files, PrintStream out) {
        if (files.isEmpty()) {
            out.println("Usage: validate FILE...   (questionnaire files, e.g. questionnaires/my-survey.yaml)");
            return USAGE;
        }
        boolean missing = false;
        for (String file : files) {
            if (!Files.isRegularFile(Path.of(file))) {
                out.println(file + ": file not found");
                missing = true;
            }
        }
        if (missing) {
            return USAGE;
        }
        boolean allValid = true;
        Map<Path, DefinitionLibrary> libraries = new HashMap<>();
        for (String file : files) {
            Path path = Path.of(file).toAbsolutePath().normalize();
            DefinitionLibrary library;
            try {
                library = library(path, libraries, out);
            } catch (DefinitionException e) {
                e.errors().forEach(out::println);
                out.println("packaged catalogue and lookups: " + count(e.errors().size()));
                return INVALID;
            }
            allValid &= library.valid();
            LoadResult result;
            try {
                result = new QuestionnaireLoader(library).load(path);
            } catch (UncheckedIOException e) {
                out.println(file + ": cannot be read (" + e.getCause().getMessage() + ")");
                return USAGE;
            }
            result.errors().forEach(out::println);
            out.println(path.getFileName() + ": " + (result.valid() ? "valid" : count(result.errors().size())));
            allValid &= result.valid();
        }
        return allValid ? VALID : INVALID;
    }

    /** The library for a file, reading (and reporting the errors of) each folder's library once. */
    private static DefinitionLibrary library(Path file, Map<Path, DefinitionLibrary> libraries, PrintStream out) {
        Path folder = file.getParent();
        Path root = folder == null ? null : folder.getParent();
        if (root == null || !Files.isRegularFile(root.resolve("catalogue").resolve("concerns.yaml"))) {
            return libraries.computeIfAbsent(Path.of(""), k -> DefinitionLibrary.shipped());
        }
        DefinitionLibrary known = libraries.get(root);
        if (known != null) {
            return known;
        }
        DefinitionLibrary library = DefinitionLibrary.fromDirectory(root);
        libraries.put(root, library);
        List<ValidationError> errors = library.errors();
        if (!errors.isEmpty()) {
            errors.forEach(out::println);
            out.println("catalogue and lookups in " + root + ": " + count(errors.size()));
        }
        return library;
    }

    private static String count(int errors) {
        return errors + (errors == 1 ? " error" : " errors");
    }
}
