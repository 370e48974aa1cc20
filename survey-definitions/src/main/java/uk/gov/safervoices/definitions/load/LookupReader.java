package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Ward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads lookups/ID.yaml: a partnership's wards and which ward each postcode district, sector or postcode is in. */
final class LookupReader {

    private static final List<String> TOP_KEYS = List.of("id", "name", "wards", "postcodes");
    private static final List<String> WARD_KEYS = List.of("code", "name");
    private static final String DISTRICT = "[A-Z]{1,2}[0-9][A-Z0-9]?";
    private static final Pattern POSTCODE_KEY = Pattern.compile(DISTRICT + "( [0-9]([A-Z]{2})?)?");

    private LookupReader() {
    }

    /** The lookup, or empty when it has no usable id. */
    static Optional<AreaLookup> read(String text, Problems problems) {
        Optional<YamlMap> top = YamlDocument.read(text, problems, "the area lookup");
        if (top.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = top.get();
        map.allowOnly(TOP_KEYS);
        String id = map.requiredText("id");
        String name = map.requiredText("name");
        if (id != null && Ids.checkKebab(id, "lookup id", map.node("id"), problems)) {
            FileNames.checkIdIsFileName(id, map.node("id"), problems, "lookup");
        }
        Map<String, Ward> wards = readWards(map, problems);
        Map<String, String> postcodes = readPostcodes(map, wards, problems);
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(new AreaLookup(id, name == null ? id : name, List.copyOf(wards.values()),
                Map.copyOf(postcodes)));
    }

    private static Map<String, Ward> readWards(YamlMap map, Problems problems) {
        Map<String, Ward> wards = new LinkedHashMap<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        Optional<List<Node>> list = map.list("wards");
        if (list.isEmpty() && !map.has("wards")) {
            map.missing("wards");
        } else if (list.isPresent() && list.get().isEmpty()) {
            problems.add(ErrorCode.SV008, map.node("wards"), null, "The lookup lists no wards. Add each ward as "
                    + "\"- { code: E05012345, name: Abbey }\".");
        }
        for (Node node : list.orElse(List.of())) {
            YamlMap.of(node, "a ward", problems, null).ifPresent(ward -> {
                ward.allowOnly(WARD_KEYS);
                String code = ward.requiredText("code");
                String name = ward.requiredText("name");
                if (code == null || !Ids.checkWardCode(code, ward.node("code"), problems)) {
                    return;
                }
                Node first = seen.putIfAbsent(code, ward.node("code"));
                if (first != null) {
                    problems.add(ErrorCode.SV003, ward.node("code"), null, "Ward code \"" + code + "\" is listed "
                            + "twice (first at line " + Problems.position(first).line() + "). List each ward once.");
                } else {
                    wards.put(code, new Ward(code, name == null ? code : name));
                }
            });
        }
        return wards;
    }

    private static Map<String, String> readPostcodes(YamlMap map, Map<String, Ward> wards, Problems problems) {
        Map<String, String> postcodes = new LinkedHashMap<>();
        if (!map.has("postcodes")) {
            return postcodes;
        }
        map.map("postcodes", "the postcodes").ifPresent(mapping -> {
            for (NodeTuple tuple : mapping.node().getValue()) {
                Optional<String> key = Values.scalar(tuple.getKeyNode());
                Optional<String> ward = Values.scalar(tuple.getValueNode());
                if (key.isEmpty() || ward.isEmpty()) {
                    problems.add(ErrorCode.SV037, tuple.getKeyNode(), null, "Each postcode line should be a postcode "
                            + "and a ward code, like \"EX1 1\": E05012345.");
                } else if (!POSTCODE_KEY.matcher(key.get()).matches()) {
                    problems.add(ErrorCode.SV037, tuple.getKeyNode(), null, "\"" + key.get() + "\" is not a postcode "
                            + "district (EX1), sector (EX1 1) or full postcode (EX1 1AA). Write it in capitals "
                            + "with one space before the last part.");
                } else if (!wards.containsKey(ward.get())) {
                    problems.add(ErrorCode.SV037, tuple.getValueNode(), null, "Postcode \"" + key.get()
                            + "\" is given ward \"" + ward.get() + "\", which is not in this lookup's wards."
                            + Suggestions.didYouMean(ward.get(), wards.keySet())
                            + " Add the ward under wards: or correct the code.");
                } else {
                    postcodes.put(key.get(), ward.get());
                }
            }
        });
        return postcodes;
    }
}
