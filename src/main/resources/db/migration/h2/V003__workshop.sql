CREATE TABLE workshop (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    workshop_date DATE NOT NULL,
    pack_id       VARCHAR(64) NOT NULL,
    language      VARCHAR(8) NOT NULL,
    state         VARCHAR(16) NOT NULL,
    join_code     VARCHAR(8) NOT NULL UNIQUE,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One team. The clock is the table's: its end instant (running) or remainder (paused), never a countdown.
CREATE TABLE workshop_table (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id        BIGINT NOT NULL REFERENCES workshop (id),
    position           INT NOT NULL,
    name               VARCHAR(100) NOT NULL,
    exercise_id        VARCHAR(64),
    status             VARCHAR(16) NOT NULL,
    spokesperson_id    BIGINT,
    clock_state        VARCHAR(16) NOT NULL,
    clock_ends_at      TIMESTAMP WITH TIME ZONE,
    clock_remaining_ms BIGINT NOT NULL,
    clock_ended_at     TIMESTAMP WITH TIME ZONE,
    UNIQUE (workshop_id, position)
);

-- A trainee's tablet; the device token itself stays in the tablet's cookie, only its hash is kept.
CREATE TABLE participant (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id    BIGINT NOT NULL REFERENCES workshop (id),
    table_id       BIGINT REFERENCES workshop_table (id),
    device_hash    VARCHAR(64) NOT NULL,
    name           VARCHAR(100) NOT NULL,
    company        VARCHAR(200) NOT NULL,
    job_title      VARCHAR(200) NOT NULL,
    years_in_sales INT NOT NULL,
    joined_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    removed        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX participant_device ON participant (device_hash);

CREATE TABLE role_override (
    table_id       BIGINT NOT NULL REFERENCES workshop_table (id),
    exercise_id    VARCHAR(64) NOT NULL,
    participant_id BIGINT NOT NULL REFERENCES participant (id),
    roles          VARCHAR(400) NOT NULL,
    PRIMARY KEY (table_id, exercise_id, participant_id)
);

-- What an agenda change replaced, so the instructor can undo it: the tables' earlier state as JSON.
CREATE TABLE agenda_step (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id BIGINT NOT NULL REFERENCES workshop (id),
    tables_json CLOB NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
