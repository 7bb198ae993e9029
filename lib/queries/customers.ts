import "server-only";
import type { AdoptionClaim } from "@/lib/adoption";
import { CLAIM_KINDS, type ClaimStatus } from "@/lib/constants";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimStatusFilter, dbProvider, pushTo, rawDate, type PageRequest } from "@/lib/queries/shared";
import { claimAboutOrderSql, claimCardsFromIndex, type ClaimCardItem } from "@/lib/queries/claim-rows";
import { stanceOfKind, stancesContradict, type Stance } from "@/lib/stance";

// Reads of the claims that say who buys, tests, orders or declines whose chips (the claim kinds
// lib/stance maps to a stance). They feed lib/adoption: the adoption matrix, the customers list,
// a customer's stances and a vendor's customers. Every read is bounded and selects few fields.

/** Claim kinds that express a stance (adoption, training on, testing, order, non-adoption). */
export const STANCE_CLAIM_KINDS = CLAIM_KINDS.filter((kind) => stanceOfKind(kind) !== null);

/** The most stance claims one read returns (newest first): bounds the matrix and the customers list. */
export const STANCE_CLAIMS_LIMIT = 2000;
/** The most stance claims one company's page reads. */
export const COMPANY_STANCE_CLAIMS_LIMIT = 500;

type StanceClaimSqlRow = {
  id: string;
  kind: string;
  claimDate: Date | string | null;
  createdAt: Date | string;
  subjectSlug: string;
  slug: string;
  summary: string;
  sourceId: string;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  sourceLanguage: string;
};

/**
 * Stance claims by raw SQL, in the order of `page` (a statement selecting "claimId", "claimDate" and
 * "createdAt", alias p, ordered and limited): the claims with their subjects (and, with `details`,
 * their summaries and sources), then the linked companies and the chips with their vendors of those
 * claims. Three statements, where Prisma's nested select ran six or seven.
 */
async function readStanceClaims(page: Prisma.Sql, details: boolean) {
  const rows = await db.$queryRaw<StanceClaimSqlRow[]>`
    SELECT c."id", c."kind", c."claimDate", c."createdAt", s."slug" AS "subjectSlug",
           ${details ? Prisma.sql`c."slug", c."summary", src."id" AS "sourceId", src."title" AS "sourceTitle",
           src."publisher" AS "sourcePublisher", src."url" AS "sourceUrl", src."language" AS "sourceLanguage"` : Prisma.sql`c."slug"`}
      FROM (${page}) AS p
      JOIN "Claim" c ON c."id" = p."claimId"
      JOIN "Company" s ON s."id" = c."subjectCompanyId"
      ${details ? Prisma.sql`JOIN "Source" src ON src."id" = c."sourceId"` : Prisma.empty}
     ORDER BY ${claimAboutOrderSql("p")}`;
  if (rows.length === 0) return [];
  const ids = Prisma.join(rows.map((row) => row.id));
  const [companyLinks, chipLinks] = await Promise.all([
    db.$queryRaw<{ claimId: string; slug: string; role: string }[]>`
      SELECT cc."claimId", co."slug", cc."role" FROM "ClaimCompany" cc JOIN "Company" co ON co."id" = cc."companyId"
       WHERE cc."claimId" IN (${ids}) ORDER BY cc."claimId", cc."companyId"`,
    db.$queryRaw<{ claimId: string; slug: string; name: string; vendorSlug: string }[]>`
      SELECT k."claimId", ch."slug", ch."name", v."slug" AS "vendorSlug"
        FROM "ClaimChip" k JOIN "Chip" ch ON ch."id" = k."chipId" JOIN "Company" v ON v."id" = ch."vendorId"
       WHERE k."claimId" IN (${ids}) ORDER BY k."claimId", k."chipId"`,
  ]);
  const companiesOf = groupBy(companyLinks);
  const chipsOf = groupBy(chipLinks);
  return rows.map((row) => ({
    row,
    claim: {
      id: row.id,
      kind: row.kind,
      claimDate: rawDate(row.claimDate),
      createdAt: rawDate(row.createdAt)!,
      subject: { slug: row.subjectSlug },
      companies: (companiesOf.get(row.id) ?? []).map((link) => ({ slug: link.slug, role: link.role })),
      chips: (chipsOf.get(row.id) ?? []).map((link) => ({ slug: link.slug, vendorSlug: link.vendorSlug })),
    } satisfies AdoptionClaim,
    chips: chipsOf.get(row.id) ?? [],
  }));
}

