-- A company's undated claims on the timeline, as recorded: see
-- prisma/postgres/migrations/20261222000008_claim_about_undated_order. SQLite already walked
-- "ClaimAbout_order_idx" for them, sorting each run of equal createdAt by claim; both engines keep the
-- same indexes.
CREATE INDEX "ClaimAbout_undated_idx" ON "ClaimAbout" ("companyId", "createdAt", "claimId") WHERE "claimDate" IS NULL;
