import "server-only";
import {
  CLAIM_KIND_LABELS,
  CLAIM_KINDS,
  COUNT_CAP,
  VENDOR_EVENTS_LIMIT,
  VENDOR_PROFILE_CHIPS,
  type ClaimKind,
  type ClaimStatus,
  type SpecMetric,
} from "@/lib/constants";
import { cachedAggregate } from "@/lib/aggregate-cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { specValue, type ChipSpecValue } from "@/lib/queries/chips";
import { claimCardsFromIndex, type ClaimCardItem } from "@/lib/queries/claim-rows";
import { COMPANY_CHIPS_LIMIT } from "@/lib/queries/companies";
import {
  DESC_NULLS_LAST,
  PUBLIC_EVENT_STATUS,
  claimStatusFilter,
  countTake,
  dbProvider,
  iso,
  pageArgs,
  rawDate,
  type PageRequest,
} from "@/lib/queries/shared";

// Reads for the vendor pages: chip vendors (companies with the chip_vendor role), their chips with
// the specs the profile's table shows, the claims about them or their chips, and the export-control
// events that name them. Every list is paginated or bounded. A vendor's profile reads are keyed by
// the company's id (getCompanyIdentity gives it), as the claim index is: no read looks the slug up again.

export const VENDOR_ROLE = "chip_vendor";
export { VENDOR_EVENTS_LIMIT, VENDOR_PROFILE_CHIPS };
/** The specs a vendor's profile shows for each chip: the columns of components/vendors/chip-spec-table.tsx. */
export const VENDOR_SPEC_METRICS = [
  "bf16_tflops",
  "int8_tops",
  "memory_gb",
  "memory_bandwidth_tbs",
  "tdp_w",
  "chip_count",
] as const satisfies readonly SpecMetric[];
export type VendorSpecMetric = (typeof VENDOR_SPEC_METRICS)[number];

export type VendorListItem = {
  slug: string;
  name: string;
  nameZh: string | null;
  country: string | null;
  chipCount: number;
  /** public claims naming at least one of the vendor's chips; COUNT_CAP + 1 means "more than COUNT_CAP" */
  chipClaimCount: number;
};

/** One page of chip vendors, by name, with how many chips they make and how many claims name those chips. */
export async function listVendors(
  request: PageRequest & { statuses?: readonly ClaimStatus[] } = {},
): Promise<VendorListItem[]> {
  const { skip, take } = pageArgs(request);
  const rows = await db.$queryRaw<
    { id: string; slug: string; name: string; nameZh: string | null; country: string | null; chips: number | bigint }[]
  >`
    SELECT co."id", co."slug", co."name", co."nameZh", co."country",
           (SELECT COUNT(*) FROM "Chip" ch WHERE ch."vendorId" = co."id") AS "chips"
      FROM "Company" co
     WHERE EXISTS (SELECT 1 FROM "CompanyRole" r WHERE r."companyId" = co."id" AND r."role" = ${VENDOR_ROLE})
     ORDER BY co."name" ASC, co."slug" ASC
     LIMIT ${take} OFFSET ${skip}`;
  const statuses = [...claimStatusFilter(request.statuses).in];
  // One count per vendor on the page (a page is at most MAX_PAGE_SIZE vendors), all in one statement,
  // each driven from the vendor's chips (Chip.vendorId, then ClaimChip.chipId, then each claim by id)
  // rather than by testing every claim, and stopping past COUNT_CAP: a small vendor costs its own rows,
  // not a scan of a million claims.
  const claimCounts = new Map<number, number>();
  if (rows.length > 0 && statuses.length > 0) {
    const counted = await db.$queryRaw<{ i: number | bigint; n: number | bigint }[]>`${Prisma.join(
      rows.map(
        (row, index) => Prisma.sql`
          SELECT ${Prisma.raw(String(index))} AS "i", COUNT(*) AS "n" FROM (
            SELECT DISTINCT cc."claimId" FROM "Chip" ch
              JOIN "ClaimChip" cc ON cc."chipId" = ch."id"
              JOIN "Claim" c ON c."id" = cc."claimId"
             WHERE ch."vendorId" = ${row.id} AND c."status" IN (${Prisma.join(statuses)})
             LIMIT ${COUNT_CAP + 1}) AS "matches${Prisma.raw(String(index))}"`,
      ),
      " UNION ALL ",
    )}`;
    for (const row of counted) claimCounts.set(Number(row.i), Number(row.n));
  }
  return rows.map((row, index) => ({
    slug: row.slug,
    name: row.name,
    nameZh: row.nameZh,
    country: row.country,
    chipCount: Number(row.chips),
    chipClaimCount: claimCounts.get(index) ?? 0,
  }));
}

