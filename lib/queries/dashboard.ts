import "server-only";
import { PUBLIC_CLAIM_STATUSES } from "@/lib/constants";
import { cachedAggregate } from "@/lib/aggregate-cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLAIM_ORDER_SQL } from "@/lib/queries/claim-search";
import { claimCardsOfPage, type ClaimCardItem } from "@/lib/queries/claim-rows";
import { countClaims } from "@/lib/queries/claims";

// The home page's reads: the landscape at a glance. Every list is bounded and selects only
// the fields the page shows. Readers see claims whose status is in PUBLIC_CLAIM_STATUSES.

/** Export-control events have no draft workflow of their own yet; readers see the published ones. */
const publicEvent = { status: "published" };

export type LandscapeCounts = {
  companies: number;
  chipVendors: number;
  chips: number;
  sources: number;
  publishedClaims: number;
  exportControlEvents: number;
};

/** How many records of each kind the knowledge base holds (six counts; cached briefly, see lib/aggregate-cache). */
export async function getLandscapeCounts(): Promise<LandscapeCounts> {
  return cachedAggregate("landscape-counts", countLandscape);
}

async function countLandscape(): Promise<LandscapeCounts> {
  const [companies, chipVendors, chips, sources, publishedClaims, exportControlEvents] = await Promise.all([
    db.company.count(),
    db.company.count({ where: { roles: { some: { role: "chip_vendor" } } } }),
    db.chip.count(),
    db.source.count(),
    countClaims(), // the public claims, in one statement the status index answers (lib/queries/claims.ts)
    db.exportControlEvent.count({ where: publicEvent }),
  ]);
  return { companies, chipVendors, chips, sources, publishedClaims, exportControlEvents };
}

/**
 * The most recent public claims, as the explorer lists them first (lib/queries/claim-search.ts): dated
 * ones newest first, then the undated, newest entry first, then by id. As claim cards, in two statements.
 */
export async function listLatestClaims(limit = 8): Promise<ClaimCardItem[]> {
  return claimCardsOfPage(Prisma.sql`
    SELECT c."id" AS "claimId", c."claimDate" AS "claimDate", c."createdAt" AS "createdAt" FROM "Claim" c
     WHERE c."status" IN (${Prisma.join([...PUBLIC_CLAIM_STATUSES])})
     ${CLAIM_ORDER_SQL} LIMIT ${Math.max(0, Math.trunc(limit))}`);
}
export type LatestClaim = ClaimCardItem;

/** The most recent export-control events: dated ones first (newest first), then the undated. */
export async function listLatestEvents(limit = 6) {
  return db.exportControlEvent.findMany({
    where: publicEvent,
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { slug: "asc" }],
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
export type LatestEvent = Awaited<ReturnType<typeof listLatestEvents>>[number];
