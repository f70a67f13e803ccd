-- survey module: a submission's lookups stay index lookups whatever the table's statistics say, and the tally
-- rows are updated in place.

-- A plan made while survey_response looked empty (a new installation, the first minute of a survey, a table
-- just emptied) scans the table, and plpgsql keeps each connection's plans until the next analyze: every call
-- then read the whole, growing table. Measured on the benchmark's 30,840 responses: 4.6 ms per call for the
-- quota count and 3.5 ms for the form token check, instead of 0.06 and 0.02 ms with the indexes. Every query
-- in the function has an index that answers it (idempotency key, token nonce, the slot, closure, period).
alter function survey_submit(uuid, int, varchar, varchar, smallint[], text, int, boolean, boolean, int,
                             varchar, varchar, varchar)
    set enable_seqscan = off;

-- every catch-up of the tallies updates the tally row of each smart dimension that received responses: room
-- left in each page lets those updates stay in the page (heap-only tuples), without a new index entry for each
alter table survey_tally set (fillfactor = 50);
