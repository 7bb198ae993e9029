import "server-only";
import type { ClaimKind, ClaimStatus } from "@/lib/constants";
import { MAX_EXPORT_ROWS } from "@/lib/csv";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countSearchClaims, searchClaimIds } from "@/lib/queries/claim-search";
import {
  DESC_NULLS_LAST,
  chipRef,
  claimStatusFilter,
  companyRef,
  countTake,
  dayRange,
  inIdOrder,
  iso,
  pageArgs,
  type PageRequest,
} from "@/lib/queries/shared";
import { STANCES, stancesContradict, type Stance } from "@/lib/stance";

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
  { claimDate: DESC_NULLS_LAST },
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

/**
 * The Prisma `where` for a set of filters other than the text search `q`, which Prisma cannot
 * express on a full-text index: a query with `q` goes through lib/queries/claim-search.ts (listClaims,
 * countClaims and listClaimsForExport do that themselves).
 */
export function claimWhere(filters: Omit<ClaimFilters, "q"> = {}): Prisma.ClaimWhereInput {
  return {
    status: claimStatusFilter(filters.statuses),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.chip ? { chips: { some: { chip: { slug: filters.chip } } } } : {}),
    ...(filters.sourceId ? { sourceId: filters.sourceId } : {}),
    ...(filters.from || filters.to ? { claimDate: dayRange(filters.from, filters.to) } : {}),
    ...(filters.company
      ? {
          OR: [
            { subject: { slug: filters.company } },
            { companies: { some: { company: { slug: filters.company } } } },
          ],
        }
      : {}),
  };
}

/** The claims with these ids, in the order of the ids (a search's page). */
async function claimsByIds(ids: string[]): Promise<Claim[]> {
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, select: claimSelect });
  return inIdOrder(ids, rows).map(toClaim);
}

/** One page of claims matching the filters, in a stable order. */
export async function listClaims(filters: ClaimFilters & PageRequest = {}): Promise<Claim[]> {
  if (filters.q) return claimsByIds(await searchClaimIds(filters));
  const rows = await db.claim.findMany({
    where: claimWhere(filters),
    orderBy: claimOrder,
    ...pageArgs(filters),
    select: claimSelect,
  });
  return rows.map(toClaim);
}

/**
 * How many claims match the filters (all pages). With `cap`, counting stops past `cap`: the
 * answer is then `cap + 1`, meaning "more than cap" (see COUNT_CAP), and costs at most cap + 1
 * index entries instead of every matching row.
 */
