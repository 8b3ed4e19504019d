-- A copy writes several fields; they share a change group so one undo takes the whole copy back.
-- copied_from names what a copy came from (exercise:entry>section), so a copy already on the board is shown as done.
ALTER TABLE board_change ADD COLUMN change_group VARCHAR(36);
ALTER TABLE board_change ADD COLUMN copied_from VARCHAR(300);
