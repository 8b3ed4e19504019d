-- The persona a practice session talks to (issue #20): a persona id of the case pack; null for the case's
-- interview persona, as every session stored before a case could declare several.
ALTER TABLE practice_session ADD COLUMN persona VARCHAR(64);

-- The persona whose conversation a table's observer tagged a question in; null for the interview's.
ALTER TABLE interview_question ADD COLUMN persona VARCHAR(64);
