-- The timeline filtered to a company lists its undated claims as recorded (createdAt, then id), from
-- the claim index ClaimAbout (lib/queries/timeline.ts, claimSource and undatedClaims). As with Claim
-- (*_claim_undated_order), PostgreSQL's planner cannot follow "ClaimAbout_order_idx" past
-- "claimDate" IS NULL, so it read and sorted every undated claim of the company: 245 ms for the first
-- 21 of the largest synthetic company's at a million claims. A partial index of the undated rows, by
-- company in the list's order, is walked and stopped at the page's end (0.2 ms). Prisma's schema cannot
-- express a partial index (tests/unit/migrations.test.ts leaves it out of the drift check).
CREATE INDEX "ClaimAbout_undated_idx" ON "ClaimAbout" ("companyId", "createdAt", "claimId") WHERE "claimDate" IS NULL;
