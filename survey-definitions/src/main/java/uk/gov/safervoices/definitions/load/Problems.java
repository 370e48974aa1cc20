package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import uk.gov.safervoices.definitions.model.Position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the errors found in one file, each with its place. */
final class Problems {

    private final String file;
    private final List<ValidationError> errors = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    static Position position(Node node) {
        return node == null ? Position.UNKNOWN : position(node.getStartMark());
    }

    static Position position(Mark mark) {
        return mark == null ? Position.UNKNOWN : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    void add(ErrorCode code, Node at, String owner, String message) {
        add(code, position(at), owner, message);
    }

    void add(ErrorCode code, Position at, String owner, String message) {
        errors.add(new ValidationError(code, file, at.line(), at.column(), owner, message));
    }

    void addAll(List<ValidationError> more) {
        errors.addAll(more);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int count() {
        return errors.size();
    }

    /** Every error: this file's in line order, then any from other files (the equality template) in their order. */
    List<ValidationError> sorted() {
        List<ValidationError> sorted = new ArrayList<>(errors.stream().distinct().toList());
        sorted.sort(Comparator.comparing((ValidationError e) -> !e.file().equals(file))
                .thenComparing(ValidationError::file)
                .thenComparingInt(ValidationError::line)
                .thenComparingInt(ValidationError::column));
        return List.copyOf(sorted);
    }
}
