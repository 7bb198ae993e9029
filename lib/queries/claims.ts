import "server-only";
import type { ClaimKind, ClaimStatus } from "@/lib/constants";
import { MAX_EXPORT_ROWS } from "@/lib/csv";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLAIM_ORDER_SQL, claimPageSql, countSearchClaims } from "@/lib/queries/claim-search";
import { readClaimLinks, readClaimRows, type ClaimLinks, type ClaimSqlRow } from "@/lib/queries/claim-rows";
import { claimStatusFilter, countTake, dayRange, pushTo, rawIso, type PageRequest } from "@/lib/queries/shared";
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

// A claim as the explorer, its pages and the API show it, read through lib/queries/claim-rows.ts.

/** The claim columns a page subquery selects on claim `c` (with "subjectCompanyId" and "sourceId": PAGE_COLUMNS). */
const CLAIM_COLUMNS = Prisma.sql`c."id", c."slug", c."kind", c."summary", c."quote", c."quoteStart", c."quoteEnd",
  c."translation", c."claimDate", c."confidence", c."status", c."note", c."version", c."createdAt", c."updatedAt"`;

function toClaim(row: ClaimSqlRow, links: ClaimLinks) {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    summary: row.summary,
    quote: row.quote,
    quoteStart: Number(row.quoteStart),
    quoteEnd: Number(row.quoteEnd),
    translation: row.translation,
    claimDate: rawIso(row.claimDate),
    confidence: row.confidence,
    status: row.status,
    company: { slug: row.subjectSlug, name: row.subjectName },
    companies: links.companies.get(row.id) ?? [],
    chips: links.chips.get(row.id) ?? [],
    source: {
      id: row.sourceId,
      slug: row.sourceSlug,
      url: row.sourceUrl,
      title: row.sourceTitle,
      publisher: row.sourcePublisher,
      publishedAt: rawIso(row.sourcePublishedAt),
      language: row.sourceLanguage,
    },
  };
}
export type Claim = ReturnType<typeof toClaim>;
export type ClaimDetail = Claim & { note: string | null };

/** The claims `page` selects (a SELECT of PAGE_COLUMNS on claim `c`), in the explorer's order, with subject and source, chips and companies. */
async function readClaims(page: Prisma.Sql): Promise<{ row: ClaimSqlRow; claim: Claim }[]> {
  const rows = await readClaimRows(Prisma.sql`(${page}) AS c`, CLAIM_ORDER_SQL);
  const links = await readClaimLinks(
    rows.map((row) => row.id),
    { companies: true },
  );
  return rows.map((row) => ({ row, claim: toClaim(row, links) }));
}

const PAGE_COLUMNS = Prisma.sql`${CLAIM_COLUMNS}, c."subjectCompanyId", c."sourceId"`;

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

