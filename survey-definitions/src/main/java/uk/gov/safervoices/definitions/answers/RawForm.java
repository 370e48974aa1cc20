package uk.gov.safervoices.definitions.answers;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Read access to a posted form: field key to the values posted under it (null-safe; keys not asked for ignored). */
final class RawForm {

    private final Map<String, List<String>> fields;

    RawForm(Map<String, List<String>> fields) {
        this.fields = fields == null ? Map.of() : fields;
    }

    /** The values posted under a key, trimmed, blanks and duplicates left out, in the order posted. */
    List<String> values(String key) {
        List<String> posted = fields.get(key);
        if (posted == null) {
            return List.of();
        }
        return posted.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
    }

    /** The first value posted under a key, untrimmed, or null. */
    String rawText(String key) {
        List<String> posted = fields.get(key);
        if (posted == null) {
            return null;
        }
        return posted.stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    boolean hasInput(String key) {
        return !values(key).isEmpty();
    }

    /** A ticked checkbox: "true" (what the portal posts) or "on" (a browser's default checkbox value). */
    boolean isTicked(String key) {
        return values(key).stream().anyMatch(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
    }
}
