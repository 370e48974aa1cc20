package uk.gov.safervoices.portal.information;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Routes;

import java.util.Map;

/** The pages every public site links from its footer: privacy and cookies, accessibility statement, contact. */
@Controller
@Produces(MediaType.TEXT_HTML)
class InformationController {
    private final Pages pages;

    InformationController(Pages pages) {
        this.pages = pages;
    }

    @Get(Routes.PRIVACY)
    @View("information/privacy")
    Map<String, Object> privacy() {
        return pages.model("Privacy and cookies");
    }

    @Get(Routes.ACCESSIBILITY)
    @View("information/accessibility")
    Map<String, Object> accessibility() {
        return pages.model("Accessibility statement");
    }

    @Get(Routes.CONTACT)
    @View("information/contact")
    Map<String, Object> contact() {
        return pages.model("Contact us");
    }
}
