package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseQueries;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStatuses;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.admin.retention.RetentionPolicy;

import io.micronaut.data.connection.ConnectionOperations;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A consultation officer reviewing, marking, redacting, exporting and erasing responses through the pages. */
@MicronautTest(transactional = false)
class StaffResponsePagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject uk.gov.safervoices.admin.response.StaffEntry staffEntry;
    @Inject ResponseStore store;
    @Inject ResponseQueries queries;
    @Inject ResponseStatuses statuses;
    @Inject RetentionPolicy retention;
    @Inject ConnectionOperations<Connection> connections;

    private StaffAccount officer;
    private StaffBrowser browser;
    private ResponseFixtures.Running running;

    @BeforeEach
    void signInAsConsultationOfficer() {
        officer = StaffFixtures.account(accounts, "officer", Role.CONSULTATION);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(officer.username(), StaffFixtures.PASSWORD);
        running = ResponseFixtures.consultation(consultations, questionnaires);
    }

    private SubmissionOutcome.Accepted online(String comments) {
        return (SubmissionOutcome.Accepted) store.submit(new Submission(running.consultation(), running.version(),
                Channel.ONLINE, null, ResponseFixtures.complete(comments)));
    }

    private List<String> listed(String query) {
        StaffBrowser.Page page = browser.get(StaffRoutes.RESPONSES + "?consultation=" + running.consultation().id()
                + query);
        assertEquals(200, page.status());
        return page.document().select(".sv-responses-table .sv-reference").eachText();
    }

    @Test
    void theListShowsTheConsultationsResponsesNewestFirstAndFilters() throws InterruptedException {
        String first = ResponseFixtures.enter(staffEntry, running, Channel.PAPER, "First").reference();
        Thread.sleep(20);
        SubmissionOutcome.Accepted second = online("Second");
        Thread.sleep(20);
        String third = ResponseFixtures.enter(staffEntry, running, Channel.MEETING, "Third").reference();
        statuses.mark("test", second.responseId(), ResponseRecord.Status.SPAM, "Bot");

        StaffBrowser.Page page = browser.get(StaffRoutes.RESPONSES);
        assertEquals("Responses", page.heading());
        assertTrue(page.navigation().contains("Responses"), page.navigation().toString());

        assertEquals(List.of(third, second.reference(), first), listed(""), "newest first");
        assertEquals(List.of(second.reference()), listed("&channel=ONLINE"));
        assertEquals(List.of(second.reference()), listed("&status=SPAM"));
        assertEquals(List.of(third, first), listed("&status=SUBMITTED"));
        assertEquals(List.of(first), listed("&channel=PAPER&version=" + running.version().id()));
        String tomorrow = LocalDate.now().plusDays(2).toString();
        assertEquals(List.of(), listed("&from=" + tomorrow));
        assertEquals(3, listed("&to=" + tomorrow).size());
        StaffBrowser.Page link = browser.get(StaffRoutes.RESPONSES + "?consultation=" + running.consultation().id());
        assertEquals(StaffRoutes.response(second.responseId()),
                link.document().select(".sv-reference").get(1).attr("href"));

        StaffBrowser.Page bad = browser.get(StaffRoutes.RESPONSES + "?from=yesterday");
        assertEquals(List.of("Enter the first day as a real date, for example 2026-03-27"), bad.errors());
    }

    @Test
    void aResponseShowsItsAnswersAsAskedButNeverItsEqualityAnswers() {
        var response = ResponseFixtures.enter(staffEntry, running, Channel.PAPER, ResponseFixtures.PERSONAL);

        StaffBrowser.Page page = browser.get(StaffRoutes.response(response.responseId()));

        assertEquals(response.reference(), page.heading());
        String answers = page.document().select(".sv-answers").text();
        assertTrue(answers.contains("How safe do you feel walking alone in this area after dark? Fairly safe"), answers);
        assertTrue(answers.contains("The park"), answers);
        assertTrue(answers.contains("The underpass"), answers);
        assertTrue(answers.contains(ResponseFixtures.PERSONAL), answers);
        assertFalse(page.text().contains("About you"), "no equality section");
        assertTrue(page.document().select("#summary, .govuk-summary-list").text().contains("fixture"), "entered by");
        assertEquals(2, page.document().select("form[action$='/redact']").size(), "places' please say, comments");
        var redactForm = page.document().selectFirst("#question-comments form");
        assertEquals(StaffRoutes.response(response.responseId()) + "/redact", redactForm.attr("action"));
        assertEquals(browser.csrfToken(), redactForm.selectFirst("input[name=csrfToken]").val());
        assertEquals("comments", redactForm.selectFirst("input[name=question]").val());
    }

    @Test
    void markingNeedsAReasonAndRestoringIncludesTheResponseAgain() {
        var response = ResponseFixtures.enter(staffEntry, running, Channel.PAPER, "Fine");
        String path = StaffRoutes.response(response.responseId());
        browser.get(path);

        StaffBrowser.Page refused = browser.postWithToken(path + "/mark", "markStatus", "DUPLICATE", "reason", "  ");
        assertEquals(200, refused.status());
        assertEquals(List.of("Enter the reason for marking the response"), refused.errors());
        assertTrue(refused.title().startsWith("Error: "));
        assertTrue(refused.document().selectFirst("input[name=markStatus][value=DUPLICATE]").hasAttr("checked"));
        assertEquals(ResponseRecord.Status.SUBMITTED, queries.summary(response.responseId()).orElseThrow().status());

        StaffBrowser.Page marked = browser.postWithToken(path + "/mark", "markStatus", "DUPLICATE",
                "reason", "Same as another form");
        assertEquals(303, marked.status());
        assertEquals(path, marked.location().orElseThrow());
        StaffBrowser.Page shown = browser.follow(marked);
        assertTrue(shown.text().contains("Response marked as duplicate"), shown.text());
        assertEquals("Duplicate", shown.document().selectFirst("#status .govuk-tag").text());
        assertTrue(shown.text().contains("Same as another form"));
        var summary = queries.summary(response.responseId()).orElseThrow();
        assertEquals(ResponseRecord.Status.DUPLICATE, summary.status());
        assertEquals("Same as another form", summary.statusReason());

        StaffBrowser.Page restored = browser.follow(browser.postWithToken(path + "/restore"));
        assertTrue(restored.text().contains("Response restored"));
        assertEquals("Included", restored.document().selectFirst("#status .govuk-tag").text());
        assertEquals(ResponseRecord.Status.SUBMITTED, queries.summary(response.responseId()).orElseThrow().status());
    }

    @Test
    void redactingRemovesTheWordsFromThePageAndTheDatabase() {
        var response = ResponseFixtures.enter(staffEntry, running, Channel.PAPER, ResponseFixtures.PERSONAL);
        String path = StaffRoutes.response(response.responseId());
        assertEquals(1, textsHolding(response.responseId(), ResponseFixtures.PERSONAL));
        browser.get(path);

        StaffBrowser.Page redacted = browser.postWithToken(path + "/redact", "question", "comments");
        assertEquals(303, redacted.status());
        StaffBrowser.Page shown = browser.follow(redacted);

        assertTrue(shown.text().contains("Answer to \u201cAnything else?\u201d redacted"), shown.text());
        assertFalse(shown.html().contains("John Smith"));
        assertEquals("[redacted]", shown.document().selectFirst("#question-comments .sv-free-text").text());
        assertEquals(0, textsHolding(response.responseId(), ResponseFixtures.PERSONAL));
        assertEquals(1, textsHolding(response.responseId(), "The underpass"), "the other free text stays");
        assertEquals(1, shown.document().select("form[action$='/redact']").size());

        StaffBrowser.Page again = browser.postWithToken(path + "/redact", "question", "comments");
        assertEquals(List.of("There is no free text to redact in that answer"), again.errors());
    }

    @Test
    void theExportIsAStreamedCsvDownloadOfTheIncludedResponsesWithACodebookAndEqualityCounts() {
        var one = ResponseFixtures.enter(staffEntry, running, Channel.PAPER, "Caf\u00e9 on the corner");
        var two = online("Two");
        var spam = online("Spam");
        statuses.mark("test", spam.responseId(), ResponseRecord.Status.SPAM, "Bot");
        browser.get(StaffRoutes.RESPONSES_EXPORT);
        String consultation = running.consultation().id().toString();
        String version = running.version().id().toString();

        HttpResponse<byte[]> csv = browser.download(StaffRoutes.RESPONSES_EXPORT, "consultation", consultation,
                "version", version, "scope", "INCLUDED");

        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=UTF-8", csv.headers().firstValue("Content-Type").orElseThrow());
        String disposition = csv.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\"responses-" + running.consultation().slug()),
                disposition);
        assertTrue(csv.headers().firstValue("Content-Length").isEmpty(), "streamed, length unknown at the start");
        byte[] bytes = csv.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertTrue(lines.get(0).startsWith("reference,submitted_at,channel"), lines.get(0));
        assertEquals(3, lines.size(), "header and one row per included response: " + lines);
        assertTrue(text.contains(one.reference()) && text.contains(two.reference()));
        assertFalse(text.contains(spam.reference()));
        assertTrue(text.contains("Caf\u00e9 on the corner"));

        HttpResponse<byte[]> all = browser.download(StaffRoutes.RESPONSES_EXPORT, "consultation", consultation,
                "version", version, "scope", "ALL");
        assertTrue(new String(all.body(), StandardCharsets.UTF_8).contains(spam.reference()));

        HttpResponse<byte[]> codebook = browser.download(StaffRoutes.RESPONSES_EXPORT_CODEBOOK, "consultation",
                consultation, "version", version, "scope", "INCLUDED");
        assertTrue(codebook.headers().firstValue("Content-Disposition").orElseThrow().contains(".json"));
        assertTrue(new String(codebook.body(), StandardCharsets.UTF_8).contains("\"columns\""));

        HttpResponse<byte[]> equality = browser.download(StaffRoutes.RESPONSES_EXPORT_EQUALITY, "consultation",
                consultation, "version", version);
        String counts = new String(equality.body(), StandardCharsets.UTF_8);
        assertTrue(counts.startsWith("\uFEFFquestion_id,question_text,code,label,responses,suppressed"), counts);

        StaffBrowser.Page missing = browser.postWithToken(StaffRoutes.RESPONSES_EXPORT, "scope", "ALL");
        assertEquals(List.of("Select the consultation", "Select the questionnaire version"), missing.errors());
    }

    @Test
    void aResponseIsErasedByItsReferenceAfterConfirmation() {
        var response = ResponseFixtures.enter(staffEntry, running, Channel.PAPER, "Erase me");
        browser.get(StaffRoutes.RESPONSES_ERASE);

        StaffBrowser.Page unknown = browser.postWithToken(StaffRoutes.RESPONSES_ERASE, "reference", "ZZZZ-ZZZZ");
        assertEquals(List.of("No response has that reference. Check it with the resident"), unknown.errors());

        StaffBrowser.Page confirm = browser.postWithToken(StaffRoutes.RESPONSES_ERASE, "reference",
                response.reference().toLowerCase());
        assertEquals("Erase response " + response.reference() + "?", confirm.heading());
        assertTrue(queries.summary(response.responseId()).isPresent(), "nothing erased before confirmation");

        StaffBrowser.Page erased = browser.postWithToken(StaffRoutes.RESPONSES_ERASE, "reference",
                response.reference(), "confirm", "yes");
        assertEquals(303, erased.status());
        assertTrue(browser.follow(erased).text().contains("Response " + response.reference() + " erased"));
        assertTrue(queries.summary(response.responseId()).isEmpty());
    }

    @Test
    void theRetentionPeriodIsChangedWithinItsLimits() {
        browser.get(StaffRoutes.RESPONSES_RETENTION);
        String consultation = running.consultation().id().toString();

        StaffBrowser.Page refused = browser.postWithToken(StaffRoutes.RESPONSES_RETENTION, "consultation",
                consultation, "months", "121");
        assertEquals(List.of("The retention period must be between 1 and 120 months"), refused.errors());
        assertEquals(36, retention.of(running.consultation()).months());

        StaffBrowser.Page saved = browser.postWithToken(StaffRoutes.RESPONSES_RETENTION, "consultation",
                consultation, "months", "24");
        assertEquals(303, saved.status());
        StaffBrowser.Page shown = browser.follow(saved);
        assertTrue(shown.text().contains("free text is kept for 24 months"), shown.text());
        assertEquals(24, retention.of(running.consultation()).months());
    }

    @Test
    void aPaperFormWithAnErrorKeepsEveryOtherAnswerAndAValidOneIsStoredOnce() {
        String query = "?consultation=" + running.consultation().id() + "&version=" + running.version().id()
                + "&channel=PAPER";
        StaffBrowser.Page form = browser.get(StaffRoutes.RESPONSES_ENTER + query);
        assertEquals("Staff responses test", form.heading());
        String entryKey = form.document().selectFirst("input[name=entryKey]").val();
        assertEquals(36, entryKey.length());
        assertEquals(1, form.document().select("input[name=age]").size(), "equality questions too");
        String[] base = {"consultation", running.consultation().id().toString(),
                "version", running.version().id().toString(), "channel", "PAPER", "entryKey", entryKey};

        StaffBrowser.Page invalid = browser.postWithToken(StaffRoutes.RESPONSES_ENTER, concat(base,
                "places", "station", "years_here", "500", "comments", "Keep these words"));
        assertEquals(200, invalid.status());
        assertEquals(2, invalid.errors().size(), invalid.errors().toString());
        assertTrue(invalid.title().startsWith("Error: "));
        assertEquals("Keep these words", invalid.document().selectFirst("textarea[name=comments]").text());
        assertTrue(invalid.document().selectFirst("input[name=places][value=station]").hasAttr("checked"));
        assertEquals("500", invalid.document().selectFirst("input[name=years_here]").val());
        assertEquals(0, queries.list(uk.gov.safervoices.admin.response.ResponseFilter.consultation(
                running.consultation().id()), 0, 10).total(), "nothing stored");

        String[] valid = concat(base, "safe_after_dark", "very_unsafe", "places", "station", "years_here", "5",
                "comments", "Keep these words", "age", "42", "sex", "female");
        StaffBrowser.Page stored = browser.postWithToken(StaffRoutes.RESPONSES_ENTER, valid);
        assertEquals(303, stored.status());
        StaffBrowser.Page next = browser.follow(stored);
        String banner = next.document().selectFirst(".govuk-notification-banner__heading").text();
        assertTrue(banner.startsWith("Response entered. Its reference is "), banner);
        assertTrue(!entryKey.equals(next.document().selectFirst("input[name=entryKey]").val()), "a new key");
        var page = queries.list(uk.gov.safervoices.admin.response.ResponseFilter.consultation(
                running.consultation().id()), 0, 10);
        assertEquals(1, page.total());
        var response = page.responses().get(0);
        assertEquals(Channel.PAPER, response.channel());
        assertEquals(officer.username(), response.enteredBy());
        assertTrue(banner.endsWith(response.reference()), banner);
        assertEquals(2, count("SELECT COUNT(*) FROM response_equality_answer WHERE response_id = ?", response.id()),
                "age and sex, stored apart");
        assertEquals(0, count("SELECT COUNT(*) FROM response_answer WHERE response_id = ? AND question_id IN "
                + "('age', 'sex')", response.id()));

        assertEquals(303, browser.postWithToken(StaffRoutes.RESPONSES_ENTER, valid).status());
        assertEquals(1, queries.list(uk.gov.safervoices.admin.response.ResponseFilter.consultation(
                running.consultation().id()), 0, 10).total(), "the same entry key stores one response");
    }

    @Test
    void generatingInvitationCodesDownloadsThemOnceAndABatchCanBeWithdrawn() {
        String consultation = running.consultation().id().toString();
        StaffBrowser.Page empty = browser.get(StaffRoutes.RESPONSES_INVITATIONS + "?consultation=" + consultation);
        assertEquals(0, empty.document().select("#batches tbody tr").size());

        HttpResponse<byte[]> csv = browser.download(StaffRoutes.RESPONSES_INVITATIONS_GENERATE, "consultation",
                consultation, "count", "3");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals("\uFEFFserial,code", lines[0]);
        assertEquals(4, lines.length);

        StaffBrowser.Page listed = browser.get(StaffRoutes.RESPONSES_INVITATIONS + "?consultation=" + consultation);
        List<String> cells = listed.document().select("#batches tbody tr").get(0).select("td").eachText();
        assertEquals(List.of("3", "0", "3"), cells.subList(2, 5));
        assertFalse(listed.html().contains(lines[1].split(",")[1]), "codes are never shown again");

        StaffBrowser.Page refused = browser.postWithToken(StaffRoutes.RESPONSES_INVITATIONS_GENERATE,
                "consultation", consultation, "count", "0");
        assertEquals(List.of("Generate between 1 and 50000 codes at a time"), refused.errors());

        String batch = listed.document().selectFirst("#batches input[name=batch]").val();
        var withdrawForm = listed.document().selectFirst("#batches form");
        assertEquals(StaffRoutes.RESPONSES_INVITATIONS_WITHDRAW, withdrawForm.attr("action"));
        assertEquals(browser.csrfToken(), withdrawForm.selectFirst("input[name=csrfToken]").val());
        assertEquals(consultation, withdrawForm.selectFirst("input[name=consultation]").val());
        StaffBrowser.Page withdrawn = browser.follow(browser.postWithToken(
                StaffRoutes.RESPONSES_INVITATIONS_WITHDRAW, "consultation", consultation, "batch", batch));
        assertTrue(withdrawn.text().contains("Batch " + batch + " withdrawn: 3 unused codes no longer work"));
        assertEquals("0", withdrawn.document().select("#batches tbody tr").get(0).select("td").get(4).text());
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private long count(String sql, long responseId) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                statement.setLong(1, responseId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long textsHolding(long responseId, String text) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("SELECT (SELECT COUNT(*) FROM response_answer"
                     + " WHERE response_id = ? AND text_value LIKE ?) + (SELECT COUNT(*) FROM "
                     + "response_equality_answer WHERE response_id = ? AND text_value LIKE ?)")) {
            statement.setLong(1, responseId);
            statement.setString(2, "%" + text + "%");
            statement.setLong(3, responseId);
            statement.setString(4, "%" + text + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
