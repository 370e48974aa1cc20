package uk.gov.safervoices.definitions.answers;

/** How typed text is tidied before it is checked and stored. */
final class TextRules {

    /** The most characters of "please say" text kept with an "Other" choice. */
    static final int SPECIFY_MAX_LENGTH = 200;

    private TextRules() {
    }

    /**
     * Removes control characters (keeping line breaks, as \n, when {@code keepNewlines}; otherwise a line break
     * becomes a space) and surrounding white space. Null when nothing is left.
     */
    static String clean(String raw, boolean keepNewlines) {
        if (raw == null) {
            return null;
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                kept.append(keepNewlines ? '\n' : ' ');
            } else if (c == '\t') {
                kept.append(' ');
            } else if (!Character.isISOControl(c)) {
                kept.appendCodePoint(c);
            }
        });
        String stripped = kept.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static String tooLong(int maxLength) {
        return "Answer must be " + maxLength + " characters or less";
    }
}
