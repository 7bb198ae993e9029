// Pre-filling the new-claim and new-event forms from the URL (a suggestion's "Create draft" link).
// Pure: every field is parsed on its own, and a value that does not parse is ignored (never an error).
import { z } from "zod";
import { CLAIM_KINDS, type ClaimKind } from "@/lib/constants";
import { MAX_QUOTE_LENGTH } from "@/lib/validation/claim-form";

type Param = string | string[] | undefined;
export type SearchParams = Record<string, Param>;

/** Chips named in one link, at most. */
export const MAX_PREFILL_CHIPS = 20;

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

const one = z.string();
const sourceId = one.min(1).max(100);
const kind = z.enum(CLAIM_KINDS);
const slug = one.regex(SLUG);
const chipSlugs = one
  .max(2000)
  .transform((value) => value.split(",").map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(slug).min(1).max(MAX_PREFILL_CHIPS))
  .transform((slugs) => [...new Set(slugs)]);
const quote = one
  .max(MAX_QUOTE_LENGTH)
  .refine((value) => value.trim().length > 0);
const jurisdiction = z.enum(["US", "CN"]);
const isoDate = one.regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
});
const precision = z.enum(["day", "month"]);

/** The value of one field when it parses, else undefined. */
function field<T>(schema: z.ZodType<T, string>, value: Param): T | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export type ClaimPrefill = {
  sourceId?: string;
  kind?: ClaimKind;
  company?: string;
  chips?: string[];
  quote?: string;
};

/** `?source=&kind=&company=<slug>&chips=<slug,slug>&quote=` for the new-claim form. */
export function parseClaimPrefill(params: SearchParams): ClaimPrefill {
  return {
    sourceId: field(sourceId, params.source),
    kind: field(kind, params.kind),
    company: field(slug, params.company),
    chips: field(chipSlugs, params.chips),
    quote: field(quote, params.quote),
  };
}

export type EventPrefill = {
  sourceId?: string;
  quote?: string;
  jurisdiction?: "US" | "CN";
  date?: string;
  precision?: "day" | "month";
};

/** `?source=&quote=&jurisdiction=US|CN&date=YYYY-MM-DD[&precision=day|month]` for the new-event form. */
export function parseEventPrefill(params: SearchParams): EventPrefill {
  const date = field(isoDate, params.date);
  return {
    sourceId: field(sourceId, params.source),
    quote: field(quote, params.quote),
    jurisdiction: field(jurisdiction, params.jurisdiction),
    date,
    precision: date ? (field(precision, params.precision) ?? "day") : undefined,
  };
}

/** The query string of a "Create draft" link to the new-claim form. */
export function claimDraftHref(p: { sourceId: string; kind: ClaimKind; company: string | null; chips: string[]; quote: string }): string {
  const q = new URLSearchParams({ source: p.sourceId, kind: p.kind });
  if (p.company) q.set("company", p.company);
  if (p.chips.length > 0) q.set("chips", p.chips.slice(0, MAX_PREFILL_CHIPS).join(","));
  q.set("quote", p.quote.slice(0, MAX_QUOTE_LENGTH));
  return `/editor/claims/new?${q.toString()}`;
}

/** The query string of a "Create draft" link to the new-event form. */
export function eventDraftHref(p: {
  sourceId: string;
  quote: string;
  jurisdiction: "US" | "CN" | null;
  date: { value: string; precision: "day" | "month" } | null;
}): string {
  const q = new URLSearchParams({ source: p.sourceId, quote: p.quote.slice(0, MAX_QUOTE_LENGTH) });
  if (p.jurisdiction) q.set("jurisdiction", p.jurisdiction);
  if (p.date) {
    q.set("date", p.date.value);
    q.set("precision", p.date.precision);
  }
  return `/editor/events/new?${q.toString()}`;
}
