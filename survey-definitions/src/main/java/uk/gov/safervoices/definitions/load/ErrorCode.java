package uk.gov.safervoices.definitions.load;

/**
 * The numbered problems the loader reports. Codes are stable: never renumber or reuse one (people search for them,
 * and survey-definitions/docs/error-codes.md explains each). Add new codes at the end, with a broken fixture file
 * under src/test/resources/broken/ (a test fails for a code without one).
 */
public enum ErrorCode {
    SV001("Not valid YAML"),
    SV002("Unknown key"),
    SV003("Id used twice"),
    SV004("Required key missing"),
    SV005("Wrong kind of value"),
    SV006("Id not in the allowed form"),
    SV007("Unknown question type"),
    SV008("Empty list"),
    SV009("Unknown scale"),
    SV010("max_selections out of range"),
    SV011("Ranking count out of range"),
    SV012("Lower limit above upper limit"),
    SV013("Not a valid date"),
    SV014("max_length out of range"),
    SV015("Unknown area lookup"),
    SV016("Value not one of the allowed values"),
    SV017("exclusive, dont_know or specify used wrongly"),
    SV018("Scale point without a score"),
    SV019("Id does not match the file name"),
    SV020("prefer_not_to_say used wrongly"),
    SV021("Condition cannot be read"),
    SV022("Condition names an unknown question or item"),
    SV023("Condition uses an answer the question cannot give"),
    SV024("Condition names a later question"),
    SV025("Condition can never be true"),
    SV026("Condition depends on itself"),
    SV027("Weighting category no answer reaches"),
    SV028("Weighting map names something not declared"),
    SV029("Weighting variable no question maps to"),
    SV030("Area weighting categories do not match the lookup's wards"),
    SV031("Concern code not in the catalogue"),
    SV032("Key given twice"),
    SV033("Weighting map does not fit the question"),
    SV034("Key not used by this question type"),
    SV035("Keys that cannot be used together"),
    SV036("Weighting bands overlap"),
    SV037("Lookup entry not valid"),
    SV038("Concern code retired");

    private final String title;

    ErrorCode(String title) {
        this.title = title;
    }

    /** A few words naming the problem, for tables and summaries. */
    public String title() {
        return title;
    }
}
