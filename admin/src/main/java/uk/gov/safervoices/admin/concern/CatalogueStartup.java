package uk.gov.safervoices.admin.concern;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * At start-up, before the shipped questionnaires are checked against it: stores the shipped
 * catalogue/concerns.yaml when needed and puts the stored catalogue in force ({@link ConcernCatalogues#syncShipped}).
 */
@Singleton
@Order(-10)
class CatalogueStartup implements ApplicationEventListener<StartupEvent> {
    static final String SHIPPED = "catalogue/concerns.yaml";
    private final ConcernCatalogues catalogues;

    CatalogueStartup(ConcernCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        try (InputStream in = CatalogueStartup.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("No " + SHIPPED + " on the class path");
            }
            catalogues.syncShipped(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
