package uk.gov.safervoices.portal.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * The largest request body the site accepts on every route but a {@link LargeUpload} (forms are a few kilobytes;
 * a questionnaire file or a margins CSV well under a megabyte). micronaut.server.max-request-size is the largest
 * any route accepts (the crime import's); this is what every other route is held to.
 */
@ConfigurationProperties("safervoices.server")
public interface RequestSizeConfiguration {

    @Bindable(defaultValue = "1MB")
    @ReadableBytes
    long getMaxRequestSize();
}
