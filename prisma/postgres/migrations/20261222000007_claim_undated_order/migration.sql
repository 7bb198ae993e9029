-- The timeline lists undated claims as recorded (createdAt, then id) after the dated ones
-- (lib/queries/timeline.ts, undatedClaims). "Claim_order_idx" holds them at its end, but PostgreSQL's
-- planner does not take "claimDate" IS NULL as fixing the index's first column, so it cannot follow
-- the index's order from there: it read and sorted every undated claim (a parallel sequential scan,
-- 0.4 s for the first 21 of 300,000 at a million claims). A partial index of the undated claims alone,
-- in the list's order, is walked and stopped at the page's end (0.1 ms). Prisma's schema cannot express
-- a partial index (tests/unit/migrations.test.ts leaves it out of the drift check).
CREATE INDEX "Claim_undated_idx" ON "Claim" ("createdAt", "id") WHERE "claimDate" IS NULL;
