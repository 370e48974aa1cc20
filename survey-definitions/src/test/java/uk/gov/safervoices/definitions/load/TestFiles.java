package uk.gov.safervoices.definitions.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test resources as files. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path resource(String name) {
        URL url = TestFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("No test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The small catalogue and lookups under src/test/resources/fixture-library. */
    public static DefinitionLibrary fixtureLibrary() {
        return DefinitionLibrary.fromDirectory(resource("fixture-library"));
    }
}
