package uk.gov.safervoices.admin.meeting;

import jakarta.inject.Singleton;

import java.security.SecureRandom;

/**
 * New registration references: "MT-" and twelve characters in three groups, from an alphabet without look-alikes
 * (no 0/O, 1/I/L, 5/S, 2/Z). 27^12 (about 1.5 x 10^17) possibilities, random, so not guessable; a repeat is
 * refused by the unique key and {@link Registrations} draws again.
 */
@Singleton
class RegistrationReferences {
    private static final char[] ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY".toCharArray();
    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder reference = new StringBuilder("MT");
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                reference.append('-');
            }
            reference.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