export async function countVendors(): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM "Company" co
     WHERE EXISTS (SELECT 1 FROM "CompanyRole" r WHERE r."companyId" = co."id" AND r."role" = ${VENDOR_ROLE})`;
  return Number(rows[0]?.n ?? 0);
}

/** A spec as the vendor's table shows it: the value, its source, and the quoted article if any. */
export type VendorChipSpec = {
  value: ChipSpecValue["value"];
  source: ChipSpecValue["source"];
  note: string | null;
  quote?: { text: string; source: { id: string; title: string } };
};

/** One row of a vendor's spec table (components/vendors/chip-spec-table.tsx). */
export type VendorChip = {
  slug: string;
  name: string;
  nameZh: string | null;
  kind: string;
  status: string | null;
  announcedOn: string | null;
  releasedOn: string | null;
  datePrecision: string | null;
  dateSource: { name: string; url: string | null } | null;
  /** a spec nobody sourced has no key: unknown is absent, never zero */
  specs: Partial<Record<VendorSpecMetric, VendorChipSpec>>;
};

/**
 * A vendor's chips by name (at most `limit`), each with the VENDOR_SPEC_METRICS specs its profile
 * shows: the chips by vendor id, then their specs in one read by chip id and metric (the
 * (chipId, metric) key), then the titles of the articles those specs quote, if any. Nothing else of a
 * chip (aliases, other metrics, quote offsets) is read: the same values and sources as listChips gives.
 */
/** How many chips a vendor makes (the Chip vendorId index). */
export async function countVendorChips(vendorId: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "Chip" WHERE "vendorId" = ${vendorId}`;
  return Number(rows[0]?.n ?? 0);
}

type VendorChipRow = {
  id: string;
  slug: string;
  name: string;
  nameZh: string | null;
  kind: string;
  status: string | null;
  announcedOn: Date | string | null;
  releasedOn: Date | string | null;
  datePrecision: string | null;
  dateSourceName: string | null;
  dateSourceUrl: string | null;
  /** the rest is null on a chip with none of the metrics */
  metric: string | null;
  valueNum: number | null;
  valueText: string | null;
  valueBool: boolean | null;
  sourceName: string | null;
  sourceUrl: string | null;
  licence: string | null;
  note: string | null;
  quote: string | null;
  articleId: string | null;
  articleTitle: string | null;
};

/**
 * A vendor's chips by name (at most `limit`), each with the VENDOR_SPEC_METRICS specs its profile
 * shows, in one statement: the page of chips by vendor id (the Chip vendorId index), then each chip's
 * specs of those metrics by the (chipId, metric) key, and the title of the article a spec quotes.
 * Nothing else of a chip (aliases, other metrics, quote offsets) is read: the same values and sources
 * as listChips gives.
 */
