-- CreateTable
CREATE TABLE "ClaimAbout" (
    "companyId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "named" BOOLEAN NOT NULL,
    "asVendor" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "claimDate" DATETIME,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("companyId", "claimId"),
    CONSTRAINT "ClaimAbout_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimAbout_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimStance" (
    "customerId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "claimDate" DATETIME,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("customerId", "vendorId", "claimId"),
    CONSTRAINT "ClaimStance_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimStance_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimStance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimAbout_claimId_idx" ON "ClaimAbout"("claimId");

-- CreateIndex
CREATE INDEX "ClaimAbout_companyId_status_kind_claimDate_idx" ON "ClaimAbout"("companyId", "status", "kind", "claimDate");

-- CreateIndex
CREATE INDEX "ClaimStance_claimId_idx" ON "ClaimStance"("claimId");

-- CreateIndex
CREATE INDEX "ClaimStance_customerId_vendorId_stance_status_idx" ON "ClaimStance"("customerId", "vendorId", "stance", "status");

-- ── Hand-written: what Prisma's schema cannot express ──────────────────────────────────────────
-- The explorer's order (claimDate DESC, undated last, createdAt DESC, claimId) within one company, and
-- within one vendor's stance rows: a vendor's claims and customers are read in order, never sorted.
CREATE INDEX "ClaimAbout_order_idx" ON "ClaimAbout" ("companyId", "claimDate" DESC, "createdAt" DESC, "claimId", "status");
CREATE INDEX "ClaimStance_order_idx" ON "ClaimStance" ("vendorId", "claimDate" DESC, "createdAt" DESC, "claimId", "status");

-- ClaimAbout and ClaimStance are derived from Claim, ClaimCompany, ClaimChip and Chip.vendorId, so
-- every writer (the app, the seed, npm run db:synth, a test, plain SQL) keeps them right. A change
-- queues its claim's id in ClaimIndexRefresh, whose trigger recomputes that claim's rows and
-- empties the queue: one body for every trigger, as SQLite has no procedures. The stance of a
-- kind, and who counts as customer and vendor, follow lib/stance.ts (claimCustomers, claimVendors):
-- tests/unit/claim-index.test.ts compares the two.
CREATE TABLE "ClaimIndexRefresh" ("claimId" TEXT NOT NULL);

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

    DELETE FROM "ClaimIndexRefresh" WHERE "claimId" = new."claimId";
END;

CREATE TRIGGER "ClaimIndex_claim_ai" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimIndexRefresh" VALUES (new."id");
END;
CREATE TRIGGER "ClaimIndex_claim_au" AFTER UPDATE OF "kind", "status", "claimDate", "createdAt", "subjectCompanyId" ON "Claim" BEGIN
    INSERT INTO "ClaimIndexRefresh" VALUES (new."id");
END;
CREATE TRIGGER "ClaimIndex_company_ai" AFTER INSERT ON "ClaimCompany" BEGIN
    INSERT INTO "ClaimIndexRefresh" VALUES (new."claimId");
END;
CREATE TRIGGER "ClaimIndex_company_au" AFTER UPDATE ON "ClaimCompany" BEGIN
    INSERT INTO "ClaimIndexRefresh" SELECT old."claimId" UNION SELECT new."claimId";
END;
CREATE TRIGGER "ClaimIndex_company_ad" AFTER DELETE ON "ClaimCompany" BEGIN
    INSERT INTO "ClaimIndexRefresh" VALUES (old."claimId");
END;
CREATE TRIGGER "ClaimIndex_chip_ai" AFTER INSERT ON "ClaimChip" BEGIN
    INSERT INTO "ClaimIndexRefresh" VALUES (new."claimId");
END;
CREATE TRIGGER "ClaimIndex_chip_au" AFTER UPDATE ON "ClaimChip" BEGIN
    INSERT INTO "ClaimIndexRefresh" SELECT old."claimId" UNION SELECT new."claimId";
END;
CREATE TRIGGER "ClaimIndex_chip_ad" AFTER DELETE ON "ClaimChip" BEGIN
    INSERT INTO "ClaimIndexRefresh" VALUES (old."claimId");
END;
CREATE TRIGGER "ClaimIndex_vendor_au" AFTER UPDATE OF "vendorId" ON "Chip" BEGIN
    INSERT INTO "ClaimIndexRefresh" SELECT "claimId" FROM "ClaimChip" WHERE "chipId" = new."id";
END;

-- Fill both tables for the claims already there.
INSERT INTO "ClaimIndexRefresh" SELECT "id" FROM "Claim";
