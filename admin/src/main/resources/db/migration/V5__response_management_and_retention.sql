-- Response management and data protection (issue 4). Kept in the SQL subset both H2 (MODE=MySQL) and
-- MySQL/MariaDB accept (see shared/STACK.md).

-- Who keyed in a paper or meeting response (a staff username); null for a resident's own online response.
ALTER TABLE response ADD COLUMN entered_by VARCHAR(100) NULL;

-- Staff lists: newest first, within a consultation or across all of them.
CREATE INDEX ix_response_consultation_submitted ON response (consultation_id, submitted_at);
CREATE INDEX ix_response_submitted ON response (submitted_at);

-- Equality answers (special category data) in a table of their own, apart from the main answers and their free
-- text; linked to the response only so that SQL can weight and break down results in aggregate (ADR 0009).
-- Rows are moved here from response_answer at start-up (EqualityAnswerSeparation), exactly by each version's
-- definition, so this migration moves none.
CREATE TABLE response_equality_answer (
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
    KEY ix_equality_answer_response (response_id),
    KEY ix_equality_answer_question (question_id, choice_id),
    CONSTRAINT fk_equality_answer_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What analysis reads: coded answers of included responses only (status SUBMITTED; DUPLICATE, SPAM and TEST are
-- kept but excluded), and never free text.
CREATE VIEW included_answer AS
SELECT a.response_id, r.consultation_id, r.questionnaire_version_id, r.channel, a.question_id, a.item_id,
       a.choice_id, a.rank_position, a.number_value, a.date_value
FROM response_answer a
JOIN response r ON r.id = a.response_id
WHERE r.status = 'SUBMITTED';

CREATE VIEW included_equality_answer AS
SELECT a.response_id, r.consultation_id, r.questionnaire_version_id, a.question_id, a.item_id, a.choice_id,
       a.rank_position, a.number_value, a.date_value
FROM response_equality_answer a
JOIN response r ON r.id = a.response_id
WHERE r.status = 'SUBMITTED';

-- How long individual answers are kept after a consultation closes. The shipped privacy notices promise three
-- years; after it the daily purge removes free text and drafts and keeps coded answers (ADR 0010).
ALTER TABLE consultation ADD COLUMN retention_months INT NOT NULL DEFAULT 36;

-- Invitation codes are generated in batches (one mail merge each); codes made before batches existed become one
-- batch per consultation.
CREATE TABLE invitation_batch (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT       NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    code_count      INT          NOT NULL,
    withdrawn_at    DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_invitation_batch_consultation (consultation_id),
    CONSTRAINT fk_invitation_batch_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE invitation_code ADD COLUMN batch_id BIGINT NULL;

INSERT INTO invitation_batch (consultation_id, created_at, created_by, code_count)
SELECT consultation_id, MIN(created_at), 'system', COUNT(*) FROM invitation_code GROUP BY consultation_id;

UPDATE invitation_code SET batch_id =
    (SELECT b.id FROM invitation_batch b WHERE b.consultation_id = invitation_code.consultation_id);

CREATE INDEX ix_invitation_code_batch ON invitation_code (batch_id, used_at);

ALTER TABLE invitation_code ADD CONSTRAINT fk_invitation_code_batch FOREIGN KEY (batch_id) REFERENCES invitation_batch (id);
