import "server-only";
import {
  CLAIM_KIND_LABELS,
  CLAIM_KINDS,
  COUNT_CAP,
  type ClaimKind,
  type ClaimStatus,
  type SpecMetric,
} from "@/lib/constants";
import { cachedAggregate } from "@/lib/aggregate-cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { specValue, type ChipSpecValue } from "@/lib/queries/chips";
import { COMPANY_CHIPS_LIMIT } from "@/lib/queries/companies";
import {
  DESC_NULLS_LAST,
  PUBLIC_EVENT_STATUS,
  claimStatusFilter,
  countTake,
  dbProvider,
  iso,
  pageArgs,
  type PageRequest,
} from "@/lib/queries/shared";

// Reads for the vendor pages: chip vendors (companies with the chip_vendor role), their chips with
// the specs the profile's table shows, the claims about them or their chips, and the export-control
// events that name them. Every list is paginated or bounded. A vendor's profile reads are keyed by
// the company's id (getCompanyIdentity gives it), as the claim index is: no read looks the slug up again.

export const VENDOR_ROLE = "chip_vendor";
/** How many export-control events a vendor's profile lists at most. */
export const VENDOR_EVENTS_LIMIT = 50;
/** How many chips a vendor's profile lists (by name); the chips table, filtered by the vendor, lists them all. */
export const VENDOR_PROFILE_CHIPS = 50;
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

const vendorWhere: Prisma.CompanyWhereInput = { roles: { some: { role: VENDOR_ROLE } } };

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
  const rows = await db.company.findMany({
    where: vendorWhere,
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    ...pageArgs(request),
    select: { id: true, slug: true, name: true, nameZh: true, country: true, _count: { select: { chips: true } } },
  });
  const statuses = [...claimStatusFilter(request.statuses).in];
  // One count per vendor on the page (a page is at most MAX_PAGE_SIZE vendors), driven from the
  // vendor's chips (Chip.vendorId, then ClaimChip.chipId, then each claim by id) rather than by
  // testing every claim, and stopping past COUNT_CAP: a small vendor costs its own rows, not a scan
  // of a million claims.
  const claimCounts = await Promise.all(
    rows.map(async (row) => {
      if (statuses.length === 0) return 0;
      const [counted] = await db.$queryRaw<{ n: number | bigint }[]>`
        SELECT COUNT(*) AS "n" FROM (
          SELECT DISTINCT cc."claimId" FROM "Chip" ch
            JOIN "ClaimChip" cc ON cc."chipId" = ch."id"
            JOIN "Claim" c ON c."id" = cc."claimId"
           WHERE ch."vendorId" = ${row.id} AND c."status" IN (${Prisma.join(statuses)})
           LIMIT ${COUNT_CAP + 1}) AS "matches"`;
      return Number(counted?.n ?? 0);
    }),
  );
  return rows.map((row, index) => ({
    slug: row.slug,
    name: row.name,
    nameZh: row.nameZh,
    country: row.country,
    chipCount: row._count.chips,
    chipClaimCount: claimCounts[index],
  }));
}

export async function countVendors(): Promise<number> {
  return db.company.count({ where: vendorWhere });
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
  return db.chip.count({ where: { vendorId } });
}

