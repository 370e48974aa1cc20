package uk.gov.safervoices.portal.staff;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.portal.web.Pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the model of a staff page in one call: everything {@code views/staff/layout.hbs} needs (the signed-in
 * person, the navigation their roles allow, the sign-out form's CSRF token, a notice carried over a redirect) on
 * top of what every page has ({@link Pages}). The map is mutable: add your page's own entries to it.
 */
@Singleton
public class StaffPages {
    public static final String SERVICE_NAME = "Safer Voices staff";

    private final Pages pages;
    private final StaffFlash flash;

    StaffPages(Pages pages, StaffFlash flash) {
        this.pages = pages;
        this.flash = flash;
    }

    /**
     * The model of a staff page. Keys: {@code pageTitle}, {@code csrfToken} (for every form on the page),
     * {@code partnership}, {@code staff} (serviceName, user, navigation, signOutUrl, dashboardUrl) and, when a
     * redirect carried one, {@code notice} (message, oneTimePassword, accountId).
     */
    public Map<String, Object> model(HttpRequest<?> request, String pageTitle) {
        Map<String, Object> model = pages.model(request, pageTitle);
        Map<String, Object> staff = new LinkedHashMap<>();
        staff.put("serviceName", SERVICE_NAME);
        staff.put("dashboardUrl", StaffRoutes.DASHBOARD);
        staff.put("signOutUrl", StaffRoutes.SIGN_OUT);
        Optional<StaffUser> user = StaffUser.of(request);
        user.ifPresent(u -> {
            staff.put("user", Map.of("displayName", u.displayName(), "username", u.username(),
                    "roles", RoleLabels.labels(u.roles())));
            if (!u.mustChangePassword()) {
                staff.put("navigation", navigation(u, request.getPath()));
            }
        });
        model.put("staff", staff);
        flash.read(request).ifPresent(notice -> model.put("notice", notice));
        return model;
    }

    /** The sections this person may use, for a dashboard: built ones link, the rest say "coming soon". */
    public static List<StaffSection> sectionsFor(StaffUser user) {
        return Arrays.stream(StaffSection.values()).filter(s -> s.allows(user.roles())).toList();
    }

    private static List<Map<String, Object>> navigation(StaffUser user, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("Home", StaffRoutes.DASHBOARD, path.equals(StaffRoutes.DASHBOARD)));
        for (StaffSection section : sectionsFor(user)) {
            if (section.built()) {
                items.add(item(section.title(), section.path(), path.equals(section.path())
                        || path.startsWith(section.path() + "/")));
            }
        }
        return items;
    }

    private static Map<String, Object> item(String text, String href, boolean active) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("text", text);
        item.put("href", href);
        item.put("active", active);
        return item;
    }

    /** Whether this person holds the role: for showing or hiding a link on a page. */
    public static boolean has(HttpRequest<?> request, Role role) {
        return StaffUser.of(request).map(u -> u.has(role)).orElse(false);
    }
}
