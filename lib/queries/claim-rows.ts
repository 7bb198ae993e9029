import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/constants";
import { claimStatusFilter, dbProvider, pageArgs, pushTo, rawDate, type PageRequest } from "@/lib/queries/shared";

// One reader for claims as the site shows them, with their subject, source, chips and linked
// companies, in raw SQL: a page of claims costs two statements whatever its size (the claims joined
// to their subjects and sources, then their links), where Prisma's nested select costs one statement
// per relation and its own JS work for each. The explorer, a claim's page, the API and the exports
// (lib/queries/claims.ts), and the claim cards of a vendor, a customer and the home page
// (claimCardsOfPage) all read through it.

/** A claim row with its subject's and source's fields, as readClaimRows answers. */
export type ClaimSqlRow = {
  id: string;
  slug: string;
  kind: string;
  summary: string;
  quote: string;
  quoteStart: number | bigint;
  quoteEnd: number | bigint;
  translation: string | null;
  /** a Date on PostgreSQL, the stored text on SQLite (rawDate, rawIso) */
  claimDate: Date | string | null;
  confidence: string;
  status: string;
  note: string | null;
  version: number | bigint;
  createdAt: Date | string;
  updatedAt: Date | string;
  subjectSlug: string;
  subjectName: string;
  sourceId: string;
  sourceSlug: string;
  sourceUrl: string | null;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourcePublishedAt: Date | string | null;
  sourceLanguage: string;
};

/**
 * The claims `from` yields, ordered by `orderBy` (a whole ORDER BY clause), with subject and source.
 * `from` is a FROM item that makes claim `c` with every Claim column (a page subquery aliased c, or a
 * page of ids joined to "Claim" c); `orderBy` may use any alias `from` makes.
 */
export async function readClaimRows(from: Prisma.Sql, orderBy: Prisma.Sql): Promise<ClaimSqlRow[]> {
  return db.$queryRaw<ClaimSqlRow[]>`
    SELECT c."id", c."slug", c."kind", c."summary", c."quote", c."quoteStart", c."quoteEnd", c."translation",
           c."claimDate", c."confidence", c."status", c."note", c."version", c."createdAt", c."updatedAt",
           s."slug" AS "subjectSlug", s."name" AS "subjectName",
           src."id" AS "sourceId", src."slug" AS "sourceSlug", src."url" AS "sourceUrl", src."title" AS "sourceTitle",
           src."publisher" AS "sourcePublisher", src."publishedAt" AS "sourcePublishedAt", src."language" AS "sourceLanguage"
      FROM ${from}
      JOIN "Company" s ON s."id" = c."subjectCompanyId"
      JOIN "Source" src ON src."id" = c."sourceId"
     ${orderBy}`;
}

export type ClaimChipRef = { slug: string; name: string };
export type ClaimCompanyRef = { slug: string; name: string; role: string };
export type ClaimLinks = {
  /** by claim id: the chips the claim names, by name, then slug */
  chips: Map<string, ClaimChipRef[]>;
  /** by claim id: the companies linked to the claim (not its subject), by name, then slug; empty unless asked for */
  companies: Map<string, ClaimCompanyRef[]>;
};

/** Ids per statement when reading links (an export reads up to MAX_EXPORT_ROWS claims). */
const LINK_BATCH = 1000;

/** The chips, and with `companies` the linked companies, of the given claims: one statement per LINK_BATCH ids. */
export async function readClaimLinks(ids: readonly string[], options: { companies: boolean }): Promise<ClaimLinks> {
  const links: ClaimLinks = { chips: new Map(), companies: new Map() };
  for (let i = 0; i < ids.length; i += LINK_BATCH) {
    const batch = Prisma.join(ids.slice(i, i + LINK_BATCH));
    const chips = Prisma.sql`SELECT 'chip' AS "link", cc."claimId" AS "claimId", NULL AS "role", ch."slug" AS "slug", ch."name" AS "name"
      FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId" WHERE cc."claimId" IN (${batch})`;
    const companies = Prisma.sql`SELECT 'company' AS "link", l."claimId" AS "claimId", l."role" AS "role", co."slug" AS "slug", co."name" AS "name"
      FROM "ClaimCompany" l JOIN "Company" co ON co."id" = l."companyId" WHERE l."claimId" IN (${batch})`;
    const rows = await db.$queryRaw<{ link: string; claimId: string; role: string | null; slug: string; name: string }[]>`
      ${options.companies ? Prisma.sql`${chips} UNION ALL ${companies}` : chips}
      ORDER BY "name" ASC, "slug" ASC`;
    for (const { link, claimId, role, slug, name } of rows) {
      if (link === "chip") pushTo(links.chips, claimId, { slug, name });
      else pushTo(links.companies, claimId, { slug, name, role: role ?? "other" });
    }
  }
  return links;
}

