package uk.gov.safervoices.admin.coding.suggest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeywordSuggestionsTest {
    static final List<CodeWords> CATALOGUE = List.of(
            new CodeWords("drug_dealing", "Drug dealing and drug use",
                    "People selling or using drugs in public places, or homes used for dealing."),
            new CodeWords("asb", "Anti-social behaviour",
                    "Behaviour that causes harassment, alarm or distress to people nearby."),
            new CodeWords("vehicle_crime", "Vehicle crime",
                    "Theft of or from cars, vans, motorbikes and bicycles, and deliberate damage to them."),
            new CodeWords("speeding", "Speeding and road safety",
                    "Speeding, dangerous or careless driving and anti-social use of vehicles on local roads."),
            new CodeWords("fly_tipping", "Fly-tipping", "Rubbish, furniture or waste dumped illegally on streets."),
            new CodeWords("theme:street_lighting", "Street lighting", null));

    private static List<String> codes(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::code).toList();
    }

    @Test
    void catalogueNamesAndDescriptionsSuggestTheirConcernFirst() {
        KeywordSuggestions suggestions = KeywordSuggestions.of(CATALOGUE, List.of());

        assertEquals("drug_dealing", suggestions.suggest("Drugs being dealt outside the shops").get(0).code());
        assertEquals("speeding", suggestions.suggest("Cars speeding down our road").get(0).code());
        assertEquals("fly_tipping", suggestions.suggest("old furniture dumped in the alley").get(0).code());
        assertEquals("theme:street_lighting", suggestions.suggest("The street lights are broken").get(0).code());
        assertEquals(List.of("drug"), suggestions.suggest("Drugs being dealt outside the shops").get(0).words());
    }

    @Test
    void aWordInManyCodesCountsForLessThanAWordInOne() {
        List<CodeWords> codes = List.of(new CodeWords("a", "Alpha", "damage and graffiti"),
                new CodeWords("b", "Beta", "damage and litter"), new CodeWords("c", "Gamma", "damage and noise"));
        KeywordSuggestions suggestions = KeywordSuggestions.of(codes, List.of());

        List<Suggestion> found = suggestions.suggest("Damage and graffiti everywhere");
        assertEquals(List.of("a", "b", "c"), codes(found));
        assertEquals(List.of("graffiti", "damag"), found.get(0).words(), "the rarer word first");
        assertTrue(suggestions.suggest("damage").get(0).score() < suggestions.suggest("graffiti").get(0).score());
        assertEquals(2.0 * Math.log(1 + 3.0 / 1), suggestions.suggest("alpha").get(0).score(), 1e-12,
                "a name word used by one code of three: 2 ln(1 + 3)");
    }

    @Test
    void answersWithNoKnownWordGetNoSuggestion() {
        assertEquals(List.of(), KeywordSuggestions.of(CATALOGUE, List.of()).suggest("Nothing else to add, thanks"));
        assertEquals(List.of(), KeywordSuggestions.of(CATALOGUE, List.of()).suggest(""));
    }

    @Test
    void wordsOfAnswersAlreadyCodedAreLearned() {
        String answer = "Youths on scooters doing wheelies";
        KeywordSuggestions before = KeywordSuggestions.of(CATALOGUE, List.of());
        assertEquals(List.of(), before.suggest(answer), "nothing in the catalogue mentions scooters");

        List<CodedText> coded = new ArrayList<>();
        coded.add(new CodedText("asb", "Kids on scooters shouting at night"));
        coded.add(new CodedText("asb", "scooter gangs hanging about"));
        coded.add(new CodedText("speeding", "Electric scooters going too fast on pavements"));
        KeywordSuggestions after = KeywordSuggestions.of(CATALOGUE, coded);

        List<Suggestion> found = after.suggest(answer);
        assertEquals(List.of("asb", "speeding"), codes(found), "two of three scooter answers were coded asb");
        assertEquals(List.of("scooter"), found.get(0).words());
    }

    @Test
    void learningOutweighsACatalogueWordOnceAnalystsAgreeOften() {
        List<CodedText> coded = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            coded.add(new CodedText("theme:street_lighting", "dark road number " + i + " at night"));
        }
        KeywordSuggestions suggestions = KeywordSuggestions.of(CATALOGUE, coded);
        assertEquals("theme:street_lighting", suggestions.suggest("The road is so dark").get(0).code(),
                () -> suggestions.suggest("The road is so dark").toString());
    }

    @Test
    void aWordUnderEveryCodeTellsLittle() {
        List<CodedText> coded = List.of(new CodedText("asb", "problem with youths"),
                new CodedText("speeding", "problem with speed"), new CodedText("fly_tipping", "problem with rubbish"),
                new CodedText("asb", "youths again"));
        List<Suggestion> found = KeywordSuggestions.of(CATALOGUE, coded).suggest("a problem with youths");
        assertEquals("asb", found.get(0).code());
        double problemAlone = KeywordSuggestions.of(CATALOGUE, coded).suggest("a problem").get(0).score();
        assertTrue(problemAlone < found.get(0).score() / 2, "'problem' is everywhere: " + found);
    }

    @Test
    void tiesKeepTheOrderTheCodesWereGiven() {
        List<CodeWords> twins = List.of(new CodeWords("b", "Graffiti", null), new CodeWords("a", "Graffiti", null));
        assertEquals(List.of("b", "a"), codes(KeywordSuggestions.of(twins, List.of()).suggest("graffiti")));
    }
}
