package uk.gov.safervoices.admin.concern;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.load.LoadResult;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What maps to each concern: every stored questionnaire version's choices and grid items (drafts and old versions
 * too: responses to them are analysed by concern), the police crime types, the recorded priorities decisions,
 * residents' answers coded with it, and the partnership's scores in priority matrices.
 * A version is read once (by id and hash); one that does not read is searched for {@code concern:} lines.
 */
@Singleton
class ConcernUses {
    private static final Pattern CONCERN_LINE = Pattern.compile("\\bconcern:\\s*[\"']?([a-z][a-z0-9_]*)");
    private final JdbcOperations jdbc;
    private final QuestionnaireLoader loader;
    private final Map<String, List<String[]>> byVersion = new ConcurrentHashMap<>();

    ConcernUses(JdbcOperations jdbc, QuestionnaireLoader loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    @Transactional
    List<ConcernUse> all() {
        List<ConcernUse> uses = new ArrayList<>(questionnaires());
        jdbc.prepareStatement("SELECT crime_type, concern_code FROM crime_type_mapping WHERE concern_code IS NOT NULL"
                + " ORDER BY crime_type", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    uses.add(new ConcernUse(ConcernUse.Kind.CRIME_TYPE, result.getString(2), "Police crime type \""
                            + result.getString(1) + "\""));
                }
            }
            return null;
        });
        jdbc.prepareStatement("SELECT DISTINCT d.plan_year, i.concern_code FROM priority_decision_item i JOIN"
                + " priority_decision d ON d.id = i.decision_id ORDER BY d.plan_year", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    uses.add(new ConcernUse(ConcernUse.Kind.DECISION, result.getString(2), "Priorities decision for "
                            + result.getString(1)));
                }
            }
            return null;
        });
        jdbc.prepareStatement("SELECT code, COUNT(*) FROM free_text_code GROUP BY code ORDER BY code", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    uses.add(new ConcernUse(ConcernUse.Kind.CODED_ANSWERS, result.getString(1), String.format(
                            java.util.Locale.UK, "%,d residents' answers coded with it", result.getLong(2))));
                }
            }
            return null;
        });
        jdbc.prepareStatement("SELECT DISTINCT plan_year, concern_code FROM priority_matrix_score"
                + " ORDER BY plan_year", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    uses.add(new ConcernUse(ConcernUse.Kind.MATRIX_SCORES, result.getString(2),
                            "The partnership's scores in the priority matrix for " + result.getString(1)));
                }
            }
            return null;
        });
        return uses;
    }

    private List<ConcernUse> questionnaires() {
        List<ConcernUse> uses = new ArrayList<>();
        jdbc.prepareStatement("SELECT v.id, v.source_sha256, v.version_number, v.status, q.title, v.source_yaml, q.questionnaire_key FROM"
                + " questionnaire_version v JOIN questionnaire q ON q.id = v.questionnaire_id"
                + " ORDER BY q.title, v.version_number", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String where = result.getString(5) + ", version " + result.getInt(3)
                            + ("DRAFT".equals(result.getString(4)) ? " (draft)" : "");
                    String key = result.getLong(1) + ":" + result.getString(2);
                    List<String[]> mappings = byVersion.get(key);
                    if (mappings == null) {
                        mappings = read(result.getString(6), result.getString(7) + ".yaml");
                        byVersion.put(key, mappings);
                    }
                    for (String[] mapping : mappings) {
                        uses.add(new ConcernUse(ConcernUse.Kind.QUESTIONNAIRE, mapping[0], where + ": "
                                + mapping[1]));
                    }
                }
            }
            return null;
        });
        return uses;
    }

    /** Each (concern code, "question q1, choice Label") of a version's text. */
    private List<String[]> read(String yaml, String fileName) {
        LoadResult result = loader.parse(yaml, fileName);
        List<String[]> mappings = new ArrayList<>();
        if (result.questionnaire().isPresent()) {
            Questionnaire questionnaire = result.questionnaire().get();
            questionnaire.questionStream().forEach(question -> mappings.addAll(of(question)));
            return List.copyOf(mappings);
        }
        Set<String> codes = new LinkedHashSet<>();
        Matcher matcher = CONCERN_LINE.matcher(yaml);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        codes.forEach(code -> mappings.add(new String[] {code, "a version with problems names it"}));
        return List.copyOf(mappings);
    }

    private static List<String[]> of(Question question) {
        List<String[]> mappings = new ArrayList<>();
        for (Choice choice : question.choices() == null ? List.<Choice>of() : question.choices()) {
            if (choice.concern() != null) {
                mappings.add(new String[] {choice.concern(), "question " + question.id() + ", choice \""
                        + choice.label() + "\""});
            }
        }
        for (GridItem item : question.items() == null ? List.<GridItem>of() : question.items()) {
            if (item.concern() != null) {
                mappings.add(new String[] {item.concern(), "question " + question.id() + ", item \"" + item.label()
                        + "\""});
            }
        }
        return mappings;
    }
}
