import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeName } from "@/lib/normalize";
import type { QueryProblem } from "@/lib/validation/api";

// A reader's company or chip filter is a text field (components/ui/name-field.tsx): it sends what
// the reader typed or picked from the suggestions, a name far more often than a slug. A value names
// a record when it is its slug (the form a shared URL keeps), or else its name or Chinese name
// (ignoring case and surrounding spaces) or one of its aliases (lib/normalize.ts folding). The slug
// is looked up first, through its unique index, so a filtered URL costs one indexed read; the name
// read runs only for a typed value, which the page then redirects to its slug.

export type NamedCompany = { slug: string; name: string };
/** What a name filter names: any company, a chip, or a company that makes chips. */
export type NameFilterKind = "company" | "chip" | "chip vendor";
export type NamedChip = { slug: string; name: string; vendor: { slug: string; name: string } };

/**
 * What a filter value names: one record by its slug, one by its name (the page redirects to the
 * slug), none, or several (the reader must choose; NAME_MATCHES_LIMIT of them are named, one more is
 * read to tell whether there are others).
 */
export type FilterMatch<T> =
  | { found: T; by: "slug" | "name" }
  | { found: null; candidates: T[] };

/** The most records a name's message lists when it names several. */
export const NAME_MATCHES_LIMIT = 5;

