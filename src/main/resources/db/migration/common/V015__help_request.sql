-- A help request stays until the instructor has handled it; a later "done" or "more time" changes the status only.
ALTER TABLE workshop_table ADD COLUMN help_requested BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE workshop_table SET help_requested = TRUE WHERE status = 'NEED_HELP';
