import "server-only";
import { cachedAggregate } from "@/lib/aggregate-cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimStatusFilter } from "@/lib/queries/shared";

// The choices of the claims explorer's filters: the companies and chips that public claims name.
// Bounded: a select with more options than this is no longer a usable control. The lists read many
// index entries for a few hundred rows (45 ms at a million claims), so each server keeps them for
// CHIPWATCH_AGGREGATE_CACHE_SECONDS (lib/aggregate-cache.ts; an editor's write clears them).

export const CLAIM_OPTIONS_LIMIT = 500;

export type ClaimCompanyOption = { slug: string; name: string };
export type ClaimChipOption = { slug: string; name: string; vendor: { slug: string; name: string } };
export type ClaimFilterOptions = { companies: ClaimCompanyOption[]; chips: ClaimChipOption[] };

/** Companies that are the subject of, or linked to, at least one public claim, by name. */
export async function listClaimCompanyOptions(): Promise<ClaimCompanyOption[]> {
  // ClaimAbout's `named` rows: the claim's subject and its linked companies, with the claim's status
  return db.$queryRaw<ClaimCompanyOption[]>`
    SELECT co."slug" AS "slug", co."name" AS "name" FROM "Company" co
     WHERE EXISTS (SELECT 1 FROM "ClaimAbout" a
                    WHERE a."companyId" = co."id" AND a."status" IN (${Prisma.join(claimStatusFilter().in)}) AND a."named")
     ORDER BY co."name" ASC, co."slug" ASC LIMIT ${CLAIM_OPTIONS_LIMIT}`;
}

/** Chips named by at least one public claim, by vendor then name. */
export async function listClaimChipOptions(): Promise<ClaimChipOption[]> {
  const rows = await db.$queryRaw<{ slug: string; name: string; vendorSlug: string; vendorName: string }[]>`
    SELECT ch."slug" AS "slug", ch."name" AS "name", v."slug" AS "vendorSlug", v."name" AS "vendorName"
      FROM "Chip" ch JOIN "Company" v ON v."id" = ch."vendorId"
     WHERE EXISTS (SELECT 1 FROM "ClaimChip" cc JOIN "Claim" c ON c."id" = cc."claimId"
                    WHERE cc."chipId" = ch."id" AND c."status" IN (${Prisma.join(claimStatusFilter().in)}))
     ORDER BY v."name" ASC, ch."name" ASC, ch."slug" ASC LIMIT ${CLAIM_OPTIONS_LIMIT}`;
  return rows.map(toChipOption);
}

function toChipOption(row: { slug: string; name: string; vendorSlug: string; vendorName: string }): ClaimChipOption {
  return { slug: row.slug, name: row.name, vendor: { slug: row.vendorSlug, name: row.vendorName } };
}

/** Both option lists, kept per server for a short while (see lib/aggregate-cache.ts). */
export async function listClaimFilterOptions(): Promise<ClaimFilterOptions> {
  return cachedAggregate("claim-filter-options", async () => {
    const [companies, chips] = await Promise.all([listClaimCompanyOptions(), listClaimChipOptions()]);
    return { companies, chips };
  });
}

/** A company by slug, for naming a filter (null when there is none). */
export async function findCompanyOption(slug: string): Promise<ClaimCompanyOption | null> {
  const rows = await db.$queryRaw<ClaimCompanyOption[]>`
    SELECT "slug", "name" FROM "Company" WHERE "slug" = ${slug}`;
  return rows[0] ?? null;
}

/** A chip by slug, for naming a filter (null when there is none). */
export async function findChipOption(slug: string): Promise<ClaimChipOption | null> {
  const rows = await db.$queryRaw<{ slug: string; name: string; vendorSlug: string; vendorName: string }[]>`
    SELECT ch."slug" AS "slug", ch."name" AS "name", v."slug" AS "vendorSlug", v."name" AS "vendorName"
      FROM "Chip" ch JOIN "Company" v ON v."id" = ch."vendorId" WHERE ch."slug" = ${slug}`;
  return rows[0] ? toChipOption(rows[0]) : null;
}
