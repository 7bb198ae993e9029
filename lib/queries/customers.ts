import "server-only";
import type { AdoptionClaim } from "@/lib/adoption";
import { CLAIM_KINDS, type ClaimStatus } from "@/lib/constants";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimWhere } from "@/lib/queries/claims";
import { companyIdBySlug } from "@/lib/queries/companies";
import { DESC_NULLS_LAST, claimStatusFilter, inIdOrder, pageArgs, type PageRequest } from "@/lib/queries/shared";
import { claimAboutOrder, claimCardSelect, toClaimCardItem, type ClaimCardItem } from "@/lib/queries/vendors";
import { stanceOfKind, stancesContradict, type Stance } from "@/lib/stance";

// Reads of the claims that say who buys, tests, orders or declines whose chips (the claim kinds
// lib/stance maps to a stance). They feed lib/adoption: the adoption matrix, the customers list,
// a customer's stances and a vendor's customers. Every read is bounded and selects few fields.

/** Claim kinds that express a stance (adoption, training on, testing, order, non-adoption). */
export const STANCE_CLAIM_KINDS = CLAIM_KINDS.filter((kind) => stanceOfKind(kind) !== null);

/** The most stance claims one read returns (newest first): bounds the matrix and the customers list. */
export const STANCE_CLAIMS_LIMIT = 2000;
/** The most stance claims one company's page reads. */
export const COMPANY_STANCE_CLAIMS_LIMIT = 500;

const claimOrder: Prisma.ClaimOrderByWithRelationInput[] = [
  { claimDate: DESC_NULLS_LAST },
  { createdAt: "desc" },
  { id: "asc" },
];

const stanceClaimSelect = {
  id: true,
  kind: true,
  claimDate: true,
  createdAt: true,
  subject: { select: { slug: true } },
  companies: { select: { role: true, company: { select: { slug: true } } } },
  chips: { select: { chip: { select: { slug: true, vendor: { select: { slug: true } } } } } },
} satisfies Prisma.ClaimSelect;

type StanceClaimRow = Prisma.ClaimGetPayload<{ select: typeof stanceClaimSelect }>;

function toAdoptionClaim(row: StanceClaimRow): AdoptionClaim {
  return {
    id: row.id,
    kind: row.kind,
    claimDate: row.claimDate,
    createdAt: row.createdAt,
    subject: row.subject,
    companies: row.companies.map((link) => ({ slug: link.company.slug, role: link.role })),
    chips: row.chips.map((link) => ({ slug: link.chip.slug, vendorSlug: link.chip.vendor.slug })),
  };
}

function stanceWhere(statuses?: readonly ClaimStatus[]): Prisma.ClaimWhereInput {
  return { status: claimStatusFilter(statuses), kind: { in: [...STANCE_CLAIM_KINDS] } };
}

/**
 * The public claims with a stance, newest first, at most STANCE_CLAIMS_LIMIT, with only what
 * lib/adoption needs (kind, dates, subject, linked companies and their roles, chips and their vendors).
 */
export async function listStanceClaims(options: { statuses?: readonly ClaimStatus[] } = {}): Promise<AdoptionClaim[]> {
  const rows = await db.claim.findMany({
    where: stanceWhere(options.statuses),
    orderBy: claimOrder,
    take: STANCE_CLAIMS_LIMIT,
    select: stanceClaimSelect,
  });
  return rows.map(toAdoptionClaim);
}

/** A stance claim with what a table row shows: summary, chip names and its source. */
export type StanceClaimDetail = AdoptionClaim & {
  slug: string;
  summary: string;
  chipNames: Record<string, string>;
  source: { id: string; title: string; publisher: string | null; url: string | null; language: string };
};

const stanceClaimDetailSelect = {
  ...stanceClaimSelect,
  slug: true,
  summary: true,
  chips: { select: { chip: { select: { slug: true, name: true, vendor: { select: { slug: true } } } } } },
  source: { select: { id: true, title: true, publisher: true, url: true, language: true } },
} satisfies Prisma.ClaimSelect;

