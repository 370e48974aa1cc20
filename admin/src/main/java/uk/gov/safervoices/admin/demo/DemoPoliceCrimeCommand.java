package uk.gov.safervoices.admin.demo;

import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.MarginCategory;
import uk.gov.safervoices.admin.crime.core.PlanYear;
import uk.gov.safervoices.admin.weighting.MarginCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code demo-police-crime --out DIR [--from YYYY-MM]}: writes {@code DIR/example-borough-police-crime.zip} (two
 * plan years of made-up data.police.uk street-level files for Example Borough, from April two plan years before
 * the current one unless {@code --from} says) and {@code DIR/lsoa-wards.csv} (its LSOA to ward lookup), to import
 * on the crime pages. See survey-definitions/demo/police-crime/README.md.
 */
public final class DemoPoliceCrimeCommand {
    public static final String ZIP = "example-borough-police-crime.zip";
    public static final String LOOKUP = "lsoa-wards.csv";
    /** Castle ward: the town centre (survey-definitions/lookups/example-borough.yaml). */
    static final String TOWN_CENTRE = "E05099003";
    static final long SEED = 2024L;
    private static final String USAGE = "Usage: demo-police-crime --out DIR [--from YYYY-MM]";

    private DemoPoliceCrimeCommand() {
    }

    /** Exit status: 0 written, 1 could not write, 2 usage. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        Path folder = null;
        YearMonth from = YearMonth.of(PlanYear.of(YearMonth.now(clock)).startYear() - 2, 4);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                case "--out" -> folder = value == null ? null : Path.of(value);
                case "--from" -> {
                    try {
                        from = YearMonth.parse(String.valueOf(value));
                    } catch (DateTimeParseException e) {
                        err.println("--from must be a month like 2024-04\n" + USAGE);
                        return 2;
                    }
                }
                default -> {
                    err.println("Unknown argument " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
            i++;
        }
        if (folder == null) {
            err.println("--out is required\n" + USAGE);
            return 2;
        }
        DemoPoliceCrime demo = exampleBorough();
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(ZIP), demo.zip(from, 24));
            Files.writeString(folder.resolve(LOOKUP), demo.lsoaWards());
        } catch (IOException e) {
            err.println("Could not write to " + folder + ": " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + folder.resolve(ZIP) + " (" + from + " to " + from.plusMonths(23) + ", plan years "
                + PlanYear.of(from).label() + " and " + PlanYear.of(from.plusMonths(12)).label() + ") and "
                + folder.resolve(LOOKUP) + ". Upload the lookup, then the ZIP, on the crime pages.");
        return 0;
    }

    /** The generator for Example Borough, its wards' populations from the shipped margins. */
    public static DemoPoliceCrime exampleBorough() {
        Map<String, Long> adults = new LinkedHashMap<>();
        for (Margin margin : MarginCsv.read(resource(DemoAnalysisSeeder.MARGINS)).margins()) {
            if (margin.variable().equals("ward")) {
                for (MarginCategory category : margin.categories()) {
                    adults.put(category.category(), Math.round(category.population()));
                }
            }
        }
        return new DemoPoliceCrime(adults, TOWN_CENTRE, SEED);
    }

    private static String resource(String name) {
        try (InputStream in = DemoPoliceCrimeCommand.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
