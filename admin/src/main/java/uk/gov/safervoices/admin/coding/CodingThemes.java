package uk.gov.safervoices.admin.coding;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Looks after a consultation's themes once made (ADR 0023): renames them, merges one into another theme or a concern
 * of the catalogue (its answers recoded), and deletes one no answer has. A theme's stored code never changes, so a
 * rename leaves every coded answer as it is. Each change is audited (codes and names, never residents' words) and
 * moves the consultation's coding revision on in the same transaction, as coding does.
 */
@Singleton
public class CodingThemes {
    /** Answers with a code, among every response of the consultation (included or not: the codes are its record). */
    private static final String CODED = " FROM free_text_code f JOIN response r ON r.id = f.response_id"
            + " WHERE r.consultation_id = ?";

    private final JdbcOperations jdbc;
    private final FreeTextCoding coding;
    private final AuditLog audit;

    CodingThemes(JdbcOperations jdbc, FreeTextCoding coding, AuditLog audit) {
        this.jdbc = jdbc;
        this.coding = coding;
        this.audit = audit;
    }

    /**
     * A theme and how many answers have it.
     *
     * @param code as answers are coded with it ({@code theme:} and its code)
     */
    public record Theme(String code, String name, String description, long answers) {
    }

    /** A theme that cannot be deleted: answers have it. */
    public static class InUseException extends FreeTextCoding.ThemeException {
        private final long answers;

        InUseException(String name, long answers) {
            super("\"" + name + "\" cannot be deleted: " + answers + (answers == 1 ? " answer is" : " answers are")
                    + " coded with it. Merge it into another theme or a concern instead");
            this.answers = answers;
        }

        public long answers() {
            return answers;
        }
    }

    /**
     * What a merge did.
     *
     * @param recoded   answers that now have the target's code instead of the theme's
     * @param collapsed answers that had both: they keep the target's code only
     */
    public record Merged(String target, String targetName, int recoded, int collapsed) {
        public int answers() {
            return recoded + collapsed;
        }
    }

    /** The consultation's themes by name, each with how many answers have it. */
    @Transactional
    public List<Theme> themes(long consultationId) {
        Map<String, Long> counts = jdbc.prepareStatement("SELECT f.code, COUNT(*)" + CODED
                + " AND f.code LIKE 'theme:%' GROUP BY f.code", statement -> {
            statement.setLong(1, consultationId);
            Map<String, Long> found = new HashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.put(row.getString(1), row.getLong(2));
                }
            }
            return found;
        });
        return coding.codebook(consultationId).codes().stream().filter(Codebook.Code::theme)
                .map(c -> new Theme(c.code(), c.name(), c.description(), counts.getOrDefault(c.code(), 0L)))
                .toList();
    }

    /** One of the consultation's themes, by the code answers have ({@code theme:...}). */
    @Transactional
    public Optional<Theme> theme(long consultationId, String code) {
        return coding.codebook(consultationId).code(code).filter(Codebook.Code::theme)
                .map(c -> new Theme(c.code(), c.name(), c.description(), answers(consultationId, c.code())));
    }

    /**
     * Gives a theme another name and description; its code, and so every answer coded with it, stays.
     *
     * @return whether anything changed
     * @throws FreeTextCoding.ThemeException for a name without words, too long, or another code's name
     * @throws IllegalArgumentException      for a code that is not one of the consultation's themes
     */
    @Transactional
    public boolean rename(String actor, long consultationId, String code, String name, String description) {
        Codebook codebook = coding.codebook(consultationId);
        Codebook.Code theme = codebook.code(code).filter(Codebook.Code::theme)
                .orElseThrow(() -> new IllegalArgumentException("No theme \"" + code + "\" in this consultation"));
        String cleanName = ThemeNames.clean(name);
        String cleanDescription = ThemeNames.cleanDescription(description);
        ThemeNames.refuseTaken(codebook, cleanName, code, "merge this theme into it instead");
        if (cleanName.equals(theme.name()) && Objects.equals(cleanDescription, theme.description())) {
            return false;
        }
        jdbc.prepareStatement("UPDATE coding_theme SET name = ?, description = ? WHERE consultation_id = ?"
                + " AND code = ?", statement -> {
            statement.setString(1, cleanName);
            statement.setString(2, cleanDescription);
            statement.setLong(3, consultationId);
            statement.setString(4, stored(code));
            return statement.executeUpdate();
        });
        audit.record(actor, "coding.theme_renamed", "consultation", consultationId,
                code + ": " + theme.name() + described(theme.description()),
                code + ": " + cleanName + described(cleanDescription));
        coding.changed(consultationId);
        return true;
    }

    /**
     * Gives every answer coded with the theme the target's code instead (an answer that has both keeps one), then
     * deletes the theme. Each answer keeps its place among its codes.
     *
     * @param target another theme of the consultation, or a concern of the catalogue
     * @throws IllegalArgumentException for a code that is not one of the consultation's themes, or a target not in
     *                                  its codebook (or the theme itself)
     */
    @Transactional
    public Merged merge(String actor, long consultationId, String code, String target) {
        Codebook codebook = coding.codebook(consultationId);
        Codebook.Code theme = codebook.code(code).filter(Codebook.Code::theme)
                .orElseThrow(() -> new IllegalArgumentException("No theme \"" + code + "\" in this consultation"));
        Codebook.Code into = codebook.code(target).filter(c -> !c.code().equals(code))
                .orElseThrow(() -> new IllegalArgumentException("No code \"" + target + "\" to merge into"));
        record Coded(long id, long responseId, String questionId) {
        }
        List<Coded> coded = new ArrayList<>();
        Set<List<Object>> hasTarget = new HashSet<>();
        jdbc.prepareStatement("SELECT f.id, f.response_id, f.question_id, f.code" + CODED
                + " AND f.code IN (?, ?)", statement -> {
            statement.setLong(1, consultationId);
            statement.setString(2, code);
            statement.setString(3, target);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    if (row.getString(4).equals(code)) {
                        coded.add(new Coded(row.getLong(1), row.getLong(2), row.getString(3)));
                    } else {
                        hasTarget.add(List.of(row.getLong(2), row.getString(3)));
                    }
                }
            }
            return null;
        });
        List<Long> recode = new ArrayList<>();
        List<Long> collapse = new ArrayList<>();
        for (Coded answer : coded) {
            (hasTarget.contains(List.of(answer.responseId(), answer.questionId())) ? collapse : recode)
                    .add(answer.id());
        }
        batch("UPDATE free_text_code SET code = ? WHERE id = ?", target, recode);
        batch("DELETE FROM free_text_code WHERE id = ?", null, collapse);
        deleteTheme(consultationId, code);
        audit.record(actor, "coding.theme_merged", "consultation", consultationId, code + ": " + theme.name(),
                target + ": " + into.name() + " (" + recode.size() + " answers recoded, " + collapse.size()
                        + " had it already)");
        coding.changed(consultationId);
        return new Merged(target, into.name(), recode.size(), collapse.size());
    }

    /**
     * Deletes a theme no answer has.
     *
     * @throws InUseException           when answers (of any response of the consultation) are coded with it
     * @throws IllegalArgumentException for a code that is not one of the consultation's themes
     */
    @Transactional
    public void delete(String actor, long consultationId, String code) {
        Theme theme = theme(consultationId, code)
                .orElseThrow(() -> new IllegalArgumentException("No theme \"" + code + "\" in this consultation"));
        if (theme.answers() > 0) {
            throw new InUseException(theme.name(), theme.answers());
        }
        deleteTheme(consultationId, code);
        audit.record(actor, "coding.theme_deleted", "consultation", consultationId, code + ": " + theme.name(),
                null);
        coding.changed(consultationId);
    }

    private long answers(long consultationId, String code) {
        return jdbc.prepareStatement("SELECT COUNT(*)" + CODED + " AND f.code = ?", statement -> {
            statement.setLong(1, consultationId);
            statement.setString(2, code);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private void deleteTheme(long consultationId, String code) {
        jdbc.prepareStatement("DELETE FROM coding_theme WHERE consultation_id = ? AND code = ?", statement -> {
            statement.setLong(1, consultationId);
            statement.setString(2, stored(code));
            return statement.executeUpdate();
        });
    }

    /** Runs one statement per id, in a batch: {@code value}, when given, is its first parameter. */
    private void batch(String sql, String value, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            for (long id : ids) {
                int next = 1;
                if (value != null) {
                    statement.setString(next++, value);
                }
                statement.setLong(next, id);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /** The code as coding_theme holds it: without {@code theme:}. */
    private static String stored(String code) {
        return code.substring(Codebook.THEME_PREFIX.length());
    }

    private static String described(String description) {
        return description == null ? "" : " (" + description + ")";
    }
}
