package uk.gov.safervoices.portal.web;

import java.util.Arrays;
import java.util.List;

/** Plain text from a definition (intro, privacy notice...) as paragraphs: split at blank lines, never HTML. */
public final class Paragraphs {
    private Paragraphs() {
    }

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(p -> p.strip().replaceAll("\\s*\\n\\s*", " ")).toList();
    }
}
