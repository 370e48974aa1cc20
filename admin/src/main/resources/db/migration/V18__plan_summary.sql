-- The published summary of the partnership plan for a plan year (issue 7, ADR 0027). Staff edit one draft per plan
-- year (what will be done per priority, measures of success); publishing copies the draft and the current decision's
-- frozen evidence into a new version, never edited: a correction is a later version with a note saying what changed.
CREATE TABLE plan_summary_draft (
    plan_year  VARCHAR(7)   NOT NULL,
    content    MEDIUMTEXT   NOT NULL,
    revision   INT          NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (plan_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_summary_version (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    plan_year       VARCHAR(7)    NOT NULL,
    version         INT           NOT NULL,
    decision_id     BIGINT        NOT NULL,
    content         MEDIUMTEXT    NOT NULL,
    correction_note VARCHAR(1000) NULL,
    published_by    VARCHAR(100)  NOT NULL,
    published_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_plan_summary_version (plan_year, version),
    CONSTRAINT fk_plan_summary_decision FOREIGN KEY (decision_id) REFERENCES priority_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
