-- Each leaderboard setting is written by its own upsert (ADR 023): the row a first "rank by" creates is hidden.
ALTER TABLE score_display ALTER COLUMN leaderboard_shown SET DEFAULT FALSE;