export async function listVendorChips(vendorId: string, limit = COMPANY_CHIPS_LIMIT): Promise<VendorChip[]> {
  const take = Math.max(0, Math.trunc(limit));
  if (take === 0) return [];
  const rows = await db.$queryRaw<VendorChipRow[]>`
    SELECT ch."id", ch."slug", ch."name", ch."nameZh", ch."kind", ch."status", ch."announcedOn", ch."releasedOn",
           ch."datePrecision", ch."dateSourceName", ch."dateSourceUrl",
           cs."metric", cs."valueNum", cs."valueText", cs."valueBool", cs."sourceName", cs."sourceUrl", cs."licence",
           cs."note", cs."quote", a."id" AS "articleId", a."title" AS "articleTitle"
      FROM (SELECT "id", "slug", "name", "nameZh", "kind", "status", "announcedOn", "releasedOn", "datePrecision",
                   "dateSourceName", "dateSourceUrl"
              FROM "Chip" WHERE "vendorId" = ${vendorId} ORDER BY "name" ASC, "slug" ASC LIMIT ${take}) AS ch
      LEFT JOIN "ChipSpec" cs ON cs."chipId" = ch."id" AND cs."metric" IN (${Prisma.join(VENDOR_SPEC_METRICS)})
      LEFT JOIN "Source" a ON a."id" = cs."sourceId" AND cs."quote" IS NOT NULL
     ORDER BY ch."name" ASC, ch."slug" ASC`;
  const chips = new Map<string, VendorChip>();
  for (const row of rows) {
    let chip = chips.get(row.id);
    if (!chip) {
      chip = {
        slug: row.slug,
        name: row.name,
        nameZh: row.nameZh,
        kind: row.kind,
        status: row.status,
        announcedOn: iso(rawDate(row.announcedOn)),
        releasedOn: iso(rawDate(row.releasedOn)),
        datePrecision: row.datePrecision,
        dateSource: row.dateSourceName ? { name: row.dateSourceName, url: row.dateSourceUrl } : null,
        specs: {},
      };
      chips.set(row.id, chip);
    }
    if (row.metric === null || row.sourceName === null) continue;
    chip.specs[row.metric as VendorSpecMetric] = {
      value: specValue(row),
      source: { name: row.sourceName, url: row.sourceUrl, licence: row.licence },
      note: row.note,
      ...(row.quote && row.articleId && row.articleTitle !== null
        ? { quote: { text: row.quote, source: { id: row.articleId, title: row.articleTitle } } }
        : {}),
    };
  }
  return [...chips.values()];
}

// Claims about a company, as ClaimAbout rows: it is the subject, or linked to the claim, or one of
// its chips is named. ClaimAbout (kept by triggers, migration *_claim_index) holds one row per
// company and claim with the claim's status, kind and dates, so these reads walk one company's rows
// of one index in the explorer's order instead of three OR'd EXISTS over every claim.

/** The explorer's order on ClaimAbout's copies of the claim's dates (served by ClaimAbout_order_idx). */
export const claimAboutOrder: Prisma.ClaimAboutOrderByWithRelationInput[] = [
  { claimDate: DESC_NULLS_LAST },
  { createdAt: "desc" },
  { claimId: "asc" },
];

