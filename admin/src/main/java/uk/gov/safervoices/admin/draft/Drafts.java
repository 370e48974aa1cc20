package uk.gov.safervoices.admin.draft;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts of residents' responses. A draft is found by the token in the resident's cookie, or by the resume code
 * shown to them; the database holds only SHA-256 hashes of both. Drafts expire when their consultation closes.
 */
@Singleton
public class Drafts {
    private static final Logger LOG = LoggerFactory.getLogger(Drafts.class);
    /** Resume codes: 12 characters without look-alikes, read out or typed as XXXX-XXXX-XXXX (about 57 bits). */
    private static final char[] CODE_ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY".toCharArray();

    private final DraftRepository repository;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Drafts(DraftRepository repository, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    /** A new, empty draft; the returned token goes in the resident's cookie and is not kept anywhere else. */
    public NewDraft create(Consultation consultation, QuestionnaireVersion version, Long invitationCodeId) {
        String token = newToken();
        Instant now = clock.instant();
        DraftRecord saved = repository.save(new DraftRecord(null, hash(token), null, consultation.id(), version.id(),
                write(DraftState.empty()), UUID.randomUUID().toString(), invitationCodeId, null, now, now,
                consultation.closesAt()));
        return new NewDraft(token, toDraft(saved));
    }

    public Optional<Draft> findByToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return repository.findByTokenHash(hash(token)).filter(this::current).map(this::toDraft);
    }

    public Draft save(Draft draft, DraftState state) {
        DraftRecord record = repository.findById(draft.id()).orElseThrow(() -> new DraftGoneException(draft.id()));
        return toDraft(repository.update(record.withState(write(state), clock.instant())));
    }

    /** Issues a new resume code for the draft (replacing any earlier one) and returns it, formatted. */
    public String issueResumeCode(Draft draft) {
        DraftRecord record = repository.findById(draft.id()).orElseThrow(() -> new DraftGoneException(draft.id()));
        String code = newResumeCode();
        repository.update(record.withResumeCodeHash(hash(normaliseCode(code)), clock.instant()));
        return code;
    }

    /**
     * Finds the draft a resume code belongs to and gives it a fresh cookie token (so a code typed on another
     * device carries on there). The code keeps working until the draft is submitted or expires.
     */
    public Optional<NewDraft> resume(String code) {
        String normalised = normaliseCode(code);
        if (normalised.length() != 12) {
            return Optional.empty();
        }
        return repository.findByResumeCodeHash(hash(normalised)).filter(this::current).map(record -> {
            String token = newToken();
            DraftRecord updated = repository.update(record.withTokenHash(hash(token), clock.instant()));
            return new NewDraft(token, toDraft(updated));
        });
    }

    /** Records that the draft's main answers were submitted as this response; it now holds no answers. */
    public void markSubmitted(Draft draft, long responseId) {
        if (repository.markSubmitted(draft.id(), responseId, write(DraftState.empty()), clock.instant()) == 0) {
            throw new DraftGoneException(draft.id());
        }
    }

    public void delete(Draft draft) {
        repository.deleteById(draft.id());
    }

    /**
     * Removes every field of one question from the drafts of a submitted response (which, during the equality
     * questions, may still hold answers), so that a redacted answer survives nowhere.
     *
     * @return how many drafts were changed
     */
    public int forgetAnswer(long responseId, String questionId) {
        int changed = 0;
        for (DraftRecord record : repository.findByResponseId(responseId)) {
            DraftState state = read(record.stateJson());
            Map<String, List<String>> kept = new LinkedHashMap<>(state.answers());
            if (kept.keySet().removeIf(key -> key.equals(questionId) || key.startsWith(questionId + "."))) {
                repository.update(record.withState(write(new DraftState(kept, state.visitedSections())),
                        clock.instant()));
                changed++;
            }
        }
        return changed;
    }

    /** Deletes the drafts that belong to a response (when the response is erased). */
    public int deleteForResponse(long responseId) {
        return repository.deleteByResponse(responseId);
    }

    /** Deletes every draft of a consultation, expired or not (when its retention period has ended). */
    public int deleteForConsultation(long consultationId) {
        return repository.deleteByConsultation(consultationId);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void purgeExpired() {
        int purged = repository.deleteExpired(clock.instant());
        if (purged > 0) {
            LOG.info("Deleted {} expired drafts", purged);
        }
    }

    /** Upper case, no spaces or dashes: what the resident typed, as stored (hashed). */
    static String normaliseCode(String code) {
        return code == null ? "" : code.toUpperCase().replaceAll("[^A-Z0-9]", "");
    }

    private boolean current(DraftRecord record) {
        return record.expiresAt().isAfter(clock.instant());
    }

    private Draft toDraft(DraftRecord record) {
        return new Draft(record.id(), record.consultationId(), record.questionnaireVersionId(),
                read(record.stateJson()), record.submissionKey(), record.invitationCodeId(),
                record.resumeCodeHash() != null, record.responseId(), record.expiresAt());
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String newResumeCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private String write(DraftState state) {
        try {
            return json.writeValueAsString(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DraftState read(String text) {
        try {
            return json.readValue(text, DraftState.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record NewDraft(String token, Draft draft) {
    }

    /** The draft was deleted (submitted or expired) while the resident was still on a page of it. */
    public static class DraftGoneException extends RuntimeException {
        public DraftGoneException(long id) {
            super("Draft " + id + " no longer exists");
        }
    }
}
