-- The concern catalogue as staff edit it (issue 6, ADR 0024): each save is a new version holding the whole
-- catalogue/concerns.yaml text (comments at its top kept), its SHA-256 (the editor's guard against saving over
-- someone else's change) and who made it (NULL: the shipped file, stored at start-up). The latest version is the
-- catalogue. A version is never changed; the unique version number stops two saves both becoming version n + 1.
CREATE TABLE concern_catalogue_version (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version_number INT          NOT NULL,
    catalogue_yaml MEDIUMTEXT   NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    created_by     VARCHAR(100) NULL,
    created_at     DATETIME(3)  NOT NULL,
    summary        VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_concern_catalogue_version (version_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
