package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireTransfers;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changing a consultation's open and close dates with GOV.UK date inputs. */
@MicronautTest(transactional = false)
class StaffConsultationSchedulePageTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject QuestionnaireTransfers transfers;
    @Inject QuestionnaireDesigns designs;
    @Inject ResponseStore responses;
    @Inject AuditLog audit;

    private StaffBrowser browser;
    private StaffAccount member;

    @BeforeEach
    void signInAsConsultationTeam() {
        member = StaffFixtures.account(accounts, "scheduler", Role.CONSULTATION);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(member.username(), StaffFixtures.PASSWORD);
    }

    @Test
    void newDatesAreSavedAsWholeDaysInUkTime_andACloseBeforeTheOpenIsRefused() {
        Consultation consultation = consultation(List.of());
        StaffBrowser.Page form = browser.get(StaffRoutes.consultationSchedule(consultation.id()));
        assertEquals("When it opens and closes", form.heading());
        LocalDate opens = consultation.opensAt().atZone(UK).toLocalDate();
        assertEquals(Integer.toString(opens.getDayOfMonth()), form.document().getElementById("opens-day").val());

        StaffBrowser.Page refused = browser.postWithToken(StaffRoutes.consultationSchedule(consultation.id()),
                "opens-day", "10", "opens-month", "6", "opens-year", "2027",
                "closes-day", "9", "closes-month", "6", "closes-year", "2027", "reason", "");
        assertEquals(200, refused.status());
        assertEquals(List.of("The close date must be after the open date."), refused.errors());
        StaffBrowser.Page notADate = browser.postWithToken(StaffRoutes.consultationSchedule(consultation.id()),
                "opens-day", "31", "opens-month", "2", "opens-year", "2027",
                "closes-day", "9", "closes-month", "6", "closes-year", "2027");
        assertEquals(List.of("Enter a real open date, for example 1 3 2027"), notADate.errors());

        StaffBrowser.Page saved = browser.postWithToken(StaffRoutes.consultationSchedule(consultation.id()),
                "opens-day", "1", "opens-month", "6", "opens-year", "2027",
                "closes-day", "30", "closes-month", "6", "closes-year", "2027", "reason", "");
        assertEquals(303, saved.status(), saved.html());
        Consultation moved = consultations.byId(consultation.id()).orElseThrow();
        assertEquals(LocalDate.of(2027, 6, 1).atStartOfDay(UK).toInstant(), moved.opensAt());
        assertEquals(LocalDate.of(2027, 7, 1).atStartOfDay(UK).toInstant(), moved.closesAt());
        StaffBrowser.Page shown = browser.follow(saved);
        assertTrue(shown.text().contains("Dates saved"), shown.text());
        assertEquals("30", shown.document().getElementById("closes-day").val(), "the close date as entered");
    }

    @Test
    void withResponsesAReasonIsRequiredAndAudited() {
        String key = QuestionnaireFixtures.uniqueKey("scheduled");
        QuestionnaireVersion version = transfers.importFile("test", key + ".yaml",
                QuestionnaireFixtures.smallSurvey(key, "Scheduled")).saved().version();
        QuestionnaireVersion published = designs.publish("test", version.id());
        Consultation consultation = consultation(List.of(published.questionnaireId()));
        assertInstanceOf(SubmissionOutcome.Accepted.class, responses.submit(new Submission(consultation, published,
                Channel.ONLINE, null, Map.of("safe_after_dark", List.of("very_safe")))));
        LocalDate today = LocalDate.now(UK);
        LocalDate later = today.plusDays(60);
        String[] dates = {"opens-day", Integer.toString(today.minusDays(10).getDayOfMonth()),
                "opens-month", Integer.toString(today.minusDays(10).getMonthValue()),
                "opens-year", Integer.toString(today.minusDays(10).getYear()),
                "closes-day", Integer.toString(later.getDayOfMonth()),
                "closes-month", Integer.toString(later.getMonthValue()),
                "closes-year", Integer.toString(later.getYear())};

        StaffBrowser.Page refused = browser.postWithToken(StaffRoutes.consultationSchedule(consultation.id()),
                concat(dates, "reason", " "));
        assertEquals(List.of("This consultation already has responses. Say why its dates change."),
                refused.errors());
        assertTrue(refused.document().getElementById("reason").hasClass("govuk-textarea--error"));

        StaffBrowser.Page saved = browser.postWithToken(StaffRoutes.consultationSchedule(consultation.id()),
                concat(dates, "reason", "Extended for the summer fair"));
        assertEquals(303, saved.status(), saved.html());
        List<AuditEvent> events = audit.about("consultation", consultation.id());
        AuditEvent last = events.get(events.size() - 1);
        assertEquals(member.username(), last.actor());
        assertTrue(last.afterValue().contains("reason: Extended for the summer fair"), last.afterValue());
    }

    private Consultation consultation(List<Long> questionnaireIds) {
        Instant now = Instant.now();
        return consultations.create(new Consultations.NewConsultation(QuestionnaireFixtures.uniqueKey("consult"),
                "Schedule test", "Summary", null, null, now.minus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(30)), questionnaireIds));
    }

    private static String[] concat(String[] fields, String... more) {
        String[] all = new String[fields.length + more.length];
        System.arraycopy(fields, 0, all, 0, fields.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return all;
    }
}
