package uk.gov.safervoices.admin.response;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Reference numbers residents can read out over the phone: "SV-" and eight characters in two groups, from an
 * alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z). 27^8 (about 2.8 x 10^11) possibilities; random, so they reveal neither how
 * many responses there are nor the order they came in.
 */
@Singleton
class ReferenceNumbers {
    private static final char[] ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY".toCharArray();
    private final SecureRandom random = new SecureRandom();

    /**
     * A reference as typed or read out ("sv 3a4b 7c8d", "SV3A4B7C8D") in its stored form ("SV-3A4B-7C8D"), or empty
     * when it cannot be one.
     */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (!compact.matches("SV[A-Z0-9]{8}")) {
            return Optional.empty();
        }
        return Optional.of("SV-" + compact.substring(2, 6) + "-" + compact.substring(6));
    }

    String next() {
        StringBuilder reference = new StringBuilder("SV-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
