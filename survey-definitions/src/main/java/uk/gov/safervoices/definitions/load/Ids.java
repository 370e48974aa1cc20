package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;

import java.util.Locale;
import java.util.regex.Pattern;

/** The id forms of the format: lower snake case, kebab case (file names) and ONS ward codes. */
final class Ids {

    static final int MAX_LENGTH = 64;
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern WARD = Pattern.compile("[A-Z][0-9]{8}");

    private Ids() {
    }

    /** Checks a lower snake case id (questions, sections, choices, items, scales, variables, concern codes). */
    static boolean checkSnake(String id, String what, Node at, String owner, Problems problems) {
        if (id.length() <= MAX_LENGTH && SNAKE.matcher(id).matches()) {
            return true;
        }
        String suggestion = suggestSnake(id);
        problems.add(ErrorCode.SV006, at, owner, capitalise(what) + " \"" + id + "\" is not a valid id. Ids use "
                + "lower case letters, digits and underscores, start with a letter and have at most " + MAX_LENGTH
                + " characters" + (suggestion.isEmpty() || suggestion.equals(id) ? "." : ", for example \""
                + suggestion + "\"."));
        return false;
    }

    /** Checks a kebab case id (questionnaire and lookup ids, which are also file names). */
    static boolean checkKebab(String id, String what, Node at, Problems problems) {
        if (id.length() <= MAX_LENGTH && KEBAB.matcher(id).matches()) {
            return true;
        }
        String suggestion = suggestSnake(id).replace('_', '-');
        problems.add(ErrorCode.SV006, at, null, capitalise(what) + " \"" + id + "\" is not a valid id. It is also "
                + "the file name, so it uses lower case letters, digits and hyphens and starts with a letter"
                + (suggestion.isEmpty() || suggestion.equals(id) ? "." : ", for example \"" + suggestion + "\"."));
        return false;
    }

    static boolean checkWardCode(String code, Node at, Problems problems) {
        if (WARD.matcher(code).matches()) {
            return true;
        }
        problems.add(ErrorCode.SV006, at, null, "Ward code \"" + code + "\" is not an ONS ward code. Use the code "
                + "from the ONS ward lookup: a capital letter and eight digits, like E05012345.");
        return false;
    }

    static String suggestSnake(String id) {
        String s = id.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        while (!s.isEmpty() && !Character.isLetter(s.charAt(0))) {
            s = s.substring(1);
        }
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
