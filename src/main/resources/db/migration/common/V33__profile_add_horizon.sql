-- How long the user expects the search to take (months; older job seekers should plan for six to
-- twelve, science.md §9.9) and whether they are moving into a new field.
ALTER TABLE search_profile ADD COLUMN horizon_months INTEGER NOT NULL DEFAULT 9;
ALTER TABLE search_profile ADD COLUMN career_changer BOOLEAN NOT NULL DEFAULT TRUE;
