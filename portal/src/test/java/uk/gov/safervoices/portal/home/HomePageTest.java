package uk.gov.safervoices.portal.home;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class HomePageTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theHomePageListsTheShippedSurveyAsAnOpenConsultation() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/"), String.class);

        assertEquals(HttpStatus.OK, response.status());
        assertTrue(response.getContentType().orElseThrow().getName().equals(MediaType.TEXT_HTML));
        String html = response.body();
        assertTrue(html.contains("<html lang=\"en\" class=\"govuk-template\">"), "GOV.UK page template");
        assertTrue(html.contains("class=\"govuk-skip-link\""), "skip link");
        assertTrue(html.contains("Example Borough Community Safety Partnership"), "partnership name from config");
        int year = Year.now().getValue();
        assertTrue(html.contains("href=\"/consultations/community-safety-survey-" + year + "\""), html);
        assertTrue(html.contains("Community safety survey " + year));
    }

    @Test
    void theGovukStylesheetIsServedFromTheWebjar() {
        HttpResponse<String> css = client.toBlocking().exchange(HttpRequest.GET("/govuk/govuk-frontend.min.css"), String.class);
        assertEquals(HttpStatus.OK, css.status());
        assertTrue(css.body().contains(".govuk-header"));
    }
}
