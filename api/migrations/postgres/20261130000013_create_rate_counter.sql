-- See migrations/sqlite/20261130000013_create_rate_counter.sql.
CREATE TABLE rate_counter (
    counter_key  TEXT COLLATE "C" NOT NULL,
    window_start BIGINT NOT NULL,
    window_end   BIGINT NOT NULL,
    count        BIGINT NOT NULL,
    PRIMARY KEY (counter_key, window_start)
);
CREATE INDEX rate_counter_end ON rate_counter (window_end);
