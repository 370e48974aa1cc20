package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partnership member records the plan year's priorities with the ranked concerns as evidence, sees them frozen
 * while new responses arrive, and supersedes the decision with a reason; mistakes are named on the form, entries kept.
 */
@MicronautTest(transactional = false)
class StaffPrioritiesPagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore store;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject Decisions decisions;

    @Test
    void aPartnershipMemberRecordsPrioritiesThenSupersedesThemAndTheEvidenceStaysAsItWas() {
        AnalysisFixtures.Seeded seeded = AnalysisFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 200, 21L);
        StaffAccount account = StaffFixtures.account(accounts, "priorities", Role.PARTNERSHIP);
        StaffBrowser partner = new StaffBrowser(server.getURI());
        partner.signIn(account.username(), StaffFixtures.PASSWORD);

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("planYear", "2026-27");
        fields.put("meeting", "");
        fields.put("consultation", seeded.consultation().id().toString());
        fields.put("scheme", Long.toString(seeded.scheme().id()));
        fields.put("concern1", "asb");
        fields.put("rationale1", "");
        StaffBrowser.Page invalid = partner.postWithToken(StaffRoutes.NEW_DECISION, fields);
        assertEquals(200, invalid.status());
        Document form = invalid.document();
        List<String> errors = form.select(".govuk-error-summary__list a").eachText();
        assertTrue(errors.contains("Enter the meeting where the priorities were agreed, in up to 200 characters"),
                errors.toString());
        assertTrue(errors.contains("Say why priority 1 was agreed"), errors.toString());
        assertEquals("asb", form.select("#concern1 option[selected]").attr("value"), "the choice is kept");

        fields.put("meeting", "Partnership board, 12 March");
        fields.put("decidedOn-day", "12");
        fields.put("decidedOn-month", "3");
        fields.put("decidedOn-year", "2026");
        fields.put("rationale1", "Residents' first concern in every ward");
        fields.put("planYear", planYearNotYetDecided());
        StaffBrowser.Page recorded = partner.postWithToken(StaffRoutes.NEW_DECISION, fields);
        assertEquals(303, recorded.status(), recorded.html());
        String decisionPath = recorded.location().orElseThrow();
        Document decision = partner.get(decisionPath).document();
        assertTrue(decision.text().contains("Anti-social behaviour: Residents' first concern in every ward"),
                decision.text());
        String listed = partner.get(StaffRoutes.PRIORITIES).document().text();
        assertTrue(listed.contains("Partnership board, 12 March 2026"), listed);
        assertFalse(listed.contains("2026-03-12"), "the date is not repeated after the meeting's name");
        List<String> evidenceBefore = decision.select("table tbody tr").eachText();
        assertFalse(evidenceBefore.isEmpty(), "the ranked concerns, frozen");

        AnalysisFixtures.respond(store, seeded.consultation(), seeded.version(), 100, 22L);
        assertEquals(evidenceBefore, partner.get(decisionPath).document().select("table tbody tr").eachText(),
                "new responses do not change a recorded decision's evidence");

        String supersede = decisionPath + "/supersede";
        Map<String, String> again = new LinkedHashMap<>(fields);
        again.put("concern1", "burglary");
        again.put("rationale1", "Police data show burglary rising");
        StaffBrowser.Page withoutReason = partner.postWithToken(supersede, again);
        assertTrue(withoutReason.document().select(".govuk-error-summary__list a").eachText()
                .contains("Say why this decision replaces the earlier one"));
        again.put("reason", "New police data");
        StaffBrowser.Page superseded = partner.postWithToken(supersede, again);
        assertEquals(303, superseded.status(), superseded.html());
        Document later = partner.get(superseded.location().orElseThrow()).document();
        assertTrue(later.text().contains("New police data"), later.text());
        Document earlier = partner.get(decisionPath).document();
        assertTrue(earlier.text().contains("This decision was superseded"), earlier.text());
        assertTrue(earlier.text().contains("Anti-social behaviour: Residents' first concern in every ward"));
        assertEquals(404, partner.getOnce(supersede).status(), "a superseded decision cannot be superseded again");
    }


    /** A plan year no other test has decided (the database is shared by the test classes). */
    private String planYearNotYetDecided() {
        for (int start = 2025; start < 2030; start++) {
            String year = start + "-" + String.format("%02d", (start + 1) % 100);
            if (decisions.current(year).isEmpty()) {
                return year;
            }
        }
        throw new IllegalStateException("every offered plan year is decided");
    }
}
