// Pure preparation of the seed: reads the article files, trims them, and resolves every
// quote to exact offsets. No database here, so tests can check the data on its own.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chips } from "./chips";
import { claims } from "./claims";
import { companies } from "./companies";
import { events } from "./events";
import { sources } from "./sources";
import type { SeedQuote, SeedSource } from "./types";

const here = path.dirname(fileURLToPath(import.meta.url));
export const ARTICLES_DIR = path.join(here, "articles");

export type PreparedSource = SeedSource & { text: string; contentHash: string };

export function readArticle(file: string): string {
  return readFileSync(path.join(ARTICLES_DIR, file), "utf8");
}

export function trimArticle(raw: string, startsWith: string, endsWith: string): string {
  const start = raw.indexOf(startsWith);
  if (start < 0) throw new Error(`article does not contain start marker "${startsWith}"`);
  const endAt = raw.indexOf(endsWith, start);
  if (endAt < 0) throw new Error(`article does not contain end marker "${endsWith}" after its start`);
  return raw.slice(start, endAt + endsWith.length);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function prepareSources(): PreparedSource[] {
  return sources.map((s) => {
    const text = trimArticle(readArticle(s.file), s.startsWith, s.endsWith);
    return { ...s, text, contentHash: sha256(text) };
  });
}

/** Offsets of a seed quote in its source's stored text; throws when the quote is not there. */
export function locateQuote(
  texts: Map<string, string>,
  q: SeedQuote,
  context: string,
): { start: number; end: number } {
  const text = texts.get(q.source);
  if (text === undefined) throw new Error(`${context}: unknown source "${q.source}"`);
  let from = 0;
  let at = -1;
  for (let i = 0; i <= (q.occurrence ?? 0); i++) {
    at = text.indexOf(q.quote, from);
    if (at < 0) break;
    from = at + 1;
  }
  if (at < 0) throw new Error(`${context}: quote not found verbatim in source "${q.source}": "${q.quote}"`);
  return { start: at, end: at + q.quote.length };
}

export const seedData = { companies, chips, sources, claims, events };
