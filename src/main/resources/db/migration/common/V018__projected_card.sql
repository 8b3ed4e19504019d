-- The concept card the instructor puts on the projector (a card id of the method pack), or none.
ALTER TABLE workshop ADD COLUMN projected_card VARCHAR(100);
