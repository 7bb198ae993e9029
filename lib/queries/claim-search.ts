import "server-only";
import { cache } from "react";
import { sqliteDateTime } from "@/lib/database-url";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLAIM_ROWID_MASK, claimSearchDay, kindFacet, statusFacet } from "@/lib/claim-search-index";
import { claimAboutOrderSql } from "@/lib/queries/claim-rows";
import { claimStatusFilter, dayRange, dbProvider, type PageRequest, pageArgs } from "@/lib/queries/shared";
import type { ClaimFilters } from "@/lib/queries/claims";
import { foldAccents, searchTerms } from "@/lib/search-terms";

// Text search over claims (the explorer's `q`, the API's `q`, the exports), through the database's
// full-text index instead of `LIKE '%…%'` over every row:
// - SQLite: the FTS5 table "ClaimSearch" (migrations *_claim_search, *_claim_search_by_day; see
//   lib/claim-search-index.ts), accents and case folded, which also holds each claim's status and
//   kind (its "facets") and lists claims by day, so that a search with those filters and a date
//   range runs in the index alone;
// - PostgreSQL: a GIN index on the stored column "searchVector", the to_tsvector('simple', …) of the
//   text with Latin accents folded, case folded ("chipwatch_claim_search", migrations *_claim_search
//   and *_claim_search_vector). Stored, it costs nothing to test claim by claim, so a plan that walks
//   the explorer's order and stops at a page's end (or a count's cap) stays cheap for a common word.
// Each word of the query must start a word of the summary, quote or translation ("asc" finds
// "Ascend"; "cend" does not). Prisma cannot express either match, so a search runs as SQL that
// applies every other filter too, in the explorer's order; lib/queries/claims.ts reads a page of
// records through claimPageSql, with or without a search.

/** Most whole words one query word is searched as (see sqliteWordQuery); past that, it is searched as a prefix. */
const MAX_WORD_EXPANSION = 1000;

/**
 * One query word in FTS5's syntax: the index's words that begin with it, looked up in its vocabulary
 * (ClaimSearchTerm, migration *_claim_search_by_day) and searched as whole words, `("silicon" OR
 * "siliconflow")`. FTS5 reads whole words match by match, in key order, and can stop at a page's
 * end; a prefix (`"silicon"*`) it reads in full first: 20 ms for a word in 300,000 of a million
 * claims, every statement (for "s", 440 ms; its 712 words cost 50 ms to look up and 25 to count). The
 * prefix stays for a word with no entry or more than MAX_WORD_EXPANSION of them, and for a word
 * outside a–z and 0–9, whose folding (accents, scripts) is FTS5's own to apply. Looked up once per
 * request (React's cache): the explorer's page and its count, read side by side, share the lookup.
 */
const sqliteWordQuery = cache(async (term: string): Promise<string> => {
  const prefix = `"${term}"*`;
  if (!/^[a-z0-9]+$/.test(term)) return prefix;
  // the first string past every word that begins with `term`: its last letter moved up by one
  const end = term.slice(0, -1) + String.fromCharCode(term.charCodeAt(term.length - 1) + 1);
  // one seek per word: the vocabulary has a row per occurrence, so the next word is looked up past the last (|| char(1))
  const rows = await db.$queryRaw<{ term: string }[]>`
    WITH RECURSIVE "words"("term") AS (
      SELECT (SELECT v."term" FROM "ClaimSearchTerm" v WHERE v."term" >= ${term} AND v."term" < ${end} LIMIT 1)
      UNION ALL
      SELECT (SELECT v."term" FROM "ClaimSearchTerm" v WHERE v."term" >= w."term" || char(1) AND v."term" < ${end} LIMIT 1)
      FROM "words" w WHERE w."term" IS NOT NULL LIMIT ${MAX_WORD_EXPANSION + 1}
    )
    SELECT "term" FROM "words" WHERE "term" IS NOT NULL`;
  if (rows.length === 0 || rows.length > MAX_WORD_EXPANSION) return prefix;
  const words = rows.map((row) => `"${row.term.replaceAll('"', '""')}"`);
  return words.length === 1 ? words[0] : `(${words.join(" OR ")})`;
});

/**
 * The search of `filters` in the engine's full-text syntax, or null when nothing can match (a query
 * of no words, or no status allowed). PostgreSQL: the words. SQLite: the words on the text columns,
 * and the statuses and kind on "facets", so that the index alone applies them.
 */
