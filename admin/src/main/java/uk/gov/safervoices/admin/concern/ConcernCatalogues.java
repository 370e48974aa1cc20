package uk.gov.safervoices.admin.concern;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.definitions.LiveCatalogue;
import uk.gov.safervoices.definitions.design.CatalogueEdits;
import uk.gov.safervoices.definitions.load.CatalogueFile;
import uk.gov.safervoices.definitions.load.DefinitionException;
import uk.gov.safervoices.definitions.model.Concern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The concern catalogue as staff edit it (ADR 0024): the latest stored version of catalogue/concerns.yaml is the
 * catalogue. Adding a concern, changing one's name and description, or deleting an unused one (its code is retired)
 * each save a new version, after checking that nobody saved since the page was opened (the SHA-256 it showed), and
 * are audited. The {@link LiveCatalogue} follows each save at once on this node, and within
 * {@code safervoices.catalogue.refresh} (30 s) on others.
 */
@Singleton
public class ConcernCatalogues {
    private static final Logger LOG = LoggerFactory.getLogger(ConcernCatalogues.class);
    static final String SUBJECT = "concern";

    private final CatalogueVersions versions;
    private final ConcernUses uses;
    private final LiveCatalogue live;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    ConcernCatalogues(CatalogueVersions versions, ConcernUses uses, LiveCatalogue live, AuditLog audit, Clock clock,
                      TransactionOperations<Connection> transactions) {
        this.versions = versions;
        this.uses = uses;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The catalogue in force and its file, as stored (the shipped file before start-up stored it). */
    public Current current() {
        Optional<CatalogueVersion> latest = transactions.executeRead(status -> versions.latest());
        return latest.map(version -> new Current(version, CatalogueFile.read(version.yaml())))
                .orElseThrow(() -> new IllegalStateException("The concern catalogue has not been stored yet"));
    }

    /** The latest version and its file. */
    public record Current(CatalogueVersion version, CatalogueFile file) {
    }

    /** What was saved, or why nothing was: problems with what was typed, or the concern is in use. */
    public record Outcome(CatalogueVersion saved, List<CatalogueEdits.Problem> problems, List<ConcernUse> inUse) {
        public boolean ok() {
            return saved != null;
        }
    }

    /** Everything that maps to a concern, for the catalogue page and the delete check. */
    public List<ConcernUse> uses() {
        return uses.all();
    }

    /**
     * Adds a concern.
     *
     * @param expectedSha the SHA-256 of the version the page showed
     * @throws CatalogueConflictException when another version was saved since; nothing is saved
     */
    public Outcome add(String actor, String expectedSha, String code, String name, String description) {
        return save(actor, expectedSha, file -> CatalogueEdits.add(file, code, name, description), saved -> {
            Concern added = saved.catalogue().concern(CatalogueEdits.tidy(code)).orElseThrow();
            return new Change("concern.added", added.code(), describe(added));
        });
    }

    /** Changes a concern's name and description (never its code). */
    public Outcome change(String actor, String expectedSha, String code, String name, String description) {
        return save(actor, expectedSha, file -> {
            if (!file.catalogue().contains(code)) {
                throw new IllegalArgumentException("No concern " + code);
            }
            return CatalogueEdits.change(file, code, name, description);
        }, saved -> new Change("concern.changed", code, describe(saved.catalogue().concern(code).orElseThrow())));
    }

    /** Deletes a concern nothing maps to; its code is retired, never to be used again. */
    public Outcome delete(String actor, String expectedSha, String code) {
        List<ConcernUse> inUse = uses.all().stream().filter(use -> use.concernCode().equals(code)).toList();
        if (!inUse.isEmpty()) {
            return new Outcome(null, List.of(), inUse);
        }
        return save(actor, expectedSha, file -> {
            if (!file.catalogue().contains(code)) {
                throw new IllegalArgumentException("No concern " + code);
            }
            return CatalogueEdits.delete(file, code);
        }, saved -> new Change("concern.deleted", code, "deleted; code retired"));
    }

    private record Change(String action, String code, String after) {
    }

    private Outcome save(String actor, String expectedSha, Function<CatalogueFile, CatalogueEdits.Outcome> edit,
                         Function<CatalogueFile, Change> change) {
        Outcome outcome = transactions.executeWrite(status -> {
            CatalogueVersion latest = versions.latestForUpdate().orElseThrow();
            if (expectedSha == null || !latest.sha256().equals(expectedSha)) {
                throw new CatalogueConflictException(latest);
            }
            CatalogueFile file = CatalogueFile.read(latest.yaml());
            CatalogueEdits.Outcome edited = edit.apply(file);
            if (!edited.accepted()) {
                return new Outcome(null, edited.problems(), List.of());
            }
            Change made = change.apply(edited.file());
            String before = file.catalogue().concern(made.code()).map(ConcernCatalogues::describe).orElse(null);
            CatalogueVersion saved = versions.insert(latest.versionNumber() + 1, edited.file().text(),
                    sha256(edited.file().text()), actor, clock.instant(), made.action() + " " + made.code());
            audit.record(actor, made.action(), SUBJECT, made.code(), before, made.after() + " (catalogue version "
                    + saved.versionNumber() + ")");
            return new Outcome(saved, List.of(), List.of());
        });
        if (outcome.ok()) {
            live.set(CatalogueFile.read(outcome.saved().yaml()).catalogue(), outcome.saved().versionNumber());
        }
        return outcome;
    }

    /**
     * At start-up: stores the shipped catalogue as the first version, or as a new version when it changed and
     * staff have not edited the catalogue (once they have, the stored catalogue is theirs, as with questionnaires);
     * then puts the latest version in force.
     */
    public void syncShipped(String shippedText) {
        CatalogueFile shipped = CatalogueFile.read(shippedText);
        if (!shipped.valid()) {
            throw new DefinitionException(shipped.errors());
        }
        CatalogueVersion latest = transactions.executeWrite(status -> {
            Optional<CatalogueVersion> stored = versions.latestForUpdate();
            String sha = sha256(shippedText);
            if (stored.isEmpty() || stored.get().fromShippedFile() && !stored.get().sha256().equals(sha)) {
                return versions.insert(stored.map(v -> v.versionNumber() + 1).orElse(1), shippedText, sha, null,
                        clock.instant(), "shipped catalogue/concerns.yaml");
            }
            return stored.get();
        });
        putInForce(latest);
    }

    /** Puts a newer stored version in force, when another node saved one (every 30 s by default). */
    @Scheduled(fixedDelay = "${safervoices.catalogue.refresh:30s}", initialDelay = "${safervoices.catalogue.refresh:30s}")
    public void refresh() {
        Optional<Integer> number = transactions.executeRead(status -> versions.latestNumber());
        if (number.isPresent() && !number.get().equals(live.versionNumber())) {
            transactions.executeRead(status -> versions.latest()).ifPresent(this::putInForce);
        }
    }

    private void putInForce(CatalogueVersion version) {
        CatalogueFile file = CatalogueFile.read(version.yaml());
        if (!file.valid()) {
            LOG.error("Concern catalogue version {} does not read: {}", version.versionNumber(), file.errors());
            return;
        }
        live.set(file.catalogue(), version.versionNumber());
    }

    static String describe(Concern concern) {
        return concern.name() + (concern.description() == null ? "" : ": " + concern.description());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
