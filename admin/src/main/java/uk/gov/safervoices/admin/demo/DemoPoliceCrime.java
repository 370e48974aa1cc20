package uk.gov.safervoices.admin.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Made-up police recorded crime for the fictional Example Borough, in data.police.uk's street-level format, for
 * trying the crime import as a new user would: a ZIP laid out as data.police.uk's downloads ({@code 2024-04/
 * 2024-04-example-constabulary-street.csv}, one file per month) and the LSOA to ward lookup it needs.
 *
 * <p>Each ward has {@value #LSOAS_PER_WARD} LSOAs ({@code E01099001} on, codes ONS has not issued). Volumes follow
 * the ward's population (about 85 crimes and 20 anti-social behaviour incidents per 1,000 people a year, a typical
 * English mix of crime types), busier in the town centre, higher in summer; the second plan year changes each type
 * by its own trend (drugs and weapons up, burglary and anti-social behaviour down), so the trend column shows
 * something. As in a real force's files, some rows fall outside the borough (LSOAs not in the lookup) or have no
 * location. Everything is seeded: the same arguments give the same files.
 */
public final class DemoPoliceCrime {
    public static final String FORCE = "Example Constabulary";
    static final int LSOAS_PER_WARD = 6;
    private static final double WHOLE_POPULATION_PER_ADULT = 1.23;

    /** Crime type, crimes per 1,000 people a year, change in the second year (0.10 = 10% up). */
    private record CrimeType(String name, double perThousand, double secondYearChange, boolean townCentre) {
    }

    private static final List<CrimeType> TYPES = List.of(
            new CrimeType("Anti-social behaviour", 20.0, -0.09, true),
            new CrimeType("Violence and sexual offences", 31.0, 0.03, true),
            new CrimeType("Other theft", 7.5, -0.02, true),
            new CrimeType("Shoplifting", 7.0, 0.14, true),
            new CrimeType("Criminal damage and arson", 7.5, -0.05, false),
            new CrimeType("Public order", 7.0, 0.02, true),
            new CrimeType("Vehicle crime", 6.0, -0.04, false),
            new CrimeType("Burglary", 4.0, -0.11, false),
            new CrimeType("Drugs", 2.4, 0.18, true),
            new CrimeType("Other crime", 1.4, 0.00, false),
            new CrimeType("Theft from the person", 1.3, 0.06, true),
            new CrimeType("Bicycle theft", 1.0, -0.06, false),
            new CrimeType("Robbery", 0.9, 0.08, true),
            new CrimeType("Possession of weapons", 0.7, 0.22, true));

    private static final List<String> OUTCOMES = List.of(
            "Investigation complete; no suspect identified", "Investigation complete; no suspect identified",
            "Investigation complete; no suspect identified", "Unable to prosecute suspect",
            "Unable to prosecute suspect", "Under investigation", "Local resolution", "Offender given a caution",
            "Awaiting court outcome", "Court result unavailable",
            "Further investigation is not in the public interest");

    private static final List<String> STREETS = List.of("High Street", "Station Road", "Church Lane", "Park Road",
            "Mill Lane", "The Green", "Victoria Road", "School Lane", "Parking Area", "Supermarket", "Petrol Station",
            "Sports/Recreation Area", "Shopping Area", "Nightclub", "Bus Station", "Further/Higher Educational Building",
            "Queens Road", "Kings Avenue", "Brook Street", "Meadow Way");

    private final Map<String, Long> adultsByWard;
    private final String townCentreWard;
    private final long seed;

    /**
     * @param adultsByWard   ward code to its population aged 16 and over (the example borough's margins), in order
     * @param townCentreWard the ward with the town centre: more violence, theft, drugs and disorder
     */
    public DemoPoliceCrime(Map<String, Long> adultsByWard, String townCentreWard, long seed) {
        this.adultsByWard = new LinkedHashMap<>(adultsByWard);
        this.townCentreWard = townCentreWard;
        this.seed = seed;
    }

    /** The LSOA to ward lookup, {@code lsoa_code,ward_code}, as the crime pages upload it. */
    public String lsoaWards() {
        StringBuilder csv = new StringBuilder("lsoa_code,ward_code\n");
        int index = 0;
        for (String ward : adultsByWard.keySet()) {
            for (int i = 0; i < LSOAS_PER_WARD; i++) {
                csv.append(lsoaCode(++index)).append(',').append(ward).append('\n');
            }
        }
        return csv.toString();
    }

