package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.load.CatalogueFile;
import uk.gov.safervoices.definitions.load.ErrorCode;
import uk.gov.safervoices.definitions.load.ValidationError;
import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.definitions.model.ConcernCatalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Changes to the concern catalogue, as staff make them: add a concern, change a concern's name and description
 * (never its code), delete a concern (its code is retired, never used again). Each gives the changed file, or the
 * problems by form field and nothing changed. The changed file is read back by the loader, so a change the file
 * cannot hold is refused with the loader's own errors.
 */
public final class CatalogueEdits {
    public static final int MAX_CODE_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 300;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A problem with what was typed: the form field ({@code code}, {@code name}, {@code description}) and why. */
    public record Problem(String field, ErrorCode code, String message) {
    }

    /** The changed file, or the problems (and no file). */
    public record Outcome(CatalogueFile file, List<Problem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private CatalogueEdits() {
    }

    /** Text as it is kept: spaces and line breaks run together, trimmed; null when nothing is left. */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String tidied = SPACES.matcher(text).replaceAll(" ").strip();
        return tidied.isEmpty() ? null : tidied;
    }

    public static Outcome add(CatalogueFile file, String code, String name, String description) {
        List<Problem> problems = new ArrayList<>();
        String tidyCode = tidy(code);
        ConcernCatalogue catalogue = file.catalogue();
        if (tidyCode == null) {
            problems.add(new Problem("code", ErrorCode.SV004, "Enter a code for the concern, like bike_theft"));
        } else if (tidyCode.length() > MAX_CODE_LENGTH || !CODE.matcher(tidyCode).matches()) {
            String suggestion = tidyCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                    .replaceAll("^[^a-z]+|_+$", "");
            problems.add(new Problem("code", ErrorCode.SV006, "Code must be lower case letters, digits and "
                    + "underscores, start with a letter and be " + MAX_CODE_LENGTH + " characters or fewer"
                    + (suggestion.isEmpty() || suggestion.equals(tidyCode) ? "" : ", like " + suggestion)));
        } else if (catalogue.contains(tidyCode)) {
            problems.add(new Problem("code", ErrorCode.SV003, "Code " + tidyCode + " is already the code of "
                    + catalogue.concern(tidyCode).orElseThrow().name() + ": choose another code"));
        } else if (catalogue.retired().contains(tidyCode)) {
            problems.add(new Problem("code", ErrorCode.SV038, "Code " + tidyCode + " belonged to a concern that was "
                    + "deleted, and codes are never reused: choose another code"));
        }
        String tidyName = checkName(name, problems);
        String tidyDescription = checkDescription(description, problems);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        List<Concern> concerns = new ArrayList<>(catalogue.concerns());
        concerns.add(new Concern(tidyCode, tidyName, tidyDescription));
        return checked(file, new ConcernCatalogue(List.copyOf(concerns), catalogue.retired()));
    }

    /** A concern's new name and description; its code stays. */
    public static Outcome change(CatalogueFile file, String code, String name, String description) {
        List<Problem> problems = new ArrayList<>();
        String tidyName = checkName(name, problems);
        String tidyDescription = checkDescription(description, problems);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        ConcernCatalogue catalogue = file.catalogue();
        List<Concern> concerns = catalogue.concerns().stream().map(c -> c.code().equals(code)
                ? new Concern(code, tidyName, tidyDescription) : c).toList();
        return checked(file, new ConcernCatalogue(concerns, catalogue.retired()));
    }

    /** The concern deleted and its code retired. Whether it is in use is for the caller to check first. */
    public static Outcome delete(CatalogueFile file, String code) {
        ConcernCatalogue catalogue = file.catalogue();
        List<String> retired = new ArrayList<>(catalogue.retired());
        retired.add(code);
        return checked(file, new ConcernCatalogue(catalogue.concerns().stream().filter(c -> !c.code().equals(code))
                .toList(), List.copyOf(retired)));
    }

    private static String checkName(String name, List<Problem> problems) {
        String tidied = tidy(name);
        if (tidied == null) {
            problems.add(new Problem("name", ErrorCode.SV004, "Enter the concern's name, as residents and the "
                    + "partnership would say it"));
        } else if (tidied.length() > MAX_NAME_LENGTH) {
            problems.add(new Problem("name", ErrorCode.SV005, "Name must be " + MAX_NAME_LENGTH
                    + " characters or fewer"));
        }
        return tidied;
    }

    private static String checkDescription(String description, List<Problem> problems) {
        String tidied = tidy(description);
        if (tidied != null && tidied.length() > MAX_DESCRIPTION_LENGTH) {
            problems.add(new Problem("description", ErrorCode.SV005, "Description must be "
                    + MAX_DESCRIPTION_LENGTH + " characters or fewer"));
        }
        return tidied;
    }

    /** The file written and read back; refused with the loader's errors if it does not read as the catalogue. */
    private static Outcome checked(CatalogueFile file, ConcernCatalogue changed) {
        CatalogueFile written = file.with(changed);
        if (written.valid() && written.catalogue().equals(changed)) {
            return new Outcome(written, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        for (ValidationError error : written.errors()) {
            problems.add(new Problem("code", error.code(), error.message() + " (" + error.file() + " line "
                    + error.line() + ")"));
        }
        if (problems.isEmpty()) {
            problems.add(new Problem("name", ErrorCode.SV005, "The catalogue file cannot hold this text as typed"));
        }
        return new Outcome(null, problems);
    }
}
