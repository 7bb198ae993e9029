-- CreateTable
CREATE TABLE "ChipClaim" (
    "chipId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "claimDate" DATETIME,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("chipId", "claimId"),
    CONSTRAINT "ChipClaim_chipId_fkey" FOREIGN KEY ("chipId") REFERENCES "Chip" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChipClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Hand-written: ChipClaim filled for the claims already there, in one statement rather than by
-- queueing every claim in ClaimIndexRefresh (which would recompute ClaimAbout and ClaimStance too),
-- and before its indexes are made: built afterwards, sorted, they make this migration take about
-- 20 s instead of 60 at a million claims (1.1 million chip links).
INSERT INTO "ChipClaim" ("chipId", "claimId", "status", "kind", "claimDate", "createdAt")
SELECT cc."chipId", cc."claimId", c."status", c."kind", c."claimDate", c."createdAt"
FROM "ClaimChip" cc
JOIN "Claim" c ON c."id" = cc."claimId";

-- CreateIndex
CREATE INDEX "ChipClaim_claimId_idx" ON "ChipClaim"("claimId");

-- CreateIndex
CREATE INDEX "ChipClaim_chipId_status_kind_claimDate_idx" ON "ChipClaim"("chipId", "status", "kind", "claimDate");

-- ── Hand-written: what Prisma's schema cannot express ──────────────────────────────────────────
-- The explorer's order (claimDate DESC, undated last, createdAt DESC, claimId) within one chip, as
-- ClaimAbout_order_idx within one company: a chip's claims are read in order, never sorted.
CREATE INDEX "ChipClaim_order_idx" ON "ChipClaim" ("chipId", "claimDate" DESC, "createdAt" DESC, "claimId", "status");

-- ChipClaim is derived from Claim and ClaimChip. The triggers of migration *_claim_index already queue
-- a claim in ClaimIndexRefresh whenever one of them changes what it holds (a claim inserted, its kind,
-- status, claimDate or createdAt updated; a chip link inserted, updated or deleted; a claim deleted
-- deletes its links), and a chip that claims name cannot be deleted (ClaimChip_chipId_fkey restricts;
-- a deleted chip's rows would go with it, ChipClaim_chipId_fkey cascades). So the refresh, which
-- recomputes a claim's rows, recomputes its ChipClaim rows too: SQLite cannot alter a trigger, so it
-- is dropped and created again with its whole body, the ClaimAbout and ClaimStance parts unchanged.
DROP TRIGGER "ClaimIndexRefresh_run";
CREATE TRIGGER "ClaimIndexRefresh_run" AFTER INSERT ON "ClaimIndexRefresh" BEGIN
    DELETE FROM "ClaimAbout" WHERE "claimId" = new."claimId";
    INSERT INTO "ClaimAbout" ("companyId", "claimId", "named", "asVendor", "status", "kind", "claimDate", "createdAt")
    SELECT l."companyId", c."id", MAX(l."named"), MAX(l."asVendor"), c."status", c."kind", c."claimDate", c."createdAt"
    FROM "Claim" c
    JOIN (
        SELECT "subjectCompanyId" AS "companyId", 1 AS "named", 0 AS "asVendor" FROM "Claim" WHERE "id" = new."claimId"
        UNION ALL
        SELECT "companyId", 1, "role" = 'vendor' FROM "ClaimCompany" WHERE "claimId" = new."claimId"
        UNION ALL
        SELECT ch."vendorId", 0, 1 FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId" WHERE cc."claimId" = new."claimId"
    ) l
    WHERE c."id" = new."claimId"
    GROUP BY l."companyId";

    DELETE FROM "ClaimStance" WHERE "claimId" = new."claimId";
    INSERT INTO "ClaimStance" ("customerId", "vendorId", "claimId", "stance", "status", "claimDate", "createdAt")
    SELECT cu."companyId", v."companyId", c."id",
        CASE c."kind" WHEN 'adoption' THEN 'adopted' WHEN 'training_on' THEN 'adopted' WHEN 'testing' THEN 'testing'
            WHEN 'order' THEN 'ordered' ELSE 'declined' END,
        c."status", c."claimDate", c."createdAt"
    FROM "Claim" c
    JOIN (
        SELECT "subjectCompanyId" AS "companyId" FROM "Claim" WHERE "id" = new."claimId"
        UNION
        SELECT "companyId" FROM "ClaimCompany" WHERE "claimId" = new."claimId" AND "role" = 'customer'
    ) cu
    JOIN "ClaimAbout" v ON v."claimId" = c."id" AND v."asVendor"
    WHERE c."id" = new."claimId"
        AND c."kind" IN ('adoption', 'training_on', 'testing', 'order', 'non_adoption')
        AND NOT EXISTS (
            SELECT 1 FROM "ClaimAbout" x WHERE x."claimId" = c."id" AND x."companyId" = cu."companyId" AND x."asVendor"
        );

    DELETE FROM "ChipClaim" WHERE "claimId" = new."claimId";
    INSERT INTO "ChipClaim" ("chipId", "claimId", "status", "kind", "claimDate", "createdAt")
    SELECT cc."chipId", c."id", c."status", c."kind", c."claimDate", c."createdAt"
    FROM "Claim" c
    JOIN "ClaimChip" cc ON cc."claimId" = c."id"
    WHERE c."id" = new."claimId";

    DELETE FROM "ClaimIndexRefresh" WHERE "claimId" = new."claimId";
END;
