package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.plan.PlanSummaries;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.Evidence;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.portal.web.Routes;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consultation team writes a plan summary from the plan year's decision, previews and publishes it, residents
 * read it (and its CSV says what the page says, small counts left out), and a corrected version keeps the first.
 */
@MicronautTest(transactional = false)
class StaffPlanSummaryPagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject Decisions decisions;
    @Inject PlanSummaries summaries;
    @Inject ObjectMapper json;
    @Inject DataSource dataSource;

    @Test
    void aSummaryIsWrittenPreviewedPublishedReadAndCorrected() throws Exception {
        String year = MatrixSettings.planYear(ThreadLocalRandom.current().nextInt(7000, 9000));
        Consultation consultation = closedConsultation();
        decisions.record("partner", new Decisions.NewDecision(year, "Partnership board, 12 March 2026",
                LocalDate.of(2026, 3, 12), consultation.id(), List.of(new Decisions.Priority("drug_dealing",
                "Residents' first concern"),
                new Decisions.Priority("hate_crime", "Reports are rising")), new Evidence(consultation.title(),
                "Which three should we tackle first?", "Ward, age and sex", 1500, 1400, 500, 1, "1/1/1",
                Instant.parse("2026-03-01T10:00:00Z"), List.of(
                new Evidence.ConcernEvidence("drug_dealing", "Drug dealing and drug use", 1, 1.234, 1.1, 1.3, 0.52,
                        0.49, 0.55, 720, 0.99, 1, 1),
                new Evidence.ConcernEvidence("asb", "Anti-social behaviour", 2, 0.9, 0.8, 1.0, 0.41, 0.38, 0.44,
                        570, 0.95, 2, 3),
                new Evidence.ConcernEvidence("hate_crime", "Hate crime", 3, 0.05, 0.0, 0.1, 0.02, 0.01, 0.03, 20,
                        0.01, 3, 4)))));
        StaffAccount account = StaffFixtures.account(accounts, "plan-writer", Role.CONSULTATION);
        StaffBrowser officer = new StaffBrowser(server.getURI());
        officer.signIn(account.username(), StaffFixtures.PASSWORD);

        assertTrue(officer.get(StaffRoutes.PLANS).document().select("a[href=" + StaffRoutes.plan(year) + "]").size()
                > 0, "the plan year with agreed priorities is listed");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("revision", "0");
        fields.put("introduction", "Our plan for a safer borough.\n\nIt runs from April to March.");
        fields.put("action-drug_dealing-1", "Close drug houses");
        fields.put("lead-drug_dealing-1", "Police");
        fields.put("timescale-drug_dealing-1", "");
        fields.put("measure-1", "Residents feeling safe after dark");
        fields.put("target-1", "80%");
        fields.put("lastResult-1", "76%");
        fields.put("lastTarget-1", "75%");
        StaffBrowser.Page invalid = officer.postWithToken(StaffRoutes.plan(year), fields);
        assertEquals(List.of("Say by when action 1 will be done"),
                invalid.document().select(".govuk-error-summary__list a").eachText());
        assertEquals("Close drug houses", invalid.document().select("#action-drug_dealing-1").val());

        fields.put("timescale-drug_dealing-1", "By March");
        assertEquals(303, officer.postWithToken(StaffRoutes.plan(year), fields).status());
        Document preview = officer.get(StaffRoutes.plan(year) + "/preview").document();
        assertTrue(preview.text().contains("It is not published yet"), preview.text());
        assertEquals(404, officer.getOnce(Routes.plan(year)).status(), "nothing public before publishing");

        StaffBrowser.Page published = officer.postWithToken(StaffRoutes.plan(year) + "/publish", Map.of());
        assertEquals(303, published.status(), published.html());

        StaffBrowser resident = new StaffBrowser(server.getURI());
        Document page = resident.get(Routes.plan(year)).document();
        assertEquals("Community safety plan summary " + year, page.select("h1").text());
        assertTrue(page.text().contains("Agreed by the partnership at Partnership board, 12 March 2026."),
                "the date once, as the meeting's name gives it: " + page.text());
        assertEquals(List.of("Our plan for a safer borough.", "It runs from April to March."),
                page.select("p.govuk-body-l").eachText());
        assertTrue(page.select("ol li").eachText().contains("Drug dealing and drug use: Residents' first concern"));
        assertTrue(page.text().contains("Close drug houses Police By March"), page.text());
        assertTrue(page.text().contains("The actions for this priority are still being agreed."));
        assertTrue(page.text().contains("Residents feeling safe after dark 80% 76% 75%"));
        assertEquals(1, page.select("figure svg[role=img]").size());
        Element table = page.select("#you-said ~ div table").first();
        List<String> onPage = table.select("tbody tr").eachText();
        assertEquals("3 Hate crime Not shown: fewer than 30 residents named it", onPage.get(2));

        String csv = resident.get(Routes.planFigures(year, "csv")).html();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(3, records.size());
        for (int i = 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            Element row = table.select("tbody tr").get(i);
            assertEquals(row.select("th").text(), record.get("concern"));
            if (Boolean.parseBoolean(record.get("suppressed"))) {
                assertEquals("", record.get("share_naming"), "suppressed figures are left out");
                assertEquals("", record.get("residents_naming"));
                continue;
            }
            List<String> cells = row.select("td").eachText();
            assertEquals(cells.get(1), percent(record.get("share_naming")) + " (" + percent(record.get(
                    "share_naming_lower")) + " to " + percent(record.get("share_naming_upper")) + ")",
                    "the CSV's share is the page's");
            assertEquals(cells.get(2).substring(0, 4), String.format(java.util.Locale.UK, "%.2f",
                    Double.parseDouble(record.get("average_points"))));
            assertEquals(cells.get(3), String.format(java.util.Locale.UK, "%,d",
                    Long.parseLong(record.get("residents_naming"))));
        }
        String json = resident.get(Routes.planFigures(year, "json")).html();
        assertTrue(json.contains("\"plan_year\":\"" + year + "\""), json);
        assertFalse(json.contains("\"residents_naming\":20"), "a suppressed count is not published");

        StaffBrowser.Page noNote = officer.postWithToken(StaffRoutes.plan(year) + "/publish", Map.of());
        assertEquals(200, noNote.status());
        assertEquals(List.of("Say what this version corrects, for residents to read"),
                noNote.document().select(".govuk-error-summary__list a").eachText());
        fields.put("revision", "1");
        fields.put("target-1", "82%");
        assertEquals(303, officer.postWithToken(StaffRoutes.plan(year), fields).status());
        assertEquals(303, officer.postWithToken(StaffRoutes.plan(year) + "/publish",
                Map.of("correction", "The target for feeling safe after dark was wrong")).status());
        Document corrected = resident.get(Routes.plan(year)).document();
        assertTrue(corrected.text().contains("Corrected: The target for feeling safe after dark was wrong."));
        assertTrue(corrected.text().contains("Residents feeling safe after dark 82%"));
        Document first = resident.get(Routes.planVersion(year, 1)).document();
        assertTrue(first.text().contains("This is version 1, since corrected."), first.text());
        assertTrue(first.text().contains("Residents feeling safe after dark 80%"), "the first version as published");

        assertEquals(Routes.youSaidWeDid(consultation.slug()), resident.get(Routes.consultation(consultation.slug()))
                .document().select("a[href$=you-said-we-did]").attr("href"), "the closed consultation links to it");
        Document weDid = resident.get(Routes.youSaidWeDid(consultation.slug())).document();
        assertEquals("We asked, you said, we did", weDid.select("h1").text());
        assertTrue(weDid.text().contains("Close drug houses"));
        assertEquals(303, resident.getOnce(Routes.PLAN).status(), "/plan goes to the latest published year");
    }

    @Test
    void whenSomeoneElsePublishesFirstTheOfficerIsToldAndNothingOfTheirsIsPublished() throws Exception {
        String year = MatrixSettings.planYear(ThreadLocalRandom.current().nextInt(7000, 9000));
        Consultation consultation = closedConsultation();
        long decision = decisions.record("partner", new Decisions.NewDecision(year, "Partnership board",
                LocalDate.of(2026, 3, 12), consultation.id(), List.of(new Decisions.Priority("asb", "First")),
                new Evidence(consultation.title(), "Top?", "Scheme", 100, 90, 500, 1, "1/1/1", Instant.now(),
                        List.of())));
        StaffAccount account = StaffFixtures.account(accounts, "plan-publisher", Role.CONSULTATION);
        StaffBrowser officer = new StaffBrowser(server.getURI());
        officer.signIn(account.username(), StaffFixtures.PASSWORD);
        String publish = StaffRoutes.plan(year) + "/publish";
        String publishing = officer.get(StaffRoutes.plan(year)).document().select("input[name=publishing]").val();
        assertEquals("1", publishing, "the form publishes version 1");

        // at the same moment: a colleague's version 1, committed while the officer's publication waits on it
        String content = json.writeValueAsString(summaries.preview(year, List.of()));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        StaffBrowser.Page refused;
        try (AnotherWriter colleague = AnotherWriter.inserting(dataSource, "INSERT INTO plan_summary_version"
                + " (plan_year, version, decision_id, content, published_by, published_at)"
                + " VALUES (?, 1, ?, ?, 'colleague', ?)", year, decision, content, Timestamp.from(Instant.now()))) {
            Future<StaffBrowser.Page> posted = executor.submit(() -> officer.postWithToken(publish,
                    "publishing", publishing));
            colleague.commitWhenBlocked("PlanSummaries");
            refused = posted.get(30, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
        String meanwhile = "Someone else published this plan summary a moment ago, so yours was not published."
                + " Check the latest version and try again.";
        assertEquals(200, refused.status(), refused.html());
        assertEquals(List.of(meanwhile), refused.errors());
        assertTrue(refused.title().startsWith("Error: "), refused.title());
        assertEquals("#versions", refused.document().select(".govuk-error-summary__list a").attr("href"));
        assertTrue(refused.document().select("#versions").text().contains("Version 1"),
                "the version published meanwhile is listed");
        assertEquals(List.of("colleague"), summaries.versions(year).stream().map(PlanSummaries.Version::publishedBy)
                .toList(), "nothing of the officer's publication is kept");

        // from the page as it was before the colleague published: told the same, nothing published
        StaffBrowser.Page stale = officer.postWithToken(publish, "publishing", publishing, "correction", "Typo");
        assertEquals(List.of(meanwhile), stale.errors());
        assertEquals(1, summaries.versions(year).size());

        assertEquals("2", refused.document().select("input[name=publishing]").val(), "the page now offers version 2");
        assertEquals(303, officer.postWithToken(publish, "publishing", "2", "correction", "Our own wording").status());
        assertEquals(List.of("colleague", account.username()), summaries.versions(year).stream()
                .map(PlanSummaries.Version::publishedBy).toList());
    }

    private static String percent(String proportion) {
        return String.format(java.util.Locale.UK, "%.0f%%", Double.parseDouble(proportion) * 100);
    }

    private Consultation closedConsultation() {
        Instant now = Instant.now();
        return consultations.create(new Consultations.NewConsultation(QuestionnaireFixtures.uniqueKey("plan"),
                "Community safety survey", "Last year's survey.", null, null, now.minus(Duration.ofDays(90)),
                now.minus(Duration.ofDays(30)), List.of(AnalysisFixtures.version(questionnaires).questionnaireId())));
    }
}