    /** One month's street-level CSV, as data.police.uk writes it. {@code secondYear}: apply each type's trend. */
    public String month(YearMonth month, boolean secondYear) {
        Random random = new Random(seed * 1_000_003L + month.getYear() * 12L + month.getMonthValue());
        StringBuilder csv = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        double season = 1 + 0.15 * Math.sin(2 * Math.PI * (month.getMonthValue() - 4) / 12.0);
        List<String> wards = new ArrayList<>(adultsByWard.keySet());
        for (int w = 0; w < wards.size(); w++) {
            String ward = wards.get(w);
            double people = adultsByWard.get(ward) * WHOLE_POPULATION_PER_ADULT;
            double wardLeaning = 0.7 + 0.6 * new Random(seed + w).nextDouble();
            for (CrimeType type : TYPES) {
                double centre = ward.equals(townCentreWard) && type.townCentre() ? 2.4 : 1.0;
                double trend = secondYear ? 1 + type.secondYearChange() : 1.0;
                double expected = people / 1000 * type.perThousand() / 12 * season * wardLeaning * centre * trend;
                int count = poisson(random, expected);
                for (int i = 0; i < count; i++) {
                    int lsoa = w * LSOAS_PER_WARD + 1 + random.nextInt(LSOAS_PER_WARD);
                    row(csv, random, month, type.name(), lsoaCode(lsoa), lsoaName(lsoa), lsoa);
                }
            }
        }
        // A force's files cover its whole area: rows in the neighbouring borough, and a few with no location.
        int outside = poisson(random, rowsIn(csv) * 0.08);
        for (int i = 0; i < outside; i++) {
            CrimeType type = TYPES.get(random.nextInt(TYPES.size()));
            int lsoa = 1 + random.nextInt(40);
            if (random.nextInt(10) == 0) {
                row(csv, random, month, type.name(), "", "", -1);
            } else {
                row(csv, random, month, type.name(), String.format(Locale.ROOT, "E01098%03d", lsoa),
                        String.format(Locale.ROOT, "Neighbouring %03d%c", (lsoa + 1) / 2, lsoa % 2 == 0 ? 'B' : 'A'),
                        200 + lsoa);
            }
        }
        return csv.toString();
    }

    /**
     * The ZIP of {@code months} monthly files from {@code first}, laid out as data.police.uk's downloads. The first
     * twelve months are the first plan year (start it in April); the rest carry each type's trend.
     */
    public byte[] zip(YearMonth first, int months) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (int i = 0; i < months; i++) {
                YearMonth month = first.plusMonths(i);
                ZipEntry entry = new ZipEntry(month + "/" + month + "-example-constabulary-street.csv");
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(month(month, i >= 12).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void row(StringBuilder csv, Random random, YearMonth month, String type, String lsoaCode,
                     String lsoaName, int place) {
        boolean asb = type.equals("Anti-social behaviour");
        if (!asb) {
            for (int i = 0; i < 4; i++) {
                csv.append(String.format(Locale.ROOT, "%016x", random.nextLong()));
            }
        }
        csv.append(',').append(month).append(',').append(FORCE).append(',').append(FORCE).append(',');
        if (place < 0) {
            csv.append(",,No location,,,");
        } else {
            // data.police.uk moves each crime to one of a few anonymous map points near it: so do we.
            int point = random.nextInt(5);
            double longitude = -1.52 + (place % 12) * 0.009 + point * 0.0013;
            double latitude = 52.38 + (place / 12) * 0.006 + point * 0.0009;
            csv.append(String.format(Locale.ROOT, "%.6f,%.6f,On or near %s,", longitude, latitude,
                    STREETS.get((place * 7 + point) % STREETS.size())));
            csv.append(lsoaCode).append(',').append(lsoaName).append(',');
        }
        csv.append(type).append(',');
        if (!asb) {
            csv.append(OUTCOMES.get(random.nextInt(OUTCOMES.size())));
        }
        csv.append(",\n");
    }

    private static int rowsIn(StringBuilder csv) {
        int lines = 0;
        for (int i = 0; i < csv.length(); i++) {
            if (csv.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines - 1;
    }

    static String lsoaCode(int index) {
        return String.format(Locale.ROOT, "E01099%03d", index);
    }

    private static String lsoaName(int index) {
        return String.format(Locale.ROOT, "Example %03d%c", (index + 1) / 2, index % 2 == 0 ? 'B' : 'A');
    }

    private static int poisson(Random random, double mean) {
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
