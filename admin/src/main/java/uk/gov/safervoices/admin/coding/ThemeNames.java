package uk.gov.safervoices.admin.coding;

import java.util.Optional;

/**
 * The rules a theme's name and description keep, when it is made and when it is renamed (ADR 0023): a name with
 * words, at most 120 characters, not another theme's of the consultation or a catalogue concern's (case aside); a
 * description of at most 500 characters.
 */
final class ThemeNames {
    static final int LONGEST_NAME = 120;
    static final int LONGEST_DESCRIPTION = 500;

    private ThemeNames() {
    }

    /** The name with spaces tidied. */
    static String clean(String name) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty() || trimmed.chars().noneMatch(Character::isLetter)) {
            throw new FreeTextCoding.ThemeException("Enter a name for the theme, such as \"Street lighting\"");
        }
        if (trimmed.length() > LONGEST_NAME) {
            throw new FreeTextCoding.ThemeException("A theme's name must be " + LONGEST_NAME
                    + " characters or fewer");
        }
        return trimmed;
    }

    /** The description, or null for none. */
    static String cleanDescription(String description) {
        String clean = description == null || description.isBlank() ? null : description.strip();
        if (clean != null && clean.length() > LONGEST_DESCRIPTION) {
            throw new FreeTextCoding.ThemeException("A theme's description must be " + LONGEST_DESCRIPTION
                    + " characters or fewer");
        }
        return clean;
    }

    /**
     * Refuses a name another code of the codebook has, saying what to do instead.
     *
     * @param self the code of the theme being renamed (its own name may stay), or null for a new theme
     * @param instead what to do instead, as the end of the sentence ("tick it instead")
     */
    static void refuseTaken(Codebook codebook, String name, String self, String instead) {
        Optional<Codebook.Code> same = codebook.codes().stream()
                .filter(c -> !c.code().equals(self) && c.name().equalsIgnoreCase(name)).findFirst();
        if (same.isPresent()) {
            throw new FreeTextCoding.ThemeException(same.get().theme() ? "There is a theme called \""
                    + same.get().name() + "\" already: " + instead : "\"" + same.get().name()
                    + "\" is a concern of the catalogue: " + instead);
        }
    }
}
