-- Whether the instructor hides what a good interview uncovers until a trainee has practised (a blind run).
CREATE TABLE practice_setting (
    workshop_id BIGINT PRIMARY KEY REFERENCES workshop (id),
    blind       BOOLEAN NOT NULL
);
