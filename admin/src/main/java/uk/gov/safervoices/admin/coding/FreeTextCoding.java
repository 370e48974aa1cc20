package uk.gov.safervoices.admin.coding;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives residents' free-text answers codes (ADR 0023): concerns of the catalogue or the consultation's themes. Every
 * change is audited (the response's reference, the question and the codes, never the words) and moves the
 * consultation's coding revision on in the same transaction, so ranked concerns computed before it are not reused.
 */
@Singleton
public class FreeTextCoding {
    private final JdbcOperations jdbc;
    private final DefinitionLibrary library;
    private final AuditLog audit;
    private final Clock clock;

    FreeTextCoding(JdbcOperations jdbc, DefinitionLibrary library, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.library = library;
        this.audit = audit;
        this.clock = clock;
    }

    /** A theme that cannot be made as asked, with a sentence saying why. */
    public static class ThemeException extends RuntimeException {
        public ThemeException(String message) {
            super(message);
        }
    }

    /** The catalogue's concerns, then the consultation's themes by name. */
    @Transactional
    public Codebook codebook(long consultationId) {
        List<Codebook.Code> codes = new ArrayList<>();
        library.catalogue().concerns().forEach(c -> codes.add(new Codebook.Code(c.code(), c.name(), c.description(),
                false)));
        jdbc.prepareStatement("SELECT code, name, description FROM coding_theme WHERE consultation_id = ?"
                + " ORDER BY name, id", statement -> {
            statement.setLong(1, consultationId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    codes.add(new Codebook.Code(Codebook.THEME_PREFIX + row.getString(1), row.getString(2),
                            row.getString(3), true));
                }
            }
            return null;
        });
        return new Codebook(codes);
    }

    /**
     * Makes a theme for the consultation.
     *
     * @return its code, as answers are coded with it ({@code theme:} and a code made from the name)
     * @throws ThemeException if the name is blank, too long, or already a theme's or a catalogue concern's
     */
    @Transactional
    public String createTheme(String actor, long consultationId, String name, String description) {
        String trimmed = ThemeNames.clean(name);
        Codebook codebook = codebook(consultationId);
        ThemeNames.refuseTaken(codebook, trimmed, null, "tick it instead");
        String base = trimmed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        base = base.isEmpty() ? "theme" : base.length() > 56 ? base.substring(0, 56) : base;
        String code = base;
        for (int n = 2; codebook.contains(Codebook.THEME_PREFIX + code); n++) {
            code = base + "_" + n;
        }
        String stored = code;
        String cleanDescription = ThemeNames.cleanDescription(description);
        jdbc.prepareStatement("INSERT INTO coding_theme (consultation_id, code, name, description, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
            statement.setLong(1, consultationId);
            statement.setString(2, stored);
            statement.setString(3, trimmed);
            statement.setString(4, cleanDescription);
            statement.setString(5, actor);
            statement.setTimestamp(6, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
        audit.record(actor, "coding.theme_created", "consultation", consultationId, null,
                Codebook.THEME_PREFIX + stored + ": " + trimmed);
        changed(consultationId);
        return Codebook.THEME_PREFIX + stored;
    }

    /**
     * Sets the codes of answers to one question: each response's answer gets exactly the codes given (an empty set
     * removes its codes). Responses without free text for the question in this consultation are refused.
     *
     * @return how many answers' codes changed
     * @throws IllegalArgumentException for a code not in the consultation's codebook, or a response that has no
     *                                  such answer
     */
    @Transactional
    public int code(String actor, long consultationId, String questionId, Map<Long, Set<String>> codesByResponse) {
        Codebook codebook = codebook(consultationId);
        int changed = 0;
        for (Map.Entry<Long, Set<String>> entry : codesByResponse.entrySet()) {
            for (String code : entry.getValue()) {
                if (!codebook.contains(code)) {
                    throw new IllegalArgumentException("No code \"" + code + "\" for this consultation");
                }
            }
            changed += set(actor, consultationId, questionId, entry.getKey(), entry.getValue(), false) ? 1 : 0;
        }
        if (changed > 0) {
            changed(consultationId);
        }
        return changed;
    }

    /**
     * Adds a code to the answers of these responses (keeping the codes they have): "every answer containing word X".
     *
     * @return how many answers gained it
     */
    @Transactional
    public int addToAll(String actor, long consultationId, String questionId, List<Long> responseIds, String code,
                        String why) {
        if (!codebook(consultationId).contains(code)) {
            throw new IllegalArgumentException("No code \"" + code + "\" for this consultation");
        }
        int added = 0;
        for (long responseId : responseIds) {
            added += set(actor, consultationId, questionId, responseId, Set.of(code), true) ? 1 : 0;
        }
        if (added > 0) {
            audit.record(actor, "coding.code_applied_to_all", "consultation", consultationId, null,
                    questionId + ": " + code + " added to " + added + " answers " + why);
            changed(consultationId);
        }
        return added;
    }

    /** The consultation's coding revision: 0 until something is coded. */
    @Transactional
    public long revision(long consultationId) {
        return jdbc.prepareStatement("SELECT revision FROM coding_revision WHERE consultation_id = ?", statement -> {
            statement.setLong(1, consultationId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
    }

    private record Place(String reference, String choiceId, Integer rank) {
    }

    /** Gives one answer these codes (or adds them); audited one by one unless added in bulk. */
    private boolean set(String actor, long consultationId, String questionId, long responseId, Set<String> codes,
                        boolean adding) {
        Place place = place(consultationId, questionId, responseId);
        List<String> before = jdbc.prepareStatement("SELECT code FROM free_text_code WHERE response_id = ?"
                + " AND question_id = ? ORDER BY id", statement -> {
            statement.setLong(1, responseId);
            statement.setString(2, questionId);
            List<String> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(row.getString(1));
                }
            }
            return found;
        });
        Set<String> after = new LinkedHashSet<>(adding ? before : List.of());
        after.addAll(codes);
        if (after.equals(new LinkedHashSet<>(before))) {
            return false;
        }
        for (String code : before) {
            if (!after.contains(code)) {
                jdbc.prepareStatement("DELETE FROM free_text_code WHERE response_id = ? AND question_id = ?"
                        + " AND code = ?", statement -> {
                    statement.setLong(1, responseId);
                    statement.setString(2, questionId);
                    statement.setString(3, code);
                    return statement.executeUpdate();
                });
            }
        }
        for (String code : after) {
            if (!before.contains(code)) {
                insert(actor, questionId, responseId, place, code);
            }
        }
        if (!adding) {
            audit.record(actor, "coding.answer_coded", "response", place.reference(),
                    questionId + ": " + String.join(", ", before), questionId + ": " + String.join(", ", after));
        }
        return true;
    }

    private void insert(String actor, String questionId, long responseId, Place place, String code) {
        jdbc.prepareStatement("INSERT INTO free_text_code (response_id, question_id, choice_id, rank_position, code,"
                + " coded_by, coded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setLong(1, responseId);
            statement.setString(2, questionId);
            statement.setString(3, place.choiceId());
            if (place.rank() == null) {
                statement.setNull(4, java.sql.Types.INTEGER);
            } else {
                statement.setInt(4, place.rank());
            }
            statement.setString(5, code);
            statement.setString(6, actor);
            statement.setTimestamp(7, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
    }

    /** Where the response's free text for the question is; refused when it has none in this consultation. */
    private Place place(long consultationId, String questionId, long responseId) {
        Place found = jdbc.prepareStatement("SELECT r.reference, a.choice_id, a.rank_position FROM response_answer a"
                + " USE INDEX (ix_answer_response_question)"
                + " JOIN response r ON r.id = a.response_id WHERE a.response_id = ? AND a.question_id = ?"
                + " AND a.text_value IS NOT NULL AND r.consultation_id = ?", statement -> {
            statement.setLong(1, responseId);
            statement.setString(2, questionId);
            statement.setLong(3, consultationId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                int rank = row.getInt(3);
                return new Place(row.getString(1), row.getString(2), row.wasNull() ? null : rank);
            }
        });
        if (found == null) {
            throw new IllegalArgumentException("Response " + responseId + " has no free text for question "
                    + questionId + " in consultation " + consultationId);
        }
        return found;
    }

    /** Moves the consultation's coding revision on: ranked concerns computed before are not reused (ADR 0023). */
    void changed(long consultationId) {
        jdbc.prepareStatement("INSERT INTO coding_revision (consultation_id, revision) VALUES (?, 1)"
                + " ON DUPLICATE KEY UPDATE revision = revision + 1", statement -> {
            statement.setLong(1, consultationId);
            return statement.executeUpdate();
        });
    }
}
