import "server-only";
import { db } from "@/lib/db";
import { claimStatusFilter } from "@/lib/queries/shared";

// The choices of the claims explorer's filters: the companies and chips that public claims name.
// Bounded: a select with more options than this is no longer a usable control.

export const CLAIM_OPTIONS_LIMIT = 500;

export type ClaimCompanyOption = { slug: string; name: string };
export type ClaimChipOption = { slug: string; name: string; vendor: { slug: string; name: string } };
export type ClaimFilterOptions = { companies: ClaimCompanyOption[]; chips: ClaimChipOption[] };

/** Companies that are the subject of, or linked to, at least one public claim, by name. */
export async function listClaimCompanyOptions(): Promise<ClaimCompanyOption[]> {
  const status = claimStatusFilter();
  return db.company.findMany({
    where: { OR: [{ subjectClaims: { some: { status } } }, { claimLinks: { some: { claim: { status } } } }] },
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    take: CLAIM_OPTIONS_LIMIT,
    select: { slug: true, name: true },
  });
}

/** Chips named by at least one public claim, by vendor then name. */
export async function listClaimChipOptions(): Promise<ClaimChipOption[]> {
  return db.chip.findMany({
    where: { claimLinks: { some: { claim: { status: claimStatusFilter() } } } },
    orderBy: [{ vendor: { name: "asc" } }, { name: "asc" }, { slug: "asc" }],
    take: CLAIM_OPTIONS_LIMIT,
    select: { slug: true, name: true, vendor: { select: { slug: true, name: true } } },
  });
}

export async function listClaimFilterOptions(): Promise<ClaimFilterOptions> {
  const [companies, chips] = await Promise.all([listClaimCompanyOptions(), listClaimChipOptions()]);
  return { companies, chips };
}

/** A company by slug, for naming a filter (null when there is none). */
export async function findCompanyOption(slug: string): Promise<ClaimCompanyOption | null> {
  return db.company.findUnique({ where: { slug }, select: { slug: true, name: true } });
}

/** A chip by slug, for naming a filter (null when there is none). */
export async function findChipOption(slug: string): Promise<ClaimChipOption | null> {
  return db.chip.findUnique({
    where: { slug },
    select: { slug: true, name: true, vendor: { select: { slug: true, name: true } } },
  });
}
