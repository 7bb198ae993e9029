import "server-only";
import { sqliteDateTime } from "@/lib/database-url";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
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
// applies every other filter too and returns claim ids in the explorer's order; the records are
// then read with Prisma by id (lib/queries/claims.ts).

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

/** Every filter of `filters` as SQL conditions on claim `c` (the same meaning as claimWhere). */
function conditions(filters: ClaimFilters, options: { withoutMatch?: boolean } = {}): Prisma.Sql[] {
  const statuses = claimStatusFilter(filters.statuses).in;
  const parts: Prisma.Sql[] = [
    statuses.length > 0 ? Prisma.sql`c."status" IN (${Prisma.join([...statuses])})` : Prisma.sql`1 = 0`,
  ];
  if (filters.kind) parts.push(Prisma.sql`c."kind" = ${filters.kind}`);
  if (filters.sourceId) parts.push(Prisma.sql`c."sourceId" = ${filters.sourceId}`);
  // The chip's and the company's claims as id lists from their own indexes (ClaimChip.chipId, and
  // the claim index ClaimAbout by company), which the database can drive from, instead of a test
  // run on every claim: a rare chip among a million claims costs its own rows.
  if (filters.chip) {
    parts.push(Prisma.sql`c."id" IN (SELECT cc."claimId" FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId"
      WHERE ch."slug" = ${filters.chip})`);
  }
  if (filters.company) {
    parts.push(Prisma.sql`c."id" IN (SELECT a."claimId" FROM "ClaimAbout" a JOIN "Company" co ON co."id" = a."companyId"
      WHERE co."slug" = ${filters.company} AND a."named")`);
  }
  const range = dayRange(filters.from, filters.to);
  if (range?.gte) parts.push(Prisma.sql`c."claimDate" >= ${dateParam(range.gte)}`);
  if (range?.lte) parts.push(Prisma.sql`c."claimDate" <= ${dateParam(range.lte)}`);
  if (filters.q && !options.withoutMatch) parts.push(matchCondition(filters.q) ?? Prisma.sql`1 = 0`);
  return parts;
}

function whereClause(filters: ClaimFilters): Prisma.Sql {
  return Prisma.sql`WHERE ${Prisma.join(conditions(filters), " AND ")}`;
}

/** The explorer's order: newest claim date first, undated last, then newest entry, then id. */
const ORDER = {
  sqlite: Prisma.sql`ORDER BY c."claimDate" DESC, c."createdAt" DESC, c."id" ASC`,
  postgresql: Prisma.sql`ORDER BY c."claimDate" DESC NULLS LAST, c."createdAt" DESC, c."id" ASC`,
};

/** Ids of one page of the claims matching the filters (text search included), in the explorer's order. */
export async function searchClaimIds(filters: ClaimFilters & PageRequest, limit?: number): Promise<string[]> {
  const { skip, take } = limit === undefined ? pageArgs(filters) : { skip: 0, take: Math.max(0, Math.trunc(limit)) };
  const hint =
    dbProvider === "sqlite" && filters.q && (await sqliteSearchIsBroad(filters.q))
      ? Prisma.sql`INDEXED BY "Claim_order_idx"`
      : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" AS "id" FROM "Claim" c ${hint} ${whereClause(filters)} ${ORDER[dbProvider]} LIMIT ${take} OFFSET ${skip}`;
  return rows.map((row) => row.id);
}

/**
 * How many claims match the filters, text search or not (counting stops at `limit` when given), in
 * one statement that selects no column: Prisma's count with `take` selects the id and orders by it,
 * which on SQLite walks the id index and reads a table row per match (a second at a million claims).
 */
export async function countSearchClaims(filters: ClaimFilters, limit?: number): Promise<number> {
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
