package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireTransfers;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The form editor's further settings: per-type limits of questions, choice hints
 * and flags, scales, weighting, equality sections, where sections and questions go.
 */
@MicronautTest(transactional = false)
class StaffQuestionnaireEditorLimitsTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject QuestionnaireDesigns designs;
    @Inject QuestionnaireTransfers transfers;

    private StaffBrowser browser;

    @BeforeEach
    void signInAsConsultationTeam() {
        StaffAccount member = StaffFixtures.account(accounts, "form-editor-limits", Role.CONSULTATION);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(member.username(), StaffFixtures.PASSWORD);
    }

    @Test
    void eachQuestionShowsOnlyTheLimitsOfItsTypeAndSavesThem() {
        QuestionnaireVersion v1 = importDraft(QuestionnaireFixtures.uniqueKey("form-limits"));
        Document page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertTrue(questionForm(page, "places").select("input[name=maxSelections]").size() == 1);
        assertTrue(questionForm(page, "places").select("input[name=maxLength], input[name=min]").isEmpty());
        assertEquals("2000", questionForm(page, "comments").selectFirst("input[name=maxLength]").val());
        assertTrue(questionForm(page, "comments").select("input[name=maxSelections]").isEmpty());
        assertTrue(questionForm(page, "years").select("input[name=min]").size() == 1);
        assertTrue(questionForm(page, "years").select("input[name=earliest]").isEmpty());
        assertTrue(questionForm(page, "when").select("input[name=earliest]").size() == 1);
        assertTrue(questionForm(page, "top").select("input[name=maxSelections], input[name=maxLength], "
                + "input[name=min], input[name=earliest]").isEmpty(), "a ranking question has none of them");

        assertEquals(303, post(v1.id(), questionForm(page, "places"), "maxSelections", "2").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), questionForm(page, "comments"), "maxLength", "500").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), questionForm(page, "years"), "min", "0", "max", "110").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), questionForm(page, "when"), "earliest", "2024-04-01", "latest", "today")
                .status());

        Questionnaire q = designs.open(v1.id()).definition();
        assertEquals(2, q.question("places").orElseThrow().maxSelections());
        assertEquals(500, q.question("comments").orElseThrow().maxLength());
        Question years = q.question("years").orElseThrow();
        assertEquals(0L, years.min());
        assertEquals(110L, years.max());
        Question when = q.question("when").orElseThrow();
        assertEquals(LocalDate.of(2024, 4, 1), when.earliest());
        assertNull(when.latest());
        assertTrue(when.latestToday());
        String yaml = designs.open(v1.id()).yaml();
        assertTrue(yaml.contains("max_selections: 2") && yaml.contains("max_length: 500")
                && yaml.contains("latest: today"), yaml);

        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals("today", questionForm(page, "when").selectFirst("input[name=latest]").val());
        assertEquals(303, post(v1.id(), questionForm(page, "places"), "maxSelections", "").status());
        assertNull(designs.open(v1.id()).definition().question("places").orElseThrow().maxSelections(),
                "emptied: any number");
    }

    @Test
    void aLimitThatIsNotANumberOrDateIsShownAgainBesideTheQuestionAndNothingIsSaved() {
        QuestionnaireVersion v1 = importDraft(QuestionnaireFixtures.uniqueKey("form-limits-bad"));
        String before = designs.open(v1.id()).yaml();
        Document page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();

        StaffBrowser.Page refused = post(v1.id(), questionForm(page, "years"), "min", "ten", "questionText",
                "Typed text");
        assertEquals(200, refused.status());
        Element years = refused.document().getElementById("question-years");
        assertTrue(years.select(".govuk-error-message").text().contains("Lowest answer must be a whole number"),
                years.text());
        assertEquals("ten", questionForm(refused.document(), "years").selectFirst("input[name=min]").val());
        assertEquals("Typed text", questionForm(refused.document(), "years")
                .selectFirst("textarea[name=questionText]").val());

        refused = post(v1.id(), questionForm(page, "when"), "earliest", "1 April 2024");
        assertEquals(200, refused.status());
        assertTrue(refused.document().select("#question-when .govuk-error-message").text()
                .contains("Earliest date must be a date written yyyy-mm-dd"));
        assertEquals(before, designs.open(v1.id()).yaml(), "nothing saved");

        StaffBrowser.Page backwards = post(v1.id(), questionForm(page, "years"), "min", "10", "max", "5");
        assertFalse(backwards.status() == 303 && designs.open(v1.id()).errors().isEmpty(),
                "a range the wrong way round is not accepted silently");
    }

    @Test
    void choiceLinesCarryAHintAndFlags_andALineOfOnlyIdAndLabelKeepsThem() {
        QuestionnaireVersion v1 = importDraft(QuestionnaireFixtures.uniqueKey("form-choice-extras"));
        Document page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals("park | The park\nstation | The station\nnowhere | Nowhere | exclusive",
                questionForm(page, "places").selectFirst("textarea[name=choices]").val().strip());
        assertTrue(questionForm(page, "top").selectFirst("textarea[name=choices]").val()
                .contains("burglary | Burglary | concern=burglary"));

        assertEquals(303, post(v1.id(), questionForm(page, "places"), "choices",
                "park | The park | Near the river | concern=asb\nstation | The station\nnowhere | Nowhere |\n"
                        + "other | Somewhere else | please say").status());
        Question places = designs.open(v1.id()).definition().question("places").orElseThrow();
        Choice park = places.choices().get(0);
        assertEquals("Near the river", park.hint());
        assertEquals("asb", park.concern());
        assertFalse(park.exclusive());
        assertFalse(places.choices().get(2).exclusive(), "a trailing | clears the flags");
        assertTrue(places.choices().get(3).specify());
        assertNull(places.choices().get(3).hint());
        assertTrue(designs.open(v1.id()).yaml().contains("specify: true"));

        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), questionForm(page, "places"), "choices",
                "park | The riverside park\nother | Somewhere else").status());
        places = designs.open(v1.id()).definition().question("places").orElseThrow();
        assertEquals("The riverside park", places.choices().get(0).label());
        assertEquals("Near the river", places.choices().get(0).hint(), "kept: the line has only id and label");
        assertEquals("asb", places.choices().get(0).concern());
        assertTrue(places.choices().get(1).specify());
    }

    @Test
    void scalesAreAddedRenamedChangedAndRemoved_andAScaleQuestionChoosesOne() {
        QuestionnaireVersion v1 = importDraft(QuestionnaireFixtures.uniqueKey("form-scales"));
        Document page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertTrue(page.selectFirst("#scale-safety textarea[name=scalePoints]").val()
                .contains("dont_know | Don't know | don't know"));
        assertEquals("safety", questionForm(page, "safe_after_dark").select("select[name=scale] option[selected]")
                .val());
        assertTrue(questionForm(page, "places").select("select[name=scale]").isEmpty(), "only scale and grid");

        assertEquals(303, post(v1.id(), page.getElementById("add-scale"), "scaleName", "agreement", "scalePoints",
                "agree | Agree | score=2\ndisagree | Disagree | score=1\ndont_know | Don't know | don't know")
                .status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), questionForm(page, "safe_after_dark"), "scale", "agreement").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        Element safety = page.selectFirst("#scale-safety form:has(input[value=update-scale])");
        String points = safety.selectFirst("textarea[name=scalePoints]").val().replace("Fairly safe", "Quite safe");
        assertEquals(303, post(v1.id(), safety, "scaleName", "feeling_safe", "scalePoints", points).status());

        Questionnaire q = designs.open(v1.id()).definition();
        assertEquals(List.of("feeling_safe", "agreement"), List.copyOf(q.scales().keySet()));
        Question afterDark = q.question("safe_after_dark").orElseThrow();
        assertEquals("agreement", afterDark.scale());
        assertEquals(2, afterDark.choices().get(0).score());
        assertTrue(afterDark.choices().get(2).dontKnow());
        Question day = q.question("day").orElseThrow();
        assertEquals("feeling_safe", day.scale(), "renamed where it is used");
        assertEquals("Quite safe", day.choices().get(1).label());
        assertEquals(3, day.choices().get(1).score(), "a point keeping its id keeps its score");
        assertTrue(designs.open(v1.id()).errors().isEmpty(), designs.open(v1.id()).errors().toString());

        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        StaffBrowser.Page refused = post(v1.id(), page.getElementById("add-scale"), "scaleName", "agreement",
                "scalePoints", "yes | Yes");
        assertEquals(200, refused.status());
        assertTrue(refused.document().select("#add-scale .govuk-error-message").text()
                .contains("There is already a scale \"agreement\""), refused.document().select("#add-scale").text());
        assertEquals("yes | Yes", refused.document().selectFirst("#add-scale textarea[name=scalePoints]").val());

        assertEquals(303, post(v1.id(), questionForm(page, "safe_after_dark"), "scale", "feeling_safe").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), page.selectFirst("#scale-agreement form:has(input[value=remove-scale])"))
                .status());
        assertEquals(List.of("feeling_safe"),
                List.copyOf(designs.open(v1.id()).definition().scales().keySet()));
    }

    @Test
    void weightingVariablesAreAddedChangedAndRemoved_andQuestionsMapTheirAnswersToThem() {
        QuestionnaireVersion v1 = importDraft(QuestionnaireFixtures.uniqueKey("form-weighting"));
        Document page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), page.getElementById("add-variable"), "variableId", "age_band",
                "variableLabel", "Age band", "variableCategories", "16-44\n45+").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), page.getElementById("add-variable"), "variableId", "ward",
                "variableLabel", "Ward", "variableLookup", "example-borough").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertTrue(questionForm(page, "places").select("select[name=weightingVariable]").isEmpty(),
                "a multiple choice answer cannot set a variable");
        assertEquals(303, post(v1.id(), questionForm(page, "years"), "weightingVariable", "age_band",
                "weightingMap", "16-44 | 16-44\n45+ | 45+").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), questionForm(page, "day"), "items",
                "high_street | The high street | concern=asb\nestate | Your estate").status());

        Questionnaire q = designs.open(v1.id()).definition();
        assertEquals(List.of("age_band", "ward"), q.weightingVariables().stream().map(v -> v.id()).toList());
        assertEquals(List.of("16-44", "45+"), q.weightingVariables().get(0).categories());
        assertEquals("example-borough", q.weightingVariables().get(1).fromLookup());
        assertFalse(q.weightingVariables().get(1).categories().isEmpty(), "the lookup's wards");
        var map = q.question("years").orElseThrow().weighting();
        assertEquals("age_band", map.variable());
        assertEquals(2, map.bands().size());
        assertEquals(16L, map.bands().get(0).min());
        assertEquals(44L, map.bands().get(0).max());
        assertNull(map.bands().get(1).max());
        assertEquals("asb", q.question("day").orElseThrow().items().get(0).concern());

        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals("16-44 | 16-44\n45+ | 45+", questionForm(page, "years")
                .selectFirst("textarea[name=weightingMap]").val().strip());
        StaffBrowser.Page refused = post(v1.id(), questionForm(page, "years"), "weightingMap", "sixteen | 16-44");
        assertEquals(200, refused.status());
        assertTrue(refused.document().select("#question-years .govuk-error-message").text()
                .contains("A band is written like 16-24 or 75+"));
        Element ageBand = page.selectFirst("#variable-age_band form:has(input[value=update-variable])");
        assertEquals(303, post(v1.id(), ageBand, "variableLabel", "Age").status());
        assertEquals("Age", designs.open(v1.id()).definition().weightingVariables().get(0).label());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), page.selectFirst("#variable-ward form:has(input[value=remove-variable])"))
                .status());
        assertEquals(1, designs.open(v1.id()).definition().weightingVariables().size());
    }

    @Test
    void anEqualitySectionIsAddedAfterAChosenSectionAndAsksTheQuestionsTicked_andAQuestionMovesToAnotherSection() {
        QuestionnaireVersion v1 = importDraft(QuestionnaireFixtures.uniqueKey("form-equality"));
        List<String> standard = uk.gov.safervoices.definitions.load.EqualitySections.standardIds();
        assertTrue(standard.size() >= 3, standard.toString());
        Document page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), page.getElementById("add-section"), "sectionId", "about_you",
                "sectionTitle", "About you", "after", "safety", "sectionKind", "equality",
                "equalityQuestions", standard.get(0), "equalityQuestions", standard.get(2)).status());
        Document edited = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(List.of("safety", "about_you", "priorities"), designs.open(v1.id()).sections().stream()
                .map(w -> w.id()).toList());
        var equality = designs.open(v1.id()).sections().get(1);
        assertTrue(equality.isEquality());
        assertEquals(List.of(standard.get(0), standard.get(2)), equality.equality().standardIds());

        Element form = edited.selectFirst("#section-about_you form:has(input[value=equality-questions])");
        assertEquals(2, form.select("input[name=equalityQuestions][checked]").size());
        assertEquals(303, post(v1.id(), form, "equalityQuestions", standard.get(1)).status());
        assertEquals(List.of(standard.get(1)), designs.open(v1.id()).sections().get(1).equality().standardIds());

        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), page.getElementById("add-section"), "sectionId", "end",
                "sectionTitle", "The end").status());
        assertEquals(List.of("safety", "about_you", "priorities", "end"), designs.open(v1.id()).sections().stream()
                .map(w -> w.id()).toList(), "a section of questions, at the end by default");

        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        Element moveTo = page.selectFirst("#question-places form:has(input[value=move-question-to])");
        assertEquals(List.of("priorities", "end"), moveTo.select("select[name=toSection] option").eachAttr("value"),
                "not its own section nor the equality one");
        assertEquals(303, post(v1.id(), moveTo, "toSection", "priorities").status());
        Questionnaire q = designs.open(v1.id()).definition();
        assertEquals("priorities", q.sectionOf("places").orElseThrow().id());
        var priorities = q.sections().stream().filter(s -> s.id().equals("priorities")).findFirst().orElseThrow();
        assertEquals("places", priorities.questions().get(priorities.questions().size() - 1).id(), "last there");
    }

    /** Posts the form as a browser would (ticked boxes only), a name in the overrides replacing all its values. */
    @Test
    void anAreaQuestionsLookupAndModeAndPreferNotToSayAreSetOnTheForm() {
        QuestionnaireVersion v1 = importDraft(QuestionnaireFixtures.uniqueKey("form-area"));
        Document page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        Element addQuestion = page.selectFirst("#section-safety form:has(input[name=action][value=add-question])");
        assertEquals(303, post(v1.id(), addQuestion, "questionId", "home_area", "questionType", "area",
                "questionText", "Where do you live?").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertTrue(questionForm(page, "places").select("input[name=lookup]").isEmpty(), "only area questions");
        assertEquals(303, post(v1.id(), questionForm(page, "home_area"), "lookup", "example-borough",
                "areaMode", "ward").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), questionForm(page, "places"), "preferNotToSay", "true").status());

        Questionnaire q = designs.open(v1.id()).definition();
        Question area = q.question("home_area").orElseThrow();
        assertEquals("example-borough", area.lookup());
        assertEquals(Question.AreaMode.WARD, area.areaMode());
        assertTrue(q.question("places").orElseThrow().preferNotToSay());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertTrue(questionForm(page, "home_area").selectFirst("input[name=areaMode][value=ward]").hasAttr("checked"));
        assertTrue(questionForm(page, "places").selectFirst("input[name=preferNotToSay]").hasAttr("checked"));
        assertEquals(303, post(v1.id(), questionForm(page, "places"), "preferNotToSay", "").status());
        assertFalse(designs.open(v1.id()).definition().question("places").orElseThrow().preferNotToSay(),
                "unticked: no longer offered");
    }

    @Test
    void theEqualitySectionsWeightingMapsAreSetOnTheForm() {
        QuestionnaireVersion v1 = importDraft(QuestionnaireFixtures.uniqueKey("form-equality-weighting"));
        Document page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), page.getElementById("add-section"), "sectionId", "about_you",
                "sectionTitle", "About you", "sectionKind", "equality",
                "equalityQuestions", "age", "equalityQuestions", "sex").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), page.getElementById("section-about_you-weighting-age"),
                "weightingVariable", "age_band", "weightingMap", "16-34 | 16-34\n35-64 | 35-64\n65+ | 65+").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), page.getElementById("section-about_you-weighting-sex"),
                "weightingVariable", "sex", "weightingMap", "female | female\nmale | male").status());

        Questionnaire q = designs.open(v1.id()).definition();
        var age = q.question("age").orElseThrow().weighting();
        assertEquals("age_band", age.variable());
        assertEquals(List.of("16-34", "35-64", "65+"), age.bands().stream().map(b -> b.category()).toList());
        assertEquals(Map.of("female", "female", "male", "male"), q.question("sex").orElseThrow().weighting().choices());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals("age_band", page.getElementById("section-about_you-weighting-age")
                .selectFirst("input[name=weightingVariable]").val(), "shown again as saved");

        assertEquals(303, post(v1.id(), page.getElementById("section-about_you-weighting-sex"),
                "weightingVariable", "").status());
        assertNull(designs.open(v1.id()).definition().question("sex").orElseThrow().weighting(), "emptied: removed");
    }

    private StaffBrowser.Page post(long versionId, Element form, String... overrides) {
        List<String> overridden = new ArrayList<>();
        for (int i = 0; i < overrides.length; i += 2) {
            overridden.add(overrides[i]);
        }
        List<String> flat = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            if ((input.attr("type").equals("checkbox") || input.attr("type").equals("radio"))
                    && !input.hasAttr("checked") || input.attr("name").equals("csrfToken")
                    || overridden.contains(input.attr("name"))) {
                continue;
            }
            flat.add(input.attr("name"));
            flat.add(input.tagName().equals("select") ? input.select("option[selected]").val() : input.val());
        }
        flat.addAll(List.of(overrides));
        return browser.postWithToken(StaffRoutes.version(versionId, "edit"), flat.toArray(String[]::new));
    }

    private static Element questionForm(Document document, String questionId) {
        return document.selectFirst("#question-" + questionId + " form:has(input[value=update-question])");
    }

    /** The small survey with a whole number and a date question added to its last section. */
    private QuestionnaireVersion importDraft(String key) {
        String yaml = QuestionnaireFixtures.smallSurvey(key, key) + """
                      - id: years
                        type: whole_number
                        text: How many years have you lived here?
                      - id: when
                        type: date
                        text: When did it happen?
                """;
        return transfers.importFile("test", key + ".yaml", yaml).saved().version();
    }
}
