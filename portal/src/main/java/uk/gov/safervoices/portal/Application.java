package uk.gov.safervoices.portal;

import io.micronaut.runtime.Micronaut;
import uk.gov.safervoices.definitions.cli.ValidateCommand;

import java.util.Arrays;
import java.util.List;

/**
 * The Safer Voices application. {@code java -jar portal.jar} serves the site; {@code java -jar portal.jar validate
 * FILE...} checks questionnaire files without starting anything (exit 0 valid, 1 invalid, 2 usage).
 */
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate")) {
            List<String> files = Arrays.asList(args).subList(1, args.length);
            System.exit(ValidateCommand.run(files, System.out));
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
