import "server-only";
import type { ClaimKind, ClaimStatus } from "@/lib/constants";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { chipRef, claimStatusFilter, companyRef, dayRange, iso, pageArgs, type PageRequest } from "@/lib/queries/shared";

// Reads of claims: what a source says about companies and chips, with its verbatim quote.
// Unless `statuses` says otherwise, only the statuses readers may see (PUBLIC_CLAIM_STATUSES).

export type ClaimFilters = {
  /** company slug: the claim's subject or any company linked to it */
  company?: string;
  /** chip slug */
  chip?: string;
  kind?: ClaimKind;
  /** defaults to PUBLIC_CLAIM_STATUSES */
  statuses?: readonly ClaimStatus[];
  /** inclusive YYYY-MM-DD bounds on claimDate (an undated claim matches no bound) */
  from?: string;
  to?: string;
  /** text in the summary, quote or translation */
  q?: string;
  /** source id */
  sourceId?: string;
};

/** Newest first; undated claims after dated ones; then the newest entry; then id, so pages never overlap. */
const claimOrder: Prisma.ClaimOrderByWithRelationInput[] = [
  { claimDate: { sort: "desc", nulls: "last" } },
  { createdAt: "desc" },
  { id: "asc" },
];

const claimSelect = {
  id: true,
  slug: true,
  kind: true,
  summary: true,
  quote: true,
  quoteStart: true,
  quoteEnd: true,
  translation: true,
  claimDate: true,
  confidence: true,
  status: true,
  subject: companyRef,
  companies: { select: { role: true, company: companyRef }, orderBy: { company: { name: "asc" } } },
  chips: { select: { chip: chipRef }, orderBy: { chip: { name: "asc" } } },
  source: {
    select: { id: true, slug: true, url: true, title: true, publisher: true, publishedAt: true, language: true },
  },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

function toClaim(row: ClaimRow) {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    summary: row.summary,
    quote: row.quote,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    translation: row.translation,
    claimDate: iso(row.claimDate),
    confidence: row.confidence,
    status: row.status,
    company: row.subject,
    companies: row.companies.map((link) => ({ ...link.company, role: link.role })),
    chips: row.chips.map((link) => link.chip),
    source: { ...row.source, publishedAt: iso(row.source.publishedAt) },
  };
}
export type Claim = ReturnType<typeof toClaim>;
export type ClaimDetail = Claim & { note: string | null };

/** The Prisma `where` for a set of filters; shared by list and count so they always agree. */
export function claimWhere(filters: ClaimFilters = {}): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (filters.company) {
    and.push({
      OR: [
        { subject: { slug: filters.company } },
        { companies: { some: { company: { slug: filters.company } } } },
      ],
    });
  }
  if (filters.q) {
    and.push({
      OR: [
        { summary: { contains: filters.q } },
        { quote: { contains: filters.q } },
        { translation: { contains: filters.q } },
      ],
    });
  }
  return {
    status: claimStatusFilter(filters.statuses),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.chip ? { chips: { some: { chip: { slug: filters.chip } } } } : {}),
    ...(filters.sourceId ? { sourceId: filters.sourceId } : {}),
    ...(filters.from || filters.to ? { claimDate: dayRange(filters.from, filters.to) } : {}),
    ...(and.length > 0 ? { AND: and } : {}),
  };
}

/** One page of claims matching the filters, in a stable order. */
export async function listClaims(filters: ClaimFilters & PageRequest = {}): Promise<Claim[]> {
  const rows = await db.claim.findMany({
    where: claimWhere(filters),
    orderBy: claimOrder,
    ...pageArgs(filters),
    select: claimSelect,
  });
  return rows.map(toClaim);
}

/** How many claims match the filters (all pages). */
export async function countClaims(filters: ClaimFilters = {}): Promise<number> {
  return db.claim.count({ where: claimWhere(filters) });
}

/** One claim by id or slug, or null when there is none the reader may see. */
export async function getClaimById(
  idOrSlug: string,
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimDetail | null> {
  const row = await db.claim.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], status: claimStatusFilter(options.statuses) },
    select: { ...claimSelect, note: true },
  });
  return row ? { ...toClaim(row), note: row.note } : null;
}

/**
 * How many claims involve each of the given companies (as subject or as a linked company),
 * counting a claim once per company. Companies with none are absent from the map.
 */
export async function countClaimsByCompany(
  companyIds: string[],
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<Map<string, number>> {
  if (companyIds.length === 0) return new Map();
  const status = claimStatusFilter(options.statuses);
  const [asSubject, asLinked] = await Promise.all([
    db.claim.findMany({
      where: { subjectCompanyId: { in: companyIds }, status },
      select: { id: true, subjectCompanyId: true },
    }),
    db.claimCompany.findMany({
      where: { companyId: { in: companyIds }, claim: { status } },
      select: { claimId: true, companyId: true },
    }),
  ]);
  const claimsOf = new Map<string, Set<string>>();
  const add = (companyId: string, claimId: string) => {
    const set = claimsOf.get(companyId) ?? new Set<string>();
    set.add(claimId);
    claimsOf.set(companyId, set);
  };
  for (const row of asSubject) add(row.subjectCompanyId, row.id);
  for (const row of asLinked) add(row.companyId, row.claimId);
  return new Map([...claimsOf].map(([companyId, ids]) => [companyId, ids.size]));
}
