-- Submission rates per address hash are counted in memory (ADR 0013): the table is no longer used.
DROP TABLE submission_rate;
