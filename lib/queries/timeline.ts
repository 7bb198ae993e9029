import "server-only";
import { COUNT_CAP, PUBLIC_CLAIM_STATUSES, type Jurisdiction } from "@/lib/constants";
import { sqliteDateTime } from "@/lib/database-url";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { countChipClaims } from "@/lib/queries/claim-search";
import type { ExportControlEvent } from "@/lib/queries/events";
import { PUBLIC_EVENT_STATUS, dbProvider, iso, pushTo, rawDate } from "@/lib/queries/shared";

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
//
// A page is read in raw SQL, in two rounds of statements run side by side: first each list's rows
// (events with their columns; claims with their subject and source) and the two counts; then, for
// every event and claim read, the companies and chips they name and the roles of those companies
// (one statement), and the events' quotes with their sources (one more). Eight statements, nine
// with a chip filter on SQLite, however many entries the page shows: each Prisma model read (and
// each relation it includes) would be one more statement and a millisecond of work of its own.

/** Most entries of the dated list one page of the timeline shows. */
export const TIMELINE_PAGE_SIZE = 50;
/**
 * Most entries of the undated list one page shows. Fewer than the dated list's: the undated entries
 * come second on the page, below the dated ones and the chart, and "More undated entries →" leads on.
 */
export const TIMELINE_UNDATED_PAGE_SIZE = 20;

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
  /** entries per page of the dated list (TIMELINE_PAGE_SIZE), and of the undated list unless undatedPageSize is given */
  pageSize?: number;
  /** entries per page of the undated list: undatedPageSize, else pageSize, else TIMELINE_UNDATED_PAGE_SIZE */
  undatedPageSize?: number;
};

type Ref = { slug: string; name: string };

export type TimelineClaim = {
  id: string;
  slug: string;
  kind: string;
  summary: string;
  quote: string;
  translation: string | null;
  /** ISO date, or null: undated */
  date: string | null;
  confidence: string;
  status: string;
  /** the subject first, then the other companies it involves (by name) */
  companies: Ref[];
  /** by name */
  chips: Ref[];
  source: { id: string; title: string; language: string };
};
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
 * - a company's claims from the claim index ClaimAbout (ClaimAbout_order_idx: company, date, createdAt;
 *   its undated ones also ClaimAbout_undated_idx: company, createdAt, migration *_claim_about_undated_order);
 * - otherwise the Claim table, walked on SQLite along "Claim_claimDate_idx" (dated) or "Claim_undated_idx"
 *   (the undated claims alone, by createdAt and id: migration *_claim_undated_order), which SQLite's
 *   planner does not choose by itself for the undated list (it sorts every undated claim instead:
 *   seconds at a million claims). A chip with few claims is the exception: its claims are read from
 *   the chip's own index and sorted, rather than walking the whole order index to find them.
 *   PostgreSQL's planner chooses by itself (it takes "Claim_undated_idx" too: without it, it sorted
 *   every undated claim, 0.4 s at a million).
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
  // A count has no order to follow: the chip's own rows, or the status index, serve it best (a chip's
  // count alone is read from the claim index ChipClaim instead: countTimelineClaims).
  const walk = list !== "count" && (!filters.chip || broadChip);
  const index = list === "dated" ? "Claim_claimDate_idx" : "Claim_undated_idx";
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

/** A claim as read by claimRows: its columns, its subject and its source. */
type ClaimRow = {
  id: string;
  slug: string;
  kind: string;
  summary: string;
  quote: string;
  translation: string | null;
  claimDate: Date | string | null;
  confidence: string;
  status: string;
  /** not shown: the undated list's cursor */
  createdAt: Date | string;
  subjectSlug: string;
  subjectName: string;
  sourceId: string;
  sourceTitle: string;
  sourceLanguage: string;
};

/**
 * At most `take` claims of `source` matching `seek`, in `order`, with their subject and source. The
 * ids are chosen first, in a subquery that keeps its own plan (its index and hints), then joined
 * to the rows they name; `outer` repeats the order on the subquery's columns "d" (the claim's date),
 * "ca" (when it was recorded) and "id".
 */