async function engineQuery(filters: ClaimFilters & { q: string }): Promise<string | null> {
  const terms = searchTerms(filters.q);
  if (terms.length === 0) return null;
  if (dbProvider === "postgresql") return terms.map((term) => `${foldAccents(term)}:*`).join(" & ");
  const statuses = claimStatusFilter(filters.statuses).in;
  if (statuses.length === 0) return null;
  const words = [];
  for (const term of terms) words.push(await sqliteWordQuery(term));
  // explicit ANDs: FTS5 takes no implicit AND after a parenthesized group
  const parts = [`{summary quote translation} : (${words.join(" AND ")})`, `facets : (${statuses.map(statusFacet).join(" OR ")})`];
  if (filters.kind) parts.push(`facets : ${kindFacet(filters.kind)}`);
  return parts.join(" AND ");
}

/** A claim's rowid from its key in ClaimSearch `s` (lib/claim-search-index.ts). */
const CLAIM_ROWID = Prisma.raw(`(s.rowid & ${CLAIM_ROWID_MASK})`);

/**
 * The date range of `filters` as conditions on the keys of ClaimSearch `s`: the keys from the first
 * day's to the last day's end. Undated claims (day 0) are in no range, as in dateConditions. The
 * shift is SQL's: a key is past JavaScript's exact integers.
 */
function keyRangeConditions(filters: Pick<ClaimFilters, "from" | "to">): Prisma.Sql[] {
  const range = dayRange(filters.from, filters.to);
  const parts: Prisma.Sql[] = [];
  if (range?.gte) parts.push(Prisma.sql`s.rowid >= (${claimSearchDay(range.gte)} << 32)`);
  if (range?.lte) parts.push(Prisma.sql`s.rowid < (${claimSearchDay(range.lte) + 1} << 32)`);
  return parts;
}

/** The match of `query` and the date range of `filters` as conditions on ClaimSearch `s` (SQLite). */
function indexConditions(filters: ClaimFilters, query: string): Prisma.Sql {
  return Prisma.join([Prisma.sql`s."ClaimSearch" MATCH ${query}`, ...keyRangeConditions(filters)], " AND ");
}

/**
 * Whether ClaimSearch alone answers the filters (SQLite): text, status, kind and dates are in the
 * index; a chip, a company or a source needs the claim.
 */
function searchIndexServes(filters: ClaimFilters): boolean {
  return !filters.chip && !filters.company && !filters.sourceId;
}

/**
 * The matches of `query` in ClaimSearch `s` (SQLite), joined to their claim `c` when the filters
 * need it: FROM … WHERE … with every filter applied.
 */
function sqliteMatches(filters: ClaimFilters, query: string): Prisma.Sql {
  if (searchIndexServes(filters)) return Prisma.sql`FROM "ClaimSearch" s WHERE ${indexConditions(filters, query)}`;
  return Prisma.sql`FROM "ClaimSearch" s JOIN "Claim" c ON c.rowid = ${CLAIM_ROWID}
    WHERE ${indexConditions(filters, query)} AND ${Prisma.join(conditions(filters, { withoutMatch: true }), " AND ")}`;
}

/** The full-text condition on claim `c` for the engine's query (see engineQuery). */
function matchCondition(filters: ClaimFilters, query: string): Prisma.Sql {
  if (dbProvider === "postgresql") {
    return Prisma.sql`c."searchVector" @@ to_tsquery('simple', ${query})`;
  }
  return Prisma.sql`c.rowid IN (SELECT ${CLAIM_ROWID} FROM "ClaimSearch" s WHERE ${indexConditions(filters, query)})`;
}

/** Matches past which a search is "broad": SQLite then reads a page from the first matches by day instead of sorting every match. */
const BROAD_MATCHES = 1000;

/**
 * SQLite's planner cannot tell a rare word from a common one. For a rare word, reading its
 * matches and sorting them is best; for a common one (tens of thousands of matches), reading the
 * first matches newest day first and stopping at the page's end is, by far (sqliteCommonWordPage).
 * A probe that reads at most BROAD_MATCHES keys from the full-text index decides.
 */
