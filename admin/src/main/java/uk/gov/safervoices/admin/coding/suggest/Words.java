package uk.gov.safervoices.admin.coding.suggest;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words as suggestions compare them: lower case, accents dropped, split at anything that is not a letter or digit,
 * stop words dropped, and each word cut to a simple stem (plurals, "-ing", "-ed" and a final "e" stripped), so that
 * "Speeding cars", "cars speed" and "the car was speeding" share "speed" and "car". Deliberately simple: it is a
 * reading aid for analysts, who decide every code; a wrong suggestion costs a glance, not a figure.
 */
public final class Words {
    /** Common English words that say nothing about what an answer is about, and words every answer here has. */
    static final Set<String> STOP = Set.of("a", "about", "above", "after", "again", "against", "all", "also", "am",
            "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
            "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "don", "down", "during",
            "each", "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "getting", "got", "had",
            "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "im", "in", "into",
            "is", "isn", "it", "its", "just", "lot", "lots", "me", "more", "most", "much", "my", "myself", "near",
            "need", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
            "out", "over", "own", "please", "really", "s", "same", "she", "should", "so", "some", "such", "t",
            "than", "that", "the", "their", "them", "then", "there", "these", "they", "thing", "things", "this",
            "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
            "area", "local", "people", "etc");
    private static final String VOWELS = "aeiouy";

    private Words() {
    }

    /** The distinct stems of a text's words, stop words left out, in the order they first appear. */
    public static List<String> of(String text) {
        Set<String> stems = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("'s ", " ").replace("'", "").replace("\u2019", "");
        for (String word : plain.split("[^\\p{L}\\p{Nd}]+")) {
            if (word.isEmpty() || STOP.contains(word)) {
                continue;
            }
            String stem = stem(word);
            if (!stem.isEmpty() && !STOP.contains(stem)) {
                stems.add(stem);
            }
        }
        return List.copyOf(stems);
    }

    /** One lower-case word's stem: "bikes" bike, "parties" party, "racing" and "race" rac, "robbed" rob. */
    public static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches")
                || w.endsWith("xes") || w.endsWith("zes"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        boolean cut = false;
        if (w.length() > 5 && w.endsWith("ing") && hasVowel(w, w.length() - 3)) {
            w = w.substring(0, w.length() - 3);
            cut = true;
        } else if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed") && hasVowel(w, w.length() - 2)) {
            w = w.substring(0, w.length() - 2);
            cut = true;
        }
        if (cut && w.length() > 2) {
            char last = w.charAt(w.length() - 1);
            if (last == w.charAt(w.length() - 2) && VOWELS.indexOf(last) < 0 && "lsz".indexOf(last) < 0) {
                w = w.substring(0, w.length() - 1);
            }
        }
        if (w.length() > 3 && w.endsWith("e") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean hasVowel(String word, int end) {
        for (int i = 0; i < end; i++) {
            if (VOWELS.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text contains the word (or another form of it): for applying a code to every answer with it. */
    public static boolean contains(String text, String word) {
        List<String> wanted = of(word);
        return !wanted.isEmpty() && of(text).containsAll(wanted);
    }

}
