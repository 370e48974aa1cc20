package uk.gov.safervoices.definitions.load;

import org.yaml.snakeyaml.nodes.Node;

/** The rule that a questionnaire's or lookup's id is its file name. */
final class FileNames {

    private FileNames() {
    }

    /** The file name without folders and without .yaml / .yml, or null when it has neither extension. */
    static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        if (name.endsWith(".yaml")) {
            return name.substring(0, name.length() - 5);
        }
        if (name.endsWith(".yml")) {
            return name.substring(0, name.length() - 4);
        }
        return null;
    }

    /** Records SV019 when the file is a .yaml file whose name is not the id. */
    static void checkIdIsFileName(String id, Node at, Problems problems, String what) {
        String base = baseName(problems.file());
        if (base != null && id != null && !base.equals(id)) {
            problems.add(ErrorCode.SV019, at, null, "The " + what + " id \"" + id + "\" is not the file name \""
                    + base + "\". Rename the file to " + id + ".yaml, or change the id to " + base + ".");
        }
    }
}
