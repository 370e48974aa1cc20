package uk.gov.safervoices.portal.chart;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A chart's markup parsed as XML (which fails unless it is well-formed), with finders for the tests. */
final class SvgDocument {
    final String markup;
    final Element root;

    private SvgDocument(String markup, Element root) {
        this.markup = markup;
        this.root = root;
    }

    static SvgDocument parse(String markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new InputSource(new StringReader(markup)));
            Element root = document.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
            return new SvgDocument(markup, root);
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + markup, e);
        }
    }

    List<Element> elements(String name) {
        NodeList nodes = root.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Elements of a name whose class attribute is exactly {@code cssClass}. */
    List<Element> withClass(String name, String cssClass) {
        return elements(name).stream().filter(element -> cssClass.equals(element.getAttribute("class"))).toList();
    }

    Element only(String name) {
        List<Element> elements = elements(name);
        assertEquals(1, elements.size(), "one <" + name + ">");
        return elements.get(0);
    }

    /** The text of the {@code <text>} elements of a class (each one's content, without any tooltip title). */
    List<String> texts(String cssClass) {
        return withClass("text", cssClass).stream().map(SvgDocument::visibleText).toList();
    }

    static String visibleText(Element text) {
        StringBuilder visible = new StringBuilder();
        NodeList children = text.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getLocalName().equals("title")) {
                continue;
            }
            if (visible.length() > 0 && children.item(i) instanceof Element) {
                visible.append('\n');
            }
            visible.append(children.item(i).getTextContent());
        }
        return visible.toString();
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    double viewBoxHeight() {
        return Double.parseDouble(root.getAttribute("viewBox").split(" ")[3]);
    }

    /** The root is an image named by its title and described by its desc, both with ids from the prefix. */
    void assertAccessible(String id) {
        assertEquals("img", root.getAttribute("role"));
        assertEquals("false", root.getAttribute("focusable"));
        assertEquals("100%", root.getAttribute("width"));
        assertEquals(id + "-title " + id + "-desc", root.getAttribute("aria-labelledby"));
        assertEquals(id + "-title", titleOfRoot().getAttribute("id"));
        assertEquals(id + "-desc", only("desc").getAttribute("id"));
    }

    /** The root's own title (labels may carry tooltip titles of their own). */
    Element titleOfRoot() {
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getLocalName().equals("title")) {
                return child;
            }
        }
        throw new AssertionError("no <title> child of <svg>");
    }

    String description() {
        return only("desc").getTextContent();
    }
}
