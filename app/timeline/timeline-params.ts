import { z } from "zod";
import { EventsQuerySchema } from "@/lib/validation/api";
import type { DatedKey, UndatedKey } from "@/lib/queries/timeline";

// The timeline's URL: the events list's company, chip and jurisdiction (same rules and messages as
// /api/v1/events), and the cursors of its two paged lists, and nothing else, so a stray parameter
// is reported, not ignored.
//
// A cursor names the entry a page starts after (or, with `before`, ends before), in the list's own
// order, so a page is read from an index rather than by counting rows from the start:
// - after / before (the dated list): <date>.<e|c>.<id>, e.g. 2025-05-13.e.cmabc123 (an event) or
//   2025-06-01.c.cmdef456 (a claim); the date is YYYY-MM-DD when it falls at midnight UTC (as every
//   date entered by day does), else the whole instant (2025-06-01T08:30:00.000Z). `before=end`: the
//   newest page. Given both, `after` wins and `before` is reported as ignored.
// - undated (the undated list): e.<title>.<id> for an event, the title base64url-encoded, or
//   c.<createdAt>.<id> for a claim, createdAt the whole instant.
// Every cursor is made of letters, digits and "-_.:" only: safe in a URL as it is.

const { jurisdiction, company, chip } = EventsQuerySchema.shape;

/** Record ids are Prisma cuid()s (and a few hand-made slugs in fixtures): letters, digits, - and _. */
const ID = "[A-Za-z0-9_-]{1,191}";
const DAY = "\\d{4}-\\d{2}-\\d{2}";
const INSTANT = `${DAY}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z`;
const DATED = new RegExp(`^(${INSTANT}|${DAY})\\.([ec])\\.(${ID})$`);
const UNDATED_EVENT = new RegExp(`^e\\.([A-Za-z0-9_-]{1,1400})\\.(${ID})$`);
const UNDATED_CLAIM = new RegExp(`^c\\.(${INSTANT})\\.(${ID})$`);

/** The longest cursor accepted: an undated event's title of up to about 1,000 characters, encoded. */
const MAX_CURSOR_LENGTH = 1600;

/** A date as a cursor writes it: the day alone at midnight UTC, else the whole instant. */
function cursorDate(date: Date): string {
  const instant = date.toISOString();
  return instant.endsWith("T00:00:00.000Z") ? instant.slice(0, 10) : instant;
}

/** A date a cursor wrote, or null when it is no real date (2025-02-30) or not written as cursorDate writes it. */
function readCursorDate(text: string): Date | null {
  const date = new Date(text.length === 10 ? `${text}T00:00:00.000Z` : text);
  return Number.isNaN(date.getTime()) || cursorDate(date) !== text ? null : date;
}

export function datedCursor(key: DatedKey): string {
  return `${cursorDate(key.date)}.${key.type === "event" ? "e" : "c"}.${key.id}`;
}

export function readDatedCursor(text: string): DatedKey | null {
  const match = DATED.exec(text);
  const date = match ? readCursorDate(match[1]) : null;
  if (!match || !date) return null;
  return { date, type: match[2] === "e" ? "event" : "claim", id: match[3] };
}

export function undatedCursor(key: UndatedKey): string {
  return key.type === "event"
    ? `e.${Buffer.from(key.title, "utf8").toString("base64url")}.${key.id}`
    : `c.${key.createdAt.toISOString()}.${key.id}`;
}

export function readUndatedCursor(text: string): UndatedKey | null {
  const event = UNDATED_EVENT.exec(text);
  if (event) {
    const title = Buffer.from(event[1], "base64url").toString("utf8");
    // Only what undatedCursor writes: base64url that decodes to text and back to the same letters.
    if (Buffer.from(title, "utf8").toString("base64url") !== event[1]) return null;
    return { type: "event", title, id: event[2] };
  }
  const claim = UNDATED_CLAIM.exec(text);
  const createdAt = claim ? readCursorDate(claim[1]) : null;
  return claim && createdAt ? { type: "claim", createdAt, id: claim[2] } : null;
}

/** A value as a message quotes it, shortened: a cursor can be long. */
function shown(value: unknown): string {
  const text = String(value);
  return `'${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`;
}

function cursor<T>(parameter: string, read: (text: string) => T | null, example: string) {
  const message = (value: unknown) =>
    `${parameter} is not a place in the timeline (got ${shown(value)}); follow the page links, which write it as ${example}`;
  return z
    .string({ error: (issue) => message(issue.input) })
    .max(MAX_CURSOR_LENGTH, { error: (issue) => message(issue.input) })
    .transform((value, ctx) => {
      const key = read(value);
      if (key === null) {
        ctx.addIssue({ code: "custom", message: message(value), input: value });
        return z.NEVER;
      }
      return key;
    });
}

const after = cursor("after", readDatedCursor, "'2025-05-13.e.<id>'");
const before = cursor(
  "before",
  (text): DatedKey | "end" | null => (text === "end" ? "end" : readDatedCursor(text)),
  "'2025-05-13.e.<id>', or 'end' for the newest",
);
const undated = cursor("undated", readUndatedCursor, "'c.<date>.<id>' or 'e.<title>.<id>'");

export const TimelineQuerySchema = z
  .strictObject({
    jurisdiction,
    company,
    chip,
    after: after.optional(),
    before: before.optional(),
    undated: undated.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.after && query.before) {
      ctx.addIssue({
        code: "custom",
        path: ["before"],
        message: "before was given with after: a page starts after one entry or ends before another, so after applies",
        input: query.before,
      });
    }
  });
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;
