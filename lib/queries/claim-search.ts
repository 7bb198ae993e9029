import "server-only";
import { sqliteDateTime } from "@/lib/database-url";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimAboutOrderSql } from "@/lib/queries/claim-rows";
import { claimStatusFilter, dayRange, dbProvider, type PageRequest, pageArgs } from "@/lib/queries/shared";
import type { ClaimFilters } from "@/lib/queries/claims";
import { foldAccents, searchTerms } from "@/lib/search-terms";

// Text search over claims (the explorer's `q`, the API's `q`, the exports), through the database's
// full-text index instead of `LIKE '%…%'` over every row:
// - SQLite: the FTS5 table "ClaimSearch" (migration 20261222000000_claim_search), accents and case folded;
// - PostgreSQL: a GIN index on "chipwatch_claim_search"(summary, quote, translation), a to_tsvector('simple', …)
//   of the text with Latin accents folded (migration 20261222000000_claim_search), case folded.
// Each word of the query must start a word of the summary, quote or translation ("asc" finds
// "Ascend"; "cend" does not). Prisma cannot express either match, so a search runs as SQL that
// applies every other filter too, in the explorer's order; lib/queries/claims.ts reads a page of
// records through claimPageSql, with or without a search.

/** The query as each engine's full-text syntax writes it, or null when it has no word to look for. */
function engineQuery(q: string): string | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  return dbProvider === "postgresql"
    ? terms.map((term) => `${foldAccents(term)}:*`).join(" & ")
    : terms.map((term) => `"${term}"*`).join(" ");
}

/** The full-text condition on claim `c`, or null when the query has no word to look for. */
function matchCondition(q: string): Prisma.Sql | null {
  const query = engineQuery(q);
  if (query === null) return null;
  if (dbProvider === "postgresql") {
    return Prisma.sql`"chipwatch_claim_search"(c."summary", c."quote", c."translation") @@ to_tsquery('simple', ${query})`;
  }
  return Prisma.sql`c.rowid IN (SELECT rowid FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ${query})`;
}

/** Matches past which a search is "broad": SQLite then walks the explorer's order instead of sorting every match. */
const BROAD_MATCHES = 1000;

/**
 * SQLite's planner cannot tell a rare word from a common one. For a rare word, reading its
 * matches and sorting them is best; for a common one (tens of thousands of matches), walking
 * "Claim_order_idx" newest first and stopping at the page's end is, by far. A probe that reads
 * at most BROAD_MATCHES rowids from the full-text index decides.
 */
