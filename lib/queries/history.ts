import "server-only";
import { db } from "@/lib/db";
import type { RevisionEntity } from "@/lib/revisions";

// Reads for the history view (/editor/history/[entityType]/[id]) and the editor's "Latest changes":
// the revisions of a record, newest first, and a readable name and link for each record.

export const REVISION_ENTITY_TYPES = ["Claim", "Source", "Company", "Chip", "ExportControlEvent", "SuggestionDismissal"] as const satisfies readonly RevisionEntity[];

export const REVISION_ENTITY_LABELS: Record<RevisionEntity, string> = {
  Claim: "claim",
  Source: "source",
  Company: "company",
  Chip: "chip",
  ExportControlEvent: "export-control event",
  SuggestionDismissal: "dismissed suggestion",
};

export function isRevisionEntity(value: string): value is RevisionEntity {
  return (REVISION_ENTITY_TYPES as readonly string[]).includes(value);
}

/** Most revisions one history page lists. */
export const HISTORY_LIMIT = 200;

/** A record's revisions, newest first (at most `limit`), with who made each and the snapshots before and after. */
export async function listRevisionsFor(entityType: RevisionEntity, entityId: string, limit = HISTORY_LIMIT) {
  return db.revision.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), HISTORY_LIMIT),
    select: {
      id: true,
      action: true,
      createdAt: true,
      before: true,
      after: true,
      user: { select: { name: true, email: true } },
    },
  });
}
export type RevisionEntry = Awaited<ReturnType<typeof listRevisionsFor>>[number];

export async function countRevisionsFor(entityType: RevisionEntity, entityId: string) {
  return db.revision.count({ where: { entityType, entityId } });
}

export type EntityRef = { entityType: string; entityId: string };
/** What a record is called and where it is shown (null when it no longer exists). */
export type EntityLabel = { label: string; href: string; status?: string };

export const entityKey = (ref: EntityRef) => `${ref.entityType}:${ref.entityId}`;

function shorten(text: string, max = 120) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Names and links for a bounded set of records (one query per kind of record). */
export async function labelEntities(refs: readonly EntityRef[]): Promise<Map<string, EntityLabel>> {
  const ids = (type: RevisionEntity) => [...new Set(refs.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const [claims, sources, companies, chips, events, dismissals] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids("Claim") } }, select: { id: true, summary: true, status: true } }),
    db.source.findMany({ where: { id: { in: ids("Source") } }, select: { id: true, title: true } }),
    db.company.findMany({ where: { id: { in: ids("Company") } }, select: { id: true, slug: true, name: true } }),
    db.chip.findMany({ where: { id: { in: ids("Chip") } }, select: { id: true, slug: true, name: true } }),
    db.exportControlEvent.findMany({ where: { id: { in: ids("ExportControlEvent") } }, select: { id: true, slug: true, title: true } }),
    db.suggestionDismissal.findMany({
      where: { id: { in: ids("SuggestionDismissal") } },
      select: { id: true, sourceId: true, source: { select: { title: true } } },
    }),
  ]);
  const labels = new Map<string, EntityLabel>();
  for (const c of claims) {
    labels.set(`Claim:${c.id}`, { label: shorten(c.summary), href: `/editor/claims/${c.id}`, status: c.status });
  }
  for (const s of sources) labels.set(`Source:${s.id}`, { label: shorten(s.title), href: `/editor/sources/${s.id}` });
  // companies, chips and events open in their own edit forms (/editor/<kind>/<slug>/edit)
  for (const c of companies) labels.set(`Company:${c.id}`, { label: c.name, href: `/editor/companies/${encodeURIComponent(c.slug)}/edit` });
  for (const c of chips) labels.set(`Chip:${c.id}`, { label: c.name, href: `/editor/chips/${encodeURIComponent(c.slug)}/edit` });
  for (const e of events) {
    labels.set(`ExportControlEvent:${e.id}`, { label: shorten(e.title), href: `/editor/events/${encodeURIComponent(e.slug)}/edit` });
  }
  // a dismissed suggestion is shown on its source's editor page
  for (const d of dismissals) {
    labels.set(`SuggestionDismissal:${d.id}`, { label: `In ${shorten(d.source.title)}`, href: `/editor/sources/${d.sourceId}` });
  }
  return labels;
}

/** The history page's URL for a record. */
export function historyHref(entityType: string, entityId: string) {
  return `/editor/history/${encodeURIComponent(entityType)}/${encodeURIComponent(entityId)}`;
}