function groupBy<T extends { claimId: string }>(rows: T[]): Map<string, T[]> {
  const byClaim = new Map<string, T[]>();
  for (const row of rows) pushTo(byClaim, row.claimId, row);
  return byClaim;
}

/**
 * The public claims with a stance, newest first, at most STANCE_CLAIMS_LIMIT, with only what
 * lib/adoption needs (kind, dates, subject, linked companies and their roles, chips and their vendors).
 */
export async function listStanceClaims(options: { statuses?: readonly ClaimStatus[] } = {}): Promise<AdoptionClaim[]> {
  const statuses = claimStatusFilter(options.statuses).in;
  if (statuses.length === 0) return [];
  const order =
    dbProvider === "postgresql"
      ? Prisma.sql`c."claimDate" DESC NULLS LAST, c."createdAt" DESC, c."id" ASC`
      : Prisma.sql`c."claimDate" DESC, c."createdAt" DESC, c."id" ASC`;
  // On SQLite, walk the order index (Claim_order_idx, migration *_claim_search) and stop at the
  // limit: over half of all claims carry a stance, so about twice the limit's rows are read. Left to
  // itself SQLite takes the kind index and sorts every stance claim (3 s at a million claims, against
  // 20 ms). PostgreSQL's planner chooses for itself.
  const hint = dbProvider === "sqlite" ? Prisma.raw(`INDEXED BY "Claim_order_idx"`) : Prisma.empty;
  const found = await readStanceClaims(
    Prisma.sql`
      SELECT c."id" AS "claimId", c."claimDate", c."createdAt" FROM "Claim" c ${hint}
       WHERE c."status" IN (${Prisma.join(statuses)}) AND c."kind" IN (${Prisma.join(STANCE_CLAIM_KINDS)})
       ORDER BY ${order} LIMIT ${STANCE_CLAIMS_LIMIT}`,
    false,
  );
  return found.map(({ claim }) => claim);
}

/** A stance claim with what a table row shows: summary, chip names and its source. */
export type StanceClaimDetail = AdoptionClaim & {
  slug: string;
  summary: string;
  chipNames: Record<string, string>;
  source: { id: string; title: string; publisher: string | null; url: string | null; language: string };
};

/**
 * The public stance claims one company is named in, as the claim's subject or a linked company.
 * Newest first, at most COMPANY_STANCE_CLAIMS_LIMIT: found in order in the claim index (ClaimAbout,
 * migration *_claim_index, its "named" rows), then read with what a row shows (readStanceClaims).
 * (A vendor's customers: listVendorCustomers.)
 */
