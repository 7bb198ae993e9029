import "server-only";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PUBLIC_CLAIM_STATUSES, type ClaimStatus } from "@/lib/constants";
import { databaseProvider, type DatabaseProvider } from "@/lib/database-url";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";

// Pieces every query module shares: paging, dates, and what readers may see.

/** Which engine lib/db talks to: a few queries say things differently on each. */
export const dbProvider: DatabaseProvider = databaseProvider(env.DATABASE_URL);

/**
 * A case-insensitive "contains" filter on a text column. SQLite's LIKE folds ASCII case by itself;
 * PostgreSQL's needs `mode: "insensitive"` (ILIKE), which the SQLite client's types do not know.
 */
export function textContains(q: string): { contains: string } {
  return dbProvider === "postgresql" ? ({ contains: q, mode: "insensitive" } as { contains: string }) : { contains: q };
}

/**
 * textContains for raw SQL: `column` contains `q`, ignoring ASCII case on SQLite (LIKE) and all case
 * on PostgreSQL (ILIKE), exactly as Prisma writes that filter, "%" and "_" in `q` included (Prisma
 * does not escape them either, so both forms find the same rows).
 */
export function textContainsSql(column: Prisma.Sql, q: string): Prisma.Sql {
  return dbProvider === "postgresql" ? Prisma.sql`${column} ILIKE ${`%${q}%`}` : Prisma.sql`${column} LIKE ${`%${q}%`}`;
}

/**
 * "Newest first, undated last" on a nullable date column, in the form each engine's index serves.
 * SQLite sorts NULLs as smallest, so a plain DESC already puts them last (Prisma's explicit
 * `nulls: "last"` there becomes a CASE expression that no index can serve: a full sort of the
 * table); PostgreSQL needs the explicit NULLS LAST to match "Claim_order_idx".
 */
export const DESC_NULLS_LAST: { sort: "desc"; nulls: "last" } | "desc" =
  dbProvider === "postgresql" ? { sort: "desc", nulls: "last" } : "desc";

/**
 * The `take` of a count that stops past `cap` (cap + 1 rows: "more than cap"), or undefined for an
 * exact count. See COUNT_CAP.
 */
export function countTake(cap: number | undefined): number | undefined {
  return cap === undefined ? undefined : Math.max(0, Math.trunc(cap)) + 1;
}

/**
 * Rows read by id (`WHERE id IN (…)`, which returns them in no set order) put back in the order of
 * `ids`; an id with no row (deleted between two reads) is left out.
 */
export function inIdOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

/** page starts at 1; pageSize defaults to DEFAULT_PAGE_SIZE and never exceeds MAX_PAGE_SIZE. */
export type PageRequest = { page?: number; pageSize?: number };

export function pageArgs({ page = 1, pageSize = DEFAULT_PAGE_SIZE }: PageRequest = {}) {
  const take = Math.min(Math.max(Math.trunc(pageSize), 1), MAX_PAGE_SIZE);
  const skip = (Math.max(Math.trunc(page), 1) - 1) * take;
  return { skip, take };
}

/** A date as an ISO 8601 string, or null. */
export function iso(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

/**
 * A DateTime column of a raw read ($queryRaw) as a Date: PostgreSQL gives a Date, SQLite the stored
 * text (see sqliteDateTime) or a number.
 */
export function rawDate(value: Date | string | number | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value);
}

/** A DateTime column of a raw read as an ISO 8601 string, or null. */
export function rawIso(value: Date | string | number | null | undefined): string | null {
  return iso(rawDate(value));
}

/** Bounds of an inclusive range of YYYY-MM-DD days (UTC), as a Prisma DateTime filter (or undefined). */
export function dayRange(from?: string, to?: string): { gte?: Date; lte?: Date } | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00.000Z`) } : {}),
    ...(to ? { lte: new Date(`${to}T23:59:59.999Z`) } : {}),
  };
}

/** Claim statuses a query shows unless told otherwise: the public ones. */
export function claimStatusFilter(statuses: readonly ClaimStatus[] = PUBLIC_CLAIM_STATUSES) {
  return { in: [...statuses] };
}

/** Export-control events have no editorial workflow of their own yet: readers see the published ones. */
export const PUBLIC_EVENT_STATUS = "published";

export const companyRef = { select: { slug: true, name: true } } as const;
export const chipRef = { select: { slug: true, name: true } } as const;

/** Append `value` to the list `map` holds for `key` (grouping rows by owner). */
export function pushTo<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
