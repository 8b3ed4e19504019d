-- Each trainee's own action plan (the deck's closing slide, ADR 027): one row per action the trainee has written,
-- its version checked in every update; and whether the trainee shares the plan with the instructor.
CREATE TABLE personal_plan_action (
    participant_id BIGINT NOT NULL REFERENCES participant (id),
    section_id     VARCHAR(64) NOT NULL,
    action_id      VARCHAR(64) NOT NULL,
    commitment     VARCHAR(1000) NOT NULL,
    due_on         DATE,
    opportunity    VARCHAR(200) NOT NULL,
    version        BIGINT NOT NULL,
    written_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (participant_id, section_id, action_id)
);

CREATE TABLE personal_plan_share (
    participant_id BIGINT NOT NULL PRIMARY KEY REFERENCES participant (id),
    shared         BOOLEAN NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