async function claimRows(source: ClaimSource, seek: Prisma.Sql, order: Prisma.Sql, outer: Prisma.Sql, take: number) {
  if (take <= 0) return [];
  return db.$queryRaw<ClaimRow[]>`
    SELECT cl."id" AS "id", cl."slug" AS "slug", cl."kind" AS "kind", cl."summary" AS "summary", cl."quote" AS "quote",
      cl."translation" AS "translation", cl."claimDate" AS "claimDate", cl."confidence" AS "confidence",
      cl."status" AS "status", cl."createdAt" AS "createdAt", s."slug" AS "subjectSlug", s."name" AS "subjectName",
      src."id" AS "sourceId", src."title" AS "sourceTitle", src."language" AS "sourceLanguage"
    FROM (SELECT ${source.id} AS "id", ${source.date} AS "d", ${source.createdAt} AS "ca" FROM ${source.from}
      WHERE ${Prisma.join([...source.where, seek], " AND ")} ORDER BY ${order} LIMIT ${take}) AS p
    JOIN "Claim" cl ON cl."id" = p."id"
    JOIN "Company" s ON s."id" = cl."subjectCompanyId"
    JOIN "Source" src ON src."id" = cl."sourceId"
    ORDER BY ${outer}`;
}

/**
 * How many public claims match the filters, counting stops past `cap` (cap + 1: "more than cap"). The
 * same number as countClaims, read the same way as the lists: a company's claims from the claim index
 * (countClaims reads the company's claim ids into a list first: most of a second for a company with
 * a hundred thousand claims). A chip's alone are counted as countClaims counts them, from the claim
 * index ChipClaim, which has each claim's status: no claim row read (under a millisecond instead of
 * ~60 ms for a chip with 50,000 claims at a million claims).
 */
