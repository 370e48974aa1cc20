package uk.gov.safervoices.admin.plan;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.database.DuplicateKey;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.Evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plan summaries (issue 7, ADR 0027): one draft per plan year, and published versions that are never edited. The
 * draft is written by staff; "You said" and the priorities come from the plan year's current decision, whose evidence
 * was frozen when it was recorded, so published figures never drift.
 */
@Singleton
public class PlanSummaries {
    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final Decisions decisions;
    private final AuditLog audit;
    private final Clock clock;
    private final int minimumBase;

    PlanSummaries(JdbcOperations jdbc, ObjectMapper json, Decisions decisions, AuditLog audit, Clock clock,
                  @Value("${safervoices.publish.minimum-base:30}") int minimumBase) {
        this.jdbc = jdbc;
        this.json = json;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
        this.minimumBase = minimumBase;
    }

    /** A draft as saved, with the revision a change must be made on (0: none saved yet). */
    public record SavedDraft(String planYear, PlanDraft draft, int revision, String updatedBy, Instant updatedAt) {
    }

    /** A published version. {@code correctionNote} is null for the first. */
    public record Version(String planYear, int version, long decisionId, PlanContent content, String correctionNote,
                          String publishedBy, Instant publishedAt) {
    }

    /** Thrown when the draft changed since the form was opened. */
    public static class StaleException extends RuntimeException {
        public StaleException(String planYear) {
            super("The plan summary for " + planYear + " was changed by someone else meanwhile");
        }
    }

    /**
     * Thrown when another publication of the plan year, at the same moment, took the version number first (the
     * unique key on plan year and version refuses the second). Nothing of this publication is kept.
     */
    public static class PublishedMeanwhileException extends RuntimeException {
        public PublishedMeanwhileException(String planYear) {
            super("Someone else published the plan summary for " + planYear + " meanwhile");
        }
    }

    /** Thrown when a plan year has no current decision to summarise. */
    public static class NoDecisionException extends RuntimeException {
        public NoDecisionException(String planYear) {
            super("No priorities have been recorded for " + planYear);
        }
    }

    public int minimumBase() {
        return minimumBase;
    }

