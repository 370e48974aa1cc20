package uk.gov.safervoices.portal.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.ContentLengthExceededException;

import java.util.List;

/**
 * Holds every route to the site's request size ({@link RequestSizeConfiguration}, 1 MB) except the routes that
 * take large uploads ({@link LargeUpload}: the police crime import), which Micronaut's own
 * {@code micronaut.server.max-request-size} holds to theirs. Micronaut 4 has one request size for the whole server
 * and no per-route setting, so the server's is the largest and this filter, which runs before any body is read,
 * refuses the rest by their Content-Length: a body too large gets the "too large" page (413) from the error
 * handlers, and a body sent without a length (chunked, which browsers do not do for forms) is refused (411) rather
 * than read up to the large limit.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestSizeFilter {
    private final long maxRequestSize;
    private final List<LargeUpload> largeUploads;

    RequestSizeFilter(RequestSizeConfiguration configuration, List<LargeUpload> largeUploads) {
        this.maxRequestSize = configuration.getMaxRequestSize();
        this.largeUploads = List.copyOf(largeUploads);
    }

    @RequestFilter
    void checkSize(HttpRequest<?> request) {
        long limit = limit(request);
        long length = request.getContentLength();
        if (length > limit) {
            throw new ContentLengthExceededException(limit, length);
        }
        if (length < 0 && request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING) && limit == maxRequestSize) {
            throw new LengthRequiredException();
        }
    }

    private long limit(HttpRequest<?> request) {
        for (LargeUpload upload : largeUploads) {
            if (upload.method().equals(request.getMethodName()) && upload.path().equals(request.getPath())) {
                return Math.max(upload.maxSize(), maxRequestSize);
            }
        }
        return maxRequestSize;
    }

    /** "1 MB", "64 MB", or bytes below a megabyte as "512 KB". */
    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    /** A request body without a Content-Length on a route held to the small limit. */
    static final class LengthRequiredException extends RuntimeException {
        LengthRequiredException() {
            super("A request body needs a Content-Length");
        }
    }
}
