-- Indexes for the analysis counts (ResponseCells) and the results page, from the benchmark of issue 5
-- (docs/benchmarks/analysis/). With 100,000 responses (2.4 million answer rows) on MariaDB:
--   * the weighting keys (ward, age, sex) were found per response through ix_answer_response (response_id only),
--     reading every answer row of every response to find one question: (response_id, question_id, ...) finds the
--     one row, and carries the values counted, so the counts read the index only, never the table rows;
--   * the list of versions a consultation's responses answered (every request to the analysis pages) read each
--     response row for questionnaire_version_id: (consultation_id, status, questionnaire_version_id) covers it.
CREATE INDEX ix_answer_response_question
    ON response_answer (response_id, question_id, item_id, choice_id, rank_position, number_value);

CREATE INDEX ix_equality_answer_response_question
    ON response_equality_answer (response_id, question_id, item_id, choice_id, rank_position, number_value);

CREATE INDEX ix_response_consultation_version ON response (consultation_id, status, questionnaire_version_id);

