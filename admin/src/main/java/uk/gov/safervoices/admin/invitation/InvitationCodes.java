package uk.gov.safervoices.admin.invitation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Invitation codes for sample-based surveys: each invited household gets one code, good for one response.
 * Codes are generated in batches, one per mail merge; they are readable only in what {@link #generate} returns
 * (the web layer streams that straight into the download with {@link #writeMailMerge}) and stored only as
 * SHA-256 hashes. Which response used a code is never recorded.
 */
@Singleton
public class InvitationCodes {
    /** 10 characters without look-alikes, printed as XXXXX-XXXXX: about 47 bits, far beyond guessing. */
    private static final char[] ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY".toCharArray();
    public static final int MAX_PER_BATCH = 50_000;

    private final InvitationCodeRepository repository;
    private final InvitationBatchRepository batches;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InvitationCodes(InvitationCodeRepository repository, InvitationBatchRepository batches, AuditLog audit,
                    Clock clock) {
        this.repository = repository;
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes a batch of {@code count} new codes for the consultation and returns them: the only time they are
     * readable. Audited (the count, never the codes).
     */
    @Transactional
    public NewBatch generate(String actor, Consultation consultation, int count) {
        if (count < 1 || count > MAX_PER_BATCH) {
            throw new IllegalArgumentException("Generate between 1 and " + MAX_PER_BATCH + " codes at a time");
        }
        Instant now = clock.instant();
        InvitationBatch batch = batches.save(new InvitationBatch(null, consultation.id(), now, actor, count, null));
        List<InvitationCode> rows = new ArrayList<>(count);
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = newCode();
            codes.add(code);
            rows.add(new InvitationCode(null, consultation.id(), hash(code), now, null, batch.id()));
        }
        repository.saveAll(rows);
        audit.record(actor, "invitation.batch_generated", "consultation", consultation.id(), null,
                "batch " + batch.id() + ": " + count + " codes");
        return new NewBatch(batch.id(), consultation.id(), now, List.copyOf(codes));
    }

    /**
     * Writes a batch's codes as a CSV file for a mail merge (UTF-8 text; columns {@code serial} and {@code code}),
     * row by row to the writer (the HTTP response). The writer is flushed, not closed.
     */
    public static void writeMailMerge(NewBatch batch, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("serial", "code").get());
        int serial = 1;
        for (String code : batch.codes()) {
            printer.printRecord(serial++, code);
        }
        printer.flush();
    }

    /**
     * Withdraws the unused codes of a batch (a lost or misprinted mail merge): they stop working and are deleted;
     * codes already used stay counted.
     *
     * @return how many codes were withdrawn
     */
    @Transactional
    public int withdraw(String actor, Consultation consultation, long batchId) {
        InvitationBatch batch = batches.findById(batchId).filter(b -> b.consultationId().equals(consultation.id()))
                .orElseThrow(() -> new IllegalArgumentException("No batch " + batchId + " for this consultation"));
        int withdrawn = repository.deleteUnusedInBatch(batchId);
        if (batch.withdrawnAt() == null) {
            batches.update(batch.withdrawn(clock.instant()));
        }
        audit.record(actor, "invitation.batch_withdrawn", "consultation", consultation.id(), null,
                "batch " + batchId + ": " + withdrawn + " unused codes withdrawn");
        return withdrawn;
    }

    /** Each batch of the consultation, oldest first, with how many of its codes were used: counts, never who. */
    public List<BatchUsage> batches(Consultation consultation) {
        Map<Long, BatchCounts> counts = batches.countByBatch(consultation.id()).stream()
                .filter(c -> c.batchId() != null).collect(Collectors.toMap(BatchCounts::batchId, Function.identity()));
        return batches.findByConsultationIdOrderById(consultation.id()).stream().map(batch -> {
            BatchCounts count = counts.getOrDefault(batch.id(), new BatchCounts(batch.id(), 0, 0));
            return new BatchUsage(batch.id(), batch.createdAt(), batch.createdBy(), batch.codeCount(),
                    count.usedCodes(), count.unusedCodes(), batch.withdrawnAt());
        }).toList();
    }

    /** The id of an unused code of this consultation, if the code typed is one. */
    public Optional<Long> unusedCode(Consultation consultation, String typed) {
        String normalised = normalise(typed);
        if (normalised.length() != 10) {
            return Optional.empty();
        }
        return repository.findByCodeHash(hash(normalised))
                .filter(c -> c.consultationId().equals(consultation.id()) && c.usedAt() == null)
                .map(InvitationCode::id);
    }

    /** Uses the code (call inside the transaction that stores the response); false if it was already used. */
    public boolean use(long codeId) {
        return repository.markUsed(codeId, clock.instant()) == 1;
    }

    /** Codes of the consultation still on record (withdrawn ones are not), and how many of them were used. */
    public Usage usage(Consultation consultation) {
        return new Usage(repository.countByConsultationId(consultation.id()),
                repository.countByConsultationIdAndUsedAtIsNotNull(consultation.id()));
    }

    public record Usage(long issued, long used) {
    }

    /** A batch just generated: the plain codes exist only here, never in the database. */
    public record NewBatch(long batchId, long consultationId, Instant createdAt, List<String> codes) {
    }

    /**
     * @param generated how many codes the batch was made with
     * @param unused    codes that still work
     * @param withdrawn when its unused codes were withdrawn, or null
     */
    public record BatchUsage(long batchId, Instant createdAt, String createdBy, int generated, long used,
                             long unused, Instant withdrawn) {
    }

    static String normalise(String code) {
        return code == null ? "" : code.toUpperCase().replaceAll("[^A-Z0-9]", "");
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