/**
 * SQL for the explorer's order (newest claim date first, undated last, then the most recently
 * recorded, then by claim id) on a row that carries "claimId", "claimDate" and "createdAt": a page of
 * ClaimAbout, ClaimStance or ChipClaim rows, whose order indexes serve it, or of claim ids. On SQLite a NULL sorts
 * first ascending, so last descending; PostgreSQL says NULLS LAST.
 */
export function claimAboutOrderSql(alias: string): Prisma.Sql {
  const a = Prisma.raw(`${alias}.`);
  return dbProvider === "postgresql"
    ? Prisma.sql`${a}"claimDate" DESC NULLS LAST, ${a}"createdAt" DESC, ${a}"claimId" ASC`
    : Prisma.sql`${a}"claimDate" DESC, ${a}"createdAt" DESC, ${a}"claimId" ASC`;
}

/** What a claim card shows (components/claims/claim-card.tsx), plus ids for links to the archived source: claimCardsOfPage's answer. */
export type ClaimCardItem = {
  id: string;
  slug: string;
  kind: string;
  status: string;
  confidence: string;
  summary: string;
  quote: string;
  translation: string | null;
  claimDate: Date | null;
  subject: { slug: string; name: string };
  /** by name, then slug */
  chips: ClaimChipRef[];
  source: { id: string; title: string; publisher: string | null; language: string; url: string | null };
};

/**
 * Claim cards, in the order of `page`: a statement that selects "claimId", "claimDate" and
 * "createdAt" (a page of ClaimAbout or ClaimStance rows, or of claims), ordered and limited, read as
 * alias p. Two statements, whatever the page size.
 */
export async function claimCardsOfPage(page: Prisma.Sql): Promise<ClaimCardItem[]> {
  const rows = await readClaimRows(
    Prisma.sql`(${page}) AS p JOIN "Claim" c ON c."id" = p."claimId"`,
    Prisma.sql`ORDER BY ${claimAboutOrderSql("p")}`,
  );
  if (rows.length === 0) return [];
  const { chips } = await readClaimLinks(
    rows.map((row) => row.id),
    { companies: false },
  );
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    confidence: row.confidence,
    summary: row.summary,
    quote: row.quote,
    translation: row.translation,
    claimDate: rawDate(row.claimDate),
    subject: { slug: row.subjectSlug, name: row.subjectName },
    chips: chips.get(row.id) ?? [],
    source: {
      id: row.sourceId,
      title: row.sourceTitle,
      publisher: row.sourcePublisher,
      language: row.sourceLanguage,
      url: row.sourceUrl,
    },
  }));
}

/**
 * A page of claim cards read from a claim index (ClaimAbout or ChipClaim), in the explorer's order:
 * the index rows `where` selects (a condition on alias x) with one of `statuses` (the public ones by
 * default), a page of them along the index's order, then their cards (claimCardsOfPage). No status
 * allowed: no read.
 */
export async function claimCardsFromIndex(
  index: "ClaimAbout" | "ChipClaim",
  where: Prisma.Sql,
  request: PageRequest & { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimCardItem[]> {
  const statuses = claimStatusFilter(request.statuses).in;
  if (statuses.length === 0) return [];
  const { skip, take } = pageArgs(request);
  return claimCardsOfPage(Prisma.sql`
    SELECT x."claimId", x."claimDate", x."createdAt" FROM ${Prisma.raw(`"${index}"`)} x
     WHERE ${where} AND x."status" IN (${Prisma.join(statuses)})
     ORDER BY ${claimAboutOrderSql("x")} LIMIT ${take} OFFSET ${skip}`);
}
