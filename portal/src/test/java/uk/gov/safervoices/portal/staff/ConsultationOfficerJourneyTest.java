package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4's "done when", through the pages only: a consultation officer signs in, designs a short survey with a
 * condition and a ranking question in the form editor, previews it, publishes it, runs it in a new consultation,
 * receives a resident's response, enters a paper response, and exports both to CSV; an analyst cannot reach the
 * design pages.
 */
@MicronautTest(transactional = false)
class ConsultationOfficerJourneyTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern VERSION = Pattern.compile("/admin/questionnaires/versions/(\\d+)/edit");

    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;

    @Test
    void designPreviewPublishRunRespondEnterExport_andAnAnalystIsKeptOut() {
        StaffAccount officer = StaffFixtures.account(accounts, "officer", Role.CONSULTATION);
        StaffBrowser staff = new StaffBrowser(server.getURI());
        staff.signIn(officer.username(), StaffFixtures.PASSWORD);
        String key = QuestionnaireFixtures.uniqueKey("street");

        // design: a new questionnaire, a section, a ranking question and a question shown only to victims
        StaffBrowser.Page created = staff.postWithToken(StaffRoutes.NEW_QUESTIONNAIRE, "key", key, "kind", "survey",
                "title", "Street safety");
        assertEquals(303, created.status(), created.html());
        Matcher version = VERSION.matcher(created.location().orElseThrow());
        assertTrue(version.find(), created.location().orElseThrow());
        long versionId = Long.parseLong(version.group(1));
        String editor = StaffRoutes.version(versionId, "edit");

        Document page = staff.get(editor).document();
        submit(staff, editor, page.getElementById("details"), "privacyNotice",
                "Example Borough Council uses your answers only to plan community safety work.");
        page = staff.get(editor).document();
        submit(staff, editor, page.getElementById("add-section"), "sectionId", "views", "sectionTitle", "Your views");
        for (String[] question : List.of(new String[] {"top_concerns", "ranking", "What should we tackle first?"},
                new String[] {"victim", "single_choice", "Have you been a victim of crime in the last year?"},
                new String[] {"reported", "single_choice", "Did you report it?"})) {
            page = staff.get(editor).document();
            submit(staff, editor, page.selectFirst("#section-views form:has(input[name=action][value=add-question])"),
                    "questionId", question[0], "questionType", question[1], "questionText", question[2]);
        }
        page = staff.get(editor).document();
        submit(staff, editor, questionForm(page, "top_concerns"), "choices",
                "asb | Anti-social behaviour\nburglary | Burglary\nspeeding | Speeding", "rank", "2");
        page = staff.get(editor).document();
        submit(staff, editor, questionForm(page, "victim"), "choices", "yes | Yes\nno | No");
        page = staff.get(editor).document();
        submit(staff, editor, questionForm(page, "reported"), "choices", "yes | Yes\nno | No",
                "showIf", "victim = yes");

        // preview, then publish
        StaffBrowser.Page preview = staff.get(StaffRoutes.version(versionId, "preview"));
        assertEquals(200, preview.status(), preview.html());
        assertEquals(2, preview.document().select("select[id^=top_concerns]").size(),
                "first and second choice: " + preview.text());
        assertTrue(preview.text().contains("Did you report it?"), preview.text());
        StaffBrowser.Page published = staff.postWithToken(StaffRoutes.version(versionId, "publish"));
        assertEquals(303, published.status(), published.html());

        // run it: a consultation open from today
        String slug = QuestionnaireFixtures.uniqueKey("street-consultation");
        LocalDate today = LocalDate.now(UK);
        LocalDate closes = today.plusDays(28);
        Element questionnaireBox = staff.get(StaffRoutes.NEW_CONSULTATION).document()
                .select("input[name=questionnaires]").stream()
                .filter(box -> box.parent().text().contains("Street safety")).findFirst().orElseThrow();
        StaffBrowser.Page consultation = staff.postWithToken(StaffRoutes.NEW_CONSULTATION, "title", "Safer streets",
                "slug", slug, "summary", "Tell us about your street.", "questionnaires", questionnaireBox.val(),
                "opens-day", "" + today.getDayOfMonth(), "opens-month", "" + today.getMonthValue(),
                "opens-year", "" + today.getYear(), "closes-day", "" + closes.getDayOfMonth(),
                "closes-month", "" + closes.getMonthValue(), "closes-year", "" + closes.getYear());
        assertEquals(303, consultation.status(), consultation.html());
        Consultation running = consultations.bySlug(slug).orElseThrow();

        // a resident responds on the public site
        StaffBrowser resident = new StaffBrowser(server.getURI());
        String section = "/consultations/" + slug + "/" + key + "/views";
        assertEquals(200, resident.get(section).status());
        StaffBrowser.Page answered = resident.postWithToken(section, "top_concerns.1", "burglary",
                "top_concerns.2", "asb", "victim", "yes", "reported", "no", "action", "continue");
        assertEquals(303, answered.status(), answered.html());
        StaffBrowser.Page check = resident.follow(answered);
        assertEquals(200, check.status(), check.html());
        String submissionKey = check.document().selectFirst("input[name=submissionKey]").val();
        StaffBrowser.Page sent = resident.postWithToken(check.path(), "submissionKey", submissionKey);
        assertEquals(303, sent.status(), sent.html());
        String confirmation = resident.follow(sent).text();
        assertTrue(confirmation.contains("Response sent Your reference number SV-"), confirmation);

        // a paper response, entered through the same questions
        StaffBrowser.Page entered = staff.postWithToken(StaffRoutes.RESPONSES_ENTER, "consultation",
                "" + running.id(), "version", "" + versionId, "channel", "PAPER", "entryKey", "paper-" + key,
                "top_concerns.1", "speeding", "victim", "no");
        assertEquals(303, entered.status(), entered.html());
        assertTrue(staff.follow(entered).text().contains("Response entered. Its reference is"));

        // both exported to CSV, in codes
        HttpResponse<byte[]> export = staff.download(StaffRoutes.RESPONSES_EXPORT, "consultation", "" + running.id(),
                "version", "" + versionId, "scope", "INCLUDED");
        assertEquals(200, export.statusCode());
        String csv = new String(export.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(0).contains("top_concerns.1") && lines.get(0).contains("reported"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("ONLINE") && l.contains("burglary")), csv);
        assertTrue(lines.stream().anyMatch(l -> l.contains("PAPER") && l.contains("speeding")), csv);

        // an analyst cannot reach the design pages
        StaffAccount analyst = StaffFixtures.account(accounts, "analyst", Role.ANALYST);
        StaffBrowser analystBrowser = new StaffBrowser(server.getURI());
        analystBrowser.signIn(analyst.username(), StaffFixtures.PASSWORD);
        for (String path : List.of(StaffRoutes.QUESTIONNAIRES, editor, StaffRoutes.version(versionId, "preview"))) {
            assertEquals(403, analystBrowser.get(path).status(), path);
        }
    }

    private static Element questionForm(Document page, String questionId) {
        return page.selectFirst("#question-" + questionId + " form:has(input[name=action][value=update-question])");
    }

    /** Posts a form of the editor as a browser would: its fields as shown, with some changed. */
    private static void submit(StaffBrowser browser, String editor, Element form, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            if ((input.attr("type").equals("checkbox") || input.attr("type").equals("radio"))
                    && !input.hasAttr("checked")) {
                continue;
            }
            fields.put(input.attr("name"), input.tagName().equals("select")
                    ? input.select("option[selected]").val() : input.val());
        }
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        fields.remove("csrfToken");
        StaffBrowser.Page answer = browser.postWithToken(editor, fields.entrySet().stream()
                .flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new));
        assertEquals(303, answer.status(), answer.html());
    }
}
