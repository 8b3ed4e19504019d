-- The networks a workshop is used from (a tablet joined, its console or projector opened): there its own code is
-- never counted as a guess, so a prankster's wrong codes cannot lock the class out (ADR 019).
CREATE TABLE join_room (
    room        VARCHAR(300) NOT NULL,
    workshop_id BIGINT NOT NULL,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (room, workshop_id)
);
CREATE INDEX join_room_seen ON join_room (seen_at);
