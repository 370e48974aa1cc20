package uk.gov.safervoices.admin.database;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * A counter that every staff change altering what analysis reads moves on (a response marked or restored or
 * erased, margins or a weighting scheme changed), inside that change's own transaction. Cached results remember
 * the revision they were computed at. Residents' submissions never touch it: new responses and equality answers
 * are seen from their ids (docs/adr/0016-analysis-results-cache.md).
 */
@Singleton
public class AnalysisRevision {
    private final JdbcOperations jdbc;

    AnalysisRevision(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the revision on; call inside the transaction of the change. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void changed() {
        jdbc.prepareStatement("UPDATE analysis_revision SET revision = revision + 1 WHERE id = 1",
                statement -> statement.executeUpdate());
    }
}
