import "server-only";
import type { Jurisdiction } from "@/lib/constants";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  PUBLIC_EVENT_STATUS,
  chipRef,
  companyRef,
  dayRange,
  iso,
  pageArgs,
  type PageRequest,
} from "@/lib/queries/shared";

// Reads of export-control events, each with the verbatim quotes that support it.

export type EventFilters = {
  jurisdiction?: Jurisdiction;
  /** company slug */
  company?: string;
  /** chip slug */
  chip?: string;
  /** inclusive YYYY-MM-DD bounds on the event's date (an undated event matches no bound) */
  from?: string;
  to?: string;
};

/** Oldest first, undated last, then by title; id keeps pages from overlapping. */
const eventOrder: Prisma.ExportControlEventOrderByWithRelationInput[] = [
  { date: { sort: "asc", nulls: "last" } },
  { title: "asc" },
  { id: "asc" },
];

const eventSelect = {
  id: true,
  slug: true,
  date: true,
  effectiveDate: true,
  datePrecision: true,
  dateSourceName: true,
  dateSourceUrl: true,
  jurisdiction: true,
  authority: true,
  action: true,
  title: true,
  description: true,
  companies: { select: { company: companyRef }, orderBy: { company: { name: "asc" } } },
  chips: { select: { chip: chipRef }, orderBy: { chip: { name: "asc" } } },
  sources: {
    select: {
      /** the EventSource id: its quote's anchor on the source page is #event-<id> */
      id: true,
      quote: true,
      quoteStart: true,
      quoteEnd: true,
      source: { select: { id: true, slug: true, title: true, publisher: true, url: true, language: true } },
    },
    orderBy: [{ source: { slug: "asc" } }, { quoteStart: "asc" }],
  },
} satisfies Prisma.ExportControlEventSelect;

type EventRow = Prisma.ExportControlEventGetPayload<{ select: typeof eventSelect }>;

function toEvent(row: EventRow) {
  return {
    id: row.id,
    slug: row.slug,
    date: iso(row.date),
    effectiveDate: iso(row.effectiveDate),
    datePrecision: row.datePrecision,
    dateSource: row.dateSourceName ? { name: row.dateSourceName, url: row.dateSourceUrl } : null,
    jurisdiction: row.jurisdiction,
    authority: row.authority,
    action: row.action,
    title: row.title,
    description: row.description,
    companies: row.companies.map((link) => link.company),
    chips: row.chips.map((link) => link.chip),
    quotes: row.sources,
  };
}
export type ExportControlEvent = ReturnType<typeof toEvent>;

export function eventWhere(filters: EventFilters = {}): Prisma.ExportControlEventWhereInput {
  return {
    status: PUBLIC_EVENT_STATUS,
    ...(filters.jurisdiction ? { jurisdiction: filters.jurisdiction } : {}),
    ...(filters.company ? { companies: { some: { company: { slug: filters.company } } } } : {}),
    ...(filters.chip ? { chips: { some: { chip: { slug: filters.chip } } } } : {}),
    ...(filters.from || filters.to ? { date: dayRange(filters.from, filters.to) } : {}),
  };
}

/** One page of published export-control events matching the filters, oldest first. */
export async function listEvents(filters: EventFilters & PageRequest = {}): Promise<ExportControlEvent[]> {
  const rows = await db.exportControlEvent.findMany({
    where: eventWhere(filters),
    orderBy: eventOrder,
    ...pageArgs(filters),
    select: eventSelect,
  });
  return rows.map(toEvent);
}

/**
 * Up to `limit` published events matching the filters, oldest first, undated last, in one read:
 * for exports and bounded views, which say so when countEvents() finds more.
 */
export async function listEventsUpTo(filters: EventFilters, limit: number): Promise<ExportControlEvent[]> {
  return seekEvents(filters, { where: {}, orderBy: eventOrder, take: limit });
}

/**
 * At most `take` published events matching the filters and `seek` (a keyset bound), in `orderBy`:
 * one page of a list read from a cursor rather than an offset (the timeline's pages).
 */
export async function seekEvents(
  filters: EventFilters,
  seek: {
    where: Prisma.ExportControlEventWhereInput;
    orderBy: Prisma.ExportControlEventOrderByWithRelationInput[];
    take: number;
  },
): Promise<ExportControlEvent[]> {
  const rows = await db.exportControlEvent.findMany({
    where: { AND: [eventWhere(filters), seek.where] },
    orderBy: seek.orderBy,
    take: Math.max(0, Math.trunc(seek.take)),
    select: eventSelect,
  });
  return rows.map(toEvent);
}

export async function countEvents(filters: EventFilters = {}): Promise<number> {
  return db.exportControlEvent.count({ where: eventWhere(filters) });
}

/** One published event by slug or id, or null. */
export async function getEventBySlugOrId(slugOrId: string): Promise<ExportControlEvent | null> {
  const row = await db.exportControlEvent.findFirst({
    where: { OR: [{ slug: slugOrId }, { id: slugOrId }], status: PUBLIC_EVENT_STATUS },
    select: eventSelect,
  });
  return row ? toEvent(row) : null;
}
