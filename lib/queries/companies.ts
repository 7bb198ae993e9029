import "server-only";
import { cache } from "react";
import { MAX_PAGE_SIZE, type ClaimStatus, type CompanyRole } from "@/lib/constants";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeName } from "@/lib/normalize";
import { countClaimsByCompany, listClaims, type Claim } from "@/lib/queries/claims";
import { pageArgs, textContains, type PageRequest } from "@/lib/queries/shared";

/** A company's id by slug, or null: the claim index (ClaimAbout, ClaimStance) is keyed by id. */
export async function companyIdBySlug(slug: string): Promise<string | null> {
  return (await db.company.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

// Reads of companies: vendors, customers, labs, foundries, regulators, press. One company can
// play several roles. Claim counts include claims where the company is the subject or is linked.

export type CompanyFilters = {
  role?: CompanyRole;
  /** text in the name, Chinese name or an alias */
  q?: string;
};

/** How many of its latest claims one company's record carries. */
export const COMPANY_LATEST_CLAIMS_LIMIT = 20;
/** How many chips one company's record lists at most. */
export const COMPANY_CHIPS_LIMIT = 200;

const companyOrder: Prisma.CompanyOrderByWithRelationInput[] = [{ name: "asc" }, { slug: "asc" }];

const companySelect = {
  id: true,
  slug: true,
  name: true,
  nameZh: true,
  country: true,
  website: true,
  description: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  roles: { select: { role: true }, orderBy: { role: "asc" } },
  _count: { select: { chips: true } },
} satisfies Prisma.CompanySelect;

type CompanyRow = Prisma.CompanyGetPayload<{ select: typeof companySelect }>;

function toCompany(row: CompanyRow, claimCount: number) {
  return {
    slug: row.slug,
    name: row.name,
    nameZh: row.nameZh,
    aliases: row.aliases.map((a) => a.alias).filter((alias) => alias !== row.name && alias !== row.nameZh),
    roles: row.roles.map((r) => r.role),
    country: row.country,
    website: row.website,
    description: row.description,
    chipCount: row._count.chips,
    claimCount,
  };
}
export type Company = ReturnType<typeof toCompany>;

export function companyWhere(filters: CompanyFilters = {}): Prisma.CompanyWhereInput {
  const where: Prisma.CompanyWhereInput = {};
  if (filters.role) where.roles = { some: { role: filters.role } };
  if (filters.q) {
    where.OR = [
      { name: textContains(filters.q) },
      { nameZh: textContains(filters.q) },
      { aliases: { some: { normalized: { contains: normalizeName(filters.q) } } } },
    ];
  }
  return where;
}

/** One page of companies matching the filters, by name, with their chip and (public) claim counts. */
export async function listCompanies(
  filters: CompanyFilters & PageRequest & { statuses?: readonly ClaimStatus[] } = {},
): Promise<Company[]> {
  const rows = await db.company.findMany({
    where: companyWhere(filters),
    orderBy: companyOrder,
    ...pageArgs(filters),
    select: companySelect,
  });
  const claimCounts = await countClaimsByCompany(
    rows.map((row) => row.id),
    { statuses: filters.statuses },
  );
  return rows.map((row) => toCompany(row, claimCounts.get(row.id) ?? 0));
}

export async function countCompanies(filters: CompanyFilters = {}): Promise<number> {
  return db.company.count({ where: companyWhere(filters) });
}

export async function companyExists(slug: string): Promise<boolean> {
  return (await db.company.count({ where: { slug } })) > 0;
}

export type CompanyChip = { slug: string; name: string; kind: string; status: string | null };
export type CompanyDetail = Company & { chips: CompanyChip[]; latestClaims: Claim[] };

/** One company by slug with its chips and its latest claims (COMPANY_LATEST_CLAIMS_LIMIT). */
export async function getCompanyBySlug(
  slug: string,
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<CompanyDetail | null> {
  const row = await db.company.findUnique({
    where: { slug },
    select: {
      ...companySelect,
      chips: {
        select: { slug: true, name: true, kind: true, status: true },
        orderBy: [{ name: "asc" }, { slug: "asc" }],
        take: COMPANY_CHIPS_LIMIT,
      },
    },
  });
  if (!row) return null;
  const [claimCounts, latestClaims] = await Promise.all([
    countClaimsByCompany([row.id], options),
    listClaims({ company: slug, statuses: options.statuses, pageSize: COMPANY_LATEST_CLAIMS_LIMIT }),
  ]);
  return { ...toCompany(row, claimCounts.get(row.id) ?? 0), chips: row.chips, latestClaims };
}

export type CompanyIdentity = {
  /** what the claim index (ClaimAbout, ClaimStance) and the vendor reads are keyed by */
  id: string;
  slug: string;
  name: string;
  nameZh: string | null;
  aliases: string[];
  roles: string[];
  country: string | null;
  website: string | null;
  description: string | null;
};

/**
 * Who a company is (names, aliases, roles, country, website, description), with no counts or claims.
 * Cached per request (React's cache): a profile's generateMetadata and page read it once between them.
 */
export const getCompanyIdentity = cache(async (slug: string): Promise<CompanyIdentity | null> => {
  // One statement: the company's row (part 0), then its aliases (1) and its roles (2), each by name.
  const rows = await db.$queryRaw<
    {
      part: number | bigint;
      id: string | null;
      slug: string | null;
      name: string | null;
      nameZh: string | null;
      country: string | null;
      website: string | null;
      description: string | null;
      value: string | null;
    }[]
  >`
    SELECT 0 AS "part", c."id", c."slug", c."name", c."nameZh", c."country", c."website", c."description",
           CAST(NULL AS TEXT) AS "value"
      FROM "Company" c WHERE c."slug" = ${slug}
    UNION ALL
    SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, a."alias"
      FROM "CompanyAlias" a JOIN "Company" c ON c."id" = a."companyId" WHERE c."slug" = ${slug}
    UNION ALL
    SELECT 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, r."role"
      FROM "CompanyRole" r JOIN "Company" c ON c."id" = r."companyId" WHERE c."slug" = ${slug}
    ORDER BY 1, 9`;
  const row = rows.find((r) => Number(r.part) === 0);
  if (!row || row.id === null || row.slug === null || row.name === null) return null;
  const values = (part: number) => rows.flatMap((r) => (Number(r.part) === part && r.value !== null ? [r.value] : []));
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameZh: row.nameZh,
    aliases: values(1).filter((alias) => alias !== row.name && alias !== row.nameZh),
    roles: values(2),
    country: row.country,
    website: row.website,
    description: row.description,
  };
});

export type CompanyName = { slug: string; name: string; nameZh: string | null; country: string | null };

/** Names of the given companies (at most MAX_PAGE_SIZE of them), by slug. */
export async function listCompanyNames(slugs: readonly string[]): Promise<Map<string, CompanyName>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.$queryRaw<CompanyName[]>`
    SELECT "slug", "name", "nameZh", "country" FROM "Company"
     WHERE "slug" IN (${Prisma.join([...new Set(slugs)].slice(0, MAX_PAGE_SIZE))})`;
  return new Map(rows.map((row) => [row.slug, row]));
}
