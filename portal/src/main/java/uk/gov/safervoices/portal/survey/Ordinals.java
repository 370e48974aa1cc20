package uk.gov.safervoices.portal.survey;

/** "First", "Second"... for ranking labels. */
final class Ordinals {
    private static final String[] WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth"};

    private Ordinals() {
    }

    static String of(int position) {
        return position >= 1 && position <= WORDS.length ? WORDS[position - 1] : position + "th";
    }

    static String capitalised(int position) {
        String word = of(position);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
