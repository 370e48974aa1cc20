package uk.gov.safervoices.definitions.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the {@code *.yaml} files directly in a classpath folder (e.g. {@code lookups/}), whether the folder is a
 * directory (running from the build) or inside a jar (the packaged application). No index file is needed.
 */
final class ClasspathFolder {

    /** A file found: its name (no folder) and its text. */
    record Resource(String fileName, String text) { }

    private ClasspathFolder() {
    }

    /**
     * The yaml files in the folder, by file name; when several classpath entries have the folder, the first one
     * on the classpath wins for each file name. {@code anchor} is a resource known to sit beside the folder (used
     * when a jar has no directory entries).
     */
    static List<Resource> yamlFiles(ClassLoader loader, String folder, String anchor) {
        Map<String, Resource> found = new TreeMap<>();
        try {
            List<URL> roots = Collections.list(loader.getResources(folder));
            if (roots.isEmpty() && anchor != null && loader.getResource(anchor) != null) {
                roots = List.of(loader.getResource(anchor));
            }
            for (URL root : roots) {
                for (Resource resource : list(root, folder)) {
                    found.putIfAbsent(resource.fileName(), resource);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list classpath folder " + folder, e);
        }
        return List.copyOf(found.values());
    }

    /** The text of one classpath resource, or null when there is none. */
    static String read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + name, e);
        }
    }

    private static List<Resource> list(URL root, String folder) throws IOException {
        if ("file".equals(root.getProtocol())) {
            return listDirectory(toPath(root));
        }
        if ("jar".equals(root.getProtocol())) {
            return listJar(root, folder);
        }
        throw new IOException("Cannot list " + root + ": only folders and jar files are supported");
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Bad classpath URL " + url, e);
        }
    }

    private static List<Resource> listDirectory(Path directory) throws IOException {
        List<Resource> resources = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return resources;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                resources.add(new Resource(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return resources;
    }

    private static List<Resource> listJar(URL root, String folder) throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("Cannot open " + root + " as a jar");
        }
        jarConnection.setUseCaches(false);
        List<Resource> resources = new ArrayList<>();
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        try (JarFile jar = jarConnection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(prefix) && name.endsWith(".yaml")
                        && name.indexOf('/', prefix.length()) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        resources.add(new Resource(name.substring(prefix.length()),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        resources.sort((a, b) -> a.fileName().compareTo(b.fileName()));
        return resources;
    }
}
