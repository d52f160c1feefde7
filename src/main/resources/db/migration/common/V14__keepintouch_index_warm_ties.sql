-- The week's ask weighs the people in two-way contact within the year, closest (trust_base) first.
-- Without this index every such relationship of the account was read and sorted on each visit to
-- Today (20 to 50 ms at 10,000 people, more at 100,000; docs/benchmarks.md); with it the first
-- 200 are read in order.
CREATE INDEX relationship_warm ON relationship (account_id, trust_base DESC, contact_id) WHERE last_two_way_on IS NOT NULL;