async function sqliteSearchIsBroad(q: string): Promise<boolean> {
  const query = engineQuery(q);
  if (query === null) return false;
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM (SELECT rowid FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ${query} LIMIT ${BROAD_MATCHES}) AS probe`;
  return Number(rows[0]?.n ?? 0) >= BROAD_MATCHES;
}

/** A DateTime parameter as the database compares it: SQLite's stored text form, or the Date itself for PostgreSQL. */
function dateParam(date: Date): Date | string {
  return dbProvider === "postgresql" ? date : sqliteDateTime(date);
}

/**
 * The same for a chip's or a company's claims: a rare one's few claims are best read from its own
 * index and sorted; a common one's (tens of thousands at a million claims) sorting them costs half
 * a second (a company's, seconds), while walking "Claim_order_idx" newest first and testing each claim
 * stops at the page's end within a few hundred. True when every such filter has BROAD_MATCHES
 * entries or more (one statement reading at most that many index entries each), false without one.
 * (A chip with no company, source or text search never comes here: claimPageSql reads it from ChipClaim.)
 */
async function sqliteIdListsAreBroad(filters: ClaimFilters): Promise<boolean> {
  if (!filters.chip && !filters.company) return false;
  const chip = filters.chip
    ? Prisma.sql`(SELECT COUNT(*) FROM (SELECT 1 FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId"
        WHERE ch."slug" = ${filters.chip} LIMIT ${BROAD_MATCHES}) AS probe)`
    : Prisma.sql`${BROAD_MATCHES}`;
  // every entry of the company, named or not: the (companyId, …) index alone answers
  const company = filters.company
    ? Prisma.sql`(SELECT COUNT(*) FROM (SELECT 1 FROM "ClaimAbout" a JOIN "Company" co ON co."id" = a."companyId"
        WHERE co."slug" = ${filters.company} LIMIT ${BROAD_MATCHES}) AS probe)`
    : Prisma.sql`${BROAD_MATCHES}`;
  const rows = await db.$queryRaw<{ chip: number | bigint; company: number | bigint }[]>`
    SELECT ${chip} AS "chip", ${company} AS "company"`;
  return Number(rows[0]?.chip ?? 0) >= BROAD_MATCHES && Number(rows[0]?.company ?? 0) >= BROAD_MATCHES;
}

/**
 * The status and kind filters as conditions on `alias`: a claim, or a claim index row that copies its
 * status and kind (ChipClaim). No status allowed matches nothing.
 */
function statusAndKindConditions(alias: "c" | "k", filters: Pick<ClaimFilters, "statuses" | "kind">): Prisma.Sql[] {
  const a = Prisma.raw(`${alias}.`);
  const statuses = claimStatusFilter(filters.statuses).in;
  const parts = [statuses.length > 0 ? Prisma.sql`${a}"status" IN (${Prisma.join([...statuses])})` : Prisma.sql`1 = 0`];
  if (filters.kind) parts.push(Prisma.sql`${a}"kind" = ${filters.kind}`);
  return parts;
}

/** The inclusive day range `from`–`to` as conditions on the claim date of `alias` (as statusAndKindConditions). */
function dateConditions(alias: "c" | "k", filters: Pick<ClaimFilters, "from" | "to">): Prisma.Sql[] {
  const a = Prisma.raw(`${alias}.`);
  const range = dayRange(filters.from, filters.to);
  const parts: Prisma.Sql[] = [];
  if (range?.gte) parts.push(Prisma.sql`${a}"claimDate" >= ${dateParam(range.gte)}`);
  if (range?.lte) parts.push(Prisma.sql`${a}"claimDate" <= ${dateParam(range.lte)}`);
  return parts;
}

/**
 * Every filter of `filters` as SQL conditions on claim `c` (the same meaning as claimWhere). With
 * `tested`, a chip's and a company's claims are tested claim by claim (EXISTS) instead of listed
 * first (IN): for walking an index in the explorer's order (see sqliteIdListsAreBroad).
 */
function conditions(filters: ClaimFilters, options: { withoutMatch?: boolean; tested?: boolean } = {}): Prisma.Sql[] {
  const parts = statusAndKindConditions("c", filters);
  if (filters.sourceId) parts.push(Prisma.sql`c."sourceId" = ${filters.sourceId}`);
  // The chip's and the company's claims as id lists from their own indexes (ClaimChip.chipId, and
  // the claim index ClaimAbout by company), which the database can drive from, instead of a test
  // run on every claim: a rare chip among a million claims costs its own rows.
  if (filters.chip) {
    parts.push(
      options.tested
        ? Prisma.sql`EXISTS (SELECT 1 FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId"
            WHERE ch."slug" = ${filters.chip} AND cc."claimId" = c."id")`
        : Prisma.sql`c."id" IN (SELECT cc."claimId" FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId"
            WHERE ch."slug" = ${filters.chip})`,
    );
  }
  if (filters.company) {
    parts.push(
      options.tested
        ? Prisma.sql`EXISTS (SELECT 1 FROM "ClaimAbout" a JOIN "Company" co ON co."id" = a."companyId"
            WHERE co."slug" = ${filters.company} AND a."named" AND a."claimId" = c."id")`
        : Prisma.sql`c."id" IN (SELECT a."claimId" FROM "ClaimAbout" a JOIN "Company" co ON co."id" = a."companyId"
            WHERE co."slug" = ${filters.company} AND a."named")`,
    );
  }
  parts.push(...dateConditions("c", filters));
  if (filters.q && !options.withoutMatch) parts.push(matchCondition(filters.q) ?? Prisma.sql`1 = 0`);
  return parts;
}

function whereClause(filters: ClaimFilters, options: { tested?: boolean } = {}): Prisma.Sql {
  return Prisma.sql`WHERE ${Prisma.join(conditions(filters, options), " AND ")}`;
}

/** What the claim index ChipClaim can count or list a chip's claims by (see chipIndexServes). */
type ChipClaimFilters = Pick<ClaimFilters, "statuses" | "kind" | "from" | "to"> & { chip: string };

/**
 * Whether the claim index ChipClaim alone answers the filters: a chip, and nothing else but what it
 * copies from each claim (status, kind, claim date). A text search, a company or a source needs the claim.
 */
function chipIndexServes(filters: ClaimFilters): filters is ClaimFilters & { chip: string } {
  return Boolean(filters.chip) && !filters.company && !filters.sourceId && !filters.q;
}

/** The filters as conditions on the chip's rows `k` of the claim index ChipClaim (see chipIndexServes). */
function chipClaimWhere(filters: ChipClaimFilters): Prisma.Sql {
  const parts = [
    Prisma.sql`k."chipId" = (SELECT ch."id" FROM "Chip" ch WHERE ch."slug" = ${filters.chip})`,
    ...statusAndKindConditions("k", filters),
    ...dateConditions("k", filters),
  ];
  return Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}`;
}

