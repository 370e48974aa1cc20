package uk.gov.safervoices.definitions.load;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {

    @Test
    void countsATranspositionAsOneEdit() {
        assertEquals(1, Suggestions.distance("txet", "text"));
        assertEquals(2, Suggestions.distance("tittle", "tite"));
        assertEquals(0, Suggestions.distance("same", "same"));
    }

    @Test
    void suggestsOnlyWithinTwoEdits() {
        List<String> keys = List.of("title", "text", "choices");
        assertEquals(Optional.of("choices"), Suggestions.closest("choises", keys));
        assertEquals(Optional.empty(), Suggestions.closest("colour", keys));
    }
}
