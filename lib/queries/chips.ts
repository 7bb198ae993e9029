import "server-only";
import { SPEC_METRICS, type ChipKind, type ChipStatus, type ClaimStatus } from "@/lib/constants";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeName } from "@/lib/normalize";
import { claimCardsFromIndex, type ClaimCardItem } from "@/lib/queries/claim-rows";
import {
  PUBLIC_EVENT_STATUS,
  claimStatusFilter,
  companyRef,
  iso,
  pageArgs,
  rawDate,
  textContains,
  type PageRequest,
} from "@/lib/queries/shared";

// Reads of chips (and systems and product lines), each with its vendor and its sourced specs.
// A spec nobody sourced has no row and so no key in `specs`: unknown is absent, never zero.

export type ChipFilters = {
  /** vendor company slug */
  vendor?: string;
  status?: ChipStatus;
  kind?: ChipKind;
  /** text in the name, Chinese name, family or an alias */
  q?: string;
};

/** How many export-control events one chip's record lists at most. */
export const CHIP_EVENTS_LIMIT = 100;

const chipOrder: Prisma.ChipOrderByWithRelationInput[] = [{ name: "asc" }, { slug: "asc" }];

const chipSelect = {
  slug: true,
  name: true,
  nameZh: true,
  family: true,
  kind: true,
  status: true,
  announcedOn: true,
  releasedOn: true,
  datePrecision: true,
  dateSourceName: true,
  dateSourceUrl: true,
  processNode: true,
  foundry: true,
  vendor: companyRef,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  specs: {
    select: {
      metric: true,
      valueNum: true,
      valueText: true,
      valueBool: true,
      unit: true,
      sourceName: true,
      sourceUrl: true,
      licence: true,
      note: true,
      quote: true,
      quoteStart: true,
      quoteEnd: true,
      source: { select: { id: true, slug: true, title: true, url: true } },
    },
    orderBy: { metric: "asc" },
  },
} satisfies Prisma.ChipSelect;

type ChipRow = Prisma.ChipGetPayload<{ select: typeof chipSelect }>;
type SpecRow = ChipRow["specs"][number];

export type ChipSpecValue = {
  value: number | string | boolean | null;
  unit: string | null;
  source: { name: string; url: string | null; licence: string | null };
  note: string | null;
  /** present when the value comes from an archived article: the verbatim quote at its offsets */
  quote?: {
    text: string;
    quoteStart: number | null;
    quoteEnd: number | null;
    source: { id: string; slug: string; title: string; url: string | null };
  };
};

/** A spec row's value: a number, text or yes/no, whichever column the source filled. */
export function specValue(spec: { valueNum: number | null; valueText: string | null; valueBool: boolean | null }) {
  return spec.valueNum ?? spec.valueText ?? spec.valueBool ?? null;
}

function toSpec(spec: SpecRow): ChipSpecValue {
  const known = SPEC_METRICS[spec.metric as keyof typeof SPEC_METRICS];
  return {
    value: specValue(spec),
    unit: known ? known.unit : spec.unit,
    source: { name: spec.sourceName, url: spec.sourceUrl, licence: spec.licence },
    note: spec.note,
    ...(spec.quote && spec.source
      ? { quote: { text: spec.quote, quoteStart: spec.quoteStart, quoteEnd: spec.quoteEnd, source: spec.source } }
      : {}),
  };
}

function toChip(row: ChipRow) {
  return {
    slug: row.slug,
    name: row.name,
    nameZh: row.nameZh,
    family: row.family,
    vendor: row.vendor,
    kind: row.kind,
    status: row.status,
    announcedOn: iso(row.announcedOn),
    releasedOn: iso(row.releasedOn),
    datePrecision: row.datePrecision,
    dateSource: row.dateSourceName ? { name: row.dateSourceName, url: row.dateSourceUrl } : null,
    processNode: row.processNode,
    foundry: row.foundry,
    aliases: row.aliases.map((a) => a.alias).filter((alias) => alias !== row.name && alias !== row.nameZh),
    specs: Object.fromEntries(row.specs.map((spec) => [spec.metric, toSpec(spec)])) as Record<string, ChipSpecValue>,
  };
}
export type Chip = ReturnType<typeof toChip>;

export function chipWhere(filters: ChipFilters = {}): Prisma.ChipWhereInput {
  const where: Prisma.ChipWhereInput = {};
  if (filters.vendor) where.vendor = { slug: filters.vendor };
  if (filters.status) where.status = filters.status;
  if (filters.kind) where.kind = filters.kind;
  if (filters.q) {
    where.OR = [
      { name: textContains(filters.q) },
      { nameZh: textContains(filters.q) },
      { family: textContains(filters.q) },
      { aliases: { some: { normalized: { contains: normalizeName(filters.q) } } } },
    ];
  }
  return where;
}

/** One page of chips matching the filters, by name. */
export async function listChips(filters: ChipFilters & PageRequest = {}): Promise<Chip[]> {
  const rows = await db.chip.findMany({ where: chipWhere(filters), orderBy: chipOrder, ...pageArgs(filters), select: chipSelect });
  return rows.map(toChip);
}

