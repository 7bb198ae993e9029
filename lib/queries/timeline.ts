import "server-only";
import { COUNT_CAP, PUBLIC_CLAIM_STATUSES, type Jurisdiction } from "@/lib/constants";
import { sqliteDateTime } from "@/lib/database-url";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { countEvents, seekEvents, type ExportControlEvent } from "@/lib/queries/events";
import {
  PUBLIC_EVENT_STATUS,
  chipRef,
  claimStatusFilter,
  companyRef,
  dbProvider,
  inIdOrder,
  iso,
} from "@/lib/queries/shared";

// The timeline: export-control events and claims on one time axis. Most claims and several
// events have no date; they are listed apart, never given one.
//
// Both lists are read a page at a time from a cursor (keyset paging), never from an offset, so a
// page costs the same reads at the start of the timeline as deep inside it, at any data size:
// - the dated list: events and claims merged, oldest first; on one date events before claims;
//   then by id. A page reads at most pageSize + 1 events and pageSize + 1 claims beyond its
//   cursor, merges them and cuts. "Earlier" reads backwards from its cursor and reverses.
// - the undated list: the undated events by title (then id), then the undated claims in the
//   order they were recorded (createdAt, then id), read forwards only.

/** Most entries of each list (dated, undated) one page of the timeline shows. */
export const TIMELINE_PAGE_SIZE = 50;
/** Most companies, and most chips, the timeline's filter offers. */
export const TIMELINE_OPTIONS_LIMIT = 500;

export type TimelineFilters = {
  /** applies to events only: claims have no jurisdiction */
  jurisdiction?: Jurisdiction;
  /** company slug: an event naming it; a claim about it or involving it */
  company?: string;
  /** chip slug */
  chip?: string;
};

/** A place in the dated list: an entry's date, kind and id (the list's order, in that order). */
export type DatedKey = { date: Date; type: "event" | "claim"; id: string };
/** A place in the undated list: an event by title and id, or a claim by when it was recorded and id. */
export type UndatedKey = { type: "event"; title: string; id: string } | { type: "claim"; createdAt: Date; id: string };

/** Which page of each list to read. With neither `after` nor `before`, the oldest dated entries. */
export type TimelinePageRequest = {
  /** the dated entries just after this one */
  after?: DatedKey;
  /** the dated entries just before this one, or the newest ("end"); ignored when `after` is given */
  before?: DatedKey | "end";
  /** the undated entries just after this one; without it, the first */
  undated?: UndatedKey;
  /** entries per page of each list (TIMELINE_PAGE_SIZE) */
  pageSize?: number;
};

const timelineClaimSelect = {
  id: true,
  slug: true,
  kind: true,
  summary: true,
  quote: true,
  translation: true,
  claimDate: true,
  confidence: true,
  status: true,
  /** not shown: the undated list's cursor */
  createdAt: true,
  subject: companyRef,
  companies: { select: { company: companyRef }, orderBy: { company: { name: "asc" } } },
  chips: { select: { chip: chipRef }, orderBy: { chip: { name: "asc" } } },
  source: { select: { id: true, title: true, language: true } },
} satisfies Prisma.ClaimSelect;

type TimelineClaimRow = Prisma.ClaimGetPayload<{ select: typeof timelineClaimSelect }>;

function toTimelineClaim(row: TimelineClaimRow) {
  const others = row.companies.map((link) => link.company).filter((company) => company.slug !== row.subject.slug);
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    summary: row.summary,
    quote: row.quote,
    translation: row.translation,
    date: iso(row.claimDate),
    confidence: row.confidence,
    status: row.status,
    /** the subject first, then the other companies it involves */
    companies: [row.subject, ...others],
    chips: row.chips.map((link) => link.chip),
    source: row.source,
  };
}
export type TimelineClaim = ReturnType<typeof toTimelineClaim>;
export type TimelineEvent = ExportControlEvent;

/** One dated item of the timeline. */
export type TimelineEntry =
  | { type: "event"; date: string; event: TimelineEvent }
  | { type: "claim"; date: string; claim: TimelineClaim };

