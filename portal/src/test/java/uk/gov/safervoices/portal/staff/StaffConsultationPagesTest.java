package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireTransfers;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Listing consultations and creating one that runs a published questionnaire. */
@MicronautTest(transactional = false)
class StaffConsultationPagesTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject QuestionnaireTransfers transfers;
    @Inject QuestionnaireDesigns designs;
    @Inject AuditLog audit;

    private StaffBrowser browser;
    private StaffAccount member;

    @BeforeEach
    void signInAsConsultationTeam() {
        member = StaffFixtures.account(accounts, "organiser", Role.CONSULTATION);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(member.username(), StaffFixtures.PASSWORD);
    }

    @Test
    void aConsultationIsCreatedFromTheFormAndResidentsCanOpenIt() {
        String key = QuestionnaireFixtures.uniqueKey("created");
        QuestionnaireVersion draft = transfers.importFile("test", key + ".yaml",
                QuestionnaireFixtures.smallSurvey(key, "Created survey")).saved().version();
        QuestionnaireVersion published = designs.publish("test", draft.id());
        String slug = QuestionnaireFixtures.uniqueKey("street-safety");
        LocalDate today = LocalDate.now(UK);
        LocalDate closes = today.plusDays(30);

        StaffBrowser.Page form = browser.get(StaffRoutes.NEW_CONSULTATION);
        assertEquals("Create a consultation", form.heading());
        assertTrue(form.document().select("input[name=questionnaires]").stream()
                .anyMatch(box -> box.val().equals(published.questionnaireId().toString())), "published ones listed");
        StaffBrowser.Page saved = browser.postWithToken(StaffRoutes.NEW_CONSULTATION,
                "title", "Street safety", "slug", slug, "summary", "Tell us about your street.",
                "purpose", "", "howUsed", "", "questionnaires", published.questionnaireId().toString(),
                "opens-day", Integer.toString(today.getDayOfMonth()),
                "opens-month", Integer.toString(today.getMonthValue()), "opens-year", Integer.toString(today.getYear()),
                "closes-day", Integer.toString(closes.getDayOfMonth()),
                "closes-month", Integer.toString(closes.getMonthValue()),
                "closes-year", Integer.toString(closes.getYear()));
        assertEquals(303, saved.status(), saved.html());

        Consultation created = consultations.bySlug(slug).orElseThrow();
        assertEquals(List.of(published.questionnaireId()), consultations.questionnaireIds(created));
        assertEquals(today.atStartOfDay(UK).toInstant(), created.opensAt());
        assertEquals(closes.plusDays(1).atStartOfDay(UK).toInstant(), created.closesAt());
        assertFalse(created.invitationOnly());
        assertTrue(audit.about("consultation", created.id()).stream()
                .anyMatch(e -> e.action().equals("consultation.created") && e.actor().equals(member.username())));

        StaffBrowser.Page list = browser.follow(saved);
        assertTrue(list.text().contains("Consultation created: Street safety"), list.text());
        assertTrue(list.document().select("a[href=/consultations/" + slug + "]").hasText(), "listed, linked");
        StaffBrowser.Page publicPage = new StaffBrowser(server.getURI()).get("/consultations/" + slug);
        assertEquals(200, publicPage.status());
        assertEquals("Street safety", publicPage.heading());
    }

    @Test
    void aFormWithProblemsNamesEachAndKeepsWhatWasTyped() {
        String taken = QuestionnaireFixtures.uniqueKey("taken");
        StaffBrowser.Page first = browser.postWithToken(StaffRoutes.NEW_CONSULTATION, "title", "Kept title",
                "slug", "Not A Slug", "summary", "", "opens-day", "31", "opens-month", "2", "opens-year", "2027",
                "closes-day", "", "closes-month", "", "closes-year", "");
        assertEquals(200, first.status());
        assertEquals(List.of(
                "Enter a web address of lower-case letters, numbers and hyphens, like community-safety-survey-2027",
                "Enter a summary", "Select the questionnaire the consultation runs",
                "Enter a real open date, for example 1 3 2027", "Enter a real close date, for example 31 3 2027"),
                first.errors());
        assertEquals("Kept title", first.document().getElementById("title").val());
        assertEquals("Not A Slug", first.document().getElementById("slug").val());
        assertTrue(consultations.bySlug("not-a-slug").isEmpty());

        browser.postWithToken(StaffRoutes.NEW_CONSULTATION, "title", "First", "slug", taken, "summary", "S",
                "questionnaires", "", "opens-day", "1", "opens-month", "3", "opens-year", "2027",
                "closes-day", "31", "closes-month", "3", "closes-year", "2027");
        assertTrue(consultations.bySlug(taken).isEmpty(), "no questionnaire chosen: nothing saved");
    }
}
