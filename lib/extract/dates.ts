// Dates a sentence states itself: "2025-05-13", "13 mai 2025", "May 13, 2025", "octobre 2023"
// (month precision), "2025年5月13日". Nothing relative ("l'année dernière", "last October") and no
// bare year: what the text does not pin down stays null, never a guess.
import type { DatePrecision } from "../constants";

export type DateMention = {
  /** YYYY-MM-DD; the first of the month when the precision is "month" */
  value: string;
  precision: Extract<DatePrecision, "day" | "month">;
  text: string;
  start: number;
  end: number;
};

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11, december: 12,
};

const MONTH =
  "(janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|septembre|sept\\.?|" +
  "octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?|" +
  "January|Jan\\.?|February|Feb\\.?|March|Mar\\.?|April|Apr\\.?|May|June|Jun\\.?|July|Jul\\.?|August|Aug\\.?|September|Sept?\\.?|October|November|December)";
const YEAR = "((?:19|20)\\d\\d)";
const DAY = "(1er|\\d{1,2})(?:st|nd|rd|th)?";
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

type Shape = { regex: RegExp; precision: "day" | "month"; parts: (m: RegExpMatchArray) => { y: string; mo: string; d?: string } };

const SHAPES: Shape[] = [
  { regex: new RegExp(`${B}${YEAR}-(\\d{2})-(\\d{2})${E}`, "gu"), precision: "day", parts: (m) => ({ y: m[1], mo: m[2], d: m[3] }) },
  { regex: /(\d{4})年(\d{1,2})月(\d{1,2})[日号]/gu, precision: "day", parts: (m) => ({ y: m[1], mo: m[2], d: m[3] }) },
  { regex: new RegExp(`${B}${DAY}[ \\u00A0]${MONTH}[ \\u00A0]${YEAR}${E}`, "giu"), precision: "day", parts: (m) => ({ y: m[3], mo: m[2], d: m[1] }) },
  { regex: new RegExp(`${B}${MONTH}[ \\u00A0]${DAY},?[ \\u00A0]${YEAR}${E}`, "giu"), precision: "day", parts: (m) => ({ y: m[3], mo: m[1], d: m[2] }) },
  { regex: /(\d{4})年(\d{1,2})月(?!\d)/gu, precision: "month", parts: (m) => ({ y: m[1], mo: m[2] }) },
  { regex: new RegExp(`${B}${MONTH}[ \\u00A0](?:de |of )?${YEAR}${E}`, "giu"), precision: "month", parts: (m) => ({ y: m[2], mo: m[1] }) },
];

function monthNumber(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  const key = token.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\.$/, "");
  return MONTHS[key] ?? null;
}

function isoDay(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Every explicit date in `text`, earliest first; a day inside a longer match ("mai 2025" in "13 mai 2025") is not repeated. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const shape of SHAPES) {
    shape.regex.lastIndex = 0;
    for (const m of text.matchAll(shape.regex)) {
      const { y, mo, d } = shape.parts(m);
      const month = monthNumber(mo);
      if (month === null || month < 1 || month > 12) continue;
      const day = d === undefined ? 1 : d === "1er" ? 1 : Number(d);
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((f) => f.start <= start && f.end >= end)) continue;
      // an impossible day ("31 février 2024") is no date, and its month is not one either
      taken.push({ start, end });
      const value = isoDay(Number(y), month, day);
      if (!value) continue;
      found.push({ value, precision: shape.precision, text: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date the text states, or null. */
export function findDate(text: string): DateMention | null {
  return findDates(text)[0] ?? null;
}
