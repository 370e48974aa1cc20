package uk.gov.safervoices.portal.staff;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import uk.gov.safervoices.portal.web.Csrf;
import uk.gov.safervoices.portal.web.Forms;

import java.util.List;
import java.util.Map;

/**
 * Reads a posted staff form with the site's CSRF check ({@link Forms}, docs/adr/0004-public-csrf.md). A form
 * without a valid token is answered with the staff 403 page ({@link StaffErrorPages}).
 */
@Singleton
public class StaffForms {
    private final Forms forms;
    private final Csrf csrf;

    StaffForms(Forms forms, Csrf csrf) {
        this.forms = forms;
        this.csrf = csrf;
    }

    /**
     * Checks the CSRF token of a form {@link #read} cannot read (a {@code multipart/form-data} upload, whose
     * {@code csrfToken} part the controller takes as a parameter), with the same refusal.
     */
    public void check(HttpRequest<?> request, String postedToken) {
        if (postedToken == null || !csrf.accepts(request, postedToken)) {
            throw new StaffFormRejectedException();
        }
    }

    /** The posted fields, name to values (a checkbox group posts one value per ticked box). */
    public Map<String, List<String>> read(HttpRequest<?> request, String body) {
        try {
            return forms.read(request, body);
        } catch (Forms.CsrfRejectedException e) {
            throw new StaffFormRejectedException();
        }
    }

    /** A staff form without a valid CSRF token. */
    public static class StaffFormRejectedException extends RuntimeException {
        StaffFormRejectedException() {
            super("Staff form rejected: missing or invalid CSRF token");
        }
    }
}
