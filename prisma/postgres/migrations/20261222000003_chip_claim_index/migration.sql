-- CreateTable
CREATE TABLE "ChipClaim" (
    "chipId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "claimDate" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChipClaim_pkey" PRIMARY KEY ("chipId","claimId")
);

-- Hand-written: ChipClaim filled for the claims already there, in one statement rather than by
-- refreshing every claim (which would recompute ClaimAbout and ClaimStance too), and before its
-- indexes and foreign keys are made: built afterwards they cost one sort and one check each.
INSERT INTO "ChipClaim" ("chipId", "claimId", "status", "kind", "claimDate", "createdAt")
SELECT cc."chipId", cc."claimId", c."status", c."kind", c."claimDate", c."createdAt"
FROM "ClaimChip" cc
JOIN "Claim" c ON c."id" = cc."claimId";

-- CreateIndex
CREATE INDEX "ChipClaim_claimId_idx" ON "ChipClaim"("claimId");

-- CreateIndex
CREATE INDEX "ChipClaim_chipId_status_kind_claimDate_idx" ON "ChipClaim"("chipId", "status", "kind", "claimDate");

-- AddForeignKey
ALTER TABLE "ChipClaim" ADD CONSTRAINT "ChipClaim_chipId_fkey" FOREIGN KEY ("chipId") REFERENCES "Chip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChipClaim" ADD CONSTRAINT "ChipClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Hand-written: what Prisma's schema cannot express ──────────────────────────────────────────
-- The explorer's order (claimDate DESC NULLS LAST, createdAt DESC, claimId) within one chip, as
-- ClaimAbout_order_idx within one company: a chip's claims are read in order, never sorted.
CREATE INDEX "ChipClaim_order_idx" ON "ChipClaim" ("chipId", "claimDate" DESC NULLS LAST, "createdAt" DESC, "claimId", "status");

-- ChipClaim is derived from Claim and ClaimChip. The triggers of migration *_claim_index already
-- refresh a claim whenever one of them changes what it holds (a claim inserted, its kind, status,
-- claimDate or createdAt updated; a chip link inserted, updated or deleted; a claim deleted deletes
-- its links), and a chip that claims name cannot be deleted (ClaimChip_chipId_fkey restricts; a
-- deleted chip's rows would go with it, ChipClaim_chipId_fkey cascades). So the refresh, which
-- recomputes a claim's rows, recomputes its ChipClaim rows too: the function is replaced, its
-- ClaimAbout and ClaimStance parts unchanged. (This script runs as one query,
-- lib/pg-migrate-adapter.ts, so the function body keeps its semicolons.)
CREATE OR REPLACE FUNCTION "chipwatch_refresh_claim_index"(claim_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "ClaimAbout" WHERE "claimId" = claim_id;
    INSERT INTO "ClaimAbout" ("companyId", "claimId", "named", "asVendor", "status", "kind", "claimDate", "createdAt")
    SELECT l."companyId", c."id", bool_or(l."named"), bool_or(l."asVendor"), c."status", c."kind", c."claimDate", c."createdAt"
    FROM "Claim" c
    JOIN (
        SELECT "subjectCompanyId" AS "companyId", true AS "named", false AS "asVendor" FROM "Claim" WHERE "id" = claim_id
        UNION ALL
        SELECT "companyId", true, "role" = 'vendor' FROM "ClaimCompany" WHERE "claimId" = claim_id
        UNION ALL
        SELECT ch."vendorId", false, true FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId" WHERE cc."claimId" = claim_id
    ) l ON true
    WHERE c."id" = claim_id
    GROUP BY l."companyId", c."id", c."status", c."kind", c."claimDate", c."createdAt";

    DELETE FROM "ClaimStance" WHERE "claimId" = claim_id;
    INSERT INTO "ClaimStance" ("customerId", "vendorId", "claimId", "stance", "status", "claimDate", "createdAt")
    SELECT cu."companyId", v."companyId", c."id",
        CASE c."kind" WHEN 'adoption' THEN 'adopted' WHEN 'training_on' THEN 'adopted' WHEN 'testing' THEN 'testing'
            WHEN 'order' THEN 'ordered' ELSE 'declined' END,
        c."status", c."claimDate", c."createdAt"
    FROM "Claim" c
    JOIN (
        SELECT "subjectCompanyId" AS "companyId" FROM "Claim" WHERE "id" = claim_id
        UNION
        SELECT "companyId" FROM "ClaimCompany" WHERE "claimId" = claim_id AND "role" = 'customer'
    ) cu ON true
    JOIN "ClaimAbout" v ON v."claimId" = c."id" AND v."asVendor"
    WHERE c."id" = claim_id
        AND c."kind" IN ('adoption', 'training_on', 'testing', 'order', 'non_adoption')
        AND NOT EXISTS (
            SELECT 1 FROM "ClaimAbout" x WHERE x."claimId" = c."id" AND x."companyId" = cu."companyId" AND x."asVendor"
        );

    DELETE FROM "ChipClaim" WHERE "claimId" = claim_id;
    INSERT INTO "ChipClaim" ("chipId", "claimId", "status", "kind", "claimDate", "createdAt")
    SELECT cc."chipId", c."id", c."status", c."kind", c."claimDate", c."createdAt"
    FROM "Claim" c
    JOIN "ClaimChip" cc ON cc."claimId" = c."id"
    WHERE c."id" = claim_id;
END
$$;

-- Statistics for the planner at once, rather than at autovacuum's next pass: without them it expects
-- a handful of rows per chip and sorts a chip's claims instead of reading a page of them in order
-- from ChipClaim_order_idx. (ANALYZE reads a sample: a fraction of a second at any size.)
ANALYZE "ChipClaim";
