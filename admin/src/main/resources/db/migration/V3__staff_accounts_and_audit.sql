-- Staff accounts (residents have none), and the audit log of every staff action that changes data.

CREATE TABLE staff_account (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    username              VARCHAR(100) NOT NULL,
    display_name          VARCHAR(200) NOT NULL,
    password_hash         VARCHAR(255) NOT NULL,
    -- comma-separated roles: ADMIN, CONSULTATION, ANALYST, PARTNERSHIP
    roles                 VARCHAR(100) NOT NULL,
    must_change_password  TINYINT(1)   NOT NULL DEFAULT 0,
    failed_sign_ins       INT          NOT NULL DEFAULT 0,
    locked_until          DATETIME(3)  NULL,
    disabled              TINYINT(1)   NOT NULL DEFAULT 0,
    created_at            DATETIME(3)  NOT NULL,
    password_changed_at   DATETIME(3)  NOT NULL,
    last_sign_in_at       DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_staff_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what, when, to which record; before/after are ids or short codes, never residents' answers.
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(3)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(64)  NOT NULL,
    subject_id   VARCHAR(64)  NULL,
    before_value VARCHAR(500) NULL,
    after_value  VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_time (occurred_at),
    KEY ix_audit_subject (subject_type, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
