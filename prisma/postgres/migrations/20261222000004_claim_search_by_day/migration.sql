-- Nothing on PostgreSQL: this migration rekeys SQLite's full-text index (see
-- prisma/migrations/20261222000004_claim_search_by_day). Both engines keep the same migrations by name.
SELECT 1;
