// Text folding for matching, with a map back to the original offsets. The same folding as
// normalizeName (lib/normalize.ts): accents, case, apostrophes, dashes and runs of spaces do not
// matter. Two additions: spaces next to a CJK character are dropped ("昇腾 910C" = "昇腾910C"),
// since CJK text is written without them; and every folded character remembers the span of the
// original character it comes from, so a match in the folded text is an exact span of the original.

export type FoldedText = {
  /** the folded text */
  folded: string;
  /** for each UTF-16 unit of `folded`: the offset in the original where its character starts */
  starts: Int32Array;
  /** … and where it ends (exclusive) */
  ends: Int32Array;
};

const APOSTROPHES = new Set(["'", "\u2018", "\u2019", "\u201B", "`", "\u00B4", "\u02BC", "\u2032"]);
const DASHES = /^[\u2010-\u2015\-]$/;
const SPACE = /^\s$/u;
const COMBINING = /[\u0300-\u036f]/g;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFF0F]/u;

/** True for a Han, kana or hangul character (and CJK punctuation). */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0x2e80 && CJK.test(ch);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit of a script written with spaces between words (Latin, Cyrillic, Greek…). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(ch) && !isCjk(ch);
}

const foldedCache = new Map<string, string>();

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    // the common case, without regular expressions
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (ch === "'" || ch === "`") return "'";
    if (ch === "-") return " ";
    if (code <= 32) return code === 32 || (code >= 9 && code <= 13) ? " " : ch;
    return ch;
  }
  let piece = foldedCache.get(ch);
  if (piece === undefined) {
    if (APOSTROPHES.has(ch)) piece = "'";
    else if (DASHES.test(ch) || SPACE.test(ch)) piece = " ";
    else piece = ch.normalize("NFKD").replace(COMBINING, "").toLowerCase();
    if (foldedCache.size < 10_000) foldedCache.set(ch, piece);
  }
  return piece;
}

/** Folds `text`, keeping for each folded unit the original span it comes from. */
export function foldWithMap(text: string): FoldedText {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace: { start: number; end: number } | null = null;
  let lastChar: string | undefined;

  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    const piece = foldChar(ch);
    if (piece === "") {
      // a lone combining mark: it belongs to the character before it
      if (!pendingSpace) {
        for (let j = ends.length - 1; j >= 0 && starts[j] === starts[starts.length - 1]; j--) ends[j] = i;
      }
      continue;
    }
    if (piece === " ") {
      // a space is written only once a non-space follows and neither neighbour is CJK
      if (folded.length > 0 && !pendingSpace) pendingSpace = { start, end: i };
      continue;
    }
    if (pendingSpace) {
      if (!isCjk(lastChar) && !isCjk(piece[0])) {
        folded += " ";
        starts.push(pendingSpace.start);
        ends.push(pendingSpace.end);
      }
      pendingSpace = null;
    }
    for (let k = 0; k < piece.length; k++) {
      folded += piece[k];
      starts.push(start);
      ends.push(i);
    }
    lastChar = piece[piece.length - 1];
  }
  return { folded, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The folded form of a name or alias (no map needed). */
export function fold(text: string): string {
  return foldWithMap(text).folded;
}

/** The original span of the folded span [from, to). */
export function originalSpan(f: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: f.starts[from], end: f.ends[to - 1] };
}
