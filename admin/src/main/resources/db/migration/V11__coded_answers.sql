-- Each response's coded answers (choices, ranks, whole numbers; never free text) as one line, written in the same
-- transaction as its answer rows, so that analysis reads one row per response rather than some twenty-five
-- (ADR 0017; the format is CodedAnswers). Equality answers are coded in a table of their own, as their rows are
-- (ADR 0009). Both go with the response when it is erased (ON DELETE CASCADE). Responses stored before this
-- migration are coded when analysis first needs them (CodedAnswerBackfill), so this migration writes none.
CREATE TABLE response_coded_answers (
    response_id BIGINT     NOT NULL,
    answers     MEDIUMTEXT NOT NULL,
    PRIMARY KEY (response_id),
    CONSTRAINT fk_coded_answers_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response_equality_coded_answers (
    response_id BIGINT     NOT NULL,
    answers     MEDIUMTEXT NOT NULL,
    PRIMARY KEY (response_id),
    CONSTRAINT fk_equality_coded_answers_response FOREIGN KEY (response_id) REFERENCES response (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
