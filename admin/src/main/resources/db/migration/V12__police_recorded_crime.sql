-- Police recorded crime for the strategic assessment (issue 6, ADR 0020): data.police.uk street-level files are
-- read and counted on import; only the counts are kept (never a row with coordinates). Kept in the SQL subset H2
-- (MODE=MySQL) and MySQL/MariaDB both accept.

-- How each police crime type enters the priority matrix: the concern it counts towards (NULL: none) and its harm
-- weight (a severity per offence, e.g. days of imprisonment as in the Cambridge Crime Harm Index), with a source.
CREATE TABLE crime_type_mapping (
    crime_type   VARCHAR(100) NOT NULL,
    concern_code VARCHAR(64)  NULL,
    harm_weight  DOUBLE       NOT NULL,
    harm_source  VARCHAR(500) NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (crime_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which ward each LSOA (lower layer super output area) lies in, as in the ONS LSOA to ward lookup. An LSOA not
-- listed is outside the partnership's area.
CREATE TABLE lsoa_ward (
    lsoa_code VARCHAR(16) NOT NULL,
    ward_code VARCHAR(16) NOT NULL,
    PRIMARY KEY (lsoa_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One import of many files: who, when, what was read, and what could not be placed.
CREATE TABLE crime_import (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    imported_by         VARCHAR(100)  NOT NULL,
    imported_at         DATETIME(3)   NOT NULL,
    files               VARCHAR(2000) NOT NULL,
    months              VARCHAR(1000) NOT NULL,
    rows_read           BIGINT        NOT NULL,
    unmapped_lsoa_rows  BIGINT        NOT NULL,
    unknown_type_rows   BIGINT        NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The counts: per month (YYYY-MM), force (the files' "Reported by"), ward and crime type. ward_code '' holds rows whose
-- LSOA is blank or not in lsoa_ward (outside the partnership's area, or unmapped). Importing a month again for
-- the same force replaces its counts.
CREATE TABLE crime_count (
    crime_month CHAR(7)      NOT NULL,
    reported_by VARCHAR(100) NOT NULL,
    ward_code   VARCHAR(16)  NOT NULL,
    crime_type  VARCHAR(100) NOT NULL,
    crimes      INT          NOT NULL,
    import_id   BIGINT       NOT NULL,
    PRIMARY KEY (crime_month, reported_by, ward_code, crime_type),
    CONSTRAINT fk_crime_count_import FOREIGN KEY (import_id) REFERENCES crime_import (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The crime types data.police.uk publishes, with illustrative harm weights: replace them with your force's or the
-- Cambridge Crime Harm Index's figures before relying on the harm indicator.
INSERT INTO crime_type_mapping (crime_type, concern_code, harm_weight, harm_source, updated_by, updated_at) VALUES
    ('Anti-social behaviour', 'asb', 1, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Bicycle theft', 'vehicle_crime', 10, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Burglary', 'burglary', 80, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Criminal damage and arson', 'vandalism', 20, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Drugs', 'drug_dealing', 30, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Other crime', NULL, 20, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Other theft', NULL, 10, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Possession of weapons', 'knife_crime', 100, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Public order', NULL, 10, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Robbery', 'violent_crime', 365, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Shoplifting', NULL, 5, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Theft from the person', NULL, 20, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Vehicle crime', 'vehicle_crime', 15, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00'),
    ('Violence and sexual offences', 'violent_crime', 120, 'Illustrative default shipped with Safer Voices: replace before use', 'system', '2026-01-01 00:00:00');
