-- Rate-limit counters shared by every instance on this database (RATE_LIMIT_STORE=database):
-- one row per key and fixed window. Keys are SHA-256 hashes: no name, birth date or address.
CREATE TABLE rate_counter (
    counter_key  TEXT NOT NULL,
    window_start INTEGER NOT NULL,          -- Unix seconds
    window_end   INTEGER NOT NULL,
    count        INTEGER NOT NULL,
    PRIMARY KEY (counter_key, window_start)
);
CREATE INDEX rate_counter_end ON rate_counter (window_end);
