package uk.gov.safervoices.definitions.load;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.text.EditDistance;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {

    @Test
    void countsATranspositionAsOneEdit() {
        assertEquals(1, EditDistance.between("txet", "text"));
        assertEquals(2, EditDistance.between("tittle", "tite"));
        assertEquals(0, EditDistance.between("same", "same"));
    }

    @Test
    void suggestsOnlyWithinTwoEdits() {
        List<String> keys = List.of("title", "text", "choices");
        assertEquals(Optional.of("choices"), Suggestions.closest("choises", keys));
        assertEquals(Optional.empty(), Suggestions.closest("colour", keys));
    }
}
