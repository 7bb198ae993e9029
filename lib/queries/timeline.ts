import "server-only";
import { COUNT_CAP, PUBLIC_CLAIM_STATUSES, type Jurisdiction } from "@/lib/constants";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimWhere } from "@/lib/queries/claims";
import { countEvents, listEventsUpTo, type ExportControlEvent } from "@/lib/queries/events";
import { PUBLIC_EVENT_STATUS, chipRef, claimStatusFilter, companyRef, iso } from "@/lib/queries/shared";

// The timeline: export-control events and claims on one time axis. Most claims and several
// events have no date; they are returned apart, never given one.

/** Most events, and most claims, one timeline view shows; it says so when there are more. */
export const TIMELINE_LIMIT = 200;
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
  /** dated events and claims, oldest first (an event before a claim on the same day) */
  dated: TimelineEntry[];
  undatedEvents: TimelineEvent[];
  undatedClaims: TimelineClaim[];
  /** how many match the filters in all; the view holds at most TIMELINE_LIMIT of each */
  eventTotal: number;
  /** counting stops past COUNT_CAP: COUNT_CAP + 1 means "more than COUNT_CAP" */
  claimTotal: number;
  /** the roles of every company named, by slug, so a page can link each to its profile */
  companyRoles: Record<string, string[]>;
};

function claimFilters(filters: TimelineFilters) {
  return { company: filters.company, chip: filters.chip, statuses: PUBLIC_CLAIM_STATUSES };
}

/**
 * At most `take` claims, oldest first, undated last. Two reads (the dated, then the undated if room
 * is left) rather than one ORDER BY … NULLS LAST, which Prisma writes on SQLite as a CASE that no
 * index serves: a sort of every matching claim (over a second at a million claims).
 */
async function listTimelineClaims(where: Prisma.ClaimWhereInput, take: number) {
  const dated = await db.claim.findMany({
    where: { AND: [where, { claimDate: { not: null } }] },
    orderBy: [{ claimDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take,
    select: timelineClaimSelect,
  });
  if (dated.length >= take) return dated;
  const undated = await db.claim.findMany({
    where: { AND: [where, { claimDate: null }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: take - dated.length,
    select: timelineClaimSelect,
  });
  return [...dated, ...undated];
}

/** Events and public claims matching the filters: the dated ones in date order, then the undated. */
export async function getTimeline(filters: TimelineFilters = {}, limit = TIMELINE_LIMIT): Promise<Timeline> {
  const take = Math.max(0, Math.trunc(limit));
  const claimWhereInput = claimWhere(claimFilters(filters));
  const [events, eventTotal, claimRows, claimTotal] = await Promise.all([
    listEventsUpTo(filters, take),
    countEvents(filters),
    listTimelineClaims(claimWhereInput, take),
    db.claim.count({ where: claimWhereInput, take: COUNT_CAP + 1 }),
  ]);
  const claims = claimRows.map(toTimelineClaim);

  const dated: TimelineEntry[] = [
    ...events.flatMap((event) => (event.date ? [{ type: "event" as const, date: event.date, event }] : [])),
    ...claims.flatMap((claim) => (claim.date ? [{ type: "claim" as const, date: claim.date, claim }] : [])),
  ];
  // ISO 8601 strings in UTC sort as the instants they write; the sort is stable.
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.type === b.type ? 0 : a.type === "event" ? -1 : 1));

  const slugs = new Set<string>();
  for (const event of events) for (const company of event.companies) slugs.add(company.slug);
  for (const claim of claims) for (const company of claim.companies) slugs.add(company.slug);

  return {
    dated,
    undatedEvents: events.filter((event) => !event.date),
    undatedClaims: claims.filter((claim) => !claim.date),
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