async function countTimelineClaims(filters: TimelineFilters, cap: number): Promise<number> {
  if (filters.chip && !filters.company) {
    return countChipClaims({ chip: filters.chip, statuses: PUBLIC_CLAIM_STATUSES }, cap + 1);
  }
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

/** At most `take` dated public claims beyond the bound, in the dated list's order (or its reverse). */
function datedClaims(source: ClaimSource, bound: Bound | undefined, backwards: boolean, take: number) {
  const seek = bound
    ? seekSql(source.date, source.id, bound.date, bound.inclusive, bound.id, backwards)
    : Prisma.sql`${source.date} IS NOT NULL`;
  const direction = Prisma.raw(backwards ? "DESC" : "ASC");
  return claimRows(
    source,
    seek,
    Prisma.sql`${source.date} ${direction}, ${source.id} ${direction}`,
    Prisma.sql`p."d" ${direction}, p."id" ${direction}`,
    take,
  );
}

/** At most `take` undated public claims after the key, as recorded (createdAt, then id). */
function undatedClaims(source: ClaimSource, key: Extract<UndatedKey, { type: "claim" }> | undefined, take: number) {
  const seek = key
    ? Prisma.sql`${source.date} IS NULL AND ${seekSql(source.createdAt, source.id, key.createdAt, false, key.id, false)}`
    : Prisma.sql`${source.date} IS NULL`;
  return claimRows(source, seek, Prisma.sql`${source.createdAt} ASC, ${source.id} ASC`, Prisma.sql`p."ca" ASC, p."id" ASC`, take);
}

// ── Events, by SQL ────────────────────────────────────────────────────────────────────────────

/** An event as read by eventRows: its columns, without the companies, chips and quotes. */
type EventRow = {
  id: string;
  slug: string;
  date: Date | string | null;
  effectiveDate: Date | string | null;
  datePrecision: string | null;
  dateSourceName: string | null;
  dateSourceUrl: string | null;
  jurisdiction: string;
  authority: string | null;
  action: string;
  title: string;
  description: string | null;
};

/** The published events matching the filters, as conditions on "ExportControlEvent" e (eventWhere's, in SQL). */
function eventConditions(filters: TimelineFilters): Prisma.Sql[] {
  return [
    Prisma.sql`e."status" = ${PUBLIC_EVENT_STATUS}`,
    ...(filters.jurisdiction ? [Prisma.sql`e."jurisdiction" = ${filters.jurisdiction}`] : []),
    ...(filters.company
      ? [
          Prisma.sql`EXISTS (SELECT 1 FROM "EventCompany" ec JOIN "Company" co ON co."id" = ec."companyId"
            WHERE ec."eventId" = e."id" AND co."slug" = ${filters.company})`,
        ]
      : []),
    ...(filters.chip
      ? [
          Prisma.sql`EXISTS (SELECT 1 FROM "EventChip" ep JOIN "Chip" ch ON ch."id" = ep."chipId"
            WHERE ep."eventId" = e."id" AND ch."slug" = ${filters.chip})`,
        ]
      : []),
  ];
}

async function eventRows(filters: TimelineFilters, seek: Prisma.Sql, order: Prisma.Sql, take: number): Promise<EventRow[]> {
  if (take <= 0) return [];
  return db.$queryRaw<EventRow[]>`
    SELECT e."id" AS "id", e."slug" AS "slug", e."date" AS "date", e."effectiveDate" AS "effectiveDate",
      e."datePrecision" AS "datePrecision", e."dateSourceName" AS "dateSourceName", e."dateSourceUrl" AS "dateSourceUrl",
      e."jurisdiction" AS "jurisdiction", e."authority" AS "authority", e."action" AS "action", e."title" AS "title",
      e."description" AS "description"
    FROM "ExportControlEvent" e WHERE ${Prisma.join([...eventConditions(filters), seek], " AND ")}
    ORDER BY ${order} LIMIT ${take}`;
}

/** At most `take` dated published events beyond the bound, in the dated list's order (or its reverse). */
function datedEvents(filters: TimelineFilters, bound: Bound | undefined, backwards: boolean, take: number) {
  const date = Prisma.sql`e."date"`;
  const seek = bound
    ? seekSql(date, Prisma.sql`e."id"`, bound.date, bound.inclusive, bound.id, backwards)
    : Prisma.sql`e."date" IS NOT NULL`;
  const direction = Prisma.raw(backwards ? "DESC" : "ASC");
  return eventRows(filters, seek, Prisma.sql`e."date" ${direction}, e."id" ${direction}`, take);
}

/** At most `take` undated published events after the key, by title (then id). */
function undatedEvents(filters: TimelineFilters, key: Extract<UndatedKey, { type: "event" }> | undefined, take: number) {
  const seek = key
    ? Prisma.sql`e."date" IS NULL AND (e."title" > ${key.title} OR (e."title" = ${key.title} AND e."id" > ${key.id}))`
    : Prisma.sql`e."date" IS NULL`;
  return eventRows(filters, seek, Prisma.sql`e."title" ASC, e."id" ASC`, take);
}

/** How many published events match the filters (countEvents, in SQL). */
async function countTimelineEvents(filters: TimelineFilters): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM "ExportControlEvent" e WHERE ${Prisma.join(eventConditions(filters), " AND ")}`;
  return Number(rows[0]?.n ?? 0);
}

// ── What the entries name, by SQL ─────────────────────────────────────────────────────────────

type EventQuote = ExportControlEvent["quotes"][number];

type Names = {
  claimCompanies: Map<string, Ref[]>;
  claimChips: Map<string, Ref[]>;
  eventCompanies: Map<string, Ref[]>;
  eventChips: Map<string, Ref[]>;
  /** the roles of every company these claims and events name (subjects included), by slug */
  roles: Map<string, string[]>;
  eventQuotes: Map<string, EventQuote[]>;
};

/**
 * What the given claims and events name, in two statements: the companies and chips of each (by
 * name, then slug), with the roles of every company named (by role); and each event's quotes, by
 * their source's slug, then where the quote starts.
 */
async function readNames(claimIds: string[], eventIds: string[]): Promise<Names> {
  const names: Names = {
    claimCompanies: new Map(),
    claimChips: new Map(),
    eventCompanies: new Map(),
    eventChips: new Map(),
    roles: new Map(),
    eventQuotes: new Map(),
  };
  if (claimIds.length === 0 && eventIds.length === 0) return names;
  const claims = claimIds.length > 0 ? Prisma.join(claimIds) : null;
  const events = eventIds.length > 0 ? Prisma.join(eventIds) : null;
  const parts: Prisma.Sql[] = [];
  const named: Prisma.Sql[] = [];
  if (claims) {
    parts.push(
      Prisma.sql`SELECT 'claim-company' AS "k", x."claimId" AS "owner", co."slug" AS "slug", co."name" AS "name"
        FROM "ClaimCompany" x JOIN "Company" co ON co."id" = x."companyId" WHERE x."claimId" IN (${claims})`,
      Prisma.sql`SELECT 'claim-chip', x."claimId", ch."slug", ch."name"
        FROM "ClaimChip" x JOIN "Chip" ch ON ch."id" = x."chipId" WHERE x."claimId" IN (${claims})`,
    );
    named.push(
      Prisma.sql`SELECT "subjectCompanyId" FROM "Claim" WHERE "id" IN (${claims})`,
      Prisma.sql`SELECT "companyId" FROM "ClaimCompany" WHERE "claimId" IN (${claims})`,
    );
  }
  if (events) {
    parts.push(
      Prisma.sql`SELECT 'event-company', x."eventId", co."slug", co."name"
        FROM "EventCompany" x JOIN "Company" co ON co."id" = x."companyId" WHERE x."eventId" IN (${events})`,
      Prisma.sql`SELECT 'event-chip', x."eventId", ch."slug", ch."name"
        FROM "EventChip" x JOIN "Chip" ch ON ch."id" = x."chipId" WHERE x."eventId" IN (${events})`,
    );
    named.push(Prisma.sql`SELECT "companyId" FROM "EventCompany" WHERE "eventId" IN (${events})`);
  }
  // A role's row: the company's slug as its owner, the role in "slug" (the order follows it).
  parts.push(
    Prisma.sql`SELECT 'role', co."slug", r."role", ''
      FROM "CompanyRole" r JOIN "Company" co ON co."id" = r."companyId"
      WHERE r."companyId" IN (${Prisma.join(named, " UNION ")})`,
  );
  const [links, quotes] = await Promise.all([
    db.$queryRaw<{ k: string; owner: string; slug: string; name: string }[]>`
      ${Prisma.join(parts, " UNION ALL ")} ORDER BY "k", "name", "slug"`,
    events
      ? db.$queryRaw<
          {
            eventId: string;
            id: string;
            quote: string;
            quoteStart: number | bigint;
            quoteEnd: number | bigint;
            sourceId: string;
            sourceSlug: string;
            sourceTitle: string;
            sourcePublisher: string | null;
            sourceUrl: string | null;
            sourceLanguage: string;
          }[]
        >`
          SELECT es."eventId" AS "eventId", es."id" AS "id", es."quote" AS "quote", es."quoteStart" AS "quoteStart",
            es."quoteEnd" AS "quoteEnd", s."id" AS "sourceId", s."slug" AS "sourceSlug", s."title" AS "sourceTitle",
            s."publisher" AS "sourcePublisher", s."url" AS "sourceUrl", s."language" AS "sourceLanguage"
          FROM "EventSource" es JOIN "Source" s ON s."id" = es."sourceId"
          WHERE es."eventId" IN (${events}) ORDER BY s."slug", es."quoteStart"`
      : Promise.resolve([]),
  ]);
  for (const link of links) {
    const ref = { slug: link.slug, name: link.name };
    if (link.k === "claim-company") pushTo(names.claimCompanies, link.owner, ref);
    else if (link.k === "claim-chip") pushTo(names.claimChips, link.owner, ref);
    else if (link.k === "event-company") pushTo(names.eventCompanies, link.owner, ref);
    else if (link.k === "event-chip") pushTo(names.eventChips, link.owner, ref);
    else pushTo(names.roles, link.owner, link.slug);
  }
  for (const quote of quotes) {
    pushTo(names.eventQuotes, quote.eventId, {
      id: quote.id,
      quote: quote.quote,
      quoteStart: Number(quote.quoteStart),
      quoteEnd: Number(quote.quoteEnd),
      source: {
        id: quote.sourceId,
        slug: quote.sourceSlug,
        title: quote.sourceTitle,
        publisher: quote.sourcePublisher,
        url: quote.sourceUrl,
        language: quote.sourceLanguage,
      },
    });
  }
  return names;
}

function toTimelineClaim(row: ClaimRow, names: Names): TimelineClaim {
  const others = (names.claimCompanies.get(row.id) ?? []).filter((company) => company.slug !== row.subjectSlug);
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    summary: row.summary,
    quote: row.quote,
    translation: row.translation,
    date: iso(rawDate(row.claimDate)),
    confidence: row.confidence,
    status: row.status,
    companies: [{ slug: row.subjectSlug, name: row.subjectName }, ...others],
    chips: names.claimChips.get(row.id) ?? [],
    source: { id: row.sourceId, title: row.sourceTitle, language: row.sourceLanguage },
  };
}

function toTimelineEvent(row: EventRow, names: Names): TimelineEvent {
  return {
    id: row.id,
    slug: row.slug,
    date: iso(rawDate(row.date)),
    effectiveDate: iso(rawDate(row.effectiveDate)),
    datePrecision: row.datePrecision,
    dateSource: row.dateSourceName ? { name: row.dateSourceName, url: row.dateSourceUrl } : null,
    jurisdiction: row.jurisdiction,
    authority: row.authority,
    action: row.action,
    title: row.title,
    description: row.description,
    companies: names.eventCompanies.get(row.id) ?? [],
    chips: names.eventChips.get(row.id) ?? [],
    quotes: names.eventQuotes.get(row.id) ?? [],
  };
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
  const undatedSize = Math.max(1, Math.trunc(request.undatedPageSize ?? request.pageSize ?? TIMELINE_UNDATED_PAGE_SIZE));
  const undatedTake = undatedSize + 1;
  const backwards = !request.after && request.before !== undefined;
  const key = request.after ?? (request.before === "end" ? undefined : request.before);
  const undatedKey = request.undated;
  const broadChip = Boolean(filters.chip && !filters.company && dbProvider === "sqlite" && (await chipIsBroad(filters.chip)));
  const dated = claimSource(filters, "dated", broadChip);
  const undated = claimSource(filters, "undated", broadChip);

  const [datedEventRows, datedClaimRows, undatedEventRows, undatedClaimRows, eventTotal, claimTotal] = await Promise.all([
    datedEvents(filters, boundFor("event", key, backwards), backwards, take),
    datedClaims(dated, boundFor("claim", key, backwards), backwards, take),
    undatedKey?.type === "claim"
      ? Promise.resolve([])
      : undatedEvents(filters, undatedKey?.type === "event" ? undatedKey : undefined, undatedTake),
    undatedClaims(undated, undatedKey?.type === "claim" ? undatedKey : undefined, undatedTake),
    countTimelineEvents(filters),
    countTimelineClaims(filters, COUNT_CAP),
  ]);

  const names = await readNames(
    [...datedClaimRows, ...undatedClaimRows].map((row) => row.id),
    [...datedEventRows, ...undatedEventRows].map((row) => row.id),
  );

  // The dated page: merge, cut, and put back in date order when read backwards.
  const merged = mergeDated(
    datedEventRows.flatMap((row) => {
      const event = toTimelineEvent(row, names);
      return event.date ? [{ type: "event" as const, date: event.date, event }] : [];
    }),
    datedClaimRows.flatMap((row) => {
      const claim = toTimelineClaim(row, names);
      return claim.date ? [{ type: "claim" as const, date: claim.date, claim }] : [];
    }),
    backwards,
  );
  const more = merged.length > size;
  const page = merged.slice(0, size);
  if (backwards) page.reverse();
  const { earlier, later } = neighbours(page, more, backwards ? { before: request.before } : { after: request.after });

  // The undated page: the events (by title) first, then the claims (as recorded).
  const undatedList = [
    ...undatedEventRows.map((row) => ({ type: "event" as const, row })),
    ...undatedClaimRows.map((row) => ({ type: "claim" as const, row })),
  ];
  const undatedPage = undatedList.slice(0, undatedSize);
  const lastUndated = undatedPage[undatedPage.length - 1];
  const moreUndated: UndatedKey | null =
    undatedList.length > undatedSize && lastUndated
      ? lastUndated.type === "event"
        ? { type: "event", title: lastUndated.row.title, id: lastUndated.row.id }
        : { type: "claim", createdAt: rawDate(lastUndated.row.createdAt)!, id: lastUndated.row.id }
      : null;
  const undatedEventList = undatedPage.flatMap((item) => (item.type === "event" ? [toTimelineEvent(item.row, names)] : []));
  const undatedClaimList = undatedPage.flatMap((item) => (item.type === "claim" ? [toTimelineClaim(item.row, names)] : []));

  // The roles of the companies the page names, and of no other.
  const companyRoles: Record<string, string[]> = {};
  const addRoles = (companies: Ref[]) => {
    for (const { slug } of companies) {
      const roles = names.roles.get(slug);
      if (roles) companyRoles[slug] = roles;
    }
  };
  for (const entry of page) addRoles(entry.type === "event" ? entry.event.companies : entry.claim.companies);
  for (const event of undatedEventList) addRoles(event.companies);
  for (const claim of undatedClaimList) addRoles(claim.companies);

  return {
    dated: page,
    earlier,
    later,
    undatedEvents: undatedEventList,
    undatedClaims: undatedClaimList,
    moreUndated,
    eventTotal,
    claimTotal,
    companyRoles,
  };
}
