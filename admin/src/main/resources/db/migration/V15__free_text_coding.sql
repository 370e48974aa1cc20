-- Free-text coding (issue 6, ADR 0023): analysts give residents' own words ("Other (please say)" and open answers)
-- codes, each a concern of the catalogue or a theme of the consultation, so that they count toward the concern
-- scores. Kept in the SQL subset both H2 (MODE=MySQL) and MySQL/MariaDB accept (see shared/STACK.md).

-- Themes analysts name while coding a consultation's answers, for what the catalogue has no concern for. A theme
-- belongs to its consultation; its code (lower snake case) is unique there and is written "theme:<code>" in
-- free_text_code, which no catalogue code can be (catalogue codes have no colon).
CREATE TABLE coding_theme (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT        NOT NULL,
    code            VARCHAR(64)   NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    description     VARCHAR(500)  NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_coding_theme_code (consultation_id, code),
    CONSTRAINT fk_coding_theme_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per code given to a free-text answer. The answer is the response's free text for the question (a
-- question holds at most one: a text answer, or the "please say" words of its specify choice); choice_id and
-- rank_position say where it stands (the "other" choice, and the rank it was given in a ranking; null for a text
-- question). An answer may carry several codes. The rows hold codes only, never the words: they go with the
-- response when it is erased (ON DELETE CASCADE) and stay, like coded answers, when the retention purge or a
-- redaction removes the words (ADR 0010).
CREATE TABLE free_text_code (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    response_id   BIGINT       NOT NULL,
    question_id   VARCHAR(64)  NOT NULL,
    choice_id     VARCHAR(64)  NULL,
    rank_position INT          NULL,
    code          VARCHAR(80)  NOT NULL,
    coded_by      VARCHAR(100) NOT NULL,
    coded_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_free_text_code (response_id, question_id, code),
    KEY ix_free_text_code_code (code),
    CONSTRAINT fk_free_text_code_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A counter per consultation that every coding change moves on, in its own transaction: ranked concerns computed
-- before it are not reused after it (the coding is part of their fingerprint, ADR 0016 and 0023).
CREATE TABLE coding_revision (
    consultation_id BIGINT NOT NULL,
    revision        BIGINT NOT NULL,
    PRIMARY KEY (consultation_id),
    CONSTRAINT fk_coding_revision_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
