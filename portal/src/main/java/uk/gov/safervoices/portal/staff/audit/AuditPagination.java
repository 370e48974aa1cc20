package uk.gov.safervoices.portal.staff.audit;

import uk.gov.safervoices.admin.audit.AuditFilter;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Previous and next links (GOV.UK pagination) that keep the filter. */
final class AuditPagination {
    private AuditPagination() {
    }

    static Map<String, Object> of(AuditFilter filter, int page, int totalPages) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("page", page);
        pagination.put("totalPages", Math.max(totalPages, 1));
        if (page > 1) {
            pagination.put("previous", url(filter, page - 1));
        }
        if (page < totalPages) {
            pagination.put("next", url(filter, page + 1));
        }
        return pagination;
    }

    static String url(AuditFilter filter, int page) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "actor", filter.actor());
        add(parameters, "action", filter.action());
        add(parameters, "subjectType", filter.subjectType());
        add(parameters, "subjectId", filter.subjectId());
        parameters.add("page=" + page);
        return StaffRoutes.AUDIT + "?" + String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