export type Timeline = {
  /** one page of the dated events and claims, oldest first (an event before a claim on the same date) */
  dated: TimelineEntry[];
  /** "← Earlier": the entries before this key, or the newest page ("end"); null when nothing is earlier */
  earlier: DatedKey | "end" | null;
  /** "Later →": the entries after this key, or the first page ("start"); null when nothing is later */
  later: DatedKey | "start" | null;
  /** one page of the undated list: its events (by title), then its claims (as recorded) */
  undatedEvents: TimelineEvent[];
  undatedClaims: TimelineClaim[];
  /** the undated entries after this key make the next page; null on the last */
  moreUndated: UndatedKey | null;
  /** how many events match the filters in all */
  eventTotal: number;
  /** how many claims match in all; counting stops past COUNT_CAP: COUNT_CAP + 1 means "more than COUNT_CAP" */
  claimTotal: number;
  /** the roles of every company named on the page, by slug, so a page can link each to its profile */
  companyRoles: Record<string, string[]>;
};

// ── Keyset bounds ─────────────────────────────────────────────────────────────────────────────

/** Events come before claims on the same date. */
const RANK = { event: 0, claim: 1 } as const;

/**
 * Where the entries of one kind start, relative to a key of the dated list: strictly beyond
 * `date`, or from `date` on (`inclusive`), or, for entries of the key's own kind, beyond (date, id).
 */
type Bound = { date: Date; inclusive: boolean; id?: string };

function boundFor(type: DatedKey["type"], key: DatedKey | undefined, backwards: boolean): Bound | undefined {
  if (!key) return undefined;
  if (key.type === type) return { date: key.date, inclusive: false, id: key.id };
  // Another kind on the key's own date: after the key if it ranks later (reading forwards), before it if it ranks earlier.
  return { date: key.date, inclusive: backwards ? RANK[type] < RANK[key.type] : RANK[type] > RANK[key.type] };
}

function eventBound(bound: Bound | undefined, backwards: boolean): Prisma.ExportControlEventWhereInput {
  if (!bound) return { date: { not: null } };
  const beyond = (date: Date) => (backwards ? { lt: date } : { gt: date });
  const from = (date: Date) => (backwards ? { lte: date } : { gte: date });
  if (bound.id === undefined) return { date: bound.inclusive ? from(bound.date) : beyond(bound.date) };
  // date ≥ d AND (date > d OR id > i): the first term is the index range, the second the tie-break.
  return {
    AND: [
      { date: from(bound.date) },
      { OR: [{ date: beyond(bound.date) }, { id: backwards ? { lt: bound.id } : { gt: bound.id } }] },
    ],
  };
}

/** A DateTime parameter of raw SQL: SQLite's stored text form, or the Date itself for PostgreSQL. */
function dateParam(date: Date): Date | string {
  return dbProvider === "postgresql" ? date : sqliteDateTime(date);
}

// ── Claims, by SQL ────────────────────────────────────────────────────────────────────────────

/** Chips with at least this many claims are "broad": walking the order index finds a page of theirs soonest. */
const BROAD_CHIP = 1000;

