package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text values written as YAML by SnakeYAML's own emitter, so quoting and escaping are SnakeYAML's, not ours. We only
 * choose a style: plain where the emitter allows it; otherwise double quotes (as the shipped files do), also for text
 * that looks like a number or a range ({@code "16-24"}, {@code "75+"}); a literal block for text over several lines.
 */
final class YamlText {

    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9][0-9 .,:/+-]*");
    /** Line breaks other than \n (YAML 1.1 counts them too): such text is always written in double quotes. */
    private static final Pattern OTHER_BREAKS = Pattern.compile("[\r\u0085\u2028\u2029]");
    private static final Yaml YAML = new Yaml(options());

    private YamlText() {
    }

    private static DumperOptions options() {
        DumperOptions options = new DumperOptions();
        options.setIndent(2);
        options.setWidth(Integer.MAX_VALUE / 2);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return options;
    }

    /** One line of YAML standing for the text, valid anywhere a value or key may be (also inside { } and [ ]). */
    static String inline(String text) {
        if (NUMBER_LIKE.matcher(text).matches() || OTHER_BREAKS.matcher(text).find()) {
            return flowItem(text, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        }
        String plain = flowItem(text, DumperOptions.ScalarStyle.PLAIN);
        return plain.startsWith("'") ? flowItem(text, DumperOptions.ScalarStyle.DOUBLE_QUOTED) : plain;
    }

    /**
     * One line of YAML standing for the text as the value of a {@code key: value} line in block form, where more
     * text can stay unquoted than inside { } or [ ] (a question mark, a comma).
     */
    static String blockValue(String text) {
        if (NUMBER_LIKE.matcher(text).matches() || OTHER_BREAKS.matcher(text).find()) {
            return flowItem(text, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        }
        String plain = blockItem(text);
        return plain.startsWith("'") ? flowItem(text, DumperOptions.ScalarStyle.DOUBLE_QUOTED) : plain;
    }

    /** Whether the text is written over several lines ({@link #block}). */
    static boolean isBlock(String text) {
        return text.indexOf('\n') >= 0 && !OTHER_BREAKS.matcher(text).find();
    }

    /**
     * {@code key: |} and the lines of a text over several lines (indented two spaces more than the key), or
     * {@code key: "..."} on one line when a literal block cannot hold the text exactly.
     */
    static List<String> block(String key, String text) {
        ScalarNode keyNode = new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN);
        ScalarNode value = new ScalarNode(Tag.STR, text + "\n", null, null, DumperOptions.ScalarStyle.LITERAL);
        String yaml = serialize(new MappingNode(Tag.MAP, List.of(new NodeTuple(keyNode, value)),
                DumperOptions.FlowStyle.BLOCK));
        String withoutLastBreak = yaml.endsWith("\n") ? yaml.substring(0, yaml.length() - 1) : yaml;
        return List.of(withoutLastBreak.split("\n", -1));
    }

    private static String blockItem(String text) {
        ScalarNode key = new ScalarNode(Tag.STR, "k", null, null, DumperOptions.ScalarStyle.PLAIN);
        ScalarNode value = new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.PLAIN);
        String yaml = serialize(new MappingNode(Tag.MAP, List.of(new NodeTuple(key, value)),
                DumperOptions.FlowStyle.BLOCK));
        if (!yaml.startsWith("k: ") || !yaml.endsWith("\n") || yaml.indexOf('\n') != yaml.length() - 1) {
            throw new IllegalStateException("Unexpected YAML for a text: " + yaml);
        }
        return yaml.substring(3, yaml.length() - 1);
    }

    private static String flowItem(String text, DumperOptions.ScalarStyle style) {
        ScalarNode scalar = new ScalarNode(Tag.STR, text, null, null, style);
        String yaml = serialize(new SequenceNode(Tag.SEQ, List.of(scalar), DumperOptions.FlowStyle.FLOW)).strip();
        if (!yaml.startsWith("[") || !yaml.endsWith("]") || yaml.contains("\n")) {
            throw new IllegalStateException("Unexpected YAML for a text: " + yaml);
        }
        return yaml.substring(1, yaml.length() - 1);
    }

    private static String serialize(Node node) {
        StringWriter out = new StringWriter();
        YAML.serialize(node, out);
        return out.toString();
    }
}
