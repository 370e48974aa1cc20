-- Public meetings (issue 7, first part; ADR 0026). Reg. 12 of SI 2007/1830: one or more public meetings a year,
-- attended by people in a senior position in each responsible authority, publicised in advance, with what was
-- discussed published. The engagement record and the plan summary read these tables (see the ADR for the queries
-- they are meant to run); only admin/.../meeting writes them.
--
-- Times: every DATETIME(3) here holds UTC, written and read as java.time.LocalDateTime in UTC by the meeting code,
-- whatever the JVM's or the database's time zone. Pages show them in Europe/London. plan_year ("2026-27", 1 April
-- to 31 March) is derived from the UK date of starts_at and rewritten whenever starts_at changes.

-- The five kinds of responsible authority named by the Crime and Disorder Act 1998 s.5.
CREATE TABLE responsible_authority_kind (
    code     VARCHAR(32)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    position INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO responsible_authority_kind (code, name, position) VALUES
    ('council', 'Local authority', 1),
    ('police', 'Police', 2),
    ('fire', 'Fire and rescue', 3),
    ('health', 'Health', 4),
    ('probation', 'Probation', 5);

-- The partnership's own responsible authorities, named as it names them ("Example Borough Council"). One of each
-- kind to start; a two-tier area adds its second council. A retired authority (retired_at set) is kept for the
-- meetings that name it but no longer offered or counted.
CREATE TABLE responsible_authority (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    kind       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    position   INT          NOT NULL,
    retired_at DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_responsible_authority_kind (kind),
    CONSTRAINT fk_responsible_authority_kind FOREIGN KEY (kind) REFERENCES responsible_authority_kind (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO responsible_authority (kind, name, position) VALUES
    ('council', 'The council', 1),
    ('police', 'The police', 2),
    ('fire', 'The fire and rescue service', 3),
    ('health', 'The integrated care board', 4),
    ('probation', 'The Probation Service', 5);

-- A meeting. status: DRAFT (staff only), PUBLISHED (on the portal), CANCELLED (on the portal as cancelled when it
-- had been published). publicised_at: when it was first published (never cleared: "publicised in advance" is
-- publicised_at < starts_at). capacity NULL: no limit. discussed_published_at: when "What was discussed" was first
-- published (NULL: not published). revision: bumped by every staff change, for lost-update checks.
CREATE TABLE meeting (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    slug                     VARCHAR(120)  NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    summary                  VARCHAR(1000) NULL,
    starts_at                DATETIME(3)   NOT NULL,
    ends_at                  DATETIME(3)   NOT NULL,
    plan_year                VARCHAR(7)    NOT NULL,
    venue_name               VARCHAR(200)  NULL,
    venue_address            VARCHAR(500)  NULL,
    accessibility            TEXT          NULL,
    online_url               VARCHAR(500)  NULL,
    agenda                   TEXT          NULL,
    capacity                 INT           NULL,
    status                   VARCHAR(16)   NOT NULL,
    publicised_at            DATETIME(3)   NULL,
    cancelled_at             DATETIME(3)   NULL,
    cancel_reason            VARCHAR(1000) NULL,
    feedback_consultation_id BIGINT        NULL,
    attendance               INT           NULL,
    minutes                  MEDIUMTEXT    NULL,
    recorded_at              DATETIME(3)   NULL,
    discussed_published_at   DATETIME(3)   NULL,
    registrations_purged_at  DATETIME(3)   NULL,
    revision                 INT           NOT NULL DEFAULT 0,
    created_by               VARCHAR(100)  NOT NULL,
    created_at               DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_meeting_slug (slug),
    KEY ix_meeting_status_starts (status, starts_at),
    KEY ix_meeting_plan_year (plan_year, status),
    CONSTRAINT fk_meeting_feedback_consultation FOREIGN KEY (feedback_consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The senior people from the responsible authorities: expected (announced before the meeting, expected = 1) and,
-- once the meeting is recorded, whether each came (attended: NULL not yet recorded, 1 came, 0 did not). Someone who
-- came in place of another is added at recording with expected = 0, attended = 1.
CREATE TABLE meeting_attendee (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id   BIGINT       NOT NULL,
    authority_id BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    role         VARCHAR(200) NOT NULL,
    position     INT          NOT NULL,
    expected     TINYINT(1)   NOT NULL,
    attended     TINYINT(1)   NULL,
    PRIMARY KEY (id),
    KEY ix_meeting_attendee_meeting (meeting_id, position),
    CONSTRAINT fk_meeting_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_attendee_authority FOREIGN KEY (authority_id) REFERENCES responsible_authority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Questions asked at the meeting and the answers given, as staff record them (no names of who asked).
CREATE TABLE meeting_question (
    meeting_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    question    TEXT          NOT NULL,
    answer      TEXT          NOT NULL,
    answered_by VARCHAR(200)  NULL,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_question_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Residents' registrations: personal data, minimised (a name or initials; optional needs and question) and removed
-- by the retention purge a configured number of days after the meeting (name, needs and question set to NULL,
-- personal_data_removed_at set; the row stays so the numbers stay). reference: random, for cancelling.
-- status: CONFIRMED (has a place), WAITING (on the waiting list, in id order), CANCELLED.
CREATE TABLE meeting_registration (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id               BIGINT       NOT NULL,
    reference                VARCHAR(20)  NOT NULL,
    name                     VARCHAR(100) NULL,
    accessibility_needs      TEXT         NULL,
    question                 TEXT         NULL,
    status                   VARCHAR(16)  NOT NULL,
    created_at               DATETIME(3)  NOT NULL,
    promoted_at              DATETIME(3)  NULL,
    cancelled_at             DATETIME(3)  NULL,
    personal_data_removed_at DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_meeting_registration_reference (reference),
    KEY ix_meeting_registration_status (meeting_id, status, id),
    CONSTRAINT fk_meeting_registration_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
