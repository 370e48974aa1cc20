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
    /** The catalogue in force and its stored version number (null: the shipped file, not stored yet). */
    private record State(ConcernCatalogue catalogue, Integer versionNumber) {
    }

    private final AtomicReference<State> current = new AtomicReference<>(new State(new ConcernCatalogue(List.of()),
            null));

    /** The catalogue now, as an immutable value. */
    public ConcernCatalogue current() {
        return current.get().catalogue();
    }

    /** The stored version in force, or null while it is the shipped file not yet stored. */
    public Integer versionNumber() {
        return current.get().versionNumber();
    }

    public void set(ConcernCatalogue catalogue, Integer version) {
        current.set(new State(new ConcernCatalogue(List.copyOf(catalogue.concerns()),
                List.copyOf(catalogue.retired())), version));
    }

    /** A catalogue whose lists follow {@link #current()}. */
    ConcernCatalogue view() {
        return new ConcernCatalogue(new Following<>(current, ConcernCatalogue::concerns),
                new Following<>(current, ConcernCatalogue::retired));
    }

    /** A read-only list that is always the current catalogue's. */
    private static final class Following<T> extends AbstractList<T> {
        private final AtomicReference<State> state;
        private final Function<ConcernCatalogue, List<T>> part;

        Following(AtomicReference<State> state, Function<ConcernCatalogue, List<T>> part) {
            this.state = state;
            this.part = part;
        }

        private List<T> now() {
            return part.apply(state.get().catalogue());
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
