-- The response store. Kept in the SQL subset that both H2 (MODE=MySQL) and MySQL/MariaDB accept:
-- lower-case snake_case names, no generated columns, no JSON logic, no prefix indexes.

CREATE TABLE questionnaire (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    questionnaire_key VARCHAR(64)  NOT NULL,
    title             VARCHAR(255) NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_questionnaire_key (questionnaire_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A version holds the definition exactly as written. A published version is immutable: editing creates a new
-- version, and every response references the exact version it answered.
CREATE TABLE questionnaire_version (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    questionnaire_id BIGINT       NOT NULL,
    version_number   INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    source_yaml      LONGTEXT     NOT NULL,
    source_sha256    CHAR(64)     NOT NULL,
    source_file      VARCHAR(255) NULL,
    created_at       DATETIME(3)  NOT NULL,
    published_at     DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_questionnaire_version (questionnaire_id, version_number),
    CONSTRAINT fk_version_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(100)  NOT NULL,
    title       VARCHAR(255)  NOT NULL,
    summary     VARCHAR(1000) NOT NULL,
    purpose     TEXT          NULL,
    how_used    TEXT          NULL,
    opens_at    DATETIME(3)   NOT NULL,
    closes_at   DATETIME(3)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_consultation_slug (slug),
    KEY ix_consultation_dates (opens_at, closes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A consultation runs one or more questionnaires; residents answer the latest published version of each.
CREATE TABLE consultation_questionnaire (
    consultation_id  BIGINT NOT NULL,
    questionnaire_id BIGINT NOT NULL,
    position         INT    NOT NULL,
    PRIMARY KEY (consultation_id, questionnaire_id),
    CONSTRAINT fk_cq_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_cq_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    reference                VARCHAR(20)  NOT NULL,
    consultation_id          BIGINT       NOT NULL,
    questionnaire_version_id BIGINT       NOT NULL,
    channel                  VARCHAR(16)  NOT NULL,
    status                   VARCHAR(16)  NOT NULL,
    status_reason            VARCHAR(500) NULL,
    idempotency_key          VARCHAR(64)  NULL,
    submitted_at             DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_response_reference (reference),
    UNIQUE KEY uq_response_idempotency_key (idempotency_key),
    KEY ix_response_consultation (consultation_id, status),
    KEY ix_response_version (questionnaire_version_id, status),
    CONSTRAINT fk_response_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_response_version FOREIGN KEY (questionnaire_version_id) REFERENCES questionnaire_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Answers in long form: one row per question, grid item, chosen option or rank, so SQL can count them.
CREATE TABLE response_answer (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    response_id   BIGINT      NOT NULL,
    question_id   VARCHAR(64) NOT NULL,
    item_id       VARCHAR(64) NULL,
    choice_id     VARCHAR(64) NULL,
    rank_position INT         NULL,
    number_value  BIGINT      NULL,
    text_value    TEXT        NULL,
    date_value    DATE        NULL,
    PRIMARY KEY (id),
    KEY ix_answer_response (response_id),
    KEY ix_answer_question (question_id, item_id, choice_id),
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
