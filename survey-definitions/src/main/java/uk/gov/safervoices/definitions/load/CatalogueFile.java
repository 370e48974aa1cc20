package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.definitions.model.ConcernCatalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of catalogue/concerns.yaml, the catalogue it reads as, and the errors found reading it. {@link #with}
 * writes a changed catalogue back as a file: the comment lines at the top of the file are kept as written; the
 * concerns and retired codes below them are written in the shipped layout (SnakeYAML quotes the texts), so comments
 * among the concerns are not kept.
 */
public record CatalogueFile(String text, ConcernCatalogue catalogue, List<ValidationError> errors) {
    public static final String FILE_NAME = "concerns.yaml";

    public CatalogueFile {
        errors = List.copyOf(errors);
    }

    public static CatalogueFile read(String text) {
        Problems problems = new Problems(FILE_NAME);
        ConcernCatalogue catalogue = CatalogueReader.read(text, problems);
        return new CatalogueFile(text, catalogue, problems.sorted());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The file for a changed catalogue, keeping this file's opening comments, read back (with any errors). */
    public CatalogueFile with(ConcernCatalogue changed) {
        return read(write(header(text), changed));
    }

    /** The comment (and blank) lines before the first line of YAML. */
    static String header(String text) {
        StringBuilder header = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                break;
            }
            header.append(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).append('\n');
        }
        String kept = header.toString();
        while (kept.endsWith("\n\n")) {
            kept = kept.substring(0, kept.length() - 1);
        }
        return kept.equals("\n") ? "" : kept;
    }

    static String write(String header, ConcernCatalogue catalogue) {
        List<String> lines = new ArrayList<>();
        lines.add("concerns:");
        for (Concern concern : catalogue.concerns()) {
            lines.add("  - code: " + YamlText.blockValue(concern.code()));
            lines.add("    name: " + YamlText.blockValue(concern.name()));
            if (concern.description() != null && !concern.description().isBlank()) {
                lines.add("    description: " + YamlText.blockValue(concern.description()));
            }
        }
        if (!catalogue.retired().isEmpty()) {
            lines.add("# Codes of deleted concerns: never used again.");
            lines.add("retired:");
            catalogue.retired().forEach(code -> lines.add("  - " + YamlText.blockValue(code)));
        }
        return header + String.join("\n", lines) + "\n";
    }
}
