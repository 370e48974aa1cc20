-- Staff sign-in (issue 4): ending sessions, throttling unknown usernames, searching the audit log.

-- Signed staff tokens carry the account's session version; raising it (sign-out, password change or reset,
-- disabling) ends every token issued before.
ALTER TABLE staff_account ADD COLUMN session_version INT NOT NULL DEFAULT 0;

-- Failed sign-ins for usernames that have no usable account, so that they lock exactly as real accounts do and
-- the sign-in page never tells whether a username exists. Keyed by a hash: a mistyped password typed into the
-- username box is never stored.
CREATE TABLE sign_in_throttle (
    username_hash   CHAR(64)    NOT NULL,
    failed_sign_ins INT         NOT NULL DEFAULT 0,
    locked_until    DATETIME(3) NULL,
    updated_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (username_hash),
    KEY ix_sign_in_throttle_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_actor ON audit_event (actor);
CREATE INDEX ix_audit_action ON audit_event (action);
