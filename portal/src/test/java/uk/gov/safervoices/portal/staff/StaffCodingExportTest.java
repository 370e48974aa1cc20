package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coded answers to a question downloaded from the coding page: analysts only, with the form's CSRF token, as
 * CSV a spreadsheet cannot run, and recorded in the audit log.
 */
@MicronautTest(transactional = false)
class StaffCodingExportTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore store;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject AuditLog audit;

    private StaffBrowser signedIn(Role role) {
        return StaffFixtures.signedIn(server, accounts, "coding-export-" + role.name().toLowerCase(), role);
    }

    @Test
    void anAnalystDownloadsTheCodedAnswersToAQuestion() throws IOException {
        AnalysisFixtures.Seeded seeded = CodingFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 12, 31L);
        long id = seeded.consultation().id();
        Map<String, List<String>> raw = AnalysisFixtures.resident(new Random(5));
        raw.put("top.1", List.of("other"));
        raw.put("top.specify", List.of("=HYPERLINK(\"http://example.invalid\",\"lights\")"));
        String formula = ((SubmissionOutcome.Accepted) store.submit(new Submission(seeded.consultation(),
                seeded.version(), Channel.ONLINE, null, raw))).reference();
        String version = Long.toString(seeded.version().id());
        StaffBrowser analyst = signedIn(Role.ANALYST);

        Document before = analyst.get(StaffRoutes.analysis(id, "coding")).document();
        assertNull(before.selectFirst("form#coding-export"), "nothing coded yet: nothing to download");
        analyst.follow(analyst.postWithToken(StaffRoutes.analysis(id, "coding/themes"), "version", version,
                "question", "top", "name", "Street lighting"));
        analyst.postWithToken(StaffRoutes.analysis(id, "coding/bulk"), "version", version, "question", "top",
                "word", "lights", "code", "theme:street_lighting");
        analyst.postWithToken(StaffRoutes.analysis(id, "coding/bulk"), "version", version, "question", "top",
                "word", "broken", "code", "asb");

        Document coding = analyst.get(StaffRoutes.analysis(id, "coding") + "?show=coded").document();
        Element form = coding.selectFirst("form#coding-export");
        assertNotNull(form, coding.html());
        assertNotNull(form.selectFirst("input[name=csrfToken]"));
        List<String> fields = new ArrayList<>();
        for (Element hidden : form.select("input[type=hidden]:not([name=csrfToken])")) {
            fields.add(hidden.attr("name"));
            fields.add(hidden.attr("value"));
        }
        HttpResponse<byte[]> csv = analyst.download(form.attr("action"), fields.toArray(String[]::new));

        assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));
        assertEquals("text/csv; charset=UTF-8", csv.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"coded-answers-" + seeded.consultation().slug() + "-v"
                        + seeded.version().versionNumber() + "-top.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFresponse,question,rank,answer,code_names,codes\r\n"), text);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertEquals(5, records.size(), "every 'other' (the fixture's four and the formula): " + text);
        CSVRecord markup = records.get(0);
        assertEquals(CodingFixtures.MARKUP, markup.get("answer"));
        assertEquals("top", markup.get("question"));
        assertEquals("1", markup.get("rank"));
        assertEquals("Street lighting", markup.get("code_names"));
        CSVRecord broken = records.get(1);
        assertEquals("Street lighting; Anti-social behaviour", broken.get("code_names"));
        assertEquals("theme:street_lighting; asb", broken.get("codes"));
        CSVRecord last = records.get(4);
        assertEquals(formula, last.get("response"));
        assertEquals("'=HYPERLINK(\"http://example.invalid\",\"lights\")", last.get("answer"), "never a formula");
        assertTrue(audit.about("consultation", id).stream().anyMatch(e -> e.action().equals("coding.codes_exported")
                && e.actor().contains("coding-export-analyst")), "the download is audited");
    }

    @Test
    void onlyAnalystsWithTheFormsTokenMayDownloadResidentsWords() {
        AnalysisFixtures.Seeded seeded = CodingFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 6, 32L);
        String path = StaffRoutes.analysis(seeded.consultation().id(), "coding/export");
        StaffBrowser partnership = signedIn(Role.PARTNERSHIP);
        assertEquals(403, partnership.download(path, "question", "top").statusCode());
        assertNull(partnership.get(StaffRoutes.analysis(seeded.consultation().id(), "coding")).document()
                .selectFirst("form#coding-export"));
        assertEquals(403, signedIn(Role.CONSULTATION).download(path, "question", "top").statusCode());
        assertEquals(403, signedIn(Role.ANALYST).postOnce(path, "question", "top").status(), "no CSRF token");
    }
}
