-- A table's board for one exercise. Content is stored per item (a list entry, a grid cell, a section's record)
-- and field, each value with its own version, so edits to different fields never conflict.
CREATE TABLE board (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    table_id    BIGINT NOT NULL REFERENCES workshop_table (id),
    exercise_id VARCHAR(64) NOT NULL,
    unlocked    BOOLEAN DEFAULT FALSE NOT NULL,
    UNIQUE (table_id, exercise_id)
);

CREATE TABLE board_item (
    board_id BIGINT NOT NULL REFERENCES board (id),
    item_id  VARCHAR(100) NOT NULL,
    position INT NOT NULL,
    removed  BOOLEAN DEFAULT FALSE NOT NULL,
    PRIMARY KEY (board_id, item_id)
);

CREATE TABLE board_value (
    board_id   BIGINT NOT NULL REFERENCES board (id),
    item_id    VARCHAR(100) NOT NULL,
    field_id   VARCHAR(64) NOT NULL,
    text_value CLOB NOT NULL,
    version    INT NOT NULL,
    author     VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (board_id, item_id, field_id)
);

-- Who changed what and when; the basis of "undo my last change".
CREATE TABLE board_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    board_id   BIGINT NOT NULL REFERENCES board (id),
    item_id    VARCHAR(100) NOT NULL,
    field_id   VARCHAR(64),
    old_value  CLOB,
    new_value  CLOB,
    author_key VARCHAR(100) NOT NULL,
    author     VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    undone     BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX board_change_author ON board_change (board_id, author_key, id);