/**
 * The public stance claims one company is named in, as the claim's subject or a linked company.
 * Newest first, at most COMPANY_STANCE_CLAIMS_LIMIT: found in order in the claim index (ClaimAbout,
 * migration *_claim_index), then read by id. (A vendor's customers: listVendorCustomers.)
 */
export async function listStanceClaimDetails(
  filter: { company: string },
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<StanceClaimDetail[]> {
  const companyId = await companyIdBySlug(filter.company);
  if (!companyId) return [];
  const found = await db.claimAbout.findMany({
    where: { companyId, named: true, kind: { in: [...STANCE_CLAIM_KINDS] }, status: claimStatusFilter(options.statuses) },
    orderBy: claimAboutOrder,
    take: COMPANY_STANCE_CLAIMS_LIMIT,
    select: { claimId: true },
  });
  // one ClaimAbout row per claim for one company, so the ids are distinct
  const ids = found.map((row) => row.claimId);
  const rows = ids.length === 0 ? [] : await db.claim.findMany({ where: { id: { in: ids } }, select: stanceClaimDetailSelect });
  return inIdOrder(ids, rows).map((row) => ({
    ...toAdoptionClaim(row),
    slug: row.slug,
    summary: row.summary,
    chipNames: Object.fromEntries(row.chips.map((link) => [link.chip.slug, link.chip.name])),
    source: row.source,
  }));
}

/** Whether some public claim states the company's stance, as a customer, towards a vendor's chips (ClaimStance). */
export async function isClaimCustomer(slug: string, options: { statuses?: readonly ClaimStatus[] } = {}) {
  const row = await db.claimStance.findFirst({
    where: { customer: { slug }, status: claimStatusFilter(options.statuses) },
    select: { claimId: true },
  });
  return row !== null;
}

/** One page of the public claims naming a company (subject or linked), newest first, undated last. */
export async function listCompanyClaims(
  slug: string,
  request: PageRequest & { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimCardItem[]> {
  const rows = await db.claim.findMany({
    where: claimWhere({ company: slug, statuses: request.statuses }),
    orderBy: claimOrder,
    ...pageArgs(request),
    select: claimCardSelect,
  });
  return rows.map(toClaimCardItem);
}

/** The most customers a vendor's profile lists (the most recently reported first). */
export const VENDOR_CUSTOMERS_LIMIT = 50;

/** One customer of a vendor's chips, as the vendor's profile lists it (components/vendors/vendor-customers.tsx). */
export type VendorCustomer = {
  customer: { slug: string; name: string };
  /** the stance of the latest claim */
  stance: Stance;
  /** two of the claims read for this customer state stances that contradict */
  conflicting: boolean;
  /** how many of the claims read name this customer (at most COMPANY_STANCE_CLAIMS_LIMIT are read for the vendor) */
  claimCount: number;
  /** a chip of this vendor that every one of those claims names, if any: narrows the link to the claims */
  sharedChip: { slug: string; name: string } | null;
  latest: {
    id: string;
    slug: string;
    summary: string;
    claimDate: Date | null;
    source: { id: string; title: string; publisher: string | null; url: string | null; language: string };
  };
};

/**
 * A vendor's customers, by the vendor's company id, read by pair from ClaimStance (the claim index):
 * its newest COMPANY_STANCE_CLAIMS_LIMIT stance rows, grouped by customer (the same cells as
 * lib/adoption's customersOfVendor), the most recently reported customer first, at most `limit` of
 * them (`more` says whether others were cut). Only each listed customer's latest claim is read in full.
 */
export async function listVendorCustomers(
  vendorId: string,
  { limit = VENDOR_CUSTOMERS_LIMIT }: { limit?: number } = {},
): Promise<{ customers: VendorCustomer[]; more: boolean }> {
  const rows = await db.claimStance.findMany({
    where: { vendorId, status: claimStatusFilter() },
    orderBy: claimAboutOrder,
    take: COMPANY_STANCE_CLAIMS_LIMIT,
    select: { customerId: true, claimId: true, stance: true },
  });
  if (rows.length === 0) return { customers: [], more: false };
  // rows come newest first, so a customer's first row is its latest claim; `order` ranks that claim
  // (customers whose latest claim is the same one tie, and go by slug below)
  const claimRank = new Map<string, number>();
  for (const row of rows) if (!claimRank.has(row.claimId)) claimRank.set(row.claimId, claimRank.size);
  const cells = new Map<string, { claimIds: string[]; stances: Stance[]; order: number }>();
  rows.forEach((row) => {
    const cell = cells.get(row.customerId) ?? { claimIds: [], stances: [], order: claimRank.get(row.claimId)! };
    if (!cell.claimIds.includes(row.claimId)) cell.claimIds.push(row.claimId);
    cell.stances.push(row.stance as Stance);
    cells.set(row.customerId, cell);
  });
  const customerIds = [...cells.keys()];
  // Read by lists of up to COMPANY_STANCE_CLAIMS_LIMIT ids, here and for the chips below, in plain
  // SQL: through findMany, a list of hundreds of ids costs several times the statement itself (the
  // chip links with their chips took 25 ms for the largest vendor at a million claims, against 3).
  const companies = await db.$queryRaw<{ id: string; slug: string; name: string }[]>`
    SELECT "id", "slug", "name" FROM "Company" WHERE "id" IN (${Prisma.join(customerIds)})`;
  const companyOf = new Map(companies.map((company) => [company.id, company]));
  // newest latest claim first; customers sharing that claim by slug
  const ranked = customerIds
    .filter((id) => companyOf.has(id))
    .sort((a, b) => cells.get(a)!.order - cells.get(b)!.order || (companyOf.get(a)!.slug < companyOf.get(b)!.slug ? -1 : 1));
  const kept = ranked.slice(0, Math.max(0, limit));
  const claimIds = [...new Set(kept.flatMap((id) => cells.get(id)!.claimIds))];
  const latestIds = [...new Set(kept.map((id) => cells.get(id)!.claimIds[0]))];
  const [chipLinks, latest] = await Promise.all([
    claimIds.length === 0
      ? []
      : db.$queryRaw<{ claimId: string; slug: string; name: string }[]>`
          SELECT cc."claimId", ch."slug", ch."name" FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId"
           WHERE ch."vendorId" = ${vendorId} AND cc."claimId" IN (${Prisma.join(claimIds)})`,
    latestIds.length === 0
      ? []
      : db.claim.findMany({
          where: { id: { in: latestIds } },
          select: {
            id: true,
            slug: true,
            summary: true,
            claimDate: true,
            source: { select: { id: true, title: true, publisher: true, url: true, language: true } },
          },
        }),
  ]);
  const chipsOf = new Map<string, Map<string, string>>();
  for (const link of chipLinks) {
    const chips = chipsOf.get(link.claimId) ?? new Map<string, string>();
    chips.set(link.slug, link.name);
    chipsOf.set(link.claimId, chips);
  }
  const latestById = new Map(latest.map((claim) => [claim.id, claim]));
  const customers = kept.flatMap((id): VendorCustomer[] => {
    const cell = cells.get(id)!;
    const claim = latestById.get(cell.claimIds[0]);
    if (!claim) return [];
    const [first, ...rest] = cell.claimIds.map((claimId) => chipsOf.get(claimId) ?? new Map<string, string>());
    const shared = [...first.keys()].filter((slug) => rest.every((chips) => chips.has(slug))).sort()[0];
    return [
      {
        customer: { slug: companyOf.get(id)!.slug, name: companyOf.get(id)!.name },
        stance: cell.stances[0],
        conflicting: cell.stances.some((a) => cell.stances.some((b) => stancesContradict(a, b))),
        claimCount: cell.claimIds.length,
        sharedChip: shared ? { slug: shared, name: first.get(shared)! } : null,
        latest: claim,
      },
    ];
  });
  return { customers, more: ranked.length > kept.length };
}
