package uk.gov.safervoices.admin.invitation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.consultation.Consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Invitation codes for sample-based surveys: each invited household gets one code, good for one response.
 * Codes are shown once when generated (for the mail merge) and stored only as SHA-256 hashes.
 */
@Singleton
public class InvitationCodes {
    /** 10 characters without look-alikes, printed as XXXXX-XXXXX: about 47 bits, far beyond guessing. */
    private static final char[] ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY".toCharArray();
    public static final int MAX_PER_BATCH = 50_000;

    private final InvitationCodeRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InvitationCodes(InvitationCodeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Makes {@code count} new codes for the consultation and returns them (the only time they are readable). */
    @Transactional
    public List<String> generate(Consultation consultation, int count) {
        if (count < 1 || count > MAX_PER_BATCH) {
            throw new IllegalArgumentException("Generate between 1 and " + MAX_PER_BATCH + " codes at a time");
        }
        List<InvitationCode> rows = new ArrayList<>(count);
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = newCode();
            codes.add(code);
            rows.add(new InvitationCode(null, consultation.id(), hash(code), clock.instant(), null));
        }
        repository.saveAll(rows);
        return codes;
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

    public Usage usage(Consultation consultation) {
        return new Usage(repository.countByConsultationId(consultation.id()),
                repository.countByConsultationIdAndUsedAtIsNotNull(consultation.id()));
    }

    public record Usage(long issued, long used) {
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