/** On SQLite, whether the chip is broad (a probe of at most BROAD_CHIP rows of its own index). */
async function chipIsBroad(chip: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId"
      WHERE ch."slug" = ${chip} LIMIT ${BROAD_CHIP}) AS probe`;
  return Number(rows[0]?.n ?? 0) >= BROAD_CHIP;
}

/** Where a list of public claims is read from: the table (with its columns) and the filters as conditions. */
type ClaimSource = { from: Prisma.Sql; id: Prisma.Sql; date: Prisma.Sql; createdAt: Prisma.Sql; where: Prisma.Sql[] };

/**
 * The public claims matching the filters, for a count or read in one of the timeline's orders from an
 * index that holds that order, so a page stops after its own rows:
 * - a company's claims from the claim index ClaimAbout (ClaimAbout_order_idx: company, date, createdAt);
 * - otherwise the Claim table, walked on SQLite along "Claim_claimDate_idx" (dated) or "Claim_order_idx"
 *   (undated: claimDate, createdAt), which SQLite's planner does not choose by itself for the undated
 *   list (it sorts every undated claim instead: seconds at a million claims). A chip with few claims is
 *   the exception: its claims are read from the chip's own index and sorted, rather than walking
 *   the whole order index to find them. PostgreSQL's planner chooses by itself.
 */
function claimSource(filters: TimelineFilters, list: "dated" | "undated" | "count", broadChip: boolean): ClaimSource {
  const statuses = Prisma.join([...PUBLIC_CLAIM_STATUSES]);
  const namesChip = (claimId: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId"
      WHERE cc."claimId" = ${claimId} AND ch."slug" = ${filters.chip})`;
  if (filters.company) {
    const id = Prisma.sql`a."claimId"`;
    return {
      from: Prisma.sql`"ClaimAbout" a`,
      id,
      date: Prisma.sql`a."claimDate"`,
      createdAt: Prisma.sql`a."createdAt"`,
      where: [
        Prisma.sql`a."companyId" = (SELECT co."id" FROM "Company" co WHERE co."slug" = ${filters.company})`,
        Prisma.sql`a."named"`,
        Prisma.sql`a."status" IN (${statuses})`,
        ...(filters.chip ? [namesChip(id)] : []),
      ],
    };
  }
  // A count has no order to follow: the chip's own rows, or the status index, serve it best.
  const walk = list !== "count" && (!filters.chip || broadChip);
  const index = list === "dated" ? "Claim_claimDate_idx" : "Claim_order_idx";
  const hint = dbProvider === "sqlite" && walk ? Prisma.raw(`INDEXED BY "${index}"`) : Prisma.empty;
  const id = Prisma.sql`c."id"`;
  return {
    from: Prisma.sql`"Claim" c ${hint}`,
    id,
    date: Prisma.sql`c."claimDate"`,
    createdAt: Prisma.sql`c."createdAt"`,
    where: [
      Prisma.sql`c."status" IN (${statuses})`,
      ...(!filters.chip
        ? []
        : walk
          ? [namesChip(id)]
          : [
              Prisma.sql`c."id" IN (SELECT cc."claimId" FROM "ClaimChip" cc JOIN "Chip" ch ON ch."id" = cc."chipId"
                WHERE ch."slug" = ${filters.chip})`,
            ]),
    ],
  };
}

