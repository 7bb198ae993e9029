import "server-only";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, COUNT_CAP, type ClaimKind, type ClaimStatus } from "@/lib/constants";
import { cachedAggregate } from "@/lib/aggregate-cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { companyIdBySlug } from "@/lib/queries/companies";
import {
  DESC_NULLS_LAST,
  PUBLIC_EVENT_STATUS,
  claimStatusFilter,
  countTake,
  pageArgs,
  type PageRequest,
} from "@/lib/queries/shared";

// Reads for the vendor pages: chip vendors (companies with the chip_vendor role), the claims about
// them or their chips, and the export-control events that name them. Every list is paginated or
// bounded. Chips and their sourced specs come from lib/queries/chips.ts (listChips({ vendor })).

export const VENDOR_ROLE = "chip_vendor";
/** How many export-control events a vendor's profile lists at most. */
export const VENDOR_EVENTS_LIMIT = 50;

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

/** One page of the claims about a vendor (see aboutWhere), newest first, undated last. */
export async function listVendorClaims(
  slug: string,
  request: PageRequest & { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimCardItem[]> {
  const companyId = await companyIdBySlug(slug);
  if (!companyId) return [];
  const rows = await db.claimAbout.findMany({
    where: aboutWhere(companyId, request.statuses),
    orderBy: claimAboutOrder,
    ...pageArgs(request),
    select: { claim: { select: claimCardSelect } },
  });
  return rows.map((row) => toClaimCardItem(row.claim));
}

/** How many claims are about a vendor; with `cap`, counting stops at cap + 1 (see countClaims). */
export async function countVendorClaims(slug: string, options: { statuses?: readonly ClaimStatus[]; cap?: number } = {}) {
  const companyId = await companyIdBySlug(slug);
  if (!companyId) return 0;
  return db.claimAbout.count({ where: aboutWhere(companyId, options.statuses), take: countTake(options.cap) });
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

/** Claim counts by kind and, when some claims are dated, by year (UTC) and kind. Pure. */
export function summariseClaimKinds(groups: { kind: string; claimDate: Date | null; count: number }[]): ClaimKindSummary {
  const byKind = new Map<string, number>();
  const byBucket = new Map<string, Record<string, number>>();
  let dated = 0;
  for (const { kind, claimDate, count } of groups) {
    if (count <= 0) continue;
    byKind.set(kind, (byKind.get(kind) ?? 0) + count);
    const bucket = claimDate ? String(claimDate.getUTCFullYear()) : UNDATED_BUCKET;
    if (claimDate) dated += count;
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

/** How many public claims about a vendor there are by kind (and by year when dated); one grouped read. */
export async function getVendorClaimKindSummary(
  slug: string,
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimKindSummary> {
  const compute = async () => {
    const companyId = await companyIdBySlug(slug);
    const groups = companyId
      ? await db.claimAbout.groupBy({
          by: ["kind", "claimDate"],
          where: aboutWhere(companyId, options.statuses),
          _count: { _all: true },
        })
      : [];
    return summariseClaimKinds(groups.map((g) => ({ kind: g.kind, claimDate: g.claimDate, count: g._count._all })));
  };
  // the readers' view (public statuses) is cached briefly; an editor's view is always fresh
  return options.statuses ? compute() : cachedAggregate(`vendor-claim-kinds:${slug}`, compute);
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

/** Published export-control events naming the vendor or one of its chips, oldest first, undated last. */
export async function listVendorEvents(slug: string, limit = VENDOR_EVENTS_LIMIT): Promise<VendorEvent[]> {
  return db.exportControlEvent.findMany({
    where: {
      status: PUBLIC_EVENT_STATUS,
      OR: [
        { companies: { some: { company: { slug } } } },
        { chips: { some: { chip: { vendor: { slug } } } } },
      ],
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
