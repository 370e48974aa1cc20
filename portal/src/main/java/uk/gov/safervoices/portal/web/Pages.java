package uk.gov.safervoices.portal.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds view models: a mutable map (so that Micronaut can add its own entries) holding what every page needs.
 */
@Singleton
public class Pages {
    /** GOV.UK style dates: "22 November 2026". */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final PartnershipConfiguration partnership;
    private final Csrf csrf;

    Pages(PartnershipConfiguration partnership, Csrf csrf) {
        this.partnership = partnership;
        this.csrf = csrf;
    }

    /** The model of a page with forms: adds the CSRF token the forms carry. */
    public Map<String, Object> model(HttpRequest<?> request, String pageTitle) {
        Map<String, Object> model = model(pageTitle);
        model.put("csrfToken", csrf.tokenFor(request));
        return model;
    }

    public Map<String, Object> model(String pageTitle) {
        Map<String, Object> model = new HashMap<>();
        model.put("pageTitle", pageTitle);
        model.put("partnership", Map.of(
                "name", partnership.getName(),
                "shortName", partnership.getShortName(),
                "contactEmail", partnership.getContactEmail(),
                "contactAddress", partnership.getContactAddress(),
                "logoUrl", partnership.getLogoUrl(),
                "accessibilityReviewed", partnership.getAccessibilityReviewed()));
        return model;
    }

    public static String date(Instant instant) {
        return DATE.format(instant.atZone(UK));
    }
}
