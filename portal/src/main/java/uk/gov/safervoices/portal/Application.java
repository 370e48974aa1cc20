package uk.gov.safervoices.portal;

import io.micronaut.runtime.Micronaut;
import uk.gov.safervoices.admin.analysis.cli.AnalyseCommand;
import uk.gov.safervoices.admin.demo.DemoPoliceCrimeCommand;
import uk.gov.safervoices.definitions.cli.ValidateCommand;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The Safer Voices application. {@code java -jar portal.jar} serves the site; {@code java -jar portal.jar validate
 * FILE...} checks questionnaire files without starting anything (exit 0 valid, 1 invalid, 2 usage); {@code java -jar
 * portal.jar analyse --responses R.csv --margins M.csv --out DIR} weights and estimates a responses file (see
 * {@code analyse --help}), also without starting anything; {@code java -jar portal.jar demo-police-crime --out DIR}
 * writes made-up police crime files for Example Borough to try the crime import with.
 */
public class Application {

    public static void main(String[] args) {
        OptionalInt status = command(args, System.out, System.err);
        if (status.isPresent()) {
            System.exit(status.getAsInt());
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }

    /** Runs a command-line subcommand and returns its exit status; empty when the arguments ask for the server. */
    static OptionalInt command(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("validate")) {
            List<String> files = Arrays.asList(args).subList(1, args.length);
            return OptionalInt.of(ValidateCommand.run(files, out));
        }
        if (args.length > 0 && args[0].equals("analyse")) {
            return OptionalInt.of(AnalyseCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err));
        }
        if (args.length > 0 && args[0].equals("demo-police-crime")) {
            return OptionalInt.of(DemoPoliceCrimeCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err,
                    Clock.systemUTC()));
        }
        return OptionalInt.empty();
    }
}