export async function listVendorChips(vendorId: string, limit = COMPANY_CHIPS_LIMIT): Promise<VendorChip[]> {
  const chips = await db.chip.findMany({
    where: { vendorId },
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    take: Math.max(0, Math.trunc(limit)),
    select: {
      id: true,
      slug: true,
      name: true,
      nameZh: true,
      kind: true,
      status: true,
      announcedOn: true,
      releasedOn: true,
      datePrecision: true,
      dateSourceName: true,
      dateSourceUrl: true,
    },
  });
  if (chips.length === 0) return [];
  // At most one row per chip and metric (their unique key): bounded by chips × VENDOR_SPEC_METRICS. In
  // plain SQL: findMany over a list of 200 ids takes about twice as long (10 ms against 5 for the
  // largest vendor at a million claims).
  const specs = await db.$queryRaw<
    {
      chipId: string;
      metric: string;
      valueNum: number | null;
      valueText: string | null;
      valueBool: boolean | null;
      sourceName: string;
      sourceUrl: string | null;
      licence: string | null;
      note: string | null;
      quote: string | null;
      sourceId: string | null;
    }[]
  >`
    SELECT "chipId", "metric", "valueNum", "valueText", "valueBool", "sourceName", "sourceUrl", "licence", "note",
           "quote", "sourceId"
      FROM "ChipSpec"
     WHERE "chipId" IN (${Prisma.join(chips.map((chip) => chip.id))}) AND "metric" IN (${Prisma.join(VENDOR_SPEC_METRICS)})`;
  const quotedIds = [...new Set(specs.flatMap((spec) => (spec.quote && spec.sourceId ? [spec.sourceId] : [])))];
  const articles =
    quotedIds.length === 0
      ? []
      : await db.source.findMany({ where: { id: { in: quotedIds } }, select: { id: true, title: true } });
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const specsByChip = new Map<string, VendorChip["specs"]>();
  for (const spec of specs) {
    const article = spec.quote && spec.sourceId ? articleById.get(spec.sourceId) : undefined;
    const bySpec = specsByChip.get(spec.chipId) ?? {};
    bySpec[spec.metric as VendorSpecMetric] = {
      value: specValue(spec),
      source: { name: spec.sourceName, url: spec.sourceUrl, licence: spec.licence },
      note: spec.note,
      ...(spec.quote && article ? { quote: { text: spec.quote, source: article } } : {}),
    };
    specsByChip.set(spec.chipId, bySpec);
  }
  return chips.map((chip) => ({
    slug: chip.slug,
    name: chip.name,
    nameZh: chip.nameZh,
    kind: chip.kind,
    status: chip.status,
    announcedOn: iso(chip.announcedOn),
    releasedOn: iso(chip.releasedOn),
    datePrecision: chip.datePrecision,
    dateSource: chip.dateSourceName ? { name: chip.dateSourceName, url: chip.dateSourceUrl } : null,
    specs: specsByChip.get(chip.id) ?? {},
  }));
}

/**
 * Claims about a company, as ClaimAbout rows: it is the subject, or linked to the claim, or one of
 * its chips is named. ClaimAbout (kept by triggers, migration *_claim_index) holds one row per
 * company and claim with the claim's status, kind and dates, so these reads walk one company's rows
 * of one index in the explorer's order instead of three OR'd EXISTS over every claim.
 */
function aboutWhere(companyId: string, statuses?: readonly ClaimStatus[]): Prisma.ClaimAboutWhereInput {
  return { companyId, status: claimStatusFilter(statuses) };
}

/** The explorer's order on ClaimAbout's copies of the claim's dates (served by ClaimAbout_order_idx). */
export const claimAboutOrder: Prisma.ClaimAboutOrderByWithRelationInput[] = [
  { claimDate: DESC_NULLS_LAST },
  { createdAt: "desc" },
  { claimId: "asc" },
];

/** What a claim card shows (components/claims/claim-card.tsx), plus ids for links to the archived source. */
export const claimCardSelect = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  confidence: true,
  summary: true,
  quote: true,
  translation: true,
  claimDate: true,
  subject: { select: { slug: true, name: true } },
  chips: { select: { chip: { select: { slug: true, name: true } } }, orderBy: { chip: { name: "asc" } } },
  source: { select: { id: true, title: true, publisher: true, language: true, url: true } },
} satisfies Prisma.ClaimSelect;

type ClaimCardRow = Prisma.ClaimGetPayload<{ select: typeof claimCardSelect }>;

export function toClaimCardItem({ chips, ...claim }: ClaimCardRow) {
  return { ...claim, chips: chips.map((link) => link.chip) };
}
export type ClaimCardItem = ReturnType<typeof toClaimCardItem>;

/** One page of the claims about a vendor (see aboutWhere), by the company's id, newest first, undated last. */
export async function listVendorClaims(
  companyId: string,
  request: PageRequest & { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimCardItem[]> {
  const rows = await db.claimAbout.findMany({
    where: aboutWhere(companyId, request.statuses),
    orderBy: claimAboutOrder,
    ...pageArgs(request),
    select: { claim: { select: claimCardSelect } },
  });
  return rows.map((row) => toClaimCardItem(row.claim));
}

/**
 * How many claims are about a vendor (see aboutWhere), by the company's id; with `cap`, counting stops
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
 * How many claims about a company (see aboutWhere) there are by kind and year of the claim date, in
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
 * Published export-control events naming the vendor or one of its chips, by the company's id, oldest
 * first, undated last.
 */
export async function listVendorEvents(vendorId: string, limit = VENDOR_EVENTS_LIMIT): Promise<VendorEvent[]> {
  return db.exportControlEvent.findMany({
    where: {
      status: PUBLIC_EVENT_STATUS,
      OR: [{ companies: { some: { companyId: vendorId } } }, { chips: { some: { chip: { vendorId } } } }],
    },
    orderBy: [{ date: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      date: true,
      datePrecision: true,
      jurisdiction: true,
      authority: true,
      action: true,
      title: true,
    },
  });
}
