package uk.gov.safervoices.definitions.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An area lookup named by area questions (lookups/ID.yaml): the partnership's wards, and which ward a postcode
 * falls in. Postcode keys may be full postcodes ("AB1 2CD"), sectors ("AB1 2") or districts ("AB1"); the longest
 * matching key wins.
 */
public record AreaLookup(String id, String name, List<Ward> wards, Map<String, String> wardByPostcode) {

    public Optional<Ward> ward(String code) {
        return wards.stream().filter(w -> w.code().equals(code)).findFirst();
    }

    /** Normalises a UK postcode to upper case with one space before the inward code, or empty if malformed. */
    public static Optional<String> normalisePostcode(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }

    /** The ward a (normalised) postcode falls in: full postcode, then sector, then district. */
    public Optional<Ward> wardForPostcode(String postcode) {
        Optional<String> normalised = normalisePostcode(postcode);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        String full = normalised.get();
        String sector = full.substring(0, full.length() - 2);
        String district = full.substring(0, full.indexOf(' '));
        for (String key : List.of(full, sector, district)) {
            String code = wardByPostcode.get(key);
            if (code != null) {
                return ward(code);
            }
        }
        return Optional.empty();
    }
}