export async function listStanceClaimDetails(
  filter: { company: string },
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<StanceClaimDetail[]> {
  const statuses = claimStatusFilter(options.statuses).in;
  if (statuses.length === 0) return [];
  // one ClaimAbout row per claim for one company, so the claims are distinct
  const found = await readStanceClaims(
    Prisma.sql`
      SELECT a."claimId", a."claimDate", a."createdAt" FROM "ClaimAbout" a
       WHERE a."companyId" = (SELECT co."id" FROM "Company" co WHERE co."slug" = ${filter.company})
         AND a."named" = ${true} AND a."kind" IN (${Prisma.join(STANCE_CLAIM_KINDS)})
         AND a."status" IN (${Prisma.join(statuses)})
       ORDER BY ${claimAboutOrderSql("a")} LIMIT ${COMPANY_STANCE_CLAIMS_LIMIT}`,
    true,
  );
  return found.map(({ row, claim, chips }) => ({
    ...claim,
    slug: row.slug,
    summary: row.summary,
    chipNames: Object.fromEntries(chips.map((chip) => [chip.slug, chip.name])),
    source: sourceOfRow(row),
  }));
}

/** The source columns of a raw claim row (sourceId, sourceTitle, …) as the claim's source. */
function sourceOfRow(row: {
  sourceId: string;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  sourceLanguage: string;
}) {
  return { id: row.sourceId, title: row.sourceTitle, publisher: row.sourcePublisher, url: row.sourceUrl, language: row.sourceLanguage };
}

/** Whether some public claim states the company's stance, as a customer, towards a vendor's chips (ClaimStance). */
export async function isClaimCustomer(slug: string, options: { statuses?: readonly ClaimStatus[] } = {}) {
  const row = await db.claimStance.findFirst({
    where: { customer: { slug }, status: claimStatusFilter(options.statuses) },
    select: { claimId: true },
  });
  return row !== null;
}

/**
 * One page of the public claims naming a company (subject or linked), newest first, undated last:
 * the company's "named" rows of the claim index (ClaimAbout), as claim cards (claimCardsOfPage).
 */
export async function listCompanyClaims(
  slug: string,
  request: PageRequest & { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimCardItem[]> {
  return claimCardsFromIndex(
    "ClaimAbout",
    Prisma.sql`x."companyId" = (SELECT co."id" FROM "Company" co WHERE co."slug" = ${slug}) AND x."named" = ${true}`,
    request,
  );
}

type LatestClaimRow = {
  id: string;
  slug: string;
  summary: string;
  claimDate: Date | string | null;
  sourceId: string;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  sourceLanguage: string;
};

/** The most customers a vendor's profile lists (the most recently reported first). */
export const VENDOR_CUSTOMERS_LIMIT = 50;

/** One customer of a vendor's chips, as the vendor's profile lists it (components/vendors/vendor-customers.tsx). */
export type VendorCustomer = {
  customer: { slug: string; name: string };
  /** the stance of the latest claim */
  stance: Stance;
  /** two of the claims read for this customer state stances that contradict */
  conflicting: boolean;
  /** how many of the claims read name this customer (at most COMPANY_STANCE_CLAIMS_LIMIT are read for the vendor) */
  claimCount: number;
  /** a chip of this vendor that every one of those claims names, if any: narrows the link to the claims */
  sharedChip: { slug: string; name: string } | null;
  latest: {
    id: string;
    slug: string;
    summary: string;
    claimDate: Date | null;
    source: { id: string; title: string; publisher: string | null; url: string | null; language: string };
  };
};

/**
 * A vendor's customers, by the vendor's company id, read by pair from ClaimStance (the claim index):
 * its newest COMPANY_STANCE_CLAIMS_LIMIT stance rows, grouped by customer (the same cells as
 * lib/adoption's customersOfVendor), the most recently reported customer first, at most `limit` of
 * them (`more` says whether others were cut). Only each listed customer's latest claim is read in full.
 */
export async function listVendorCustomers(
  vendorId: string,
  { limit = VENDOR_CUSTOMERS_LIMIT }: { limit?: number } = {},
): Promise<{ customers: VendorCustomer[]; more: boolean }> {
  // The vendor's newest stance rows (the ClaimStance order index), each with its customer's name.
  const rows = await db.$queryRaw<
    { customerId: string; claimId: string; stance: string; slug: string | null; name: string | null }[]
  >`
    SELECT p."customerId", p."claimId", p."stance", co."slug", co."name"
      FROM (SELECT st."customerId", st."claimId", st."stance", st."claimDate", st."createdAt" FROM "ClaimStance" st
             WHERE st."vendorId" = ${vendorId} AND st."status" IN (${Prisma.join(claimStatusFilter().in)})
             ORDER BY ${claimAboutOrderSql("st")} LIMIT ${COMPANY_STANCE_CLAIMS_LIMIT}) AS p
      LEFT JOIN "Company" co ON co."id" = p."customerId"
     ORDER BY ${claimAboutOrderSql("p")}, p."customerId" ASC`;
  if (rows.length === 0) return { customers: [], more: false };
  // rows come newest first, so a customer's first row is its latest claim; `order` ranks that claim
  // (customers whose latest claim is the same one tie, and go by slug below)
  const claimRank = new Map<string, number>();
  for (const row of rows) if (!claimRank.has(row.claimId)) claimRank.set(row.claimId, claimRank.size);
  const cells = new Map<string, { claimIds: string[]; stances: Stance[]; order: number }>();
  rows.forEach((row) => {
    const cell = cells.get(row.customerId) ?? { claimIds: [], stances: [], order: claimRank.get(row.claimId)! };
    if (!cell.claimIds.includes(row.claimId)) cell.claimIds.push(row.claimId);
    cell.stances.push(row.stance as Stance);
    cells.set(row.customerId, cell);
  });
  const customerIds = [...cells.keys()];
  const companyOf = new Map<string, { slug: string; name: string }>();
  for (const row of rows) {
    if (row.slug !== null && row.name !== null) companyOf.set(row.customerId, { slug: row.slug, name: row.name });
  }
  // newest latest claim first; customers sharing that claim by slug
  const ranked = customerIds
    .filter((id) => companyOf.has(id))
    .sort((a, b) => cells.get(a)!.order - cells.get(b)!.order || (companyOf.get(a)!.slug < companyOf.get(b)!.slug ? -1 : 1));
  const kept = ranked.slice(0, Math.max(0, limit));
  const claimIds = [...new Set(kept.flatMap((id) => cells.get(id)!.claimIds))];
  const latestIds = [...new Set(kept.map((id) => cells.get(id)!.claimIds[0]))];
  // Read by lists of up to COMPANY_STANCE_CLAIMS_LIMIT ids in plain SQL: through findMany, a list of
  // hundreds of ids costs several times the statement itself (the chip links with their chips took
  // 25 ms for the largest vendor at a million claims, against 3).
  const [chipLinks, latestRows] = await Promise.all([
    claimIds.length === 0
      ? []
      : db.$queryRaw<{ claimId: string; slug: string; name: string }[]>`
          SELECT cc."claimId", ch."slug", ch."name" FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId"
           WHERE ch."vendorId" = ${vendorId} AND cc."claimId" IN (${Prisma.join(claimIds)})`,
    latestIds.length === 0
      ? []
      : db.$queryRaw<LatestClaimRow[]>`
          SELECT c."id", c."slug", c."summary", c."claimDate", s."id" AS "sourceId", s."title" AS "sourceTitle",
                 s."publisher" AS "sourcePublisher", s."url" AS "sourceUrl", s."language" AS "sourceLanguage"
            FROM "Claim" c JOIN "Source" s ON s."id" = c."sourceId"
           WHERE c."id" IN (${Prisma.join(latestIds)})`,
  ]);
  const latest = latestRows.map((row) => ({
    id: row.id,
    slug: row.slug,
    summary: row.summary,
    claimDate: rawDate(row.claimDate),
    source: sourceOfRow(row),
  }));
  const chipsOf = new Map<string, Map<string, string>>();
  for (const link of chipLinks) {
    const chips = chipsOf.get(link.claimId) ?? new Map<string, string>();
    chips.set(link.slug, link.name);
    chipsOf.set(link.claimId, chips);
  }
  const latestById = new Map(latest.map((claim) => [claim.id, claim]));
  const customers = kept.flatMap((id): VendorCustomer[] => {
    const cell = cells.get(id)!;
    const claim = latestById.get(cell.claimIds[0]);
    if (!claim) return [];
    const [first, ...rest] = cell.claimIds.map((claimId) => chipsOf.get(claimId) ?? new Map<string, string>());
    const shared = [...first.keys()].filter((slug) => rest.every((chips) => chips.has(slug))).sort()[0];
    return [
      {
        customer: { slug: companyOf.get(id)!.slug, name: companyOf.get(id)!.name },
        stance: cell.stances[0],
        conflicting: cell.stances.some((a) => cell.stances.some((b) => stancesContradict(a, b))),
        claimCount: cell.claimIds.length,
        sharedChip: shared ? { slug: shared, name: first.get(shared)! } : null,
        latest: claim,
      },
    ];
  });
  return { customers, more: ranked.length > kept.length };
}