export async function countClaims(filters: ClaimFilters = {}, options: { cap?: number } = {}): Promise<number> {
  // one SQL statement with every filter, text search or not (lib/queries/claim-search.ts)
  return countSearchClaims(filters, countTake(options.cap));
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

// ── The claims explorer (/claims, /claims/[id], /api/v1/export/claims) ──────────────────────

export type ClaimRecord = ClaimDetail & { version: number; createdAt: string; updatedAt: string };

/** One claim readers may see, by id or slug, with its editorial fields (note, version, when entered and last changed). */
export async function getClaimRecordById(idOrSlug: string): Promise<ClaimRecord | null> {
  const row = await db.claim.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], status: claimStatusFilter() },
    select: { ...claimSelect, note: true, version: true, createdAt: true, updatedAt: true },
  });
  if (!row) return null;
  return {
    ...toClaim(row),
    note: row.note,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Every claim matching the filters, in the list's order, for an export: at most `limit` rows
 * (MAX_EXPORT_ROWS by default; compare with countClaims to know whether the export was cut short).
 */
export async function listClaimsForExport(filters: ClaimFilters = {}, limit = MAX_EXPORT_ROWS): Promise<Claim[]> {
  const take = Math.max(0, Math.min(Math.trunc(limit), MAX_EXPORT_ROWS));
  if (filters.q) {
    const ids = await searchClaimIds(filters, take);
    const claims: Claim[] = [];
    // read by id in slices: a long IN list is slow to plan and SQLite caps bound parameters
    for (let i = 0; i < ids.length; i += 1000) claims.push(...(await claimsByIds(ids.slice(i, i + 1000))));
    return claims;
  }
  const rows = await db.claim.findMany({
    where: claimWhere(filters),
    orderBy: claimOrder,
    take,
    select: claimSelect,
  });
  return rows.map(toClaim);
}

/**
 * Which of the given companies are chip vendors: a claim's companies link to /vendors/<slug> when
 * they are, else to /customers/<slug>. Bounded by the slugs asked about.
 */
export async function chipVendorSlugs(companySlugs: readonly string[]): Promise<Set<string>> {
  const slugs = [...new Set(companySlugs)];
  if (slugs.length === 0) return new Set();
  const rows = await db.company.findMany({
    where: { slug: { in: slugs }, roles: { some: { role: "chip_vendor" } } },
    select: { slug: true },
  });
  return new Set(rows.map((row) => row.slug));
}

/** A claim that contradicts another, as the contradiction marker names it. */
export type ContradictingClaim = { id: string; slug: string; summary: string };

/** Most contradicting claims listed for one checked claim's (customer, vendor, stance) pair. */
export const CONTRADICTIONS_PER_PAIR_LIMIT = 50;

/** The stances that contradict `stance` (lib/stance stancesContradict), as a ClaimStance filter. */
function contradictingStances(stance: string): Stance[] {
  return STANCES.filter((other) => stancesContradict(stance as Stance, other));
}

/**
 * For each of the given claims that another public claim contradicts (same customer and vendor,
 * stances that contradict: see lib/stance), the claims that contradict it, by summary. Read by pair
 * from ClaimStance (the claim index, kept by triggers): the checked claims' pairs, then for each
 * distinct pair and stance the public claims holding a contradicting stance, at most
 * CONTRADICTIONS_PER_PAIR_LIMIT each, through the (customerId, vendorId, stance, status) index.
 */
export async function findClaimContradictions(claimIds: readonly string[]): Promise<Map<string, ContradictingClaim[]>> {
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) return new Map();
  const checked = await db.claimStance.findMany({
    where: { claimId: { in: ids } },
    select: { claimId: true, customerId: true, vendorId: true, stance: true },
  });
  // one read per distinct (customer, vendor, stance) among the checked claims
  const asks = new Map<string, { customerId: string; vendorId: string; stances: Stance[]; claimIds: string[] }>();
  for (const row of checked) {
    const stances = contradictingStances(row.stance);
    if (stances.length === 0) continue;
    const key = `${row.customerId}\u0000${row.vendorId}\u0000${row.stance}`;
    const ask = asks.get(key) ?? { customerId: row.customerId, vendorId: row.vendorId, stances, claimIds: [] };
    ask.claimIds.push(row.claimId);
    asks.set(key, ask);
  }
  const status = claimStatusFilter();
  const answers = await Promise.all(
    [...asks.values()].map(async (ask) => ({
      ask,
      rows: await db.claimStance.findMany({
        where: { customerId: ask.customerId, vendorId: ask.vendorId, stance: { in: ask.stances }, status },
        take: CONTRADICTIONS_PER_PAIR_LIMIT,
        select: { claim: { select: { id: true, slug: true, summary: true } } },
      }),
    })),
  );
  const found = new Map<string, Map<string, ContradictingClaim>>();
  for (const { ask, rows } of answers) {
    for (const claimId of ask.claimIds) {
      const others = found.get(claimId) ?? new Map<string, ContradictingClaim>();
      for (const { claim } of rows) if (claim.id !== claimId) others.set(claim.id, claim);
      if (others.size > 0) found.set(claimId, others);
    }
  }
  return new Map(
    [...found].map(([id, others]) => [id, [...others.values()].sort((a, b) => a.summary.localeCompare(b.summary))]),
  );
}
