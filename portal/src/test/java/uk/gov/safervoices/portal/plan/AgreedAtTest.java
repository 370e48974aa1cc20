package uk.gov.safervoices.portal.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Agreed at" names the date once: after the meeting's name, unless the name gives it already. */
class AgreedAtTest {
    private static final LocalDate TWELFTH_OF_MARCH = LocalDate.of(2026, 3, 12);

    @Test
    void aNameWithoutTheDateIsFollowedByIt() {
        assertEquals("Partnership board, 12 March 2026", AgreedAt.of("Partnership board", TWELFTH_OF_MARCH));
        assertEquals("Safer Borough Partnership Board, strategic meeting, 12 March 2026",
                AgreedAt.of(" Safer Borough Partnership Board, strategic meeting ", TWELFTH_OF_MARCH));
    }

    @Test
    void aNameWithTheDateIsShownAsItIs() {
        for (String name : new String[]{"Partnership board, 12 March 2026", "Partnership board 12th March 2026",
                "Partnership board, 12th of March, 2026", "Partnership board (12 Mar 2026)",
                "Partnership board, March 12, 2026", "Partnership board 12/03/2026", "Partnership board 12/3/2026",
                "Partnership board 2026-03-12", "12 MARCH 2026 partnership board"}) {
            assertEquals(name, AgreedAt.of(name, TWELFTH_OF_MARCH));
        }
    }

    @Test
    void anotherDateInTheNameIsNotTakenForIt() {
        assertEquals("Board, 12 March 2025, 12 March 2026", AgreedAt.of("Board, 12 March 2025", TWELFTH_OF_MARCH));
        assertEquals("Board, 12 March 2026, 2 March 2026",
                AgreedAt.of("Board, 12 March 2026", LocalDate.of(2026, 3, 2)), "2 March is not 12 March");
        assertEquals("Board of 1 April 2026, 11 April 2026",
                AgreedAt.of("Board of 1 April 2026", LocalDate.of(2026, 4, 11)));
    }

    @Test
    void aNameEndingWithTheDayAndMonthGetsTheYear() {
        assertEquals("Board, 12 March 2026", AgreedAt.of("Board, 12 March", TWELFTH_OF_MARCH));
        assertEquals("Board, 12th March 2026", AgreedAt.of("Board, 12th March.", TWELFTH_OF_MARCH));
        assertEquals("Board, 2 March, 12 March 2026", AgreedAt.of("Board, 2 March", TWELFTH_OF_MARCH));
    }
}