export async function countChips(filters: ChipFilters = {}): Promise<number> {
  return db.chip.count({ where: chipWhere(filters) });
}

export async function chipExists(slug: string): Promise<boolean> {
  return (await db.chip.count({ where: { slug } })) > 0;
}

export type ChipEventRef = {
  id: string;
  slug: string;
  title: string;
  date: string | null;
  jurisdiction: string;
  action: string;
};
export type ChipDetail = Chip & { description: string | null; claimCount: number; events: ChipEventRef[] };

/** One chip by slug with its description, how many public claims name it, and its export-control events. */
export async function getChipBySlug(
  slug: string,
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<ChipDetail | null> {
  const row = await db.chip.findUnique({
    where: { slug },
    select: {
      ...chipSelect,
      id: true,
      description: true,
      eventLinks: {
        where: { event: { status: PUBLIC_EVENT_STATUS } },
        select: { event: { select: { id: true, slug: true, title: true, date: true, jurisdiction: true, action: true } } },
        orderBy: [{ event: { date: { sort: "asc", nulls: "last" } } }, { event: { title: "asc" } }],
        take: CHIP_EVENTS_LIMIT,
      },
    },
  });
  if (!row) return null;
  const claimCount = await db.claim.count({
    where: { status: claimStatusFilter(options.statuses), chips: { some: { chipId: row.id } } },
  });
  return {
    ...toChip(row),
    description: row.description,
    claimCount,
    events: row.eventLinks.map(({ event }) => ({ ...event, date: iso(event.date) })),
  };
}

// ─── For the reader pages (/chips/compare, /chips/[slug]) ──────────────────────────────────

type ChipSqlRow = {
  id: string;
  slug: string;
  name: string;
  nameZh: string | null;
  family: string | null;
  kind: string;
  status: string | null;
  announcedOn: Date | string | null;
  releasedOn: Date | string | null;
  datePrecision: string | null;
  dateSourceName: string | null;
  dateSourceUrl: string | null;
  processNode: string | null;
  foundry: string | null;
  description: string | null;
  vendorSlug: string;
  vendorName: string;
};

type SpecSqlRow = {
  chipId: string;
  metric: string;
  valueNum: number | null;
  valueText: string | null;
  valueBool: boolean | number | null;
  unit: string | null;
  sourceName: string;
  sourceUrl: string | null;
  licence: string | null;
  note: string | null;
  quote: string | null;
  quoteStart: number | bigint | null;
  quoteEnd: number | bigint | null;
  articleId: string | null;
  articleSlug: string | null;
  articleTitle: string | null;
  articleUrl: string | null;
  articleLanguage: string | null;
};

const rawInt = (value: number | bigint | null) => (value === null ? null : Number(value));

/**
 * Chips (alias ch, `where` on it) with their vendors, aliases and specs (each with the article it
 * quotes), in three statements by raw SQL instead of Prisma's six: the chips joined to their vendors,
 * then the aliases by name and the specs by metric of those chips. The rows toChip reads, plus the
 * description and each quoted article's language. Bounded by the caller's `where` and `take`.
 */
async function readChips(where: Prisma.Sql, take: number) {
  const chips = await db.$queryRaw<ChipSqlRow[]>`
    SELECT ch."id", ch."slug", ch."name", ch."nameZh", ch."family", ch."kind", ch."status", ch."announcedOn",
           ch."releasedOn", ch."datePrecision", ch."dateSourceName", ch."dateSourceUrl", ch."processNode", ch."foundry",
           ch."description", v."slug" AS "vendorSlug", v."name" AS "vendorName"
      FROM "Chip" ch JOIN "Company" v ON v."id" = ch."vendorId"
     WHERE ${where}
     LIMIT ${take}`;
  if (chips.length === 0) return [];
  const ids = Prisma.join(chips.map((chip) => chip.id));
  const [aliases, specs] = await Promise.all([
    db.$queryRaw<{ chipId: string; alias: string }[]>`
      SELECT "chipId", "alias" FROM "ChipAlias" WHERE "chipId" IN (${ids}) ORDER BY "alias" ASC`,
    db.$queryRaw<SpecSqlRow[]>`
      SELECT cs."chipId", cs."metric", cs."valueNum", cs."valueText", cs."valueBool", cs."unit", cs."sourceName",
             cs."sourceUrl", cs."licence", cs."note", cs."quote", cs."quoteStart", cs."quoteEnd",
             a."id" AS "articleId", a."slug" AS "articleSlug", a."title" AS "articleTitle", a."url" AS "articleUrl",
             a."language" AS "articleLanguage"
        FROM "ChipSpec" cs LEFT JOIN "Source" a ON a."id" = cs."sourceId"
       WHERE cs."chipId" IN (${ids})
       ORDER BY cs."metric" ASC`,
  ]);
  return chips.map((chip) => {
    const chipSpecs = specs.filter((spec) => spec.chipId === chip.id);
    const row = {
      slug: chip.slug,
      name: chip.name,
      nameZh: chip.nameZh,
      family: chip.family,
      kind: chip.kind,
      status: chip.status,
      announcedOn: rawDate(chip.announcedOn),
      releasedOn: rawDate(chip.releasedOn),
      datePrecision: chip.datePrecision,
      dateSourceName: chip.dateSourceName,
      dateSourceUrl: chip.dateSourceUrl,
      processNode: chip.processNode,
      foundry: chip.foundry,
      vendor: { slug: chip.vendorSlug, name: chip.vendorName },
      aliases: aliases.filter((alias) => alias.chipId === chip.id).map(({ alias }) => ({ alias })),
      specs: chipSpecs.map((spec) => ({
        metric: spec.metric,
        valueNum: spec.valueNum,
        valueText: spec.valueText,
        valueBool: spec.valueBool === null ? null : Boolean(spec.valueBool),
        unit: spec.unit,
        sourceName: spec.sourceName,
        sourceUrl: spec.sourceUrl,
        licence: spec.licence,
        note: spec.note,
        quote: spec.quote,
        quoteStart: rawInt(spec.quoteStart),
        quoteEnd: rawInt(spec.quoteEnd),
        source:
          spec.articleId === null
            ? null
            : { id: spec.articleId, slug: spec.articleSlug!, title: spec.articleTitle!, url: spec.articleUrl },
      })),
    } satisfies ChipRow;
    return {
      id: chip.id,
      chip: toChip(row),
      description: chip.description,
      quoteLanguages: Object.fromEntries(
        chipSpecs.flatMap((spec) => (spec.quote && spec.articleId ? [[spec.metric, spec.articleLanguage ?? ""]] : [])),
      ) as Record<string, string>,
    };
  });
}

/** The chips with these slugs, in the order given; slugs that name no chip are simply absent. Bounded by the list. */
export async function listChipsBySlugs(slugs: readonly string[]): Promise<Chip[]> {
  if (slugs.length === 0) return [];
  const unique = [...new Set(slugs)];
  const rows = await readChips(Prisma.sql`ch."slug" IN (${Prisma.join(unique)})`, unique.length);
  const bySlug = new Map(rows.map((row) => [row.chip.slug, row.chip]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

export type ChipProfileEvent = ChipEventRef & { datePrecision: string | null };
/**
 * One page of the public claims naming a chip, as claim cards, in the explorer's order (the same
 * claims, in the same order, as /claims?chip=…): read from the chip's ChipClaim entries along its
 * order index, then the cards of that page (claimCardsOfPage). Three statements.
 */
export async function listChipClaimCards(
  slug: string,
  request: PageRequest & { statuses?: readonly ClaimStatus[] } = {},
): Promise<ClaimCardItem[]> {
  return claimCardsFromIndex("ChipClaim", Prisma.sql`x."chipId" = (SELECT ch."id" FROM "Chip" ch WHERE ch."slug" = ${slug})`, request);
}

export type ChipProfile = Chip & {
  description: string | null;
  /** the language (BCP 47) of each article a spec quotes, by metric */
  quoteLanguages: Record<string, string>;
  events: ChipProfileEvent[];
  /** published events naming the chip, in all (events lists at most CHIP_EVENTS_LIMIT) */
  eventCount: number;
};

/**
 * One chip for its reader page: identity, every spec with its source (and the language of a
 * quoted article), and the published export-control events naming it, oldest first, undated last
 * (at most CHIP_EVENTS_LIMIT, with how many there are in all: the same statement counts them).
 * Four statements (readChips, then the events).
 */
export async function getChipProfileBySlug(slug: string): Promise<ChipProfile | null> {
  const [found] = await readChips(Prisma.sql`ch."slug" = ${slug}`, 1);
  if (!found) return null;
  const events = await db.$queryRaw<
    {
      id: string;
      slug: string;
      title: string;
      date: Date | string | null;
      datePrecision: string | null;
      jurisdiction: string;
      action: string;
      total: number | bigint;
    }[]
  >`
    SELECT e."id", e."slug", e."title", e."date", e."datePrecision", e."jurisdiction", e."action",
           COUNT(*) OVER () AS "total"
      FROM "EventChip" ek JOIN "ExportControlEvent" e ON e."id" = ek."eventId"
     WHERE ek."chipId" = ${found.id} AND e."status" = ${PUBLIC_EVENT_STATUS}
     ORDER BY e."date" ASC NULLS LAST, e."title" ASC, e."id" ASC
     LIMIT ${CHIP_EVENTS_LIMIT}`;
  return {
    ...found.chip,
    description: found.description,
    quoteLanguages: found.quoteLanguages,
    events: events.map((event) => ({
      id: event.id,
      slug: event.slug,
      title: event.title,
      date: iso(rawDate(event.date)),
      datePrecision: event.datePrecision,
      jurisdiction: event.jurisdiction,
      action: event.action,
    })),
    eventCount: Number(events[0]?.total ?? 0),
  };
}
