package uk.gov.safervoices.portal.staff;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every staff controller runs on the blocking executor, never on Netty's event loop, which the public pages share:
 * a staff page that takes seconds (an analysis computed cold, an export) must not hold residents' connections
 * (docs/adr/0029-staff-pages-off-the-event-loop.md).
 */
class StaffThreadingTest {

    private final JavaClasses staff = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("uk.gov.safervoices.portal.staff");

    @Test
    void everyStaffControllerRunsOnTheBlockingExecutor() {
        List<String> controllers = staff.stream().filter(c -> c.isAnnotatedWith(Controller.class))
                .map(c -> c.getName()).toList();
        assertFalse(controllers.isEmpty(), "the staff controllers were found");
        List<String> onTheEventLoop = staff.stream().filter(c -> c.isAnnotatedWith(Controller.class))
                .filter(c -> !c.isAnnotatedWith(ExecuteOn.class)
                        || !TaskExecutors.BLOCKING.equals(c.getAnnotationOfType(ExecuteOn.class).value()))
                .map(c -> c.getSimpleName()).toList();
        assertEquals(List.of(), onTheEventLoop, "staff controllers without @ExecuteOn(TaskExecutors.BLOCKING)");
    }
}
