-- The case's update after the interview, released by the instructor to every table of the workshop.
CREATE TABLE interview_update_release (
    workshop_id BIGINT PRIMARY KEY REFERENCES workshop (id),
    released_by VARCHAR(100) NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE NOT NULL
);
