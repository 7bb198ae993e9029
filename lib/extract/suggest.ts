// Suggestions for one article: its mentions, the sentences that look like claims, and the
// sentences that look like export-control events. Pure, deterministic and explainable: every
// suggestion lists the cues and mentions behind it, and every quote is an exact span of the text.
import type { ClaimKind, EventAction, Jurisdiction } from "../constants";
import type { AliasTable } from "./aliases";
import {
  CONTINUATION_OPENERS,
  findClaimCues,
  findEventCues,
  findJurisdictionHints,
  jurisdictionOf,
  strongestCue,
  type ClaimCueMatch,
  type EventCueMatch,
  type JurisdictionMatch,
} from "./cues";
import { findDates, type DateMention } from "./dates";
import { fold, foldWithMap } from "./fold";
import { compileMatcher, findMentions, type Mention } from "./mentions";
import { splitSentences, type Sentence } from "./sentences";

export type ClaimSuggestion = {
  /** the kind of the strongest cue */
  kind: ClaimKind;
  /**
   * the subject's slug: the first company named that is neither the vendor of a chip named nor the
   * press, else the first company, else the chip's vendor
   */
  company: string | null;
  /** slugs of the chips named, in order */
  chips: string[];
  /** slugs of the other companies named */
  companies: string[];
  quote: string;
  start: number;
  end: number;
  cues: ClaimCueMatch[];
  mentions: Mention[];
  /** why this is a candidate, in words */
  reason: string;
};

export type EventSuggestion = {
  date: DateMention | null;
  jurisdiction: Exclude<Jurisdiction, "other"> | null;
  action: EventAction | null;
  quote: string;
  start: number;
  end: number;
  cues: EventCueMatch[];
  hints: JurisdictionMatch[];
  companies: string[];
  chips: string[];
};

export type Suggestions = { mentions: Mention[]; claims: ClaimSuggestion[]; events: EventSuggestion[] };

/** A sentence joins a neighbour into one suggestion, at most this many sentences long. */
const MAX_SENTENCES_PER_CLAIM = 3;

type Span = { start: number; end: number };
const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** Share of `b` that `a` covers (0…1). */
export function overlapShare(a: Span, b: Span): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && b.end > b.start ? overlap / (b.end - b.start) : 0;
}

type SentenceFacts = {
  sentence: Sentence;
  mentions: Mention[];
  cues: ClaimCueMatch[];
  companies: string[];
  chips: string[];
  anchored: boolean;
  continues: boolean;
  weight: number;
};

