package uk.gov.safervoices.portal.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads GOV.UK Frontend's own component fixtures from the webjar and puts HTML into a canonical form for comparing
 * markup: one element or text per line, attributes sorted by name, whitespace inside text collapsed and trimmed,
 * comments dropped. Class lists keep their order (GOV.UK's order is part of the markup we match).
 */
final class GovukFixtures {
    static final String COMPONENTS = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/components/";

    record Fixture(String component, String name, Map<String, Object> options, String html, boolean hidden) {
        @Override
        public String toString() {
            return component + ": " + name;
        }
    }

    private GovukFixtures() {
    }

    /** The fixtures of one component folder (e.g. {@code date-input}), in file order. */
    @SuppressWarnings("unchecked")
    static List<Fixture> load(String component) {
        String path = COMPONENTS + component + "/fixtures.json";
        try (InputStream in = GovukFixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + path);
            }
            JsonParser parser = new JsonFactory().createParser(in);
            parser.nextToken();
            Map<String, Object> file = (Map<String, Object>) read(parser);
            List<Fixture> fixtures = new ArrayList<>();
            for (Object each : (List<Object>) file.get("fixtures")) {
                Map<String, Object> fixture = (Map<String, Object>) each;
                fixtures.add(new Fixture(component, (String) fixture.get("name"),
                        (Map<String, Object>) fixture.get("options"), (String) fixture.get("html"),
                        Boolean.TRUE.equals(fixture.get("hidden"))));
            }
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON to maps (insertion ordered), lists, strings, integers/doubles, booleans and null. */
    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, read(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getIntValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return true;
            }
            case VALUE_FALSE -> {
                return false;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("Unexpected JSON token " + token);
        }
    }

    /** The canonical form of an HTML fragment, for assertEquals (its diff shows what differs, line by line). */
    static String normalise(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder();
        for (Node child : body.childNodes()) {
            write(child, 0, out);
        }
        return out.toString();
    }

    private static void write(Node node, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        if (node instanceof TextNode text) {
            String collapsed = text.getWholeText().replaceAll("\\s+", " ").trim();
            if (!collapsed.isEmpty()) {
                out.append(indent).append('"').append(collapsed).append("\"\n");
            }
        } else if (node instanceof Element element) {
            out.append(indent).append('<').append(element.tagName());
            List<Attribute> attributes = new ArrayList<>(element.attributes().asList());
            attributes.sort(Comparator.comparing(Attribute::getKey));
            for (Attribute attribute : attributes) {
                String value = attribute.getValue();
                if (attribute.getKey().equals("class")) {
                    value = value.replaceAll("\\s+", " ").trim();
                }
                out.append(' ').append(attribute.getKey()).append("=\"").append(value).append('"');
            }
            out.append(">\n");
            for (Node child : element.childNodes()) {
                write(child, depth + 1, out);
            }
        }
    }
}
