package uk.gov.safervoices.admin.secret;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * Secrets of this installation (keys for signing cookies and salting hashes), made at random on first use and kept
 * in the database so that every node of a deployment shares them. They never leave the server.
 */
@Singleton
public class InstallationSecrets {
    private final InstallationSecretRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final LoadingCache<String, byte[]> cache;

    InstallationSecrets(InstallationSecretRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().build(this::load);
    }

    /** The secret of this name: 32 random bytes, the same on every node and across restarts. */
    public byte[] secret(String name) {
        return cache.get(name);
    }

    private byte[] load(String name) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        // Two nodes may race on first use: INSERT IGNORE keeps whichever came first, and both read that one.
        repository.insertIfAbsent(name, Base64.getEncoder().encodeToString(fresh), clock.instant());
        return Base64.getDecoder().decode(repository.findSecret(name));
    }
}
