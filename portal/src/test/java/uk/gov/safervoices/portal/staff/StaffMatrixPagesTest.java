package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partnership member sets up a plan year's priority matrix (evidence, weights, a criterion of their own with
 * scores), reads it as a table, heat map and grid, is told when someone else changed it meanwhile, and records
 * priorities with the matrix frozen in the evidence; an analyst reads it but cannot change it.
 */
@MicronautTest(transactional = false)
class StaffMatrixPagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore store;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject MatrixSettings settings;

    @Test
    void aPartnershipMemberSetsUpTheMatrixAndRecordsPrioritiesWithItFrozenInTheEvidence() {
        AnalysisFixtures.Seeded seeded = AnalysisFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 200, 31L);
        String year = MatrixSettings.planYear(ThreadLocalRandom.current().nextInt(2300, 2999));
        StaffBrowser partner = signedIn("matrix-partner", Role.PARTNERSHIP);

        StaffBrowser.Page first = partner.getOnce(StaffRoutes.matrix(year));
        assertEquals(303, first.status(), "a plan year without a matrix goes to setting it up");
        assertEquals(StaffRoutes.matrix(year, "settings"), first.location().orElseThrow());

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("revision", "0");
        fields.put("consultation", seeded.consultation().id().toString());
        fields.put("scheme", "");
        fields.put("crimeYear", "");
        fields.put("weight-community_concern", "two");
        fields.put("weight-crime_volume", "1");
        fields.put("weight-crime_trend", "1");
        fields.put("weight-crime_harm", "1");
        StaffBrowser.Page invalid = partner.postWithToken(StaffRoutes.matrix(year, "settings"), fields);
        assertEquals(200, invalid.status());
        List<String> errors = invalid.document().select(".govuk-error-summary__list a").eachText();
        assertEquals(List.of("Choose the weighting scheme for residents' figures: they are always weighted",
                "Enter the weight of Residents' concern as a number from 0 to 100, like 2 or 0.5"), errors);
        assertEquals("two", invalid.document().select("#weight-community_concern").val(), "what was typed is kept");
        assertEquals(seeded.consultation().id().toString(),
                invalid.document().select("#consultation option[selected]").val());

        fields.put("scheme", Long.toString(seeded.scheme().id()));
        fields.put("weight-community_concern", "2");
        StaffBrowser.Page saved = partner.postWithToken(StaffRoutes.matrix(year, "settings"), fields);
        assertEquals(303, saved.status(), saved.html());
        Document matrix = partner.get(StaffRoutes.matrix(year)).document();
        List<String> ranked = matrix.select(".sv-matrix-table tbody th").eachText();
        assertTrue(ranked.stream().anyMatch(r -> r.startsWith("Anti-social behaviour")), ranked.toString());
        assertEquals(1, matrix.select("figure svg[role=img]").size(), "the heat map");
        assertTrue(matrix.text().contains("No year of police recorded crime is chosen."), matrix.text());
        assertFalse(matrix.text().contains("ranked without every criterion"), "one criterion, which all have");

        Map<String, String> criterion = new LinkedHashMap<>();
        criterion.put("revision", "1");
        criterion.put("name", "Capacity to act");
        criterion.put("source", "Partners' workshop, March");
        criterion.put("direction", "higher");
        criterion.put("weight", "1");
        criterion.put("score-asb", "1");
        criterion.put("score-burglary", "x");
        StaffBrowser.Page badScore = partner.postWithToken(StaffRoutes.matrix(year, "criteria/new"), criterion);
        assertEquals(List.of("Enter the score as a number, like 3 or 2.5, or leave it blank"),
                badScore.document().select(".govuk-error-summary__list a").eachText());
        criterion.put("score-burglary", "5");
        StaffBrowser.Page added = partner.postWithToken(StaffRoutes.matrix(year, "criteria/new"), criterion);
        assertEquals(303, added.status(), added.html());
        matrix = partner.get(StaffRoutes.matrix(year)).document();
        assertTrue(matrix.select(".sv-matrix-table thead").text().contains("Capacity to act"));
        assertTrue(matrix.select("#impact option").eachText().contains("Capacity to act"), "the grid offers it");
        assertTrue(matrix.text().contains("ranked without every criterion"), "speeding has no capacity score");
        assertEquals(16, matrix.select(".sv-risk-grid tbody td").size());
        assertTrue(matrix.select(".sv-risk-grid tbody td li").eachText().contains("Burglary"), "concerns placed");

        fields.put("weight-community_concern", "3");
        fields.put("weight-own_capacity_to_act", "1");
        StaffBrowser.Page stale = partner.postWithToken(StaffRoutes.matrix(year, "settings"), fields);
        assertEquals(200, stale.status(), "opened on revision 0: someone changed it since");
        assertTrue(stale.document().select("#revision").text().contains("nothing was saved"));
        assertEquals(2.0, settings.find(year).orElseThrow().criterion(MatrixSettings.COMMUNITY_CONCERN)
                .orElseThrow().weight());
        assertEquals("3", stale.document().select("#weight-community_concern").val());

        StaffBrowser analyst = signedIn("matrix-analyst", Role.ANALYST);
        Document read = analyst.get(StaffRoutes.matrix(year)).document();
        assertEquals(matrix.select(".sv-matrix-table tbody tr").eachText(),
                read.select(".sv-matrix-table tbody tr").eachText());
        assertTrue(read.select("a[href$=/settings]").isEmpty(), "an analyst is not offered changes");
        assertEquals(403, analyst.getOnce(StaffRoutes.matrix(year, "settings")).status());

        Document decisionForm = partner.get(StaffRoutes.NEW_DECISION + "?planYear=" + year).document();
        assertEquals(seeded.consultation().id().toString(), decisionForm.select("#consultation option[selected]").val(),
                "the decision form takes the matrix's evidence");
        Map<String, String> decision = new LinkedHashMap<>();
        decision.put("planYear", year);
        decision.put("meeting", "Partnership board");
        decision.put("decidedOn-day", "12");
        decision.put("decidedOn-month", "3");
        decision.put("decidedOn-year", "2026");
        decision.put("consultation", seeded.consultation().id().toString());
        decision.put("scheme", Long.toString(seeded.scheme().id()));
        decision.put("concern1", "burglary");
        decision.put("rationale1", "First in the matrix");
        StaffBrowser.Page recorded = partner.postWithToken(StaffRoutes.NEW_DECISION, decision);
        assertEquals(303, recorded.status(), recorded.html());
        String decisionPath = recorded.location().orElseThrow();
        Document frozen = partner.get(decisionPath).document();
        assertTrue(frozen.text().contains("The priority matrix, as it stood"), frozen.text());
        List<String> frozenRows = frozen.select("table").get(1).select("tbody tr").eachText();
        assertFalse(frozenRows.isEmpty());

        Map<String, String> remove = new LinkedHashMap<>();
        StaffBrowser.Page removed = partner.postWithToken(StaffRoutes.matrix(year, "criteria/own_capacity_to_act/remove"),
                remove);
        assertEquals(303, removed.status(), removed.html());
        assertFalse(partner.get(StaffRoutes.matrix(year)).document().select(".sv-matrix-table thead").text()
                .contains("Capacity to act"));
        assertEquals(frozenRows, partner.get(decisionPath).document().select("table").get(1).select("tbody tr")
                .eachText(), "the decision keeps the matrix as it was");
    }

    private StaffBrowser signedIn(String name, Role role) {
        return StaffFixtures.signedIn(server, accounts, name, role);
    }

}