/** The explorer's order: newest claim date first, undated last, then newest entry, then id. */
const ORDER = {
  sqlite: Prisma.sql`ORDER BY c."claimDate" DESC, c."createdAt" DESC, c."id" ASC`,
  postgresql: Prisma.sql`ORDER BY c."claimDate" DESC NULLS LAST, c."createdAt" DESC, c."id" ASC`,
};

/** The explorer's order on claim rows aliased `c` (for lib/queries/claims.ts, which orders a page it has joined). */
export const CLAIM_ORDER_SQL: Prisma.Sql = ORDER[dbProvider];

/**
 * A SELECT of `columns` of one page of the claims matching the filters (text search included), in the
 * explorer's order, on claim `c`; `limit` instead of the page reads the first `limit` rows.
 */
export async function claimPageSql(
  filters: ClaimFilters & PageRequest,
  columns: Prisma.Sql,
  limit?: number,
): Promise<Prisma.Sql> {
  const { skip, take } = limit === undefined ? pageArgs(filters) : { skip: 0, take: Math.max(0, Math.trunc(limit)) };
  if (chipIndexServes(filters)) {
    // A chip's page from ChipClaim_order_idx, which holds its claims in the explorer's order: the page's
    // ids are read there, then their claims. No probe, and at a million claims under a millisecond for a
    // chip with 50,000 claims or with 250, at any page (walking Claim_order_idx for a common chip, or
    // sorting its claims, cost up to 300 ms for a deep page). Named on SQLite: with a kind, its planner
    // would rather sort the kind's rows from the (chipId, status, kind, …) index (30 ms instead of 0.1
    // for the first page of a common chip's common kind).
    const hint = dbProvider === "sqlite" ? Prisma.sql`INDEXED BY "ChipClaim_order_idx"` : Prisma.empty;
    return Prisma.sql`SELECT ${columns} FROM (SELECT k."claimId" FROM "ChipClaim" k ${hint} ${chipClaimWhere(filters)}
        ORDER BY ${claimAboutOrderSql("k")} LIMIT ${take} OFFSET ${skip}) AS p
      JOIN "Claim" c ON c."id" = p."claimId"
      ${ORDER[dbProvider]}`;
  }
  // SQLite: walk the explorer's order for a common word, or (without a word) for a common chip or company
  const broadSearch = dbProvider === "sqlite" && filters.q ? await sqliteSearchIsBroad(filters.q) : false;
  const broadLists = dbProvider === "sqlite" && !filters.q ? await sqliteIdListsAreBroad(filters) : false;
  const hint = broadSearch || broadLists ? Prisma.sql`INDEXED BY "Claim_order_idx"` : Prisma.empty;
  return Prisma.sql`SELECT ${columns} FROM "Claim" c ${hint} ${whereClause(filters, { tested: broadLists })}
    ${ORDER[dbProvider]} LIMIT ${take} OFFSET ${skip}`;
}

/** Ids of one page of the claims matching the filters (text search included), in the explorer's order. */
export async function searchClaimIds(filters: ClaimFilters & PageRequest, limit?: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(await claimPageSql(filters, Prisma.sql`c."id" AS "id"`, limit));
  return rows.map((row) => row.id);
}

