package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.concern.ConcernCatalogues;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The concern catalogue pages as staff use them, JavaScript off: the list with what maps to each concern, adding
 * (errors beside the fields, typed values kept), changing a name (never the code), a save over someone else's
 * refused, deleting an unused concern (its code retired), and a concern in use kept.
 */
@MicronautTest(transactional = false)
class StaffConcernPagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject ConcernCatalogues catalogues;
    @Inject DefinitionLibrary library;
    @Inject AuditLog audit;

    private StaffBrowser signedIn(Role role) {
        return StaffFixtures.signedIn(server, accounts, "concerns-" + role.name().toLowerCase(), role);
    }

    private static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void theCatalogueListsEachConcernWithWhatMapsToIt_andSaysCodesNeverChange() {
        StaffBrowser.Page page = signedIn(Role.ANALYST).get(StaffRoutes.CONCERNS);
        assertEquals(200, page.status());
        assertEquals("Concerns", page.heading());
        Document document = page.document();
        assertTrue(document.selectFirst("#codes-never-change").text().startsWith("A concern's code never changes"));
        String asb = document.selectFirst("#concern-asb").text();
        assertTrue(asb.contains("Anti-social behaviour"), asb);
        assertTrue(asb.contains("Police crime type \"Anti-social behaviour\""), asb);
        assertTrue(asb.contains("Community safety survey, version "), asb);
        assertTrue(document.select("#concern-asb form").isEmpty(), "a concern in use offers no delete");
        assertFalse(document.select("a[href=/admin/concerns/new]").isEmpty());
        assertFalse(document.select("a[href=/admin/concerns/asb/edit]").isEmpty());
    }

    @Test
    void partnershipMembersReadTheCatalogue_butChangeNothing() {
        StaffBrowser.Page page = signedIn(Role.PARTNERSHIP).get(StaffRoutes.CONCERNS);
        assertEquals(200, page.status());
        assertTrue(page.document().select("a[href=/admin/concerns/new]").isEmpty());
        assertTrue(page.document().select("#concerns form, a[href$=/edit]").isEmpty());
    }

    @Test
    void aConcernIsAdded_withProblemsShownBesideWhatWasTyped() {
        StaffBrowser analyst = signedIn(Role.ANALYST);
        analyst.get(StaffRoutes.NEW_CONCERN);
        StaffBrowser.Page refused = analyst.postWithToken(StaffRoutes.NEW_CONCERN, "code", "Bike Theft!", "name",
                "Bicycle theft", "description", "Bikes stolen.");
        assertEquals(200, refused.status());
        assertEquals("Error: Add a concern - Safer Voices staff", refused.title());
        assertEquals(List.of("Code must be lower case letters, digits and underscores, start with a letter and be 64"
                + " characters or fewer, like bike_theft"), refused.errors());
        Document form = refused.document();
        assertEquals("#code", form.selectFirst(".govuk-error-summary__list a").attr("href"));
        assertEquals("Bike Theft!", form.selectFirst("#code").val());
        assertEquals("Bicycle theft", form.selectFirst("#name").val());
        assertEquals("Bikes stolen.", form.selectFirst("#description").text());
        assertTrue(form.selectFirst("#code-error").text().contains("lower case letters"));

        String code = uniqueCode("bike_theft");
        StaffBrowser.Page added = analyst.postWithToken(StaffRoutes.NEW_CONCERN, "code", code, "name",
                "Bicycle theft", "description", "Bikes stolen.", "expectedSha",
                form.selectFirst("input[name=expectedSha]").val());
        assertEquals(303, added.status(), added.html());
        StaffBrowser.Page list = analyst.follow(added);
        assertTrue(list.text().contains("Concern Bicycle theft added with the code " + code), list.text());
        assertTrue(list.document().selectFirst("#concern-" + code).text().contains("Nothing"));
        assertTrue(library.catalogue().contains(code), "the loader knows it at once");
        assertEquals("concern.added", audit.about("concern", code).get(0).action());

        StaffBrowser.Page again = analyst.postWithToken(StaffRoutes.NEW_CONCERN, "code", code, "name", "Again");
        assertEquals(200, again.status());
        assertTrue(again.errors().get(0).startsWith("Code " + code + " is already the code of Bicycle theft"));
    }

    @Test
    void aConcernsNameChanges_butItsCodeDoesNot() {
        StaffBrowser consultation = signedIn(Role.CONSULTATION);
        String code = uniqueCode("graffiti");
        assertTrue(catalogues.add("test", catalogues.current().version().sha256(), code, "Graffiti", null).ok());
        StaffBrowser.Page form = consultation.get(StaffRoutes.concern(code, "edit"));
        assertEquals("Change Graffiti", form.heading());
        assertTrue(form.document().selectFirst("#code-fixed").text().startsWith("The code cannot be changed"));
        assertTrue(form.document().select("input[name=code]").isEmpty());
        String sha = form.document().selectFirst("input[name=expectedSha]").val();

        StaffBrowser.Page blank = consultation.postWithToken(StaffRoutes.concern(code, "edit"), "name", " ",
                "description", "Kept", "expectedSha", sha);
        assertEquals(List.of("Enter the concern's name, as residents and the partnership would say it"), blank.errors());
        assertEquals("Kept", blank.document().selectFirst("#description").text());

        StaffBrowser.Page saved = consultation.postWithToken(StaffRoutes.concern(code, "edit"), "name",
                "Graffiti and tagging", "description", "Paint on walls.", "expectedSha", sha, "code", "other_code");
        assertEquals(303, saved.status(), saved.html());
        assertEquals("Graffiti and tagging", library.catalogue().concern(code).orElseThrow().name());
        assertFalse(library.catalogue().contains("other_code"));
    }

    @Test
    void aSaveOverSomeoneElsesIsRefused_withWhatWasTypedKept() {
        StaffBrowser analyst = signedIn(Role.ANALYST);
        String code = uniqueCode("noise_at_night");
        assertTrue(catalogues.add("test", catalogues.current().version().sha256(), code, "Noise at night", null)
                .ok());
        StaffBrowser.Page form = analyst.get(StaffRoutes.concern(code, "edit"));
        String opened = form.document().selectFirst("input[name=expectedSha]").val();
        assertTrue(catalogues.add("someone-else", opened, uniqueCode("other"), "Other", null).ok());

        StaffBrowser.Page stale = analyst.postWithToken(StaffRoutes.concern(code, "edit"), "name", "Night noise",
                "description", "", "expectedSha", opened);
        assertEquals(200, stale.status());
        assertTrue(stale.errors().get(0).startsWith("Someone else saved the concern catalogue (version "),
                stale.errors().toString());
        assertEquals("Night noise", stale.document().selectFirst("#name").val());
        assertEquals("Noise at night", library.catalogue().concern(code).orElseThrow().name(), "nothing saved");
    }

    @Test
    void anUnusedConcernIsDeleted_andAConcernInUseIsKept() {
        StaffBrowser analyst = signedIn(Role.ANALYST);
        String code = uniqueCode("loitering");
        assertTrue(catalogues.add("test", catalogues.current().version().sha256(), code, "Loitering", null).ok());
        StaffBrowser.Page list = analyst.get(StaffRoutes.CONCERNS);
        String sha = list.document().selectFirst("#concern-" + code + " input[name=expectedSha]").val();
        assertEquals(catalogues.current().version().sha256(), sha);
        assertEquals(analyst.csrfToken(), list.document().selectFirst("#concern-" + code + " input[name=csrfToken]")
                .val(), "the delete button's form carries the token, with JavaScript off too");
        StaffBrowser.Page deleted = analyst.postWithToken(StaffRoutes.concern(code, "delete"), "expectedSha", sha);
        assertEquals(303, deleted.status(), deleted.html());
        StaffBrowser.Page after = analyst.follow(deleted);
        assertTrue(after.document().select("#concern-" + code).isEmpty());
        assertTrue(after.document().selectFirst("#retired").text().contains(code));

        StaffBrowser.Page kept = analyst.postWithToken(StaffRoutes.concern("asb", "delete"), "expectedSha",
                catalogues.current().version().sha256());
        assertEquals(200, kept.status());
        assertTrue(kept.errors().get(0).startsWith("Anti-social behaviour (asb) cannot be deleted"), kept.errors()
                .toString());
        assertTrue(kept.document().selectFirst("#blocking").text().contains("Police crime type"));
        assertTrue(library.catalogue().contains("asb"));
    }

    @Test
    void formsWithoutTheirTokenAreRefused() {
        StaffBrowser analyst = signedIn(Role.ANALYST);
        StaffBrowser.Page forged = analyst.postOnce(StaffRoutes.NEW_CONCERN, "csrfToken", "forged", "code",
                uniqueCode("forged"), "name", "Forged");
        assertEquals(403, forged.status());
    }

    @Test
    void theCatalogueDownloadsAsItsFile() {
        StaffBrowser.Page file = signedIn(Role.PARTNERSHIP).get(StaffRoutes.CONCERNS_FILE);
        assertEquals(200, file.status());
        assertTrue(file.html().startsWith("# The concern catalogue"), file.html());
        assertTrue(file.html().contains("\nconcerns:\n  - code: "), file.html());
        assertTrue(file.html().contains("\n  - code: drug_dealing\n    name: Drug dealing and drug use\n"));
    }
}
