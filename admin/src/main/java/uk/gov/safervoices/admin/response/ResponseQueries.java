package uk.gov.safervoices.admin.response;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.answers.AnswerRows;
import uk.gov.safervoices.definitions.answers.Visibility;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What staff see of responses: filtered, paged lists (SQL filters and pages; nothing loads every response) and one
 * response with the questions as asked. Equality answers are never shown here.
 */
@Singleton
public class ResponseQueries {
    public static final int MAX_PAGE_SIZE = 200;

    private final ConnectionOperations<Connection> connections;
    private final ResponseRepository responses;
    private final ResponseStore store;
    private final Questionnaires questionnaires;
    private final DefinitionLibrary library;

    ResponseQueries(ConnectionOperations<Connection> connections, ResponseRepository responses, ResponseStore store,
                    Questionnaires questionnaires, DefinitionLibrary library) {
        this.connections = connections;
        this.responses = responses;
        this.store = store;
        this.questionnaires = questionnaires;
        this.library = library;
    }

    /** One page (from 0) of the responses the filter lets through, newest first. */
    public ResponsePage list(ResponseFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Page from 0, size from 1 to " + MAX_PAGE_SIZE);
        }
        ResponseListQuery query = new ResponseListQuery(filter);
        return connections.executeRead(status -> {
            try {
                Connection connection = status.getConnection();
                return new ResponsePage(query.page(connection, page, size), page, size, query.count(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("Listing responses failed", e);
            }
        });
    }

    public Optional<ResponseSummary> summary(long responseId) {
        return Optional.ofNullable(connections.executeRead(status -> {
            try {
                return ResponseListQuery.one(status.getConnection(), responseId);
            } catch (SQLException e) {
                throw new IllegalStateException("Reading response " + responseId + " failed", e);
            }
        }));
    }

    /** The id of the response with this reference (as a resident reads it out: any case, spaces or dashes). */
    public Optional<Long> idOf(String reference) {
        return ReferenceNumbers.normalise(reference).flatMap(responses::findByReference).map(ResponseRecord::id);
    }

    /** The response with its answers paired with the questions of the version it answered. */
    public Optional<ResponseAsAsked> asAsked(long responseId) {
        Optional<ResponseSummary> summary = summary(responseId);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        QuestionnaireVersion version = questionnaires.version(summary.get().questionnaireVersionId()).orElseThrow();
        Questionnaire definition = questionnaires.definition(version);
        List<AnswerRow> rows = new ArrayList<>(store.mainAnswerRows(responseId));
        // equality answers can decide whether a later question was shown; they are used for that and never shown
        rows.addAll(store.equalityAnswerRows(responseId));
        Map<String, Answer> answers = AnswerRows.fromRows(definition, rows);
        Visibility.Route route = Visibility.route(definition, answers);
        List<AskedQuestion> asked = new ArrayList<>();
        for (Section section : route.sections()) {
            if (section.equality()) {
                continue;
            }
            for (Question question : section.questions()) {
                if (route.isShown(question)) {
                    Answer answer = route.answers().get(question.id());
                    asked.add(new AskedQuestion(section.id(), section.title(), question.id(), question.text(),
                            question.type(), answer == null ? List.of()
                            : AnswerLabels.lines(question, answer, library.lookups())));
                }
            }
        }
        return Optional.of(new ResponseAsAsked(summary.get(), asked));
    }
}
