// Quotes are sacred: a quote is stored with its offsets in the archived text, and
// nothing accepts a quote that is not there.

export type QuoteSpan = { start: number; end: number; quote: string };

/** True when `quote` is exactly `text.slice(start, end)`. */
export function quoteMatches(text: string, quote: string, start: number, end: number): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end <= text.length &&
    start < end &&
    text.slice(start, end) === quote
  );
}

const QUOTE_EQUIVALENTS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u00A0": " ",
  "\u202F": " ",
};

function foldChar(ch: string): string {
  return QUOTE_EQUIVALENTS[ch] ?? ch;
}

/**
 * Find `quote` in `text`, tolerating differences in whitespace (runs of spaces, line breaks),
 * typographic quotes and dashes, and return the exact span of the text it matches.
 * `fromIndex` picks a later occurrence. Returns null when the quote is not in the text.
 */
export function findQuote(text: string, quote: string, fromIndex = 0): QuoteSpan | null {
  const needle = [...quote.trim()].map(foldChar).join("").replace(/\s+/g, " ");
  if (!needle) return null;

  const exact = text.indexOf(quote.trim(), fromIndex);
  if (exact >= 0) return { start: exact, end: exact + quote.trim().length, quote: quote.trim() };

  // Build a folded copy of the text with a map from each folded index back to the original.
  let folded = "";
  const map: number[] = [];
  let prevSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = foldChar(text[i]);
    if (/\s/.test(ch)) {
      if (prevSpace) continue;
      folded += " ";
      map.push(i);
      prevSpace = true;
    } else {
      folded += ch;
      map.push(i);
      prevSpace = false;
    }
  }
  const startFolded = folded.indexOf(needle, foldedIndexAtOrAfter(map, fromIndex));
  if (startFolded < 0) return null;
  const start = map[startFolded];
  const lastFolded = startFolded + needle.length - 1;
  const end = map[lastFolded] + 1;
  return { start, end, quote: text.slice(start, end) };
}

function foldedIndexAtOrAfter(map: number[], original: number): number {
  if (original <= 0) return 0;
  const idx = map.findIndex((m) => m >= original);
  return idx < 0 ? map.length : idx;
}
