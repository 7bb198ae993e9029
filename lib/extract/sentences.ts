// Sentences with exact offsets (text.slice(start, end) === sentence.text), for French, English and
// Chinese news text: terminal punctuation, closing quotes and guillemets, line breaks and
// paragraphs; not inside abbreviations ("M.", "Dr.", "U.S."), decimals ("8.4"), tickers
// ("NYSE:BABA") or a quotation that goes on ("« Nous testons. Puis … »").

export type Sentence = { start: number; end: number; text: string; paragraph: number };

/** Words that end with a full stop without ending a sentence (compared lower-cased, accents kept). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "m mm mme mmes mlle mlles dr drs mr mrs ms messrs prof pr st ste inc ltd corp co cie no nº n° vs cf " +
    "e.g i.e p pp av bd env approx fig vol éd ed jr sr gen gov sen rep dept est " +
    "janv févr fév avr juil sept déc jan feb mar apr jun jul aug sep oct nov dec"
  ).split(" "),
);

const TERMINATORS = new Set([".", "!", "?", "…"]);
const CJK_TERMINATORS = new Set(["。", "！", "？"]);
const CLOSERS = new Set(['"', "'", "»", "”", "’", ")", "]", "」", "』"]);
const OPENING_QUOTES = new Set(["«", "“", "„", "「", "『"]);
const CLOSING_QUOTES = new Set(["»", "”", "」", "』"]);
/** How far a quotation may run before an unmatched quote mark stops holding sentences together. */
const MAX_QUOTATION = 400;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
const STARTS_SENTENCE = /[\p{Lu}\p{N}«“"„'‘(\[•*\-–—\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LIST_MARKER = /^(?:[•▪◦●○*>#]+|[-–—]+|\d{1,3}[.)])[ \t\u00A0]+/u;
const ENDS_LINE = /[.!?…:;"»”)\]。！？：；]$/u;

type Block = { start: number; end: number; paragraph: number };

/**
 * Lines become blocks: a blank line or a line break ends a paragraph, except a hard-wrapped line
 * (a long line that does not end with punctuation, followed by one starting in lower case).
 */
function blocks(text: string): Block[] {
  const lines: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const out: Block[] = [];
  let paragraph = 0;
  let current: Block | null = null;
  for (const line of lines) {
    const content = text.slice(line.start, line.end).replace(/\r$/, "");
    if (content.trim() === "") {
      if (current) out.push(current);
      current = null;
      continue;
    }
    if (current) {
      const previous = text.slice(current.start, current.end).trimEnd();
      const lastLine = previous.slice(previous.lastIndexOf("\n") + 1);
      const continues = lastLine.trim().length >= 40 && !ENDS_LINE.test(lastLine) && /^\s*\p{Ll}/u.test(content);
      if (continues) {
        current.end = line.end;
        continue;
      }
      out.push(current);
    }
    current = { start: line.start, end: line.end, paragraph: paragraph++ };
  }
  if (current) out.push(current);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1])) from--;
  const word = text.slice(from, dot).toLowerCase();
  if (word === "") return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "J. Huang", "M. Ren"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g", "J.-C" is not caught, rare
  return ABBREVIATIONS.has(word);
}

/** "1." at the start of a line numbers a list item; it ends nothing. */
function isListNumber(text: string, dot: number): boolean {
  const lineStart = text.lastIndexOf("\n", dot - 1) + 1;
  return /^[ \t\u00A0]*\d{1,3}$/.test(text.slice(lineStart, dot));
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number) {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  const marker = LIST_MARKER.exec(text.slice(s, e));
  if (marker) s += marker[0].length;
  while (s < e && isSpace(text[s])) s++;
  if (s < e) out.push({ start: s, end: e, text: text.slice(s, e), paragraph });
}

/** Splits `text` into sentences; whitespace and list markers around them are left out. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks(text)) {
    let start = block.start;
    let quoteOpenedAt: number | null = null;
    const inQuotation = (i: number) => quoteOpenedAt !== null && i - quoteOpenedAt <= MAX_QUOTATION;

    for (let i = block.start; i < block.end; i++) {
      const ch = text[i];
      if (OPENING_QUOTES.has(ch)) quoteOpenedAt = i;
      else if (CLOSING_QUOTES.has(ch)) quoteOpenedAt = null;
      else if (ch === '"') quoteOpenedAt = inQuotation(i) ? null : i;

      const cjk = CJK_TERMINATORS.has(ch);
      if (!cjk && !TERMINATORS.has(ch)) continue;
      if (ch === "." && (isAbbreviation(text, i) || isListNumber(text, i))) continue;

      // the whole run of terminators, then closing quotes and brackets ("…cas. »", "puces".)
      let j = i + 1;
      while (j < block.end && (TERMINATORS.has(text[j]) || CJK_TERMINATORS.has(text[j]))) j++;
      let closesQuotation = false;
      for (;;) {
        if (j < block.end && CLOSERS.has(text[j])) {
          if (CLOSING_QUOTES.has(text[j]) || text[j] === '"') closesQuotation = true;
          j++;
        } else if (isSpace(text[j]) && text[j + 1] === "»") {
          j++;
        } else break;
      }
      // inside a quotation that goes on, a full stop does not end the sentence around it
      if (inQuotation(i) && !closesQuotation) continue;

      if (!cjk) {
        // a full stop ends a sentence before a space and a capital, a digit, a quote or a list mark
        if (j < block.end && !isSpace(text[j])) continue;
        let k = j;
        while (k < block.end && isSpace(text[k])) k++;
        if (k < block.end && !STARTS_SENTENCE.test(text[k])) continue;
      }
      pushSentence(out, text, start, j, block.paragraph);
      quoteOpenedAt = null;
      start = j;
      i = j - 1;
    }
    pushSentence(out, text, start, block.end, block.paragraph);
  }
  return out;
}