    @Transactional
    public Optional<SavedDraft> draft(String planYear) {
        return jdbc.prepareStatement("SELECT content, revision, updated_by, updated_at FROM plan_summary_draft"
                + " WHERE plan_year = ?", statement -> {
            statement.setString(1, planYear);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SavedDraft(planYear, read(row.getString(1), PlanDraft.class), row.getInt(2),
                        row.getString(3), row.getTimestamp(4).toInstant()));
            }
        });
    }

    /** Saves the draft; {@code revision} is the one the form was opened on (0 when there was none). */
    @Transactional
    public SavedDraft saveDraft(String actor, String planYear, int revision, PlanDraft draft) {
        Optional<SavedDraft> before = draft(planYear);
        String content = write(draft);
        Timestamp now = Timestamp.from(clock.instant());
        int changed;
        if (before.isEmpty()) {
            if (revision != 0) {
                throw new StaleException(planYear);
            }
            changed = jdbc.prepareStatement("INSERT INTO plan_summary_draft (plan_year, content, revision, updated_by,"
                    + " updated_at) VALUES (?, ?, 1, ?, ?)", statement -> {
                statement.setString(1, planYear);
                statement.setString(2, content);
                statement.setString(3, actor);
                statement.setTimestamp(4, now);
                return statement.executeUpdate();
            });
        } else {
            changed = jdbc.prepareStatement("UPDATE plan_summary_draft SET content = ?, revision = revision + 1,"
                    + " updated_by = ?, updated_at = ? WHERE plan_year = ? AND revision = ?", statement -> {
                statement.setString(1, content);
                statement.setString(2, actor);
                statement.setTimestamp(3, now);
                statement.setString(4, planYear);
                statement.setInt(5, revision);
                return statement.executeUpdate();
            });
        }
        if (changed != 1) {
            throw new StaleException(planYear);
        }
        audit.record(actor, "plan.draft_saved", "plan_summary", planYear, null, summary(draft));
        return draft(planYear).orElseThrow();
    }

    /** The summary as it would be published now: the draft (or nothing written yet) with the current decision. */
    @Transactional
    public PlanContent preview(String planYear, List<PlanContent.MeetingHeld> meetings) {
        Decisions.Decision decision = decisions.current(planYear)
                .orElseThrow(() -> new NoDecisionException(planYear));
        PlanDraft draft = draft(planYear).map(SavedDraft::draft).orElse(PlanDraft.EMPTY);
        return content(planYear, decision, draft, meetings);
    }

    /**
     * Publishes the summary as it stands as the plan year's next version. A first version needs no note; every later
     * one is a correction and must say what was corrected.
     *
     * @throws PublishedMeanwhileException when another publication of the plan year took that version number first
     */
    @Transactional
    public Version publish(String actor, String planYear, String correctionNote,
                           List<PlanContent.MeetingHeld> meetings) {
        PlanContent content = preview(planYear, meetings);
        int next = versions(planYear).size() + 1;
        String note = correctionNote == null || correctionNote.isBlank() ? null : correctionNote.strip();
        if (next > 1 && note == null) {
            throw new IllegalArgumentException("A corrected version must say what was corrected");
        }
        boolean inserted = jdbc.prepareStatement("INSERT INTO plan_summary_version (plan_year, version, decision_id,"
                + " content, correction_note, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, planYear);
            statement.setInt(2, next);
            statement.setLong(3, content.decisionId());
            statement.setString(4, write(content));
            statement.setString(5, next == 1 ? null : note);
            statement.setString(6, actor);
            statement.setTimestamp(7, Timestamp.from(clock.instant()));
            try {
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                if (DuplicateKey.on(e, "uq_plan_summary_version")) {
                    return false;
                }
                throw e;
            }
        });
        if (!inserted) {
            throw new PublishedMeanwhileException(planYear);
        }
        audit.record(actor, next == 1 ? "plan.published" : "plan.corrected", "plan_summary", planYear, null,
                "version " + next + (note == null ? "" : ": " + note));
        return version(planYear, next).orElseThrow();
    }

    /** Every published version of a plan year, first to latest (without their content). */
    @Transactional
    public List<Version> versions(String planYear) {
        return select("WHERE plan_year = ? ORDER BY version", false, planYear);
    }

    @Transactional
    public Optional<Version> version(String planYear, int version) {
        return select("WHERE plan_year = ? AND version = ?", true, planYear, version).stream().findFirst();
    }

    @Transactional
    public Optional<Version> latest(String planYear) {
        List<Version> all = versions(planYear);
        return all.isEmpty() ? Optional.empty() : version(planYear, all.get(all.size() - 1).version());
    }

    /** The plan years with a published summary, latest first. */
    @Transactional
    public List<String> publishedYears() {
        return jdbc.prepareStatement("SELECT DISTINCT plan_year FROM plan_summary_version ORDER BY plan_year DESC",
                statement -> {
                    List<String> years = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            years.add(row.getString(1));
                        }
                    }
                    return years;
                });
    }

    /**
     * The latest plan year whose published summary (its latest version) took residents' views from this
     * consultation: where "We asked, you said, we did" is told.
     */
    @Transactional
    public Optional<String> yearUsing(long consultationId) {
        return jdbc.prepareStatement("SELECT v.plan_year FROM plan_summary_version v JOIN priority_decision d"
                + " ON d.id = v.decision_id WHERE d.consultation_id = ? AND v.version = (SELECT MAX(w.version)"
                + " FROM plan_summary_version w WHERE w.plan_year = v.plan_year) ORDER BY v.plan_year DESC",
                statement -> {
                    statement.setLong(1, consultationId);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                    }
                });
    }

    private List<Version> select(String where, boolean withContent, Object... parameters) {
        return jdbc.prepareStatement("SELECT plan_year, version, decision_id, " + (withContent ? "content" : "NULL")
                + ", correction_note, published_by, published_at FROM plan_summary_version " + where, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Version> versions = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String content = row.getString(4);
                    versions.add(new Version(row.getString(1), row.getInt(2), row.getLong(3),
                            content == null ? null : read(content, PlanContent.class), row.getString(5),
                            row.getString(6), row.getTimestamp(7).toInstant()));
                }
            }
            return versions;
        });
    }

    private PlanContent content(String planYear, Decisions.Decision decision, PlanDraft draft,
                                List<PlanContent.MeetingHeld> meetings) {
        Evidence evidence = decision.evidence();
        List<PlanContent.ConcernFigure> figures = new ArrayList<>();
        for (Evidence.ConcernEvidence concern : evidence.concerns()) {
            figures.add(new PlanContent.ConcernFigure(concern.code(), concern.name(), concern.rank(),
                    concern.bordaMean(), concern.bordaLower(), concern.bordaUpper(), concern.mentionShare(),
                    concern.mentionLower(), concern.mentionUpper(), concern.mentions(), concern.rankLower(),
                    concern.rankUpper(), concern.mentions() < minimumBase));
        }
        Map<String, String> names = new java.util.HashMap<>();
        evidence.concerns().forEach(c -> names.put(c.code(), c.name()));
        if (evidence.matrix() != null) {
            evidence.matrix().rows().forEach(r -> names.putIfAbsent(r.concern(), r.name()));
        }
        List<PlanContent.Priority> priorities = decision.priorities().stream().map(p -> new PlanContent.Priority(
                p.concern(), names.getOrDefault(p.concern(), p.concern()), p.rationale(),
                draft.actions().getOrDefault(p.concern(), List.of()))).toList();
        return new PlanContent(planYear, draft.introduction(), decision.id(), decision.meeting(),
                decision.decidedOn(), new PlanContent.YouSaid(evidence.consultation(), evidence.question(),
                evidence.scheme(), evidence.respondents(), evidence.rankers(), evidence.replicates(),
                evidence.computedAt(), figures), priorities, draft.measures(), meetings, minimumBase);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(PlanDraft draft) {
        int actions = draft.actions().values().stream().mapToInt(List::size).sum();
        return actions + " actions, " + draft.measures().size() + " measures";
    }
}
