package uk.gov.safervoices.admin.response;

import java.util.List;

/** One page of a filtered list, newest first; {@code page} counts from 0. */
public record ResponsePage(List<ResponseSummary> responses, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
