-- Which exercise the projector's leaderboard ranks by; null ranks by the total of all released exercises.
ALTER TABLE score_display ADD COLUMN ranked_by VARCHAR(64);
