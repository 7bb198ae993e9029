-- Claim search on PostgreSQL reads a stored text vector instead of computing one per row.
-- The GIN index of *_claim_search was on the expression "chipwatch_claim_search"(summary, quote,
-- translation). Any plan that tests claims one by one (walking the explorer's order, or a
-- sequential scan the planner expects a LIMIT to stop early) had to compute to_tsvector for each
-- row read, about 130 µs a claim, a cost the planner cannot see (the SQL function is inlined, so its
-- COST is ignored). At a million claims, counting a common word's first 10,001 matches took 4.5 s.
-- A stored generated column holds the same vector, computed once per write by PostgreSQL itself
-- (whoever writes: app, seed, synth, plain SQL), and the GIN index moves onto it: the same count
-- takes about 20 ms. Prisma's schema cannot express the column; it is written only by PostgreSQL
-- and never read by the client (tests/unit/migrations.test.ts leaves it out of the drift check).
-- Rewrites the table: about 3 to 4.5 minutes at a million claims. The ANALYZE gives the planner the new
-- column's word statistics at once (autovacuum does not count a rewrite as changes): without them it
-- guesses 2% of claims for any word, and walks the explorer's order through every claim for a word
-- that matches none (1.4 s at a million).
DROP INDEX "Claim_search_idx";
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
    GENERATED ALWAYS AS ("chipwatch_claim_search"("summary", "quote", "translation")) STORED;
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("searchVector");
ANALYZE "Claim";
