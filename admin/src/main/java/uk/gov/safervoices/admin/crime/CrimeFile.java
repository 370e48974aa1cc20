package uk.gov.safervoices.admin.crime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/** An uploaded crime file: its name and its bytes (UTF-8 CSV). */
public record CrimeFile(String name, byte[] content) {
    /** The most a ZIP may expand to, so a small upload cannot fill the memory. */
    static final long MAX_EXPANDED_BYTES = 512L * 1024 * 1024;

    /**
     * The CSV files in an upload: the file itself, or for a {@code .zip} (as data.police.uk's downloads come) its
     * street-level files ({@code *-street.csv}), or every CSV in it when it has none of those. Outcome and
     * stop-and-search files in the same download are left out.
     */
    public static List<CrimeFile> expand(String name, byte[] content) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return List.of(new CrimeFile(name, content));
        }
        List<CrimeFile> street = new ArrayList<>();
        List<CrimeFile> csv = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String entryName = entry.getName().toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || !entryName.endsWith(".csv")) {
                    continue;
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_EXPANDED_BYTES - total + 1));
                total += bytes.length;
                if (total > MAX_EXPANDED_BYTES) {
                    throw new IllegalArgumentException(name + " expands to more than "
                            + MAX_EXPANDED_BYTES / (1024 * 1024) + " MB: upload fewer months at a time");
                }
                CrimeFile file = new CrimeFile(name + ": " + entry.getName(), bytes);
                (entryName.endsWith("-street.csv") ? street : csv).add(file);
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException(name + " is not a ZIP file that can be opened: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return street.isEmpty() ? csv : street;
    }
}
