package uk.gov.safervoices.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class SiteBehaviourTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/"), String.class);

        String csp = response.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("same-origin", response.header("Referrer-Policy"));
    }

    @Test
    void anUnknownAddressGetsTheNotFoundPageInTheSitesDesign() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/no-such-page"), String.class));

        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        String html = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(html.contains("Page not found"));
        assertTrue(html.contains("govuk-template"));
        assertTrue(e.getResponse().header("Content-Security-Policy") != null, "headers on error pages too");
    }

    @Test
    void theFooterLinksToPrivacyAccessibilityAndContactPagesThatExist() {
        String home = client.toBlocking().retrieve("/");
        for (String[] page : new String[][]{{"/privacy", "Privacy and cookies", "sv_draft"},
                {"/accessibility", "Accessibility statement", "version 2.2 AA"}, {"/contact", "Contact us", "Call 101"}}) {
            assertTrue(home.contains("class=\"govuk-footer__link\" href=\"" + page[0] + "\""), page[0]);
            String html = client.toBlocking().retrieve(page[0]);
            assertTrue(html.contains("<h1 class=\"govuk-heading-xl\">" + page[1] + "</h1>"), page[0]);
            assertTrue(html.contains(page[2]), page[0]);
        }
    }

    @Test
    void pagesHaveNoInlineScript() {
        String html = client.toBlocking().retrieve("/");
        assertFalse(html.matches("(?s).*<script>(?!</script>).*"), "inline <script> blocks are refused by the CSP");
        assertTrue(html.contains("<script src=\"/static/js-enabled.js\"></script>"));
    }
}
