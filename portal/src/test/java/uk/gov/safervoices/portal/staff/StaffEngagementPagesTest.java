package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.plan.PlanDraft;
import uk.gov.safervoices.admin.plan.PlanSummaries;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.Evidence;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.portal.web.Routes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engagement record page: a line turns met when its evidence is recorded, and links to it. */
@MicronautTest(transactional = false)
class StaffEngagementPagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Decisions decisions;
    @Inject PlanSummaries summaries;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;

    @Test
    void thePlanSummaryLineTurnsMetWhenTheSummaryIsPublished() {
        String year = MatrixSettings.planYear(2700 + (int) Math.floorMod(System.nanoTime(), 200L));
        StaffAccount account = StaffFixtures.account(accounts, "engagement", Role.ANALYST);
        StaffBrowser analyst = new StaffBrowser(server.getURI());
        analyst.signIn(account.username(), StaffFixtures.PASSWORD);

        Document before = analyst.get(StaffRoutes.engagement(year)).document();
        assertEquals("Engagement record " + year, before.select("h1").text());
        List<String> statuses = before.select(".govuk-summary-list__value .govuk-tag").eachText();
        assertEquals(5, statuses.size());
        assertEquals("Not yet", statuses.get(4), "a plan year still to come");

        Instant now = Instant.now();
        Consultation consultation = consultations.create(new Consultations.NewConsultation(
                QuestionnaireFixtures.uniqueKey("eng"), "Survey", "Summary", null, null, now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(30)), List.of(AnalysisFixtures.version(questionnaires).questionnaireId())));
        decisions.record("partner", new Decisions.NewDecision(year, "Board", LocalDate.of(2026, 3, 12),
                consultation.id(), List.of(new Decisions.Priority("asb", "First")), new Evidence("Survey", "Top?",
                "Scheme", 10, 10, 500, 1, "1/1/1", now, List.of())));
        summaries.saveDraft("officer", year, 0, PlanDraft.EMPTY);
        summaries.publish("officer", year, "", List.of());

        Document after = analyst.get(StaffRoutes.engagement(year)).document();
        assertEquals("Met", after.select(".govuk-summary-list__value .govuk-tag").eachText().get(4));
        assertTrue(after.select(".govuk-summary-list__row").get(4).select("a").eachAttr("href")
                .contains(Routes.plan(year)), "links to the published summary");
        assertEquals(303, analyst.getOnce(StaffRoutes.ENGAGEMENT).status(), "the current plan year's record");
        assertEquals(404, analyst.getOnce(StaffRoutes.ENGAGEMENT + "/not-a-year").status());
    }
}
