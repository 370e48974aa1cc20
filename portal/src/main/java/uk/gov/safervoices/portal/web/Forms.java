package uk.gov.safervoices.portal.web;

import io.micronaut.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads posted forms (application/x-www-form-urlencoded) into field name to values, keeping repeated fields (a
 * checkbox group posts one value per ticked box), and refuses any form without a valid CSRF token.
 */
@Singleton
public class Forms {
    /** Most values one form may post: far above any questionnaire page, far below an abusive request. */
    private static final int MAX_FIELDS = 2000;
    private final Csrf csrf;

    Forms(Csrf csrf) {
        this.csrf = csrf;
    }

    public Map<String, List<String>> read(HttpRequest<?> request, String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>(new QueryStringDecoder(body == null ? "" : body,
                StandardCharsets.UTF_8, false, MAX_FIELDS).parameters());
        List<String> token = fields.remove(Csrf.FIELD);
        if (token == null || token.size() != 1 || !csrf.accepts(request, token.get(0))) {
            throw new CsrfRejectedException();
        }
        return fields;
    }

    public static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A form without a valid CSRF token: answered with 403 and a page that says what to do. */
    public static class CsrfRejectedException extends RuntimeException {
        public CsrfRejectedException() {
            super("Form rejected: missing or invalid CSRF token");
        }
    }
}
