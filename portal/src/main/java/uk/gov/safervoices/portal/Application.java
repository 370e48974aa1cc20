package uk.gov.safervoices.portal;

import io.micronaut.runtime.Micronaut;
import uk.gov.safervoices.admin.analysis.cli.AnalyseCommand;
import uk.gov.safervoices.definitions.cli.ValidateCommand;

import java.util.Arrays;
import java.util.List;

/**
 * The Safer Voices application. {@code java -jar portal.jar} serves the site; {@code java -jar portal.jar validate
 * FILE...} checks questionnaire files without starting anything (exit 0 valid, 1 invalid, 2 usage); {@code java -jar
 * portal.jar analyse --responses R.csv --margins M.csv --out DIR} weights and estimates a responses file (see
 * {@code analyse --help}), also without starting anything.
 */
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate")) {
            List<String> files = Arrays.asList(args).subList(1, args.length);
            System.exit(ValidateCommand.run(files, System.out));
        }
        if (args.length > 0 && args[0].equals("analyse")) {
            System.exit(AnalyseCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
