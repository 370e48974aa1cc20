-- The priority matrix of a plan year (issue 6, ADR 0021, ADR 0025): where its evidence comes from (a consultation's
-- ranked concerns weighted by a scheme, and a plan year of police recorded crime), the criteria with the
-- partnership's weights, and the partnership's own scores per concern (such as capacity to act).
CREATE TABLE priority_matrix (
    plan_year       VARCHAR(7)   NOT NULL,
    consultation_id BIGINT       NULL,
    scheme_id       BIGINT       NULL,
    crime_year      INT          NULL,
    revision        INT          NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (plan_year),
    CONSTRAINT fk_priority_matrix_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_priority_matrix_scheme FOREIGN KEY (scheme_id) REFERENCES weighting_scheme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Built-in criteria (community_concern, crime_volume, crime_trend, crime_harm) have a row for their weight; the
-- partnership's own criteria (codes starting own_) also have a name, a source and a direction.
CREATE TABLE priority_matrix_criterion (
    plan_year          VARCHAR(7)    NOT NULL,
    code               VARCHAR(64)   NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    source             VARCHAR(500)  NOT NULL,
    higher_is_priority BOOLEAN       NOT NULL,
    weight             DOUBLE        NOT NULL,
    position           INT           NOT NULL,
    PRIMARY KEY (plan_year, code),
    CONSTRAINT fk_priority_criterion_matrix FOREIGN KEY (plan_year) REFERENCES priority_matrix (plan_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE priority_matrix_score (
    plan_year      VARCHAR(7)  NOT NULL,
    criterion_code VARCHAR(64) NOT NULL,
    concern_code   VARCHAR(64) NOT NULL,
    score          DOUBLE      NOT NULL,
    PRIMARY KEY (plan_year, criterion_code, concern_code),
    CONSTRAINT fk_priority_score_criterion FOREIGN KEY (plan_year, criterion_code)
        REFERENCES priority_matrix_criterion (plan_year, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