async function sqliteSearchIsBroad(filters: ClaimFilters, query: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "ClaimSearch" s WHERE ${indexConditions(filters, query)} LIMIT ${BROAD_MATCHES}) AS probe`;
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
 * The text search of `filters` in the engine's syntax (engineQuery): undefined without `q`, null
 * when nothing can match (`q` has no word, or no status is allowed).
 */
async function resolveSearch(filters: ClaimFilters): Promise<string | null | undefined> {
  return filters.q ? engineQuery({ ...filters, q: filters.q }) : undefined;
}

type ConditionOptions = {
  /** `q` resolved (resolveSearch); without it, a `q` matches nothing */
  search?: string | null;
  /** leave `q` out (the caller matches it itself) */
  withoutMatch?: boolean;
  /** test a chip's and a company's claims claim by claim (see conditions) */
  tested?: boolean;
};

/**
 * Every filter of `filters` as SQL conditions on claim `c` (the same meaning as claimWhere). With
 * `tested`, a chip's and a company's claims are tested claim by claim (EXISTS) instead of listed
 * first (IN): for walking an index in the explorer's order (see sqliteIdListsAreBroad).
 */
function conditions(filters: ClaimFilters, options: ConditionOptions = {}): Prisma.Sql[] {
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
  if (filters.q && !options.withoutMatch) parts.push(options.search ? matchCondition(filters, options.search) : Prisma.sql`1 = 0`);
  return parts;
}

function whereClause(filters: ClaimFilters, options: ConditionOptions = {}): Prisma.Sql {
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
  const search = await resolveSearch(filters);
  // SQLite: a common word's page from its first matches by day (a rare word's matches are read and sorted)
  if (dbProvider === "sqlite" && search && take > 0 && (await sqliteSearchIsBroad(filters, search))) {
    return sqliteCommonWordPage(filters, search, columns, skip, take);
  }
  // SQLite: walk the explorer's order for a common chip or company (without a word)
  const broadLists = dbProvider === "sqlite" && !filters.q ? await sqliteIdListsAreBroad(filters) : false;
  const hint = broadLists ? Prisma.sql`INDEXED BY "Claim_order_idx"` : Prisma.empty;
  return Prisma.sql`SELECT ${columns} FROM "Claim" c ${hint} ${whereClause(filters, { tested: broadLists, search })}
    ${ORDER[dbProvider]} LIMIT ${take} OFFSET ${skip}`;
}

/**
 * A page of a common word's claims on SQLite (`query` in FTS5's syntax, see sqliteSearchIsBroad),
 * read from the days that hold it. ClaimSearch lists a word's claims newest day first (its keys,
 * lib/claim-search-index.ts). The page's last claim, the (skip + take)th match that passes every
 * other filter in that listing, is on some day D; every claim of the page is on day D or later,
 * since the explorer's order puts later days first. So the page is read from the matches keyed from
 * day D on (a range FTS5 seeks), sorted in the explorer's order. At a million claims, the first
 * page of a word in 300,000 of them reads about 200 matches to find D and the 1,000 of D and later,
 * instead of listing all 300,000 (45 ms) to walk the explorer's order against them. Fewer matches
 * than skip + take: no D, every match is read.
 */
function sqliteCommonWordPage(filters: ClaimFilters, query: string, columns: Prisma.Sql, skip: number, take: number): Prisma.Sql {
  // the first key of day D (its day bits alone); each subquery's `s` and `c` are its own
  const firstKeyOfDay = Prisma.sql`(SELECT (s.rowid >> 32) << 32 ${sqliteMatches(filters, query)}
      ORDER BY s.rowid DESC LIMIT 1 OFFSET ${skip + take - 1})`;
  return Prisma.sql`SELECT ${columns} FROM "Claim" c
    WHERE c.rowid IN (SELECT ${CLAIM_ROWID} FROM "ClaimSearch" s
        WHERE ${indexConditions(filters, query)} AND s.rowid >= coalesce(${firstKeyOfDay}, 0))
      AND ${Prisma.join(conditions(filters, { withoutMatch: true }), " AND ")}
    ${ORDER.sqlite} LIMIT ${take} OFFSET ${skip}`;
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
  const search = await resolveSearch(filters);
  let rows: { n: number | bigint }[];
  if (limit === undefined) {
    rows = await db.$queryRaw`SELECT COUNT(*) AS "n" FROM "Claim" c ${whereClause(filters, { search })}`;
  } else if (dbProvider === "sqlite" && search) {
    // stream the matches from the full-text index and stop at the limit, rather than listing them all
    // first; without a chip, company or source filter, no claim row is read
    rows = await db.$queryRaw`SELECT COUNT(*) AS "n" FROM (SELECT 1 ${sqliteMatches(filters, search)} LIMIT ${limit}) AS matches`;
  } else {
    rows = await db.$queryRaw`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "Claim" c ${whereClause(filters, { search })} LIMIT ${limit}) AS matches`;
  }
  return Number(rows[0]?.n ?? 0);
}
