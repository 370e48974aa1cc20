package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import uk.gov.safervoices.definitions.model.AgeBand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code bands:}: ranges of whole numbers, each giving a category. */
final class BandReader {

    private static final List<String> BAND_KEYS = List.of("min", "max", "category");

    private BandReader() {
    }

    static List<AgeBand> read(YamlMap map, List<String> categories, LoadContext context) {
        List<AgeBand> bands = new ArrayList<>();
        List<Node> starts = new ArrayList<>();
        for (Node node : QuestionDetails.requiredList(map, "bands", "bands").orElse(List.of())) {
            YamlMap.of(node, "a weighting band", context.problems(), map.owner()).ifPresent(band -> {
                band.allowOnly(BAND_KEYS);
                Optional<Long> min = band.wholeNumber("min");
                Optional<Long> max = band.wholeNumber("max");
                String category = band.requiredText("category");
                if (min.isEmpty() && !band.has("min")) {
                    band.missing("min");
                }
                if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
                    context.problems().add(ErrorCode.SV012, band.node("min"), map.owner(), "This band's min ("
                            + min.get() + ") is more than its max (" + max.get() + "). Swap them.");
                    return;
                }
                if (category != null && categories != null && !categories.contains(category)) {
                    context.problems().add(ErrorCode.SV028, band.node("category"), map.owner(),
                            WeightingMapReader.unknownCategory(category, map.text("variable").orElse(""), categories));
                    return;
                }
                if (min.isEmpty() || category == null) {
                    return;
                }
                AgeBand added = new AgeBand(min.get(), max.orElse(null), category);
                for (int i = 0; i < bands.size(); i++) {
                    if (overlap(bands.get(i), added)) {
                        context.problems().add(ErrorCode.SV036, band.node(), map.owner(), "This band ("
                                + describe(added) + ") overlaps the band at line "
                                + Problems.position(starts.get(i)).line() + " (" + describe(bands.get(i))
                                + "), so some answers would fall in two categories. Make the bands separate.");
                        return;
                    }
                }
                bands.add(added);
                starts.add(band.node());
            });
        }
        return List.copyOf(bands);
    }

    private static boolean overlap(AgeBand a, AgeBand b) {
        long aMax = a.max() == null ? Long.MAX_VALUE : a.max();
        long bMax = b.max() == null ? Long.MAX_VALUE : b.max();
        return a.min() <= bMax && b.min() <= aMax;
    }

    private static String describe(AgeBand band) {
        return band.min() + (band.max() == null ? " and over" : " to " + band.max());
    }
}
