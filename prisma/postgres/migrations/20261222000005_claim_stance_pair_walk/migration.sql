-- DropIndex
DROP INDEX "ClaimStance_customerId_vendorId_stance_status_idx";

-- CreateIndex
CREATE INDEX "ClaimStance_customerId_vendorId_claimId_stance_status_idx" ON "ClaimStance"("customerId", "vendorId", "claimId", "stance", "status");

