package uk.gov.safervoices.portal.web;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Options;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Handlebars helpers our GOV.UK Frontend partials ({@code views/partials/govuk/*.hbs}) need to port the logic of
 * GOV.UK's Nunjucks templates. Truthiness follows JavaScript (as Nunjucks does): {@code null}, {@code false}, {@code 0}
 * and {@code ""} are false; everything else, including an empty list or map, is true.
 *
 * <ul>
 *   <li>{@code eq a b}, {@code not a}, {@code or a b ...}, {@code and a b ...}: comparison and logic, returning values
 *       as JavaScript's {@code ==}, {@code !}, {@code ||}, {@code &&} do.</li>
 *   <li>{@code when cond a [b]}: {@code a} when {@code cond} is true, else {@code b} (or nothing).</li>
 *   <li>{@code coalesce a b ...}: the first argument that is not null (Nunjucks' {@code default} without its
 *       boolean flag).</li>
 *   <li>{@code concat a b ...}, {@code spaced a b ...} (the true arguments joined by one space: class lists,
 *       {@code aria-describedby}), {@code add a b}, {@code length x}, {@code capitalize s}, {@code lower s},
 *       {@code replace s find replacement}.</li>
 *   <li>{@code list a b ...}: a list of its arguments (GOV.UK's default date input items).</li>
 *   <li>{@code obj key=value ...}: a map of its named arguments: the parameters an outer partial gives an inner one,
 *       as GOV.UK's templates pass {@code { ... }} to a macro.</li>
 *   <li>{@code merge a b ...}: the maps merged into one, later keys winning (attribute maps).</li>
 *   <li>{@code #let name=value ...}: names values for the block (Nunjucks' {@code set}). Inside the block the names
 *       come before anything else in scope; a null value is kept as {@code ""} so that a lookup never falls through to
 *       a same-named value further out.</li>
 *   <li>{@code #capture "name"}: renders the block into the data variable {@code @name} instead of the output
 *       (Nunjucks' block {@code set}), to hand it on as an {@code html} parameter.</li>
 *   <li>{@code govukAttributes map}: GOV.UK's {@code govukAttributes} macro: {@code name="value"} pairs, escaped; a
 *       value may be {@code {value, optional}}, where an optional {@code true} renders the bare name and an optional
 *       null or {@code false} nothing.</li>
 *   <li>{@code govukI18nAttributes key message messages}: GOV.UK's {@code govukI18nAttributes} macro as an attribute
 *       map: {@code data-i18n.key.rule} for each plural rule in {@code messages}, else {@code data-i18n.key}.</li>
 *   <li>{@code govukItemId idPrefix index}: the id of the item at the zero-based {@code index}: the prefix for the
 *       first, then {@code prefix-2}, {@code prefix-3}... (GOV.UK's rule, so that an error summary can link to the
 *       first item).</li>
 *   <li>{@code govukChecked checked value current}: whether an item is checked or selected: {@code checked} when
 *       given, else whether {@code value} equals {@code current} (radios, select) or is one of {@code current} (a
 *       collection: checkboxes); an explicit {@code checked: false} always wins.</li>
 *   <li>{@code govukHas map "key"}: whether the option was given at all, even as null (JavaScript's
 *       {@code !== undefined}: a select option without a value attribute).</li>
 * </ul>
 *
 * <p>In Handlebars.java a helper wins over a model value of the same name in {@code {{name}}}: give view-model keys
 * other names than these helpers (e.g. not {@code length} or {@code list}). Parameters ({@code {{#each list}}}) are
 * not affected.
 */
public final class HandlebarsHelpers {
    private HandlebarsHelpers() {
    }

    public static void register(Handlebars handlebars) {
        handlebars.registerHelper("eq", (Object a, Options options) -> looselyEqual(a, options.param(0, null)));
        handlebars.registerHelper("not", (Object a, Options options) -> !truthy(a));
        handlebars.registerHelper("or", (Object a, Options options) -> {
            for (Object value : arguments(a, options)) {
                if (truthy(value)) {
                    return value;
                }
            }
            return lastOf(a, options);
        });
        handlebars.registerHelper("and", (Object a, Options options) -> {
            for (Object value : arguments(a, options)) {
                if (!truthy(value)) {
                    return value;
                }
            }
            return lastOf(a, options);
        });
        handlebars.registerHelper("when", (Object condition, Options options) ->
                truthy(condition) ? options.param(0, null) : options.param(1, null));
        handlebars.registerHelper("coalesce", (Object a, Options options) -> {
            for (Object value : arguments(a, options)) {
                if (value != null) {
                    return value;
                }
            }
            return null;
        });
        handlebars.registerHelper("concat", (Object a, Options options) -> {
            StringBuilder joined = new StringBuilder();
            for (Object value : arguments(a, options)) {
                joined.append(text(value));
            }
            return joined.toString();
        });
        handlebars.registerHelper("spaced", (Object a, Options options) -> {
            List<String> parts = new ArrayList<>();
            for (Object value : arguments(a, options)) {
                if (truthy(value)) {
                    parts.add(text(value));
                }
            }
            return String.join(" ", parts);
        });
        handlebars.registerHelper("add", (Object a, Options options) -> add(a, options.param(0, 0)));
        handlebars.registerHelper("length", (Object a, Options options) -> length(a));
        handlebars.registerHelper("capitalize", (Object a, Options options) -> capitalize(text(a)));
        handlebars.registerHelper("lower", (Object a, Options options) -> text(a).toLowerCase(Locale.ROOT));
        handlebars.registerHelper("replace", (Object a, Options options) ->
                text(a).replace(text(options.param(0, "")), text(options.param(1, ""))));
        handlebars.registerHelper("list", (Object a, Options options) -> arguments(a, options));
        handlebars.registerHelper("obj", (Object ignored, Options options) -> new LinkedHashMap<>(options.hash));
        handlebars.registerHelper("merge", (Object a, Options options) -> {
            Map<Object, Object> merged = new LinkedHashMap<>();
            for (Object value : arguments(a, options)) {
                if (value instanceof Map<?, ?> map) {
                    merged.putAll(map);
                }
            }
            return merged;
        });
        handlebars.registerHelper("let", (Object ignored, Options options) -> {
            Map<String, Object> names = new LinkedHashMap<>();
            options.hash.forEach((name, value) -> names.put(name, value == null ? "" : value));
            return options.fn(Context.newBuilder(options.context, names).build());
        });
        handlebars.registerHelper("capture", (Object name, Options options) -> {
            options.data(text(name), new Handlebars.SafeString(options.fn()));
            return "";
        });
        handlebars.registerHelper("govukAttributes", (Object attributes, Options options) ->
                new Handlebars.SafeString(attributes(attributes)));
        handlebars.registerHelper("govukI18nAttributes", (Object key, Options options) ->
                i18nAttributes(text(key), options.param(0, null), options.param(1, null)));
        handlebars.registerHelper("govukItemId", (Object prefix, Options options) ->
                itemId(text(prefix), options.param(0, 0)));
        handlebars.registerHelper("govukHas", (Object map, Options options) ->
                map instanceof Map<?, ?> m && m.containsKey(text(options.param(0, ""))));
        handlebars.registerHelper("govukChecked", (Object checked, Options options) ->
                isChecked(checked, options.param(0, null), options.param(1, null)));
    }

    /** JavaScript truthiness, as Nunjucks' {@code if} uses it. */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        if (value instanceof CharSequence s) {
            return !s.isEmpty();
        }
        return true;
    }

    /** JavaScript's {@code ==} for the strings, numbers and booleans that option values are. */
    static boolean looselyEqual(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return text(a).equals(text(b));
    }

    /** A value as JavaScript prints it: whole numbers without a decimal point, null as nothing. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
                return Long.toString((long) d);
            }
        }
        return value.toString();
    }

    static String attributes(Object attributes) {
        if (!(attributes instanceof Map<?, ?> map)) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object value = entry.getValue();
            boolean optional = false;
            if (value instanceof Map<?, ?> options) {
                optional = Boolean.TRUE.equals(options.get("optional"));
                value = options.get("value");
            }
            String name = Handlebars.Utils.escapeExpression(text(entry.getKey())).toString();
            if (optional && Boolean.TRUE.equals(value)) {
                html.append(' ').append(name);
            } else if (!optional || (value != null && !Boolean.FALSE.equals(value))) {
                html.append(' ').append(name).append("=\"")
                        .append(Handlebars.Utils.escapeExpression(text(value))).append('"');
            }
        }
        return html.toString();
    }

    /** GOV.UK's {@code govukI18nAttributes} macro, as attributes for {@code govukAttributes}. */
    static Map<String, Object> i18nAttributes(String key, Object message, Object messages) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (messages instanceof Map<?, ?> byPluralRule && !byPluralRule.isEmpty()) {
            byPluralRule.forEach((rule, text) -> attributes.put("data-i18n." + key + "." + rule, text));
        } else if (truthy(message)) {
            attributes.put("data-i18n." + key, message);
        }
        return attributes;
    }

    static String itemId(String prefix, Object index) {
        int position = index instanceof Number n ? n.intValue() : Integer.parseInt(text(index));
        return position > 0 ? prefix + "-" + (position + 1) : prefix;
    }

    static boolean isChecked(Object checked, Object value, Object current) {
        if (truthy(checked)) {
            return true;
        }
        if (Boolean.FALSE.equals(checked) || !truthy(current)) {
            return false;
        }
        if (current instanceof Collection<?> values) {
            for (Object each : values) {
                if (looselyEqual(value, each)) {
                    return true;
                }
            }
            return false;
        }
        return looselyEqual(value, current);
    }

    private static List<Object> arguments(Object first, Options options) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        for (Object param : options.params) {
            all.add(param);
        }
        return all;
    }

    private static Object lastOf(Object first, Options options) {
        return options.params.length == 0 ? first : options.params[options.params.length - 1];
    }

    private static Object add(Object a, Object b) {
        BigDecimal sum = number(a).add(number(b));
        return sum.stripTrailingZeros().scale() <= 0 ? (Object) sum.intValueExact() : sum;
    }

    private static BigDecimal number(Object value) {
        if (value == null || text(value).isBlank()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(text(value).trim());
    }

    private static int length(Object value) {
        if (value instanceof Collection<?> c) {
            return c.size();
        }
        if (value instanceof Map<?, ?> m) {
            return m.size();
        }
        if (value instanceof Object[] array) {
            return array.length;
        }
        return value == null ? 0 : text(value).length();
    }

    private static String capitalize(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1).toLowerCase(Locale.ROOT);
    }
}
