-- Warmth by tier (the dashboard's chart) counts every relationship of the account by the dates kept
-- on write; this index holds all it reads, in tier order, so the count never visits the table.
CREATE INDEX relationship_warmth
    ON relationship (account_id, tier, next_nudge_on, at_risk_on, dormant_on, contact_id);
