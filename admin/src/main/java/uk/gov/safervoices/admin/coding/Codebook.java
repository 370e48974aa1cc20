package uk.gov.safervoices.admin.coding;

import java.util.List;
import java.util.Optional;

/**
 * The codes a consultation's answers can be given: the concerns of the catalogue, then the consultation's themes.
 *
 * @param codes catalogue concerns in catalogue order, then themes by name
 */
public record Codebook(List<Code> codes) {
    /** Written before a theme's code where codes are stored and counted; catalogue codes never contain a colon. */
    public static final String THEME_PREFIX = "theme:";

    public Codebook {
        codes = List.copyOf(codes);
    }

    /**
     * One code.
     *
     * @param code        as stored: a catalogue concern's code, or {@code theme:} and the theme's code
     * @param name        its name
     * @param description what it covers; may be null for a theme
     * @param theme       whether an analyst made it for this consultation
     */
    public record Code(String code, String name, String description, boolean theme) {
    }

    public Optional<Code> code(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean contains(String code) {
        return code(code).isPresent();
    }

    public static boolean isTheme(String code) {
        return code.startsWith(THEME_PREFIX);
    }
}