function clean(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

function matchOf<T>(bySlug: T[], byName: () => Promise<T[]>): Promise<FilterMatch<T>> {
  if (bySlug[0]) return Promise.resolve({ found: bySlug[0], by: "slug" });
  return byName().then((rows) =>
    rows.length === 1 ? { found: rows[0], by: "name" } : { found: null, candidates: rows },
  );
}

/**
 * The company a filter value names (see above); with `makesChips`, only a company some chip names
 * as its vendor (the chips table's vendor filter).
 */
export async function matchCompany(text: string, { makesChips = false } = {}): Promise<FilterMatch<NamedCompany>> {
  const value = clean(text);
  if (!value) return { found: null, candidates: [] };
  const vendor = makesChips ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Chip" ch WHERE ch."vendorId" = co."id")` : Prisma.empty;
  const bySlug = await db.$queryRaw<NamedCompany[]>`
    SELECT co."slug" AS "slug", co."name" AS "name" FROM "Company" co WHERE co."slug" = ${value} ${vendor}`;
  return matchOf(bySlug, () =>
    db.$queryRaw<NamedCompany[]>`
      SELECT co."slug" AS "slug", co."name" AS "name" FROM "Company" co
       WHERE (lower(co."name") = lower(${value}) OR co."nameZh" = ${value}
          OR co."id" IN (SELECT a."companyId" FROM "CompanyAlias" a WHERE a."normalized" = ${normalizeName(value)})) ${vendor}
       ORDER BY co."name" ASC, co."slug" ASC LIMIT ${NAME_MATCHES_LIMIT + 1}`,
  );
}

type ChipRow = { slug: string; name: string; vendorSlug: string; vendorName: string };

function toNamedChip(row: ChipRow): NamedChip {
  return { slug: row.slug, name: row.name, vendor: { slug: row.vendorSlug, name: row.vendorName } };
}

/** The chip a filter value names (see above), with its vendor. */
export async function matchChip(text: string): Promise<FilterMatch<NamedChip>> {
  const value = clean(text);
  if (!value) return { found: null, candidates: [] };
  const bySlug = await db.$queryRaw<ChipRow[]>`
    SELECT ch."slug" AS "slug", ch."name" AS "name", v."slug" AS "vendorSlug", v."name" AS "vendorName"
      FROM "Chip" ch JOIN "Company" v ON v."id" = ch."vendorId" WHERE ch."slug" = ${value}`;
  return matchOf(bySlug.map(toNamedChip), async () => {
    const rows = await db.$queryRaw<ChipRow[]>`
      SELECT ch."slug" AS "slug", ch."name" AS "name", v."slug" AS "vendorSlug", v."name" AS "vendorName"
        FROM "Chip" ch JOIN "Company" v ON v."id" = ch."vendorId"
       WHERE lower(ch."name") = lower(${value}) OR ch."nameZh" = ${value}
          OR ch."id" IN (SELECT a."chipId" FROM "ChipAlias" a WHERE a."normalized" = ${normalizeName(value)})
       ORDER BY v."name" ASC, ch."name" ASC, ch."slug" ASC LIMIT ${NAME_MATCHES_LIMIT + 1}`;
    return rows.map(toNamedChip);
  });
}

/**
 * The reader's message for a value that names no record or several, e.g. "no company named
 * 'Huwei'" or "'Atlas' names 2 chips (Atlas 300 by Huawei, …); choose one from the suggestions".
 */
export function unmatchedMessage<T extends { name: string; vendor?: { name: string } }>(
  what: NameFilterKind,
  text: string,
  match: { candidates: T[] },
): string {
  const value = clean(text);
  if (match.candidates.length === 0) return `no ${what} named '${value}'`;
  const listed = match.candidates
    .slice(0, NAME_MATCHES_LIMIT)
    .map((record) => (record.vendor ? `${record.name} by ${record.vendor.name}` : record.name));
  const more = match.candidates.length > NAME_MATCHES_LIMIT ? ", …" : "";
  return `'${value}' names more than one ${what} (${listed.join(", ")}${more}); choose one from the suggestions`;
}

type RawParams = Record<string, string | string[] | undefined>;

/**
 * `path` with `raw`'s parameters, `slugs` in place of the names typed for them: where a filter
 * that named its company or chip by name redirects, the address a reader then shares.
 */
export function sluggedHref(path: string, raw: RawParams, slugs: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) {
    const replacement = slugs[name];
    if (replacement !== undefined) search.set(name, replacement);
    else for (const single of typeof value === "string" ? [value] : (value ?? [])) search.append(name, single);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

type Given = { company?: string; chip?: string; vendor?: string };
type Texts = { company?: string; chip?: string; vendor?: string };

/** A page's company, chip and vendor filters, resolved: see resolveNameFilters. */
export type NameFilters = {
  company: NamedCompany | null;
  chip: NamedChip | null;
  vendor: NamedCompany | null;
  /** a name was typed for a record: the same address with its slug, where the page redirects */
  redirectTo: string | null;
  /** why a value given was not applied (it names no record, or several) */
  errors: Texts;
  /** the same, as the page's notice of what it ignored lists them */
  problems: QueryProblem[];
  /** what the filter fields show: the record's name, or the text that named none */
  names: Texts;
};

const KINDS = { company: "company", chip: "chip", vendor: "chip vendor" } as const;

/** The company, chip and chip vendor a page's URL (`path`, `raw`) filters by, as parsed (`given`). */
export async function resolveNameFilters(path: string, raw: RawParams, given: Given): Promise<NameFilters> {
  const [company, chip, vendor] = await Promise.all([
    given.company ? matchCompany(given.company) : null,
    given.chip ? matchChip(given.chip) : null,
    given.vendor ? matchCompany(given.vendor, { makesChips: true }) : null,
  ]);
  const matches = { company, chip, vendor };
  const slugs: Record<string, string | undefined> = {};
  const errors: Texts = {};
  const names: Texts = {};
  const problems: QueryProblem[] = [];
  for (const parameter of ["company", "chip", "vendor"] as const) {
    const match = matches[parameter];
    if (!match) continue;
    if (match.found) {
      if (match.by === "name") slugs[parameter] = match.found.slug;
      names[parameter] = match.found.name;
    } else {
      names[parameter] = given[parameter];
      const message = unmatchedMessage(KINDS[parameter], given[parameter] ?? "", match);
      errors[parameter] = message;
      problems.push({ parameter, message });
    }
  }
  return {
    company: company?.found ?? null,
    chip: chip?.found ?? null,
    vendor: vendor?.found ?? null,
    redirectTo: Object.keys(slugs).length > 0 ? sluggedHref(path, raw, slugs) : null,
    errors,
    problems,
    names,
  };
}
