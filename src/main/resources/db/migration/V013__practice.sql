-- Interviews with the computer persona (the practice partner): a session is one trainee's, or a whole table's
-- when table_id is set; every question and the persona's answer is a turn, in order.
CREATE TABLE practice_session (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id    BIGINT NOT NULL REFERENCES workshop (id),
    participant_id BIGINT NOT NULL REFERENCES participant (id),
    table_id       BIGINT REFERENCES workshop_table (id),
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX practice_session_workshop ON practice_session (workshop_id);

CREATE TABLE practice_turn (
    session_id BIGINT NOT NULL REFERENCES practice_session (id),
    position   INT NOT NULL,
    asked_by   VARCHAR(100) NOT NULL,
    question   VARCHAR(500) NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    targets    VARCHAR(1000) NOT NULL,
    answer     VARCHAR(4000) NOT NULL,
    asked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, position)
);
