package uk.gov.safervoices.admin.definitions;

import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.model.ConcernCatalogue;

import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The concern catalogue in force: the latest stored version (see {@code admin.concern.ConcernCatalogues}), the
 * shipped file until then. {@link #view()} is the catalogue every bean holding the {@code DefinitionLibrary} sees:
 * its lists read the current catalogue on every call, so a saved concern is known everywhere at once (the loader
 * accepts it, pages name it) without restarting. A save replaces the whole catalogue in one step.
 */
@Singleton
public class LiveCatalogue {
    private final AtomicReference<ConcernCatalogue> current = new AtomicReference<>(new ConcernCatalogue(List.of()));
    private final AtomicReference<Integer> versionNumber = new AtomicReference<>(null);

    /** The catalogue now, as an immutable value. */
    public ConcernCatalogue current() {
        return current.get();
    }

    /** The stored version in force, or null while it is the shipped file not yet stored. */
    public Integer versionNumber() {
        return versionNumber.get();
    }

    public void set(ConcernCatalogue catalogue, Integer version) {
        current.set(new ConcernCatalogue(List.copyOf(catalogue.concerns()), List.copyOf(catalogue.retired())));
        versionNumber.set(version);
    }

    /** A catalogue whose lists follow {@link #current()}. */
    ConcernCatalogue view() {
        return new ConcernCatalogue(new Following<>(current, ConcernCatalogue::concerns),
                new Following<>(current, ConcernCatalogue::retired));
    }

    /** A read-only list that is always the current catalogue's. */
    private static final class Following<T> extends AbstractList<T> {
        private final AtomicReference<ConcernCatalogue> catalogue;
        private final Function<ConcernCatalogue, List<T>> part;

        Following(AtomicReference<ConcernCatalogue> catalogue, Function<ConcernCatalogue, List<T>> part) {
            this.catalogue = catalogue;
            this.part = part;
        }

        private List<T> now() {
            return part.apply(catalogue.get());
        }

        @Override
        public T get(int index) {
            return now().get(index);
        }

        @Override
        public int size() {
            return now().size();
        }

        @Override
        public java.util.Iterator<T> iterator() {
            return now().iterator();
        }

        @Override
        public java.util.stream.Stream<T> stream() {
            return now().stream();
        }

        @Override
        public boolean contains(Object o) {
            return now().contains(o);
        }
    }
}
