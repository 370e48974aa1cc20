package uk.gov.safervoices.definitions.load;

import java.util.List;

/** Checks a {@code concern:} code against the catalogue. */
final class Concerns {

    private Concerns() {
    }

    /** The concern code of a choice or item, or null when absent or not in the catalogue (after SV031). */
    static String check(YamlMap map, LoadContext context) {
        String code = map.text("concern").orElse(null);
        if (code == null || context.library().catalogue().contains(code)) {
            return code;
        }
        if (context.library().catalogue().retired().contains(code)) {
            context.problems().add(ErrorCode.SV031, map.node("concern"), map.owner(), "\"" + code + "\" was a "
                    + "concern code, but that concern was deleted from the catalogue (catalogue/concerns.yaml) and its "
                    + "code retired. Map this to another concern, or add a new concern with a new code.");
            return null;
        }
        List<String> codes = context.library().catalogue().concerns().stream().map(c -> c.code()).toList();
        context.problems().add(ErrorCode.SV031, map.node("concern"), map.owner(), "\"" + code + "\" is not a "
                + "concern code in the catalogue (catalogue/concerns.yaml)." + Suggestions.didYouMean(code, codes)
                + " Use one of its codes, or add the concern to the catalogue first.");
        return null;
    }
}
