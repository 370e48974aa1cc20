package uk.gov.safervoices.portal.web;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.ValueResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ModelValueResolverTest {
    private final Handlebars handlebars = new Handlebars();

    record Item(String title, boolean open) {
        public String getLabel() {
            return "label of " + title;
        }
    }

    public static class Bean {
        public final String field = "a public field";

        public boolean isPublished() {
            return true;
        }
    }

    private String render(String template, Object model) throws IOException {
        return handlebars.compileInline(template).apply(ModelValueResolver.context(model));
    }

    @Test
    void aNameMissingFromAMapIsMissingNotOneOfTheMapsOwnMethods() throws IOException {
        Map<String, Object> params = new HashMap<>(Map.of("name", "worry", "value", "yes"));
        assertEquals("[]", render("[{{#each params.values}}{{this}}{{/each}}]", Map.of("params", params)));
        assertEquals("[]", render("[{{params.empty}}{{params.size}}]", Map.of("params", params)));
        // Handlebars' default resolvers answer with HashMap.values() here: the bug this resolver removes
        assertEquals("[worryyes]".length(), handlebars.compileInline("[{{#each params.values}}{{this}}{{/each}}]")
                .apply(Map.of("params", params)).length());
    }

    @Test
    void recordsBeansAndFieldsAreRead() throws IOException {
        Map<String, Object> model = Map.of("item", new Item("Burglary", true), "bean", new Bean());
        assertEquals("Burglary true label of Burglary", render("{{item.title}} {{item.open}} {{item.label}}", model));
        assertEquals("true a public field", render("{{bean.published}} {{bean.field}}", model));
    }

    @Test
    void aMissingNameFallsBackToTheEnclosingContext() throws IOException {
        Map<String, Object> model = Map.of("pageTitle", "Outer", "items", List.of(Map.of("text", "inner")));
        assertEquals("inner Outer;", render("{{#each items}}{{text}} {{pageTitle}};{{/each}}", model));
    }

    @Test
    void jdkInternalClassesAreCalledThroughTheirPublicInterface() {
        // Map.entry(...) is a JDK-internal class: its getKey() is called through java.util.Map.Entry
        Object value = ModelValueResolver.INSTANCE.resolve(Map.entry("k", "v"), "key");
        assertEquals("k", value);
        // collections, like maps, have no names of their own to templates
        assertSame(ValueResolver.UNRESOLVED, ModelValueResolver.INSTANCE.resolve(List.of(1), "empty"));
    }
}
