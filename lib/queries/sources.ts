import "server-only";
import type { ClaimStatus } from "@/lib/constants";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DESC_NULLS_LAST, PUBLIC_EVENT_STATUS, claimStatusFilter, iso, pageArgs, type PageRequest } from "@/lib/queries/shared";

// Reads of archived sources. Lists never carry the article text; one source does, with the
// spans its claims and events quote, so a reader can see each quote in place.

/** How many quote spans of each kind one source's record lists at most. */
export const SOURCE_QUOTES_LIMIT = 500;

const sourceOrder: Prisma.SourceOrderByWithRelationInput[] = [
  { publishedAt: DESC_NULLS_LAST },
  { title: "asc" },
  { id: "asc" },
];

function sourceSelect(statuses?: readonly ClaimStatus[]) {
  return {
    id: true,
    slug: true,
    url: true,
    title: true,
    publisher: true,
    author: true,
    language: true,
    publishedAt: true,
    retrievedAt: true,
    contentHash: true,
    _count: { select: { claims: { where: { status: claimStatusFilter(statuses) } } } },
  } satisfies Prisma.SourceSelect;
}

type SourceRow = Prisma.SourceGetPayload<{ select: ReturnType<typeof sourceSelect> }>;

function toSource({ _count, ...row }: SourceRow) {
  return {
    ...row,
    publishedAt: iso(row.publishedAt),
    retrievedAt: iso(row.retrievedAt),
    claimCount: _count.claims,
  };
}
export type Source = ReturnType<typeof toSource>;

/** One page of sources (without their text), newest publication first, undated last. */
export async function listSources(
  filters: PageRequest & { statuses?: readonly ClaimStatus[] } = {},
): Promise<Source[]> {
  const rows = await db.source.findMany({
    orderBy: sourceOrder,
    ...pageArgs(filters),
    select: sourceSelect(filters.statuses),
  });
  return rows.map(toSource);
}

export async function countSources(): Promise<number> {
  return db.source.count();
}

export type SourceQuoteSpan = { quote: string; quoteStart: number; quoteEnd: number };
export type SourceDetail = Source & {
  text: string;
  notes: string | null;
  claims: (SourceQuoteSpan & { id: string; slug: string; kind: string; summary: string; status: string })[];
  eventQuotes: (SourceQuoteSpan & { event: { id: string; slug: string; title: string } })[];
};

/** One source by id or slug, with its text and the quote spans of its claims and events. */
export async function getSourceById(
  idOrSlug: string,
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<SourceDetail | null> {
  const row = await db.source.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: {
      ...sourceSelect(options.statuses),
      text: true,
      notes: true,
      claims: {
        where: { status: claimStatusFilter(options.statuses) },
        select: { id: true, slug: true, kind: true, summary: true, status: true, quote: true, quoteStart: true, quoteEnd: true },
        orderBy: [{ quoteStart: "asc" }, { id: "asc" }],
        take: SOURCE_QUOTES_LIMIT,
      },
      eventLinks: {
        where: { event: { status: PUBLIC_EVENT_STATUS } },
        select: {
          quote: true,
          quoteStart: true,
          quoteEnd: true,
          event: { select: { id: true, slug: true, title: true } },
        },
        orderBy: [{ quoteStart: "asc" }, { id: "asc" }],
        take: SOURCE_QUOTES_LIMIT,
      },
    },
  });
  if (!row) return null;
  const { text, notes, claims, eventLinks, ...source } = row;
  return { ...toSource(source), text, notes, claims, eventQuotes: eventLinks };
}

export type SourceReading = Source & {
  text: string;
  notes: string | null;
  claims: (SourceQuoteSpan & { id: string; slug: string; kind: string; summary: string; status: string })[];
  /** each quote an event takes from this source; `id` is the EventSource's, the anchor #event-<id> */
  eventQuotes: (SourceQuoteSpan & {
    id: string;
    event: { id: string; slug: string; title: string; jurisdiction: string };
  })[];
  /** spec values quoted from this source (only those with offsets) */
  specQuotes: (SourceQuoteSpan & { id: string; metric: string; chip: { slug: string; name: string } })[];
};

/**
 * One source by id or slug for its reader page: the text and every span quoted from it, by its
 * public claims, its published events (with the EventSource id each anchor uses) and the chip
 * spec values taken from it. Null when there is no such source.
 */
export async function getSourceForReading(
  idOrSlug: string,
  options: { statuses?: readonly ClaimStatus[] } = {},
): Promise<SourceReading | null> {
  const row = await db.source.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: {
      ...sourceSelect(options.statuses),
      text: true,
      notes: true,
      claims: {
        where: { status: claimStatusFilter(options.statuses) },
        select: { id: true, slug: true, kind: true, summary: true, status: true, quote: true, quoteStart: true, quoteEnd: true },
        orderBy: [{ quoteStart: "asc" }, { id: "asc" }],
        take: SOURCE_QUOTES_LIMIT,
      },
      eventLinks: {
        where: { event: { status: PUBLIC_EVENT_STATUS } },
        select: {
          id: true,
          quote: true,
          quoteStart: true,
          quoteEnd: true,
          event: { select: { id: true, slug: true, title: true, jurisdiction: true } },
        },
        orderBy: [{ quoteStart: "asc" }, { id: "asc" }],
        take: SOURCE_QUOTES_LIMIT,
      },
      specs: {
        where: { quote: { not: null }, quoteStart: { not: null }, quoteEnd: { not: null } },
        select: {
          id: true,
          metric: true,
          quote: true,
          quoteStart: true,
          quoteEnd: true,
          chip: { select: { slug: true, name: true } },
        },
        orderBy: [{ quoteStart: "asc" }, { id: "asc" }],
        take: SOURCE_QUOTES_LIMIT,
      },
    },
  });
  if (!row) return null;
  const { text, notes, claims, eventLinks, specs, ...source } = row;
  const specQuotes = specs.flatMap(({ quote, quoteStart, quoteEnd, ...spec }) =>
    quote !== null && quoteStart !== null && quoteEnd !== null ? [{ ...spec, quote, quoteStart, quoteEnd }] : [],
  );
  return { ...toSource(source), text, notes, claims, eventQuotes: eventLinks, specQuotes };
}
