-- The timeline's undated claims, as recorded (createdAt, then id): see
-- prisma/postgres/migrations/20261222000007_claim_undated_order. SQLite walked "Claim_order_idx" for
-- them (INDEXED BY in lib/queries/timeline.ts), sorting each run of equal createdAt by id; the same
-- partial index as PostgreSQL's holds them in the list's order, and both engines keep the same indexes.
CREATE INDEX "Claim_undated_idx" ON "Claim" ("createdAt", "id") WHERE "claimDate" IS NULL;
