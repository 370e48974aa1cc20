package uk.gov.safervoices.portal.web;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the database gone, residents get a clear "try again" page in the site's design, never a stack trace. */
@MicronautTest(transactional = false)
class DatabaseOutageTest {
    @Inject DataSource dataSource;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aDatabaseOutageGivesTheTryAgainPage() throws Exception {
        String consultation = "/consultations/community-safety-survey-" + Year.now().getValue();
        assertEquals(HttpStatus.OK, client.toBlocking().exchange(HttpRequest.GET(consultation), String.class).status());

        // this test's own application context: closing its pool affects no other test
        dataSource.unwrap(HikariDataSource.class).close();

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET(consultation), String.class));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, e.getStatus());
        String html = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(html.contains("Sorry, the service is unavailable"), html);
        assertTrue(html.contains("Nothing has been saved"));
        assertTrue(html.contains("govuk-template"));
        assertFalse(html.contains("Exception"), "no stack trace or exception name on the page");
    }
}
