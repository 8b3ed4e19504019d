-- When the instructor last locked a board again after unlocking it: an edit begun before that moment is still
-- saved for a short while, marked as made after time-up (ADR 014).
ALTER TABLE board ADD COLUMN relocked_at TIMESTAMP WITH TIME ZONE;
