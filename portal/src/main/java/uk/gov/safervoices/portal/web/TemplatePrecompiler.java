package uk.gov.safervoices.portal.web;

import com.github.jknack.handlebars.Handlebars;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Compiles every view into the template cache (see {@link HandlebarsConfigurer}) on a background thread at start-up,
 * as a servlet container precompiles its pages, so that the first person to open a page after a deploy does not wait
 * for its templates and partials to be read and compiled. Start-up does not wait for it; a template that does not
 * compile is logged (rendering it would fail the same way) and the rest go on.
 */
@Singleton
@Requires(property = "safervoices.views.precompile", notEquals = "false")
class TemplatePrecompiler implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(TemplatePrecompiler.class);
    private static final String FOLDER = "views";

    private final Handlebars handlebars;

    TemplatePrecompiler(Handlebars handlebars) {
        this.handlebars = handlebars;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Thread thread = new Thread(this::compileAll, "template-precompiler");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Compiles every view; returns the names of those that would not compile. */
    List<String> compileAll() {
        List<String> failed = new ArrayList<>();
        for (String view : views()) {
            try {
                handlebars.compile(view);
            } catch (IOException | RuntimeException e) {
                LOG.warn("View {} does not compile: {}", view, e.getMessage());
                failed.add(view);
            }
        }
        return failed;
    }

    /** Every {@code views/**.hbs} on the classpath, as Handlebars names it (no suffix), from the jar or a folder. */
    static List<String> views() {
        URL root = TemplatePrecompiler.class.getClassLoader().getResource(FOLDER);
        if (root == null) {
            return List.of();
        }
        List<String> views = new ArrayList<>();
        try {
            if (root.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                // a JarFile of its own: closing the cached one would close the class loader's
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Collections.list(jar.entries()).stream().map(entry -> entry.getName())
                            .filter(name -> name.startsWith(FOLDER + "/") && name.endsWith(".hbs"))
                            .forEach(name -> views.add(name.substring(0, name.length() - 4)));
                }
            } else {
                Path folder = Path.of(root.toURI());
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(file -> file.toString().endsWith(".hbs")).forEach(file -> {
                        String relative = folder.relativize(file).toString().replace('\\', '/');
                        views.add(FOLDER + "/" + relative.substring(0, relative.length() - 4));
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Collections.sort(views);
        return views;
    }
}
