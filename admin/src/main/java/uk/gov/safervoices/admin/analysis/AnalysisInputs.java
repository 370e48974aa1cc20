package uk.gov.safervoices.admin.analysis;

/**
 * What a consultation's results were computed from. New responses raise {@code lastResponse}; equality answers,
 * which residents may add after submitting, raise {@code lastEqualityAnswer}; staff changes (a response marked,
 * restored or erased, margins or a scheme changed) raise {@code revision} ({@link uk.gov.safervoices.admin.database.AnalysisRevision}).
 */
record AnalysisInputs(long lastResponse, long lastEqualityAnswer, long revision) {
    @Override
    public String toString() {
        return lastResponse + "." + lastEqualityAnswer + "." + revision;
    }
}
