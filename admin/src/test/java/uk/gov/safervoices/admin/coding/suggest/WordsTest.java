package uk.gov.safervoices.admin.coding.suggest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordsTest {

    @Test
    void pluralsIngAndEdFormsShareAStem() {
        assertEquals(Words.stem("car"), Words.stem("cars"));
        assertEquals(Words.stem("speed"), Words.stem("speeding"));
        assertEquals(Words.stem("light"), Words.stem("lighting"));
        assertEquals(Words.stem("light"), Words.stem("lights"));
        assertEquals(Words.stem("party"), Words.stem("parties"));
        assertEquals(Words.stem("race"), Words.stem("racing"));
        assertEquals(Words.stem("rob"), Words.stem("robbed"));
        assertEquals(Words.stem("crash"), Words.stem("crashes"));
        assertEquals(Words.stem("motorbike"), Words.stem("motorbikes"));
        assertEquals("glass", Words.stem("glass"), "ss is not a plural");
        assertEquals("bus", Words.stem("bus"), "us is not a plural");
    }

    @Test
    void textsBecomeDistinctStemsWithoutStopWordsCaseOrPunctuation() {
        assertEquals(List.of("kid", "motorbik", "rac", "round", "park"),
                Words.of("The KIDS on motorbikes, racing round the park... kids!"));
        assertEquals(Words.of("cafe"), Words.of("Café"), "accents dropped");
        assertEquals(List.of(), Words.of("and the of it"));
        assertEquals(List.of(), Words.of(null));
        assertEquals(List.of("neighbour", "dog"), Words.of("my neighbour's dogs"));
    }

    @Test
    void containsMatchesAnyFormOfTheWord() {
        assertTrue(Words.contains("Street lights broken on our road", "lighting"));
        assertTrue(Words.contains("No LIGHTING at all", "light"));
        assertFalse(Words.contains("Delightful neighbours", "light"), "whole words, not parts of words");
        assertFalse(Words.contains("anything", "the"), "a stop word matches nothing");
    }
}