async function claimIds(source: ClaimSource, seek: Prisma.Sql, order: Prisma.Sql, take: number): Promise<string[]> {
  if (take <= 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT ${source.id} AS "id" FROM ${source.from} WHERE ${Prisma.join([...source.where, seek], " AND ")}
    ORDER BY ${order} LIMIT ${take}`;
  return rows.map((row) => row.id);
}

/**
 * How many public claims match the filters, counting stops past `cap` (cap + 1: "more than cap"). The
 * same number as countClaims, read the same way as the lists: a company's claims from the claim index
 * (countClaims reads the company's claim ids into a list first: most of a second for a company with
 * a hundred thousand claims).
 */
async function countTimelineClaims(filters: TimelineFilters, cap: number): Promise<number> {
  const source = claimSource(filters, "count", false);
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM ${source.from} WHERE ${Prisma.join(source.where, " AND ")}
      LIMIT ${cap + 1}) AS capped`;
  return Number(rows[0]?.n ?? 0);
}

/** `column` beyond `value` (or from it, when inclusive), with `id` breaking a tie, reading forwards or backwards. */
function seekSql(column: Prisma.Sql, idColumn: Prisma.Sql, value: Date, inclusive: boolean, id: string | undefined, backwards: boolean) {
  const beyond = Prisma.raw(backwards ? "<" : ">");
  const from = Prisma.raw(backwards ? "<=" : ">=");
  const param = dateParam(value);
  if (id === undefined) return Prisma.sql`${column} ${inclusive ? from : beyond} ${param}`;
  return Prisma.sql`${column} ${from} ${param} AND (${column} ${beyond} ${param} OR ${idColumn} ${beyond} ${id})`;
}

/** Ids of at most `take` dated public claims beyond the bound, in the dated list's order (or its reverse). */
function datedClaimIds(source: ClaimSource, bound: Bound | undefined, backwards: boolean, take: number) {
  const seek = bound
    ? seekSql(source.date, source.id, bound.date, bound.inclusive, bound.id, backwards)
    : Prisma.sql`${source.date} IS NOT NULL`;
  const direction = Prisma.raw(backwards ? "DESC" : "ASC");
  return claimIds(source, seek, Prisma.sql`${source.date} ${direction}, ${source.id} ${direction}`, take);
}

/** Ids of at most `take` undated public claims after the key, as recorded (createdAt, then id). */
function undatedClaimIds(source: ClaimSource, key: Extract<UndatedKey, { type: "claim" }> | undefined, take: number) {
  const seek = key
    ? Prisma.sql`${source.date} IS NULL AND ${seekSql(source.createdAt, source.id, key.createdAt, false, key.id, false)}`
    : Prisma.sql`${source.date} IS NULL`;
  return claimIds(source, seek, Prisma.sql`${source.createdAt} ASC, ${source.id} ASC`, take);
}

// ── The page ──────────────────────────────────────────────────────────────────────────────────

/** Two lists each in the dated order (or each in its reverse), merged into one. */
function mergeDated(events: TimelineEntry[], claims: TimelineEntry[], backwards: boolean): TimelineEntry[] {
  const before = (a: TimelineEntry, b: TimelineEntry) => {
    const order = Date.parse(a.date) - Date.parse(b.date) || RANK[a.type] - RANK[b.type];
    return backwards ? order > 0 : order < 0;
  };
  const merged: TimelineEntry[] = [];
  let e = 0;
  let c = 0;
  while (e < events.length || c < claims.length) {
    if (c >= claims.length || (e < events.length && before(events[e], claims[c]))) merged.push(events[e++]);
    else merged.push(claims[c++]);
  }
  return merged;
}

/**
 * The cursors of the pages around one page of the dated list. `more`: the read found an entry
 * beyond the page (later when reading forwards, earlier when backwards). The other way, a cursor
 * means something was there: the page it came from. A page that came out empty (the data changed,
 * or a cursor was made up) leads to the newest page, or back to the first.
 */
function neighbours(
  page: TimelineEntry[],
  more: boolean,
  from: { after?: DatedKey } | { before?: DatedKey | "end" },
): Pick<Timeline, "earlier" | "later"> {
  const first = page.at(0);
  const last = page.at(-1);
  if ("before" in from && from.before) {
    return {
      earlier: more && first ? datedKeyOf(first) : null,
      later: from.before === "end" ? null : last ? datedKeyOf(last) : "start",
    };
  }
  const after = "after" in from ? from.after : undefined;
  return {
    earlier: after ? (first ? datedKeyOf(first) : "end") : null,
    later: more && last ? datedKeyOf(last) : null,
  };
}

function datedKeyOf(entry: TimelineEntry): DatedKey {
  return { date: new Date(entry.date), type: entry.type, id: entry.type === "event" ? entry.event.id : entry.claim.id };
}

/**
 * One page of the timeline: events and public claims matching the filters, the dated in date order
 * from the requested place, the undated apart; with the total counts and the cursors of the
 * neighbouring pages.
 */
export async function getTimeline(filters: TimelineFilters = {}, request: TimelinePageRequest = {}): Promise<Timeline> {
  const size = Math.max(1, Math.trunc(request.pageSize ?? TIMELINE_PAGE_SIZE));
  const take = size + 1;
  const backwards = !request.after && request.before !== undefined;
  const key = request.after ?? (request.before === "end" ? undefined : request.before);
  const undatedKey = request.undated;

  const broadChip = Boolean(filters.chip && !filters.company && dbProvider === "sqlite" && (await chipIsBroad(filters.chip)));
  const dated = claimSource(filters, "dated", broadChip);
  const undated = claimSource(filters, "undated", broadChip);
  const direction = backwards ? "desc" : "asc";

  const [datedEvents, datedIds, undatedEventRows, undatedIds, eventTotal, claimTotal] = await Promise.all([
    seekEvents(filters, {
      where: eventBound(boundFor("event", key, backwards), backwards),
      orderBy: [{ date: direction }, { id: direction }],
      take,
    }),
    datedClaimIds(dated, boundFor("claim", key, backwards), backwards, take),
    undatedKey?.type === "claim"
      ? Promise.resolve([])
      : seekEvents(filters, {
          where: {
            date: null,
            ...(undatedKey
              ? { OR: [{ title: { gt: undatedKey.title } }, { title: undatedKey.title, id: { gt: undatedKey.id } }] }
              : {}),
          },
          orderBy: [{ title: "asc" }, { id: "asc" }],
          take,
        }),
    undatedClaimIds(undated, undatedKey?.type === "claim" ? undatedKey : undefined, take),
    countEvents(filters),
    countTimelineClaims(filters, COUNT_CAP),
  ]);

  const rows = await db.claim.findMany({ where: { id: { in: [...datedIds, ...undatedIds] } }, select: timelineClaimSelect });

  // The dated page: merge, cut, and put back in date order when read backwards.
  const merged = mergeDated(
    datedEvents.flatMap((event) => (event.date ? [{ type: "event" as const, date: event.date, event }] : [])),
    inIdOrder(datedIds, rows).flatMap((row) => {
      const claim = toTimelineClaim(row);
      return claim.date ? [{ type: "claim" as const, date: claim.date, claim }] : [];
    }),
    backwards,
  );
  const more = merged.length > size;
  const page = merged.slice(0, size);
  if (backwards) page.reverse();
  const { earlier, later } = neighbours(page, more, backwards ? { before: request.before } : { after: request.after });

  // The undated page: the events (by title) first, then the claims (as recorded).
  const undatedRows = inIdOrder(undatedIds, rows);
  const undatedList = [
    ...undatedEventRows.map((event) => ({ type: "event" as const, event })),
    ...undatedRows.map((row) => ({ type: "claim" as const, row })),
  ];
  const undatedPage = undatedList.slice(0, size);
  const lastUndated = undatedPage[undatedPage.length - 1];
  const moreUndated: UndatedKey | null =
    undatedList.length > size && lastUndated
      ? lastUndated.type === "event"
        ? { type: "event", title: lastUndated.event.title, id: lastUndated.event.id }
        : { type: "claim", createdAt: lastUndated.row.createdAt, id: lastUndated.row.id }
      : null;
  const undatedEvents = undatedPage.flatMap((item) => (item.type === "event" ? [item.event] : []));
  const undatedClaims = undatedPage.flatMap((item) => (item.type === "claim" ? [toTimelineClaim(item.row)] : []));

  const slugs = new Set<string>();
  for (const entry of page) {
    for (const company of entry.type === "event" ? entry.event.companies : entry.claim.companies) slugs.add(company.slug);
  }
  for (const event of undatedEvents) for (const company of event.companies) slugs.add(company.slug);
  for (const claim of undatedClaims) for (const company of claim.companies) slugs.add(company.slug);

  return {
    dated: page,
    earlier,
    later,
    undatedEvents,
    undatedClaims,
    moreUndated,
    eventTotal,
    claimTotal,
    companyRoles: await companyRolesBySlug([...slugs]),
  };
}
/** The roles of the given companies, by slug. */
export async function companyRolesBySlug(slugs: string[]): Promise<Record<string, string[]>> {
  if (slugs.length === 0) return {};
  const rows = await db.companyRole.findMany({
    where: { company: { slug: { in: slugs } } },
    select: { role: true, company: { select: { slug: true } } },
    orderBy: { role: "asc" },
  });
  const roles: Record<string, string[]> = {};
  for (const row of rows) (roles[row.company.slug] ??= []).push(row.role);
  return roles;
}

export type TimelineOption = { slug: string; name: string };

/**
 * What the timeline's filter offers: the companies and chips that some published event or public
 * claim names, by name. A `selected` slug that names none still appears, so the form shows it.
 */
export async function listTimelineFilterOptions(
  selected: { company?: string; chip?: string } = {},
): Promise<{ companies: TimelineOption[]; chips: TimelineOption[] }> {
  const claimStatus = claimStatusFilter(PUBLIC_CLAIM_STATUSES);
  const publicEvent = { event: { status: PUBLIC_EVENT_STATUS } };
  const [companies, chips] = await Promise.all([
    db.company.findMany({
      where: {
        OR: [
          { eventLinks: { some: publicEvent } },
          { subjectClaims: { some: { status: claimStatus } } },
          { claimLinks: { some: { claim: { status: claimStatus } } } },
          ...(selected.company ? [{ slug: selected.company }] : []),
        ],
      },
      select: { slug: true, name: true },
      orderBy: [{ name: "asc" }, { slug: "asc" }],
      take: TIMELINE_OPTIONS_LIMIT,
    }),
    db.chip.findMany({
      where: {
        OR: [
          { eventLinks: { some: publicEvent } },
          { claimLinks: { some: { claim: { status: claimStatus } } } },
          ...(selected.chip ? [{ slug: selected.chip }] : []),
        ],
      },
      select: { slug: true, name: true },
      orderBy: [{ name: "asc" }, { slug: "asc" }],
      take: TIMELINE_OPTIONS_LIMIT,
    }),
  ]);
  return { companies, chips };
}
