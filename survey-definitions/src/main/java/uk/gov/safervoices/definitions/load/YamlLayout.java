package uk.gov.safervoices.definitions.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a written questionnaire file: mappings and lists in block form, or on one line in braces when
 * short ({@code - { id: very_safe, label: Very safe, score: 4 }}), two spaces of indentation, list items indented
 * under their key, as in the shipped files. Text goes through {@link YamlText}.
 */
final class YamlLayout {

    /** Longest line a mapping or list is written on in { } or [ ] form; longer ones are written in block form. */
    static final int FLOW_WIDTH = 150;

    sealed interface Value permits Text, Raw, Mapping, Sequence { }

    /** A text value (any characters). */
    record Text(String value) implements Value { }

    /** A value already in YAML form that needs no quoting: a whole number, true, a date, a fixed word. */
    record Raw(String yaml) implements Value { }

    /**
     * @param flow written in braces when it fits on one line
     */
    record Mapping(List<Entry> entries, boolean flow) implements Value { }

    /**
     * @param flow          written in brackets when it fits on one line
     * @param blankBetween  block form: a blank line between items
     */
    record Sequence(List<Value> items, boolean flow, boolean blankBetween) implements Value { }

    /**
     * @param keyIsText   the key is a name from the file (a scale name, a choice id) rather than a fixed key
     * @param blankBefore a blank line before the entry (block form)
     */
    record Entry(String key, boolean keyIsText, Value value, boolean blankBefore) { }

    /** Builds the entries of a mapping, leaving out absent values. */
    static final class Entries {
        private final List<Entry> entries = new ArrayList<>();
        private boolean blankNext;

        Entries text(String key, String value) {
            return value == null ? this : add(key, new Text(value));
        }

        Entries raw(String key, Object value) {
            return value == null ? this : add(key, new Raw(value.toString()));
        }

        Entries flag(String key, boolean value) {
            return value ? add(key, new Raw("true")) : this;
        }

        Entries add(String key, Value value) {
            entries.add(new Entry(key, false, value, blankNext));
            blankNext = false;
            return this;
        }

        Entries named(String name, Value value) {
            entries.add(new Entry(name, true, value, blankNext));
            blankNext = false;
            return this;
        }

        /** The next entry added starts after a blank line. */
        Entries blank() {
            blankNext = !entries.isEmpty();
            return this;
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        Mapping block() {
            return new Mapping(List.copyOf(entries), false);
        }

        Mapping flow() {
            return new Mapping(List.copyOf(entries), true);
        }
    }

    private final List<String> lines = new ArrayList<>();

    /** The top-level mapping as the text of a file. */
    static String write(Mapping top) {
        YamlLayout layout = new YamlLayout();
        layout.blockMapping(top, 0, null);
        return String.join("\n", layout.lines) + "\n";
    }

    /** Writes a mapping in block form; {@code firstPrefix} ("- ") goes before its first line, if given. */
    private void blockMapping(Mapping mapping, int indent, String firstPrefix) {
        boolean first = true;
        for (Entry entry : mapping.entries()) {
            if (entry.blankBefore() && !first) {
                lines.add("");
            }
            String lead = first && firstPrefix != null ? " ".repeat(indent - firstPrefix.length()) + firstPrefix
                    : " ".repeat(indent);
            entry(entry, indent, lead);
            first = false;
        }
    }

    private void entry(Entry entry, int indent, String lead) {
        String key = entry.keyIsText() ? YamlText.inline(entry.key()) : entry.key();
        Value value = entry.value();
        if (value instanceof Text text && YamlText.isBlock(text.value())) {
            List<String> block = YamlText.block(key, text.value());
            lines.add(lead + block.get(0));
            block.subList(1, block.size()).forEach(line -> lines.add(line.isEmpty() ? "" : " ".repeat(indent) + line));
            return;
        }
        String prefix = lead + key + ":";
        String flow = value instanceof Text text ? YamlText.blockValue(text.value()) : flow(value);
        if (flow != null && (value instanceof Text || value instanceof Raw
                || prefix.length() + 1 + flow.length() <= FLOW_WIDTH)) {
            lines.add(prefix + " " + flow);
        } else if (value instanceof Mapping mapping) {
            lines.add(prefix);
            blockMapping(mapping, indent + 2, null);
        } else if (value instanceof Sequence sequence) {
            lines.add(prefix);
            blockSequence(sequence, indent + 2);
        } else {
            throw new IllegalStateException("Cannot write " + value);
        }
    }

    private void blockSequence(Sequence sequence, int indent) {
        boolean first = true;
        for (Value item : sequence.items()) {
            if (sequence.blankBetween() && !first) {
                lines.add("");
            }
            first = false;
            String flow = flow(item);
            if (flow != null && indent + 2 + flow.length() <= FLOW_WIDTH && !(item instanceof Mapping m && !m.flow())) {
                lines.add(" ".repeat(indent) + "- " + flow);
            } else if (item instanceof Mapping mapping) {
                blockMapping(mapping, indent + 2, "- ");
            } else if (item instanceof Sequence inner) {
                lines.add(" ".repeat(indent) + "-");
                blockSequence(inner, indent + 2);
            } else {
                throw new IllegalStateException("A text over several lines cannot be a list item");
            }
        }
    }

    /** The value on one line ({ } and [ ] for mappings and lists written flow), or null when it must be a block. */
    private static String flow(Value value) {
        if (value instanceof Text text) {
            return YamlText.isBlock(text.value()) ? null : YamlText.inline(text.value());
        }
        if (value instanceof Raw raw) {
            return raw.yaml();
        }
        if (value instanceof Mapping mapping) {
            if (mapping.entries().isEmpty()) {
                return "{}";
            }
            if (!mapping.flow()) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (Entry entry : mapping.entries()) {
                String inner = flow(entry.value());
                if (inner == null) {
                    return null;
                }
                parts.add((entry.keyIsText() ? YamlText.inline(entry.key()) : entry.key()) + ": " + inner);
            }
            return "{ " + String.join(", ", parts) + " }";
        }
        Sequence sequence = (Sequence) value;
        if (!sequence.flow() && !sequence.items().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Value item : sequence.items()) {
            String inner = flow(item);
            if (inner == null) {
                return null;
            }
            parts.add(inner);
        }
        return "[" + String.join(", ", parts) + "]";
    }
}
