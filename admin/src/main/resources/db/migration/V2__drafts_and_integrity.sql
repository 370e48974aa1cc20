-- Drafts of the resident's journey ("save and come back later"), invitation codes for sample-based surveys,
-- installation secrets (for signing cookies, shared by every node), and duplicate-protection counters.

-- A draft holds only what the resident entered (raw form values of answered questions, as JSON text that SQL never
-- looks inside), and expires with its consultation. Tokens and resume codes are stored as SHA-256 hashes only.
CREATE TABLE response_draft (
    id                       BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash               CHAR(64)    NOT NULL,
    resume_code_hash         CHAR(64)    NULL,
    consultation_id          BIGINT      NOT NULL,
    questionnaire_version_id BIGINT      NOT NULL,
    state_json               LONGTEXT    NOT NULL,
    submission_key           VARCHAR(64) NOT NULL,
    invitation_code_id       BIGINT      NULL,
    -- set once the main answers are submitted: the optional equality questions come after (GOV.UK pattern)
    response_id              BIGINT      NULL,
    created_at               DATETIME(3) NOT NULL,
    updated_at               DATETIME(3) NOT NULL,
    expires_at               DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_draft_token (token_hash),
    UNIQUE KEY uq_draft_resume_code (resume_code_hash),
    KEY ix_draft_expires (expires_at),
    CONSTRAINT fk_draft_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_draft_version FOREIGN KEY (questionnaire_version_id) REFERENCES questionnaire_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use invitation codes. Which response used a code is not recorded: only that it was used.
CREATE TABLE invitation_code (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT      NOT NULL,
    code_hash       CHAR(64)    NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    used_at         DATETIME(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_invitation_code (code_hash),
    KEY ix_invitation_consultation (consultation_id),
    CONSTRAINT fk_invitation_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE consultation ADD COLUMN invitation_only TINYINT(1) NOT NULL DEFAULT 0;

CREATE TABLE installation_secret (
    name       VARCHAR(64)  NOT NULL,
    secret     VARCHAR(128) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Submissions per hour per salted hash of the client address (the salt changes daily, rows are purged after two
-- days): enough to flag a flood of responses from one place, never enough to identify anyone.
CREATE TABLE submission_rate (
    address_hash CHAR(64) NOT NULL,
    hour_bucket  BIGINT   NOT NULL,
    submissions  INT      NOT NULL,
    PRIMARY KEY (address_hash, hour_bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why a response looks like a possible duplicate or automated (comma-separated flags); flagged responses are kept
-- and counted until staff decide.
ALTER TABLE response ADD COLUMN integrity_flags VARCHAR(200) NULL;
