// The alias table the mention finder matches against. It is data, read from the database
// (CompanyAlias and ChipAlias, edited through the company and chip forms), never a list in code.
import type { Db } from "../prisma-client";

/** `roles` (COMPANY_ROLES) when known: the suggestions do not make the press a claim's subject. */
export type CompanyEntry = { slug: string; name: string; aliases: string[]; roles?: string[] };
export type ChipEntry = { slug: string; name: string; vendorSlug: string; aliases: string[] };
export type AliasTable = { companies: CompanyEntry[]; chips: ChipEntry[] };

/** Upper bounds on what one load reads; the real tables hold a few hundred rows. */
export const MAX_ENTITIES = 20_000;
export const MAX_ALIASES = 50_000;

function bounded<T>(rows: T[], max: number, what: string): T[] {
  if (rows.length > max) {
    throw new Error(`The ${what} table has more than ${max} rows: too many to match against in memory.`);
  }
  return rows;
}

function withAliases(name: string, nameZh: string | null, aliases: string[]): string[] {
  return [...new Set([name, ...(nameZh ? [nameZh] : []), ...aliases].map((a) => a.trim()).filter(Boolean))];
}

/** Reads every company and chip with its names and aliases (bounded reads, five queries). */
export async function loadAliasTable(db: Db): Promise<AliasTable> {
  const [companies, companyAliases, companyRoles, chips, chipAliases] = await Promise.all([
    db.company.findMany({ select: { id: true, slug: true, name: true, nameZh: true }, orderBy: { slug: "asc" }, take: MAX_ENTITIES + 1 }),
    db.companyAlias.findMany({ select: { companyId: true, alias: true }, orderBy: { id: "asc" }, take: MAX_ALIASES + 1 }),
    db.companyRole.findMany({ select: { companyId: true, role: true }, orderBy: [{ companyId: "asc" }, { role: "asc" }], take: MAX_ALIASES + 1 }),
    db.chip.findMany({
      select: { id: true, slug: true, name: true, nameZh: true, vendor: { select: { slug: true } } },
      orderBy: { slug: "asc" },
      take: MAX_ENTITIES + 1,
    }),
    db.chipAlias.findMany({ select: { chipId: true, alias: true }, orderBy: { id: "asc" }, take: MAX_ALIASES + 1 }),
  ]);
  bounded(companies, MAX_ENTITIES, "company");
  bounded(chips, MAX_ENTITIES, "chip");
  bounded(companyAliases, MAX_ALIASES, "company alias");
  bounded(chipAliases, MAX_ALIASES, "chip alias");
  bounded(companyRoles, MAX_ALIASES, "company role");

  const byCompany = new Map<string, string[]>();
  for (const a of companyAliases) byCompany.set(a.companyId, [...(byCompany.get(a.companyId) ?? []), a.alias]);
  const roles = new Map<string, string[]>();
  for (const r of companyRoles) roles.set(r.companyId, [...(roles.get(r.companyId) ?? []), r.role]);
  const byChip = new Map<string, string[]>();
  for (const a of chipAliases) byChip.set(a.chipId, [...(byChip.get(a.chipId) ?? []), a.alias]);

  return {
    companies: companies.map((c) => ({
      slug: c.slug,
      name: c.name,
      aliases: withAliases(c.name, c.nameZh, byCompany.get(c.id) ?? []),
      roles: roles.get(c.id) ?? [],
    })),
    chips: chips.map((c) => ({
      slug: c.slug,
      name: c.name,
      vendorSlug: c.vendor.slug,
      aliases: withAliases(c.name, c.nameZh, byChip.get(c.id) ?? []),
    })),
  };
}