const unique = (values: string[]) => [...new Set(values)];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const OPENERS = new RegExp(`^(?:${CONTINUATION_OPENERS.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "u");

function factsOf(sentence: Sentence, mentions: Mention[], cues: ClaimCueMatch[]): SentenceFacts {
  const own = mentions.filter((m) => within(m, sentence));
  const companies = unique(own.filter((m) => m.entity?.type === "company").map((m) => m.entity!.slug));
  const chips = unique(own.filter((m) => m.entity?.type === "chip").map((m) => m.entity!.slug));
  const ownCues = cues.filter((c) => within(c, sentence));
  return {
    sentence,
    mentions: own,
    cues: ownCues,
    companies,
    chips,
    anchored: companies.length > 0 || chips.length > 0,
    continues: OPENERS.test(fold(sentence.text.slice(0, 40))),
    weight: Math.max(0, ...ownCues.map((c) => c.weight)),
  };
}

/**
 * Sentences grouped into candidate spans. A sentence that opens by referring back ("L'entreprise…",
 * "Le géant chinois…", "Cela…", "It…") joins the sentence before it, even across a paragraph break,
 * when it adds something to it: a cue (it names no company or chip), or the companies and chips it
 * names (it has no cue of its own; with one, it stands alone). A sentence
 * that names no company or chip but carries a cue joins its neighbour: the sentence before in the
 * same paragraph, else the one after when that one's cues (if any) point to the same kind.
 */
function group(facts: SentenceFacts[]): SentenceFacts[][] {
  const groupOf: number[] = facts.map((_, i) => i);
  const size = new Map<number, number>(facts.map((_, i) => [i, 1]));
  const join = (i: number, with_: number) => {
    const g = groupOf[with_];
    if ((size.get(g) ?? 0) >= MAX_SENTENCES_PER_CLAIM) return false;
    groupOf[i] = g;
    size.set(g, (size.get(g) ?? 0) + 1);
    size.set(i, 0);
    return true;
  };
  const anchoredGroup = (i: number) => facts.some((f, k) => groupOf[k] === groupOf[i] && f.anchored);

  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    const prev = i > 0 ? facts[i - 1] : null;
    const next = i + 1 < facts.length ? facts[i + 1] : null;
    // "Le géant chinois a alors envoyé une équipe chez Baidu." goes on about the subject before it
    const addsSomething = f.anchored ? f.weight < 2 : f.cues.length > 0;
    if (prev && f.continues && addsSomething && anchoredGroup(i - 1) && join(i, i - 1)) continue;
    if (f.anchored || f.weight < 2) continue;
    if (prev && prev.sentence.paragraph === f.sentence.paragraph && prev.anchored && join(i, i - 1)) continue;
    // forward only into a sentence that says the same kind of thing, or nothing on its own
    const nextBest = next ? strongestCue(next.cues) : null;
    const agrees = !nextBest || nextBest.weight < 2 || nextBest.kind === strongestCue(f.cues)?.kind;
    if (next && next.sentence.paragraph === f.sentence.paragraph && next.anchored && agrees) {
      // joins forward: the next sentence's group becomes this sentence's
      groupOf[i + 1] = i;
      size.set(i, 2);
      size.set(i + 1, 0);
    }
  }
  const groups = new Map<number, SentenceFacts[]>();
  facts.forEach((f, i) => groups.set(groupOf[i], [...(groups.get(groupOf[i]) ?? []), f]));
  return [...groups.values()].sort((a, b) => a[0].sentence.start - b[0].sentence.start);
}

function subjectOf(
  companies: string[],
  chips: string[],
  chipVendor: Map<string, string>,
  press: Set<string>,
): string | null {
  const chipVendors = new Set(chips.map((c) => chipVendor.get(c)).filter((v): v is string => Boolean(v)));
  const actors = companies.filter((c) => !press.has(c));
  return (
    actors.find((c) => !chipVendors.has(c)) ??
    actors[0] ??
    companies[0] ??
    (chips.length > 0 ? (chipVendor.get(chips[0]) ?? null) : null)
  );
}

/** The suggestions for `text`, matched against `table`. */
export function suggest(text: string, table: AliasTable): Suggestions {
  const matcher = compileMatcher(table);
  const press = new Set(table.companies.filter((c) => c.roles?.includes("analyst_press")).map((c) => c.slug));
  const mentions = findMentions(text, table);
  const sentences = splitSentences(text);
  const folded = foldWithMap(text);
  const claimCues = findClaimCues(text, folded);
  const eventCues = findEventCues(text, folded);
  const hints = findJurisdictionHints(text, folded);
  const dates = findDates(text);

  const facts = sentences.map((s) => factsOf(s, mentions, claimCues));
  const claims: ClaimSuggestion[] = [];
  for (const g of group(facts)) {
    const companies = unique(g.flatMap((f) => f.companies));
    const chips = unique(g.flatMap((f) => f.chips));
    const cues = g.flatMap((f) => f.cues);
    const best = strongestCue(cues);
    if (!best || (companies.length === 0 && chips.length === 0)) continue;
    // a weak hint ("rival", "platform") counts only next to a chip or a chip vendor
    const vendorNamed = chips.length > 0 || companies.some((c) => matcher.vendors.has(c));
    if (best.weight < 2 && !vendorNamed) continue;
    const start = g[0].sentence.start;
    const end = g[g.length - 1].sentence.end;
    const company = subjectOf(companies, chips, matcher.chipVendor, press);
    const named = [...companies.map((c) => `company ${c}`), ...chips.map((c) => `chip ${c}`)].join(", ");
    claims.push({
      kind: best.kind,
      company,
      chips,
      companies: companies.filter((c) => c !== company),
      quote: text.slice(start, end),
      start,
      end,
      cues,
      mentions: g.flatMap((f) => f.mentions),
      reason:
        `names ${named}; strongest cue “${best.text}” (${best.label} → ${best.kind})` +
        (g.length > 1 ? `; ${g.length} sentences read together` : ""),
    });
  }

  const events: EventSuggestion[] = [];
  for (const f of facts) {
    const s = f.sentence;
    const cues = eventCues.filter((c) => within(c, s));
    const ownHints = hints.filter((h) => within(h, s));
    const strong = cues.filter((c) => c.strength === "strong");
    if (strong.length === 0 && (cues.length === 0 || ownHints.length === 0)) continue;
    const action = (strong.find((c) => c.action) ?? cues.find((c) => c.action))?.action ?? null;
    events.push({
      date: dates.find((d) => within(d, s)) ?? null,
      jurisdiction: jurisdictionOf(ownHints),
      action,
      quote: s.text,
      start: s.start,
      end: s.end,
      cues,
      hints: ownHints,
      companies: f.companies,
      chips: f.chips,
    });
  }

  return { mentions, claims, events };
}
