package uk.gov.safervoices.portal.web;

/**
 * A route that accepts a larger request body than the site's limit ({@link RequestSizeConfiguration}): a bean of
 * this type names the route (method and exact path) and its own limit. {@link RequestSizeFilter} applies it.
 */
public interface LargeUpload {

    /** The HTTP method, e.g. POST. */
    String method();

    /** The route's path exactly, e.g. /admin/analysis/crime/import. */
    String path();

    /** The largest body this route accepts, in bytes; the server's micronaut.server.max-request-size must be at least this. */
    long maxSize();
}
