package uk.gov.safervoices.portal.staff.crime;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crime types form, checked without a server. */
class CrimeTypesFormTest {

    @Test
    void weightsAreShownAsTypedNeverRounded() {
        assertEquals("80", CrimeTypesForm.plain(80));
        assertEquals("0.5", CrimeTypesForm.plain(0.5));
        assertEquals("1000", CrimeTypesForm.plain(1000));
    }

    @Test
    void everyRowIsChecked_andTheSettingsComeFromTheRows() {
        Map<String, List<String>> fields = Map.of("type-0", List.of("Burglary"), "concern-0", List.of("burglary"),
                "harm-0", List.of("1,200.5"), "type-1", List.of("Drugs"), "concern-1", List.of("no_such_concern"),
                "harm-1", List.of("-3"), "type-2", List.of("x".repeat(101)), "concern-2", List.of(""),
                "harm-2", List.of("1"), "source", List.of("Force index"));
        CrimeTypesForm form = CrimeTypesForm.posted(fields, Set.of("burglary", "drug_dealing"));
        assertEquals(Map.of("concern-1", "Choose a concern from the list for Drugs",
                "harm-1", "Enter the harm weight of Drugs as a number, 0 or more",
                "concern-2", "A crime type's name must be 1 to 100 characters"), form.problems());
        assertEquals(1200.5, form.settings().get(0).harmWeight());
        assertEquals("Force index", form.settings().get(0).harmSource());
        assertNull(form.settings().get(2).concernCode(), "no concern");
    }

    @Test
    void aSourceIsRequired() {
        CrimeTypesForm form = CrimeTypesForm.posted(Map.of("type-0", List.of("Burglary"), "harm-0", List.of("5")),
                Set.of());
        assertTrue(form.problems().get("source").startsWith("Enter where the harm weights come from"));
    }
}
