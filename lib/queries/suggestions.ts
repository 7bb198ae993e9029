import "server-only";
import { cache } from "react";
import type { ClaimKind } from "@/lib/constants";
import { db } from "@/lib/db";
import { loadAliasTable } from "@/lib/extract/aliases";
import type { EntityRef } from "@/lib/extract/mentions";
import { overlapShare, suggest } from "@/lib/extract/suggest";

// The suggestions panel of a saved source: what lib/extract/suggest finds in its text, named for
// display, with each candidate claim checked against the claims already recorded for the source.

/** Items of each list shown, at most. */
export const SUGGESTIONS_LIMIT = 100;
/** A suggestion covering at least this share of a recorded claim's quote is that claim. */
export const ALREADY_A_CLAIM_SHARE = 0.5;

const RECORDED_CLAIMS_LIMIT = 1000;
/** Mentions highlighted in the text, at most. */
export const MENTION_SPANS_LIMIT = 2000;
const DISMISSALS_LIMIT = 5000;

export type MentionGroup = {
  entity: EntityRef;
  name: string;
  count: number;
  /** the aliases (as stored) that matched, in order of first appearance */
  aliases: string[];
};
export type UnknownName = { text: string; count: number };
export type NamedRef = { slug: string; name: string };
export type ClaimCandidate = {
  start: number;
  end: number;
  quote: string;
  kind: ClaimKind;
  company: NamedRef | null;
  chips: NamedRef[];
  cues: string[];
  reason: string;
  /** the recorded claim this suggestion already is, if any */
  existingClaimId: string | null;
};
export type EventCandidate = {
  start: number;
  end: number;
  quote: string;
  jurisdiction: "US" | "CN" | null;
  date: { value: string; precision: "day" | "month"; text: string } | null;
  cues: string[];
};
type Bounded<T> = { items: T[]; total: number };
/** One place the text names a company or chip (or an unknown product-like name), for highlighting. */
export type MentionSpan = { start: number; end: number; text: string; entity: EntityRef | null; name: string | null };
export type SourceSuggestions = {
  sourceId: string;
  language: string;
  /** every mention in text order, at most MENTION_SPANS_LIMIT */
  mentionSpans: MentionSpan[];
  mentions: Bounded<MentionGroup>;
  unknown: Bounded<UnknownName>;
  claims: Bounded<ClaimCandidate>;
  events: Bounded<EventCandidate>;
  /** suggestions dismissed for this source, not listed */
  dismissed: number;
};

const bounded = <T>(all: T[]): Bounded<T> => ({ items: all.slice(0, SUGGESTIONS_LIMIT), total: all.length });
const cueTexts = (cues: { text: string; label: string }[]) => [...new Set(cues.map((c) => `“${c.text}” (${c.label})`))];

/** The suggestions for one saved source, or null when there is no such source. */
// Cached per request: the source page highlights the mentions and the panel lists them, from one run.
export const getSourceSuggestions = cache(async (sourceId: string): Promise<SourceSuggestions | null> => {
  const [source, table, recorded, dismissals] = await Promise.all([
    db.source.findUnique({ where: { id: sourceId }, select: { id: true, text: true, language: true } }),
    loadAliasTable(db),
    db.claim.findMany({
      where: { sourceId },
      orderBy: [{ quoteStart: "asc" }, { id: "asc" }],
      take: RECORDED_CLAIMS_LIMIT,
      select: { id: true, quoteStart: true, quoteEnd: true },
    }),
    db.suggestionDismissal.findMany({
      where: { sourceId },
      orderBy: { id: "asc" },
      take: DISMISSALS_LIMIT,
      select: { kind: true, start: true, end: true },
    }),
  ]);
  if (!source) return null;

  const found = suggest(source.text, table);
  const companyName = new Map(table.companies.map((c) => [c.slug, c.name]));
  const chipName = new Map(table.chips.map((c) => [c.slug, c.name]));
  const nameOf = (e: EntityRef) => (e.type === "company" ? companyName.get(e.slug) : chipName.get(e.slug)) ?? e.slug;

  const groups = new Map<string, MentionGroup>();
  const unknown = new Map<string, UnknownName>();
  for (const m of found.mentions) {
    if (m.entity) {
      const key = `${m.entity.type}:${m.entity.slug}`;
      const group = groups.get(key) ?? { entity: m.entity, name: nameOf(m.entity), count: 0, aliases: [] };
      group.count += 1;
      if (m.matchedAlias && !group.aliases.includes(m.matchedAlias)) group.aliases.push(m.matchedAlias);
      groups.set(key, group);
    } else {
      const entry = unknown.get(m.text) ?? { text: m.text, count: 0 };
      entry.count += 1;
      unknown.set(m.text, entry);
    }
  }

  const dismissedKeys = new Set(dismissals.map((d) => `${d.kind}:${d.start}:${d.end}`));
  const kept = <T extends { start: number; end: number }>(kind: "claim" | "event", list: T[]) =>
    list.filter((item) => !dismissedKeys.has(`${kind}:${item.start}:${item.end}`));
  const claimsFound = kept("claim", found.claims);
  const eventsFound = kept("event", found.events);

  const claims: ClaimCandidate[] = claimsFound.map((c) => ({
    start: c.start,
    end: c.end,
    quote: c.quote,
    kind: c.kind,
    company: c.company ? { slug: c.company, name: companyName.get(c.company) ?? c.company } : null,
    chips: c.chips.map((slug) => ({ slug, name: chipName.get(slug) ?? slug })),
    cues: cueTexts(c.cues),
    reason: c.reason,
    existingClaimId:
      recorded.find((r) => overlapShare(c, { start: r.quoteStart, end: r.quoteEnd }) >= ALREADY_A_CLAIM_SHARE)?.id ?? null,
  }));

  const events: EventCandidate[] = eventsFound.map((e) => ({
    start: e.start,
    end: e.end,
    quote: e.quote,
    jurisdiction: e.jurisdiction,
    date: e.date ? { value: e.date.value, precision: e.date.precision, text: e.date.text } : null,
    cues: cueTexts([...e.cues, ...e.hints]),
  }));

  return {
    sourceId: source.id,
    language: source.language,
    mentions: bounded([...groups.values()]),
    unknown: bounded([...unknown.values()]),
    claims: bounded(claims),
    events: bounded(events),
    dismissed: found.claims.length - claimsFound.length + found.events.length - eventsFound.length,
    mentionSpans: found.mentions.slice(0, MENTION_SPANS_LIMIT).map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      entity: m.entity,
      name: m.entity ? nameOf(m.entity) : null,
    })),
  };
});

/** The display names the claim form expects for a pre-filled company and chips (unknown slugs dropped). */
export async function prefillNames(companySlug: string | undefined, chipSlugs: string[] | undefined) {
  const [company, chips] = await Promise.all([
    companySlug ? db.company.findUnique({ where: { slug: companySlug }, select: { name: true } }) : null,
    chipSlugs && chipSlugs.length > 0
      ? db.chip.findMany({ where: { slug: { in: chipSlugs } }, select: { slug: true, name: true }, take: chipSlugs.length })
      : [],
  ]);
  const bySlug = new Map(chips.map((c) => [c.slug, c.name]));
  return {
    company: company?.name,
    chips: (chipSlugs ?? []).flatMap((slug) => (bySlug.has(slug) ? [bySlug.get(slug)!] : [])),
  };
}