/** One page of claims matching the filters, in a stable order (newest claim date first, undated last, then newest entry, then id). */
export async function listClaims(filters: ClaimFilters & PageRequest = {}): Promise<Claim[]> {
  const read = await readClaims(await claimPageSql(filters, PAGE_COLUMNS));
  return read.map(({ claim }) => claim);
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

/** The claim with this id or slug among the given statuses, as read with its editorial fields. */
async function readOneClaim(idOrSlug: string, statuses?: readonly ClaimStatus[]) {
  const allowed = claimStatusFilter(statuses).in;
  if (allowed.length === 0) return null;
  // the id and the slug are each unique: at most two rows; the one whose id it is wins (Prisma's findFirst promised no order)
  const read = await readClaims(Prisma.sql`SELECT ${PAGE_COLUMNS} FROM "Claim" c
    WHERE (c."id" = ${idOrSlug} OR c."slug" = ${idOrSlug}) AND c."status" IN (${Prisma.join(allowed)})`);
  return read.find(({ row }) => row.id === idOrSlug) ?? read[0] ?? null;
}

/** One claim by id or slug, or null when there is none the reader may see. */
export async function getClaimById(
  idOrSlug: string,
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimDetail | null> {
  const found = await readOneClaim(idOrSlug, options.statuses);
  return found ? { ...found.claim, note: found.row.note } : null;
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
  const found = await readOneClaim(idOrSlug);
  if (!found) return null;
  const { row, claim } = found;
  return {
    ...claim,
    note: row.note,
    version: Number(row.version),
    createdAt: rawIso(row.createdAt)!,
    updatedAt: rawIso(row.updatedAt)!,
  };
}

/**
 * Every claim matching the filters, in the list's order, for an export: at most `limit` rows
 * (MAX_EXPORT_ROWS by default; compare with countClaims to know whether the export was cut short).
 */
export async function listClaimsForExport(filters: ClaimFilters = {}, limit = MAX_EXPORT_ROWS): Promise<Claim[]> {
  const take = Math.max(0, Math.min(Math.trunc(limit), MAX_EXPORT_ROWS));
  const read = await readClaims(await claimPageSql(filters, PAGE_COLUMNS, take));
  return read.map(({ claim }) => claim);
}

/**
 * Which of the given companies are chip vendors: a claim's companies link to /vendors/<slug> when
 * they are, else to /customers/<slug>. Bounded by the slugs asked about.
 */
export async function chipVendorSlugs(companySlugs: readonly string[]): Promise<Set<string>> {
  const slugs = [...new Set(companySlugs)];
  if (slugs.length === 0) return new Set();
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT co."slug" AS "slug" FROM "Company" co
     WHERE co."slug" IN (${Prisma.join(slugs)})
       AND EXISTS (SELECT 1 FROM "CompanyRole" r WHERE r."companyId" = co."id" AND r."role" = 'chip_vendor')`;
  return new Set(rows.map((row) => row.slug));
}

/** A claim that contradicts another, as the contradiction marker names it. */
export type ContradictingClaim = { id: string; slug: string; summary: string };

/**
 * Most contradicting claims read for one checked claim's (customer, vendor, stance) pair, and most
 * listed for one claim; past it the count says "more than" this (see Contradictions.total).
 */
export const CONTRADICTIONS_PER_PAIR_LIMIT = 50;

/** What contradicts one claim (see findClaimContradictions). */
export type Contradictions = {
  /** at most CONTRADICTIONS_PER_PAIR_LIMIT of them, by summary */
  claims: ContradictingClaim[];
  /** how many: exact up to CONTRADICTIONS_PER_PAIR_LIMIT, and CONTRADICTIONS_PER_PAIR_LIMIT + 1 meaning "more than that" (as countClaims' cap) */
  total: number;
};

/** The stances that contradict `stance` (lib/stance stancesContradict), as a ClaimStance filter. */
function contradictingStances(stance: string): Stance[] {
  return STANCES.filter((other) => stancesContradict(stance as Stance, other));
}

/** Pairs read per statement (each a bounded sub-select of its own). */
const PAIRS_PER_STATEMENT = 100;

/**
 * For each of the given claims that another public claim contradicts (same customer and vendor,
 * stances that contradict: see lib/stance), the claims that contradict it (see Contradictions).
 * Read by pair from ClaimStance (the claim index, kept by triggers) in two statements: the checked
 * claims' pairs, then for every distinct pair and stance at once (a UNION ALL of one bounded
 * sub-select each) the public claims holding a contradicting stance, the first
 * CONTRADICTIONS_PER_PAIR_LIMIT + 1 by id: one more than listed tells a pair that has more. Each
 * walks its pair's entries of the (customerId, vendorId, claimId, stance, status) index in id order,
 * testing stance and status there, and stops at the limit: when fewer contradict, a pair's 14,000
 * entries at a million claims cost under a millisecond (through the primary key, whose walk read
 * every entry's row, 22 ms). (A claim has one stance per pair, and no stance contradicts itself, so a
 * checked claim is never among its own pair's answers.)
 */
export async function findClaimContradictions(claimIds: readonly string[]): Promise<Map<string, Contradictions>> {
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) return new Map();
  const checked = await db.$queryRaw<{ claimId: string; customerId: string; vendorId: string; stance: string }[]>`
    SELECT "claimId", "customerId", "vendorId", "stance" FROM "ClaimStance" WHERE "claimId" IN (${Prisma.join(ids)})`;
  // one sub-select per distinct (customer, vendor, stance) among the checked claims
  const asks = new Map<string, { customerId: string; vendorId: string; stances: Stance[]; claimIds: string[] }>();
  for (const row of checked) {
    const stances = contradictingStances(row.stance);
    if (stances.length === 0) continue;
    const key = `${row.customerId}\u0000${row.vendorId}\u0000${row.stance}`;
    const ask = asks.get(key) ?? { customerId: row.customerId, vendorId: row.vendorId, stances, claimIds: [] };
    ask.claimIds.push(row.claimId);
    asks.set(key, ask);
  }
  const asked = [...asks.values()];
  if (asked.length === 0) return new Map();
  const statuses = Prisma.join(claimStatusFilter().in);
  const answers: { ask: number | bigint; id: string; slug: string; summary: string }[] = [];
  for (let start = 0; start < asked.length; start += PAIRS_PER_STATEMENT) {
    const selects = asked.slice(start, start + PAIRS_PER_STATEMENT).map(
      (ask, i) => Prisma.sql`SELECT ${Prisma.raw(String(start + i))} AS "ask", x."id", x."slug", x."summary" FROM (
        SELECT c."id" AS "id", c."slug" AS "slug", c."summary" AS "summary"
          FROM "ClaimStance" st JOIN "Claim" c ON c."id" = st."claimId"
         WHERE st."customerId" = ${ask.customerId} AND st."vendorId" = ${ask.vendorId}
           AND st."stance" IN (${Prisma.join(ask.stances)}) AND st."status" IN (${statuses})
         ORDER BY st."claimId" ASC LIMIT ${CONTRADICTIONS_PER_PAIR_LIMIT + 1}) AS x`,
    );
    answers.push(...(await db.$queryRaw<typeof answers>`${Prisma.join(selects, " UNION ALL ")}`));
  }
  const rowsOf = new Map<number, ContradictingClaim[]>();
  for (const { ask, id, slug, summary } of answers) pushTo(rowsOf, Number(ask), { id, slug, summary });
  const found = new Map<string, { others: Map<string, ContradictingClaim>; more: boolean }>();
  asked.forEach((ask, index) => {
    const rows = rowsOf.get(index) ?? [];
    for (const claimId of ask.claimIds) {
      const entry = found.get(claimId) ?? { others: new Map<string, ContradictingClaim>(), more: false };
      for (const claim of rows.slice(0, CONTRADICTIONS_PER_PAIR_LIMIT)) if (claim.id !== claimId) entry.others.set(claim.id, claim);
      if (rows.length > CONTRADICTIONS_PER_PAIR_LIMIT) entry.more = true;
      if (entry.others.size > 0) found.set(claimId, entry);
    }
  });
  return new Map(
    [...found].map(([claimId, { others, more }]) => {
      const sorted = [...others.values()].sort((a, b) => a.summary.localeCompare(b.summary));
      const total = more || sorted.length > CONTRADICTIONS_PER_PAIR_LIMIT ? CONTRADICTIONS_PER_PAIR_LIMIT + 1 : sorted.length;
      return [claimId, { claims: sorted.slice(0, CONTRADICTIONS_PER_PAIR_LIMIT), total }];
    }),
  );
}
