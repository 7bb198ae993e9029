import "server-only";
import type { AdoptionClaim } from "@/lib/adoption";
import { CLAIM_KINDS, type ClaimStatus } from "@/lib/constants";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimWhere } from "@/lib/queries/claims";
import { DESC_NULLS_LAST, claimStatusFilter, pageArgs, type PageRequest } from "@/lib/queries/shared";
import { claimAboutOrder, claimCardSelect, toClaimCardItem, type ClaimCardItem } from "@/lib/queries/vendors";
import { stanceOfKind } from "@/lib/stance";

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

/** Claims naming the company as their subject or as a linked company (any role). */
function namingCompany(slug: string): Prisma.ClaimWhereInput {
  return { OR: [{ subject: { slug } }, { companies: { some: { company: { slug } } } }] };
}

/**
 * The public claims with a stance, newest first, at most STANCE_CLAIMS_LIMIT, with only what
 * lib/adoption needs (kind, dates, subject, linked companies and their roles, chips and their vendors).
 */
export async function listStanceClaims(
  options: { statuses?: readonly ClaimStatus[]; company?: string } = {},
): Promise<AdoptionClaim[]> {
  const rows = await db.claim.findMany({
    where: { ...stanceWhere(options.statuses), ...(options.company ? namingCompany(options.company) : {}) },
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
 * The public stance claims one company is named in: as the claim's subject or a linked company
 * (`company`), or as the vendor of the chips with some customer (`vendor`: linked as vendor, or
 * maker of a named chip). Newest first, at most COMPANY_STANCE_CLAIMS_LIMIT. The claims are found
 * in the claim index (ClaimAbout and ClaimStance, migration *_claim_index), in order, then read by id.
 */
export async function listStanceClaimDetails(
  filter: { company: string } | { vendor: string },
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<StanceClaimDetail[]> {
  const slug = "company" in filter ? filter.company : filter.vendor;
  const company = await db.company.findUnique({ where: { slug }, select: { id: true } });
  if (!company) return [];
  const status = claimStatusFilter(options.statuses);
  const found =
    "company" in filter
      ? await db.claimAbout.findMany({
          where: { companyId: company.id, named: true, kind: { in: [...STANCE_CLAIM_KINDS] }, status },
          orderBy: claimAboutOrder,
          take: COMPANY_STANCE_CLAIMS_LIMIT,
          select: { claimId: true },
        })
      : // one row per (customer, vendor, claim): a claim with several customers comes once per customer
        await db.claimStance.findMany({
          where: { vendorId: company.id, status },
          orderBy: claimAboutOrder,
          take: COMPANY_STANCE_CLAIMS_LIMIT,
          select: { claimId: true },
        });
  const ids = [...new Set(found.map((row) => row.claimId))];
  const rows = ids.length === 0 ? [] : await db.claim.findMany({ where: { id: { in: ids } }, select: stanceClaimDetailSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        ...toAdoptionClaim(row),
        slug: row.slug,
        summary: row.summary,
        chipNames: Object.fromEntries(row.chips.map((link) => [link.chip.slug, link.chip.name])),
        source: row.source,
      },
    ];
  });
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
