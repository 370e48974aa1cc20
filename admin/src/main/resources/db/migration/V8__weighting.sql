-- Weighting: population margins and weighting schemes (issue 5). Kept in the SQL subset H2 (MODE=MySQL) and
-- MySQL/MariaDB both accept.

-- A set of population margins for an area from one source (e.g. "Example Borough, ONS mid-2024 estimates"), in
-- long form: one row per category of each weighting variable. Replacing the figures keeps the set's id.
CREATE TABLE margin_set (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200)  NOT NULL,
    area        VARCHAR(200)  NOT NULL,
    source      VARCHAR(500)  NOT NULL,
    uploaded_by VARCHAR(100)  NOT NULL,
    uploaded_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_margin_set_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE margin_population (
    margin_set_id BIGINT        NOT NULL,
    variable      VARCHAR(64)   NOT NULL,
    category      VARCHAR(100)  NOT NULL,
    position      INT           NOT NULL,
    population    DOUBLE        NOT NULL,
    PRIMARY KEY (margin_set_id, variable, category),
    CONSTRAINT fk_margin_population_set FOREIGN KEY (margin_set_id) REFERENCES margin_set (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How to weight: which margins, which of their variables, what to do with blank weighting answers, trimming, and
-- the smallest base reported without a flag. Edited in place; every change is audited.
CREATE TABLE weighting_scheme (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(200)  NOT NULL,
    margin_set_id   BIGINT        NOT NULL,
    variables       VARCHAR(500)  NOT NULL,
    missing_answers VARCHAR(16)   NOT NULL,
    rescale_totals  BOOLEAN       NOT NULL,
    trim_lower      DOUBLE        NULL,
    trim_upper      DOUBLE        NULL,
    minimum_base    INT           NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_weighting_scheme_name (name),
    CONSTRAINT fk_weighting_scheme_margins FOREIGN KEY (margin_set_id) REFERENCES margin_set (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Categories merged before raking, e.g. a ward with too few respondents merged with its neighbour.
CREATE TABLE weighting_collapse (
    scheme_id     BIGINT        NOT NULL,
    variable      VARCHAR(64)   NOT NULL,
    into_category VARCHAR(100)  NOT NULL,
    categories    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (scheme_id, variable, into_category),
    CONSTRAINT fk_weighting_collapse_scheme FOREIGN KEY (scheme_id) REFERENCES weighting_scheme (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bumped by every staff change that alters what analysis reads (a response marked or restored, a response
-- erased, margins or a scheme changed), so cached results can tell they are stale. New submissions and equality
-- answers are seen from their ids instead, so residents' writes never touch this row (ADR 0016).
CREATE TABLE analysis_revision (
    id       INT    NOT NULL,
    revision BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO analysis_revision (id, revision) VALUES (1, 0);
