package uk.gov.safervoices.admin.coding;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStatuses;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coded answers to a question as CSV: one row per coded answer, cells a spreadsheet cannot run, audited. */
@MicronautTest(transactional = false)
class CodedAnswersExportTest {
    @Inject CodedAnswersExport export;
    @Inject FreeTextCoding coding;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;
    @Inject ResponseStore store;
    @Inject ResponseStatuses statuses;
    @Inject AuditLog audit;

    @Test
    void eachCodedAnswerIsARowWithItsWordsAndCodesAsNamesAndCodes() throws IOException {
        String key = TestQuestionnaires.uniqueKey("export");
        QuestionnaireVersion version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Export").replace(
                "          - { id: speeding, label: Speeding, concern: speeding }\n",
                "          - { id: speeding, label: Speeding, concern: speeding }\n"
                        + "          - { id: other, label: Other (please say), specify: true }\n"), key + ".yaml");
        Instant now = Instant.now();
        Consultation consultation = consultations.create(new Consultations.NewConsultation(
                TestQuestionnaires.uniqueKey("c"), "Export", "Export", null, null, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(9)), List.of(version.questionnaireId())));
        List<String> words = List.of("=HYPERLINK(\"http://example.invalid\")", "Lights out, \"again\", at night",
                "-1 for the council", "Not coded", "@SUM(A1)", "Marked as spam");
        List<Long> ids = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (String text : words) {
            Map<String, List<String>> raw = new LinkedHashMap<>();
            raw.put("safe_after_dark", List.of("very_safe"));
            raw.put("top.1", List.of("asb"));
            raw.put("top.2", List.of("other"));
            raw.put("top.specify", List.of(text));
            SubmissionOutcome.Accepted accepted = (SubmissionOutcome.Accepted) store.submit(new Submission(
                    consultation, version, Channel.PAPER, null, raw));
            ids.add(accepted.responseId());
            references.add(accepted.reference());
        }
        String theme = coding.createTheme("analyst", consultation.id(), "+Street lighting", null);
        coding.code("analyst", consultation.id(), "top", Map.of(
                ids.get(0), new LinkedHashSet<>(List.of("asb", theme)),
                ids.get(1), Set.of(theme), ids.get(2), Set.of("speeding"), ids.get(4), Set.of("asb"),
                ids.get(5), Set.of("asb")));
        statuses.mark("officer", ids.get(5), ResponseRecord.Status.SPAM, "Spam");

        StringWriter out = new StringWriter();
        long written = export.writeCsv("analyst", new FreeTextAnswers.Scope(consultation.id(), version.id(), "top"),
                coding.codebook(consultation.id()), out);

        assertEquals(4, written, "coded answers of included responses only");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(CodedAnswersExport.HEADER, records.get(0).getParser().getHeaderNames());
        assertEquals(4, records.size());
        CSVRecord first = records.get(0);
        assertEquals(references.get(0), first.get("response"));
        assertEquals("top", first.get("question"));
        assertEquals("2", first.get("rank"));
        assertEquals("'=HYPERLINK(\"http://example.invalid\")", first.get("answer"), "never a formula");
        assertEquals("Anti-social behaviour; +Street lighting", first.get("code_names"));
        assertEquals("asb; theme:street_lighting", first.get("codes"), "in the order given");
        assertEquals("'+Street lighting", records.get(1).get("code_names"), "a name is a cell like any other");
        assertEquals("Lights out, \"again\", at night", records.get(1).get("answer"), "quoted, kept whole");
        assertEquals("'-1 for the council", records.get(2).get("answer"));
        assertEquals("speeding", records.get(2).get("codes"));
        assertEquals("'@SUM(A1)", records.get(3).get("answer"));
        assertFalse(out.toString().contains("Not coded"));
        assertFalse(out.toString().contains("Marked as spam"));

        assertTrue(audit.about("consultation", consultation.id()).stream().anyMatch(e -> e.action()
                .equals("coding.codes_exported") && e.afterValue().equals("questionnaire version " + version.id()
                + ", question top")), "the download is audited");
    }

    @Test
    void cellsStartingWithAFormulaCharacterAreQuoted() {
        for (String cell : List.of("=1+2", "+44 20", "-3", "@A1", "\tx", "\rx")) {
            assertEquals("'" + cell, CodedAnswersExport.safe(cell));
        }
        assertEquals("Lights = out", CodedAnswersExport.safe("Lights = out"));
        assertEquals("", CodedAnswersExport.safe(null));
        assertEquals("", CodedAnswersExport.safe(""));
    }
}
