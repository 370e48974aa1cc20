-- Questionnaire design in the back office (issue 4). Same SQL subset as V1 (H2 in MySQL mode and MySQL/MariaDB).
--
-- A version is made either from a file (the shipped questionnaires at start-up: created_by NULL) or by a member of
-- staff (created_by = their username). Only a draft is ever changed (updated_at), and only while it is a draft: the
-- statements that change a version say "AND status = 'DRAFT'", so a published version cannot be altered even by
-- mistake. based_on_version_id records the version a draft was started from (an edit, a copy for next year).
ALTER TABLE questionnaire_version ADD COLUMN created_by VARCHAR(100) NULL;
ALTER TABLE questionnaire_version ADD COLUMN updated_at DATETIME(3) NULL;
ALTER TABLE questionnaire_version ADD COLUMN based_on_version_id BIGINT NULL;
ALTER TABLE questionnaire_version ADD CONSTRAINT fk_version_based_on
    FOREIGN KEY (based_on_version_id) REFERENCES questionnaire_version (id) ON DELETE SET NULL;
