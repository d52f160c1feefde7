-- A person's strongest links, with everything a warm-path search reads from each one in the index
-- itself: without the link, its overlap and whether it is professional, every link read also read
-- its table row.
DROP INDEX knows_edge_strongest;
CREATE INDEX knows_edge_strongest
    ON knows_edge (account_id, person_id, strength, other_id, link_id, overlap, professional);
