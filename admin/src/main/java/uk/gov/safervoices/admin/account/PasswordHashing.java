package uk.gov.safervoices.admin.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Passwords are hashed with Argon2id (password4j) at OWASP's recommended cost: 19 MiB of memory, 2 iterations,
 * 1 lane. The parameters are stored in each hash, so raising them later still verifies older hashes.
 */
@Singleton
public class PasswordHashing {
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** A real hash of a random password, checked against when the username is unknown (same time either way). */
    private final String decoy = hash(java.util.UUID.randomUUID().toString());

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends as long as a real check does, so timing does not tell whether a username exists. */
    void checkDecoy(String password) {
        matches(password, decoy);
    }
}
