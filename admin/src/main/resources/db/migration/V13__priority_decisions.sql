-- The partnership's agreed priorities for a plan year (issue 6), each decision with the evidence it was taken on,
-- frozen as it was at that moment (ADR 0022). A decision is never edited: a later decision for the same plan year
-- supersedes it, saying why, and both are kept.
CREATE TABLE priority_decision (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    plan_year        VARCHAR(7)   NOT NULL,
    meeting          VARCHAR(200) NOT NULL,
    decided_on       DATE         NOT NULL,
    consultation_id  BIGINT       NOT NULL,
    evidence         MEDIUMTEXT   NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    recorded_at      DATETIME(3)  NOT NULL,
    supersedes_id    BIGINT       NULL,
    superseded_by_id BIGINT       NULL,
    change_reason    VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_priority_decision_year (plan_year, superseded_by_id),
    CONSTRAINT fk_priority_decision_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_priority_decision_supersedes FOREIGN KEY (supersedes_id) REFERENCES priority_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE priority_decision_item (
    decision_id  BIGINT      NOT NULL,
    position     INT         NOT NULL,
    concern_code VARCHAR(64) NOT NULL,
    rationale    TEXT        NOT NULL,
    PRIMARY KEY (decision_id, position),
    CONSTRAINT fk_priority_item_decision FOREIGN KEY (decision_id) REFERENCES priority_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