/**
 * How many claims name a company (its subject or a linked company, any role), by the company's slug,
 * among the given statuses; with `limit`, counting stops there (see countClaims' cap). Read from the
 * claim index ClaimAbout alone, which has one row per (company, claim) and the claim's status: its
 * (companyId, status, …) index answers without reading a claim. (The timeline's count of a company's
 * claims could call this too.)
 */
export async function countCompanyClaims(
  filters: { company: string; statuses?: ClaimFilters["statuses"] },
  limit?: number,
): Promise<number> {
  const statuses = claimStatusFilter(filters.statuses).in;
  if (statuses.length === 0) return 0;
  // `named`: the subject or a linked company; a chip's maker alone (named false) is not "about" the company here
  const about = Prisma.sql`SELECT 1 FROM "ClaimAbout" a JOIN "Company" co ON co."id" = a."companyId"
    WHERE co."slug" = ${filters.company} AND a."named" AND a."status" IN (${Prisma.join(statuses)})`;
  const rows =
    limit === undefined
      ? await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM (${about}) AS matches`
      : await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM (${about} LIMIT ${limit}) AS matches`;
  return Number(rows[0]?.n ?? 0);
}

/**
 * How many claims name a chip, by the chip's slug, among the given statuses, of one kind and between
 * two dates when asked; with `limit`, counting stops there (see countClaims' cap). Read from the claim
 * index ChipClaim alone, which has one row per (chip, claim) with the claim's status, kind and date:
 * its (chipId, status, kind, claimDate) index, or its order index for a date range alone, answers
 * without reading a claim (under a millisecond instead of ~60 ms for a chip with 50,000 claims at a
 * million claims, capped; 2 ms instead of 150 uncapped).
 */
export async function countChipClaims(filters: ChipClaimFilters, limit?: number): Promise<number> {
  if (claimStatusFilter(filters.statuses).in.length === 0) return 0;
  const named = Prisma.sql`SELECT 1 FROM "ChipClaim" k ${chipClaimWhere(filters)}`;
  const rows =
    limit === undefined
      ? await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM (${named}) AS matches`
      : await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM (${named} LIMIT ${limit}) AS matches`;
  return Number(rows[0]?.n ?? 0);
}

/**
 * How many claims match the filters, text search or not (counting stops at `limit` when given), in
 * one statement that selects no column: Prisma's count with `take` selects the id and orders by it,
 * which on SQLite walks the id index and reads a table row per match (a second at a million claims).
 */
export async function countSearchClaims(filters: ClaimFilters, limit?: number): Promise<number> {
  const { company, chip, kind, sourceId, from, to, q } = filters;
  if (company && !chip && !kind && !sourceId && !from && !to && !q) {
    // the company's entries of the claim index: no claim row read (~40 ms instead of ~770 at a million claims)
    return countCompanyClaims({ company, statuses: filters.statuses }, limit);
  }
  if (chipIndexServes(filters)) {
    // the chip's entries of the claim index: no claim row read
    return countChipClaims({ chip: filters.chip, statuses: filters.statuses, kind, from, to }, limit);
  }
  const query = filters.q ? engineQuery(filters.q) : null;
  let rows: { n: number | bigint }[];
  if (limit === undefined) {
    rows = await db.$queryRaw`SELECT COUNT(*) AS "n" FROM "Claim" c ${whereClause(filters)}`;
  } else if (dbProvider === "sqlite" && query !== null) {
    // stream the matches from the full-text index and stop at the limit, rather than listing them all first
    const others = Prisma.join(conditions(filters, { withoutMatch: true }), " AND ");
    rows = await db.$queryRaw`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "ClaimSearch" s JOIN "Claim" c ON c.rowid = s.rowid
      WHERE s."ClaimSearch" MATCH ${query} AND ${others} LIMIT ${limit}) AS matches`;
  } else {
    rows = await db.$queryRaw`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "Claim" c ${whereClause(filters)} LIMIT ${limit}) AS matches`;
  }
  return Number(rows[0]?.n ?? 0);
}
