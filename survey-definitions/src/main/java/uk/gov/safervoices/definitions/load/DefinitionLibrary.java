package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.ConcernCatalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What questionnaires refer to: the concern catalogue ({@code catalogue/concerns.yaml}) and the area lookups
 * ({@code lookups/*.yaml}), with any errors found reading them.
 *
 * @param errors problems in the catalogue or lookup files; empty for a library from {@link #shipped()}, which
 *               throws instead. Check it after {@link #fromDirectory(Path)}.
 */
public record DefinitionLibrary(ConcernCatalogue catalogue, Map<String, AreaLookup> lookups,
                                List<ValidationError> errors) {

    static final String CATALOGUE = "catalogue/concerns.yaml";
    static final String LOOKUPS = "lookups";

    public DefinitionLibrary {
        lookups = java.util.Collections.unmodifiableMap(new TreeMap<>(lookups));
        errors = List.copyOf(errors);
    }

    public static DefinitionLibrary of(ConcernCatalogue catalogue, Collection<AreaLookup> lookups) {
        Map<String, AreaLookup> byId = new TreeMap<>();
        lookups.forEach(lookup -> byId.put(lookup.id(), lookup));
        return new DefinitionLibrary(catalogue, byId, List.of());
    }

    public static DefinitionLibrary empty() {
        return of(new ConcernCatalogue(List.of()), List.of());
    }

    public Optional<AreaLookup> lookup(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(lookups.get(id));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /**
     * The catalogue and lookups packaged with the application (classpath {@code catalogue/concerns.yaml} and every
     * {@code lookups/*.yaml}, from a folder or a jar).
     *
     * @throws DefinitionException listing every error if any of those files is invalid or the catalogue is missing
     */
    public static DefinitionLibrary shipped() {
        return shipped(DefinitionLibrary.class.getClassLoader());
    }

    public static DefinitionLibrary shipped(ClassLoader classLoader) {
        String catalogue = ClasspathFolder.read(classLoader, CATALOGUE);
        if (catalogue == null) {
            throw new DefinitionException(List.of(new ValidationError(ErrorCode.SV004, CATALOGUE, 0, 0, null,
                    "The concern catalogue " + CATALOGUE + " is not on the classpath. Build survey-definitions "
                            + "with its catalogue folder.")));
        }
        List<ClasspathFolder.Resource> lookups = ClasspathFolder.yamlFiles(classLoader, LOOKUPS, CATALOGUE);
        DefinitionLibrary library = build(catalogue, lookups);
        if (!library.valid()) {
            throw new DefinitionException(library.errors());
        }
        return library;
    }

    /**
     * Reads {@code catalogue/concerns.yaml} and {@code lookups/*.yaml} under a survey-definitions folder. Errors in
     * those files do not throw: they are in {@link #errors()}.
     *
     * @throws IllegalArgumentException when the folder has no catalogue/concerns.yaml
     */
    public static DefinitionLibrary fromDirectory(Path surveyDefinitionsRoot) {
        Path catalogue = surveyDefinitionsRoot.resolve(CATALOGUE);
        if (!Files.isRegularFile(catalogue)) {
            throw new IllegalArgumentException("No " + CATALOGUE + " in " + surveyDefinitionsRoot);
        }
        try {
            List<ClasspathFolder.Resource> lookups = new ArrayList<>();
            Path folder = surveyDefinitionsRoot.resolve(LOOKUPS);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                        lookups.add(new ClasspathFolder.Resource(file.getFileName().toString(),
                                Files.readString(file)));
                    }
                }
            }
            return build(Files.readString(catalogue), lookups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefinitionLibrary build(String catalogueText, List<ClasspathFolder.Resource> lookupFiles) {
        List<ValidationError> errors = new ArrayList<>();
        Problems catalogueProblems = new Problems("concerns.yaml");
        ConcernCatalogue catalogue = CatalogueReader.read(catalogueText, catalogueProblems);
        errors.addAll(catalogueProblems.sorted());
        Map<String, AreaLookup> lookups = new TreeMap<>();
        for (ClasspathFolder.Resource file : lookupFiles) {
            Problems problems = new Problems(file.fileName());
            LookupReader.read(file.text(), problems).ifPresent(lookup -> lookups.put(lookup.id(), lookup));
            errors.addAll(problems.sorted());
        }
        return new DefinitionLibrary(catalogue, lookups, errors);
    }
}
