package uk.gov.safervoices.portal.staff.crime;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * How large a police crime upload may be ({@code safervoices.crime.max-upload-size}, 64 MB): a borough's year of
 * data.police.uk street-level CSVs is about 5 to 20 MB, a ZIP of them a tenth of that. The server's
 * micronaut.server.max-request-size and multipart max-file-size follow this setting in application.yml.
 */
@ConfigurationProperties("safervoices.crime")
public interface CrimeUpload {

    @Bindable(defaultValue = "64MB")
    @ReadableBytes
    long getMaxUploadSize();
}
