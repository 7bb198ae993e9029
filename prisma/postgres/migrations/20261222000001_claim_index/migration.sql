-- CreateTable
CREATE TABLE "ClaimAbout" (
    "companyId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "named" BOOLEAN NOT NULL,
    "asVendor" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "claimDate" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimAbout_pkey" PRIMARY KEY ("companyId","claimId")
);

-- CreateTable
CREATE TABLE "ClaimStance" (
    "customerId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "claimDate" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimStance_pkey" PRIMARY KEY ("customerId","vendorId","claimId")
);

-- CreateIndex
CREATE INDEX "ClaimAbout_claimId_idx" ON "ClaimAbout"("claimId");

-- CreateIndex
CREATE INDEX "ClaimAbout_companyId_status_kind_claimDate_idx" ON "ClaimAbout"("companyId", "status", "kind", "claimDate");

-- CreateIndex
CREATE INDEX "ClaimStance_claimId_idx" ON "ClaimStance"("claimId");

-- CreateIndex
CREATE INDEX "ClaimStance_customerId_vendorId_stance_status_idx" ON "ClaimStance"("customerId", "vendorId", "stance", "status");

-- AddForeignKey
ALTER TABLE "ClaimAbout" ADD CONSTRAINT "ClaimAbout_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAbout" ADD CONSTRAINT "ClaimAbout_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimStance" ADD CONSTRAINT "ClaimStance_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimStance" ADD CONSTRAINT "ClaimStance_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimStance" ADD CONSTRAINT "ClaimStance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ── Hand-written: what Prisma's schema cannot express ──────────────────────────────────────────
-- The explorer's order (claimDate DESC NULLS LAST, createdAt DESC, claimId) within one company, and
-- within one vendor's stance rows: a vendor's claims and customers are read in order, never sorted.
CREATE INDEX "ClaimAbout_order_idx" ON "ClaimAbout" ("companyId", "claimDate" DESC NULLS LAST, "createdAt" DESC, "claimId", "status");
CREATE INDEX "ClaimStance_order_idx" ON "ClaimStance" ("vendorId", "claimDate" DESC NULLS LAST, "createdAt" DESC, "claimId", "status");

-- ClaimAbout and ClaimStance are derived from Claim, ClaimCompany, ClaimChip and Chip.vendorId, so
-- every writer (the app, the seed, npm run db:synth, a test, plain SQL) keeps them right: each change
-- recomputes its claim's rows. The stance of a kind, and who counts as customer and vendor, follow
-- lib/stance.ts (claimCustomers, claimVendors), and tests/unit/claim-index.test.ts compares the two.
-- (This script runs as one query, lib/pg-migrate-adapter.ts, so the function bodies keep their semicolons.)
CREATE FUNCTION "chipwatch_refresh_claim_index"(claim_id text) RETURNS void LANGUAGE plpgsql AS $$
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
END
$$;

CREATE FUNCTION "chipwatch_claim_index_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'Claim' THEN
        PERFORM "chipwatch_refresh_claim_index"(NEW."id");
    ELSIF TG_TABLE_NAME = 'Chip' THEN
        PERFORM "chipwatch_refresh_claim_index"(cc."claimId") FROM "ClaimChip" cc WHERE cc."chipId" = NEW."id";
    ELSE
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM "chipwatch_refresh_claim_index"(OLD."claimId");
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."claimId" <> OLD."claimId") THEN
            PERFORM "chipwatch_refresh_claim_index"(NEW."claimId");
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "ClaimIndex_claim" AFTER INSERT OR UPDATE OF "kind", "status", "claimDate", "createdAt", "subjectCompanyId" ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION "chipwatch_claim_index_trigger"();
CREATE TRIGGER "ClaimIndex_company" AFTER INSERT OR UPDATE OR DELETE ON "ClaimCompany"
    FOR EACH ROW EXECUTE FUNCTION "chipwatch_claim_index_trigger"();
CREATE TRIGGER "ClaimIndex_chip" AFTER INSERT OR UPDATE OR DELETE ON "ClaimChip"
    FOR EACH ROW EXECUTE FUNCTION "chipwatch_claim_index_trigger"();
CREATE TRIGGER "ClaimIndex_vendor" AFTER UPDATE OF "vendorId" ON "Chip"
    FOR EACH ROW EXECUTE FUNCTION "chipwatch_claim_index_trigger"();

-- Fill both tables for the claims already there.
SELECT "chipwatch_refresh_claim_index"("id") FROM "Claim";
