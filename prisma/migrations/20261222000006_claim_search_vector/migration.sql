-- Nothing on SQLite: this migration stores PostgreSQL's text vector of each claim in a generated
-- column (see prisma/postgres/migrations/20261222000006_claim_search_vector). SQLite's full-text
-- index is the FTS5 table "ClaimSearch". Both engines keep the same migrations by name.
SELECT 1;
