package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import uk.gov.safervoices.definitions.model.Position;

import java.io.StringReader;
import java.util.Optional;

/** Parses a file into SnakeYAML nodes (which keep their line and column); a syntax error becomes SV001. */
final class YamlDocument {

    private YamlDocument() {
    }

    /** The top-level mapping of the file, or empty after recording why there is none. */
    static Optional<YamlMap> read(String text, Problems problems, String label) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            problems.add(ErrorCode.SV001, Problems.position(e.getProblemMark() != null ? e.getProblemMark()
                    : e.getContextMark()), null, syntaxMessage(e));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(ErrorCode.SV001, new Position(1, 1), null, "The file is not valid YAML: " + e.getMessage()
                    + ". Save it as plain UTF-8 text.");
            return Optional.empty();
        }
        if (root == null) {
            problems.add(ErrorCode.SV004, new Position(1, 1), null, "The file is empty. Start " + label
                    + " with its id, for example \"id: my-file-name\".");
            return Optional.empty();
        }
        return YamlMap.of(root, label, problems, null);
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip().replaceAll("[.\\s]+$", "");
        if (problem.contains("\\t(TAB)")) {
            return "The file has a tab character here. YAML does not allow tabs for indentation: indent with "
                    + "spaces only (set your editor to insert spaces).";
        }
        String context = e.getContext() == null ? "" : e.getContext().strip();
        StringBuilder message = new StringBuilder("The file is not valid YAML here: ");
        message.append(problem.isEmpty() ? context : problem);
        if (!context.isEmpty() && !problem.isEmpty()) {
            message.append(" (").append(context);
            if (e.getContextMark() != null && e.getProblemMark() != null
                    && e.getContextMark().getLine() != e.getProblemMark().getLine()) {
                message.append(" at line ").append(e.getContextMark().getLine() + 1);
            }
            message.append(')');
        }
        if (context.contains("flow")) {
            message.append(". Inside { } or [ ], put text containing ? : , [ ] { } in quotes, like "
                    + "text: \"Were you a victim?\".");
        } else {
            message.append(". Check the indentation (spaces, not tabs), that each \"key: value\" has a space "
                    + "after the colon, and put text containing \": \" or \" #\" in quotes.");
        }
        return message.toString();
    }
}