/** One page of the claims about a vendor (see "Claims about a company" above), by the company's id, newest first, undated last. */
export async function listVendorClaims(
  companyId: string,
  request: PageRequest & { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimCardItem[]> {
  return claimCardsFromIndex("ClaimAbout", Prisma.sql`x."companyId" = ${companyId}`, request);
}

/**
 * How many claims are about a vendor (see "Claims about a company" above), by the company's id; with `cap`, counting stops
 * at cap + 1 (see countClaims). One statement that selects no column, so the company's and statuses'
 * entries of a ClaimAbout index answer it: Prisma's count with `take` orders by the key and reads a
 * table row per claim (9 ms for the largest vendor at a million claims, against under 1).
 */
export async function countVendorClaims(
  companyId: string,
  options: { statuses?: readonly ClaimStatus[]; cap?: number } = {},
): Promise<number> {
  const statuses = claimStatusFilter(options.statuses).in;
  if (statuses.length === 0) return 0;
  const where = Prisma.sql`"companyId" = ${companyId} AND "status" IN (${Prisma.join(statuses)})`;
  const limit = countTake(options.cap);
  const rows =
    limit === undefined
      ? await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "ClaimAbout" WHERE ${where}`
      : await db.$queryRaw<{ n: number | bigint }[]>`
          SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "ClaimAbout" WHERE ${where} LIMIT ${limit}) AS "matches"`;
  return Number(rows[0]?.n ?? 0);
}

export type ClaimKindCount = { kind: string; label: string; count: number };
export type ClaimKindSummary = {
  total: number;
  /** every kind with at least one claim, in CLAIM_KINDS order */
  byKind: ClaimKindCount[];
  /**
   * null when no claim is dated (nothing to plot over time: no date is invented). Otherwise one
   * bucket per year with a dated claim, oldest first, then "Undated" when some claims have no date.
   */
  byYear: { bucket: string; counts: Record<string, number>; total: number }[] | null;
};

export const UNDATED_BUCKET = "Undated";

function kindLabel(kind: string): string {
  return CLAIM_KIND_LABELS[kind as ClaimKind] ?? kind;
}

function kindOrder(kind: string): number {
  const index = CLAIM_KINDS.indexOf(kind as ClaimKind);
  return index === -1 ? CLAIM_KINDS.length : index;
}

/**
 * Claim counts by kind and, when some claims are dated, by year and kind, from counts by kind and
 * year (the claim date's UTC year, null when undated). Pure.
 */
export function summariseClaimKinds(groups: { kind: string; year: number | null; count: number }[]): ClaimKindSummary {
  const byKind = new Map<string, number>();
  const byBucket = new Map<string, Record<string, number>>();
  let dated = 0;
  for (const { kind, year, count } of groups) {
    if (count <= 0) continue;
    byKind.set(kind, (byKind.get(kind) ?? 0) + count);
    const bucket = year === null ? UNDATED_BUCKET : String(year);
    if (year !== null) dated += count;
    const counts = byBucket.get(bucket) ?? {};
    counts[kind] = (counts[kind] ?? 0) + count;
    byBucket.set(bucket, counts);
  }
  const kinds = [...byKind.keys()].sort((a, b) => kindOrder(a) - kindOrder(b) || (a < b ? -1 : 1));
  const buckets = [...byBucket.keys()].sort((a, b) =>
    a === UNDATED_BUCKET ? 1 : b === UNDATED_BUCKET ? -1 : Number(a) - Number(b),
  );
  return {
    total: [...byKind.values()].reduce((sum, n) => sum + n, 0),
    byKind: kinds.map((kind) => ({ kind, label: kindLabel(kind), count: byKind.get(kind) ?? 0 })),
    byYear:
      dated === 0
        ? null
        : buckets.map((bucket) => {
            const counts = byBucket.get(bucket) ?? {};
            return { bucket, counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
          }),
  };
}

/**
 * How many claims about a company (see "Claims about a company" above) there are by kind and year of the claim date, in
 * one grouped statement that returns a row per kind and year (about a hundred), not per kind and day.
 * The year is the date's first four characters on SQLite, which stores a DateTime as UTC ISO text
 * (see sqliteDateTime), and EXTRACT(YEAR …) of the UTC timestamp on PostgreSQL.
 *
 * SQLite groups by sorting, and ClaimAbout's (companyId, status, kind, claimDate) index gives one
 * status's rows in (kind, claimDate) order, but the rows of two statuses only one after the other.
 * So there each status is counted by kind and day on its own, as the index hands its rows over, with
 * no sort, and only those counts (a few thousand) are grouped by year: 30 ms instead of 60 for the
 * largest vendor at a million claims (an index led by (companyId, kind, claimDate) would do the same,
 * but on an ANALYZEd database that lacks its statistics SQLite then sorts a vendor's claims list).
 * PostgreSQL hashes the groups and needs no such step.
 */
async function countClaimsByKindAndYear(companyId: string, statuses: readonly ClaimStatus[] | undefined) {
  // distinct, so that no status is counted twice below
  const included = [...new Set(claimStatusFilter(statuses).in)];
  if (included.length === 0) return [];
  type Row = { kind: string; year: number | null; n: number | bigint };
  const rows =
    dbProvider === "postgresql"
      ? await db.$queryRaw<Row[]>`
          SELECT "kind", CAST(EXTRACT(YEAR FROM "claimDate") AS INTEGER) AS "year", COUNT(*) AS "n" FROM "ClaimAbout"
           WHERE "companyId" = ${companyId} AND "status" IN (${Prisma.join(included)}) GROUP BY 1, 2`
      : await db.$queryRaw<Row[]>`
          SELECT "kind", CAST(substr("day", 1, 4) AS INTEGER) AS "year", SUM("n") AS "n" FROM (${Prisma.join(
            included.map(
              (status) => Prisma.sql`
                SELECT "kind", "claimDate" AS "day", COUNT(*) AS "n" FROM "ClaimAbout"
                 WHERE "companyId" = ${companyId} AND "status" = ${status} GROUP BY "kind", "claimDate"`,
            ),
            " UNION ALL ",
          )}) AS "byDay"
           GROUP BY 1, 2`;
  return rows.map((row) => ({ kind: row.kind, year: row.year === null ? null : Number(row.year), count: Number(row.n) }));
}

/**
 * How many public claims about a vendor there are by kind (and by year when dated), by the company's
 * id; one grouped read (countClaimsByKindAndYear).
 */
export async function getVendorClaimKindSummary(
  companyId: string,
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimKindSummary> {
  const compute = async () => summariseClaimKinds(await countClaimsByKindAndYear(companyId, options.statuses));
  // the readers' view (public statuses) is cached briefly; an editor's view is always fresh
  return options.statuses ? compute() : cachedAggregate(`vendor-claim-kinds:${companyId}`, compute);
}

export type VendorEvent = {
  id: string;
  slug: string;
  date: Date | null;
  datePrecision: string | null;
  jurisdiction: string;
  authority: string | null;
  action: string;
  title: string;
};

/**
 * The ids of the events naming the vendor or one of its chips, read from the vendor's side (its
 * EventCompany links, its chips' EventChip links), through their indexes: bounded by the vendor's
 * own events, not by every event.
 */
const vendorEventIds = (vendorId: string) => Prisma.sql`
  SELECT ec."eventId" AS "id" FROM "EventCompany" ec WHERE ec."companyId" = ${vendorId}
  UNION
  SELECT ek."eventId" AS "id" FROM "EventChip" ek JOIN "Chip" ch ON ch."id" = ek."chipId" WHERE ch."vendorId" = ${vendorId}`;

/**
 * Published export-control events naming the vendor or one of its chips, by the company's id, newest
 * first, undated last: the profile lists the latest. (The timeline's company filter takes the events
 * naming the company itself: an event that names only one of its chips is not among them.)
 */
export async function listVendorEvents(vendorId: string, limit = VENDOR_EVENTS_LIMIT): Promise<VendorEvent[]> {
  const take = Math.max(0, Math.trunc(limit));
  if (take === 0) return [];
  const rows = await db.$queryRaw<(Omit<VendorEvent, "date"> & { date: Date | string | null })[]>`
    SELECT e."id", e."slug", e."date", e."datePrecision", e."jurisdiction", e."authority", e."action", e."title"
      FROM "ExportControlEvent" e
      JOIN (${vendorEventIds(vendorId)}) AS "named" ON "named"."id" = e."id"
     WHERE e."status" = ${PUBLIC_EVENT_STATUS}
     ORDER BY e."date" DESC NULLS LAST, e."title" ASC, e."id" ASC
     LIMIT ${take}`;
  return rows.map((row) => ({ ...row, date: rawDate(row.date) }));
}

/** How many published events name the vendor or one of its chips (the profile's "latest n of N"). */
export async function countVendorEvents(vendorId: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n"
      FROM "ExportControlEvent" e
      JOIN (${vendorEventIds(vendorId)}) AS "named" ON "named"."id" = e."id"
     WHERE e."status" = ${PUBLIC_EVENT_STATUS}`;
  return Number(rows[0]?.n ?? 0);
}
