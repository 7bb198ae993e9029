// Highlighting quotes in an archived text. Several claims, events and spec values may quote the
// same or overlapping passages; the text must still be shown exactly once, and every quote must
// keep an element of its own (its anchor) that holds its words.
//
// The result is a tree: plain text segments and marks, a mark holding the segments of its span.
// Spans that nest (or are identical) become nested marks, so each of them holds its whole quote.
// Two spans that cross (each has text outside the other) cannot both be one element in HTML:
// the one that starts later is cut where the earlier one ends and continues in a second mark.
// Only its first piece (`first: true`) carries the anchor. Pure: no React, no database.

/** One quote's place in the text: [start, end) in UTF-16 code units, as the database stores them. */
export type HighlightSpan = { start: number; end: number; id: string; kind: string };

export type TextSegment = { type: "text"; start: number; end: number; text: string };
export type MarkSegment<S extends HighlightSpan = HighlightSpan> = {
  type: "mark";
  span: S;
  /** where this piece of the span starts and ends (the whole span unless it was cut) */
  start: number;
  end: number;
  /** the piece that starts the span: the one to carry its anchor */
  first: boolean;
  /** the piece that ends the span */
  last: boolean;
  children: HighlightSegment<S>[];
};
export type HighlightSegment<S extends HighlightSpan = HighlightSpan> = TextSegment | MarkSegment<S>;

/** A span the text cannot hold: outside it, empty, not whole numbers, or an id given twice. */
export class HighlightSpanError extends RangeError {
  constructor(
    message: string,
    readonly span: HighlightSpan,
  ) {
    super(message);
    this.name = "HighlightSpanError";
  }
}

type Piece<S> = { span: S; start: number; end: number; first: boolean; last: boolean; order: number };

/** Outer before inner: earlier start first, then the longer span, then the caller's order. */
function comparePieces<S>(a: Piece<S>, b: Piece<S>): number {
  return a.start - b.start || b.end - a.end || a.order - b.order;
}

function insertSorted<S>(pieces: Piece<S>[], from: number, piece: Piece<S>): void {
  let at = from;
  while (at < pieces.length && comparePieces(pieces[at], piece) <= 0) at++;
  pieces.splice(at, 0, piece);
}

function validate(text: string, spans: readonly HighlightSpan[]): void {
  const seen = new Set<string>();
  for (const span of spans) {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      throw new HighlightSpanError(`span ${span.kind} ${span.id}: offsets must be whole numbers`, span);
    }
    if (start < 0 || end > text.length) {
      throw new HighlightSpanError(
        `span ${span.kind} ${span.id}: [${start}, ${end}) lies outside the text (length ${text.length})`,
        span,
      );
    }
    if (start >= end) {
      throw new HighlightSpanError(`span ${span.kind} ${span.id}: [${start}, ${end}) is empty`, span);
    }
    const key = `${span.kind}\u0000${span.id}`;
    if (seen.has(key)) throw new HighlightSpanError(`span ${span.kind} ${span.id} is given twice`, span);
    seen.add(key);
  }
}

/**
 * Split `text` into plain segments and marks for `spans`. Every character of the text lies in
 * exactly one text segment, and the segments, read in order, give the text back (`segmentsText`).
 * Among identical spans the one listed first is the outer mark. Throws HighlightSpanError for a
 * span outside the text, an empty span, or the same kind and id twice.
 */
export function highlightText<S extends HighlightSpan>(text: string, spans: readonly S[]): HighlightSegment<S>[] {
  validate(text, spans);
  const pieces: Piece<S>[] = spans
    .map((span, order) => ({ span, start: span.start, end: span.end, first: true, last: true, order }))
    .sort(comparePieces);
  return build(text, 0, text.length, pieces);
}

/** Segments for [from, to) of the text, from pieces that all lie within it, sorted. */
function build<S extends HighlightSpan>(text: string, from: number, to: number, pieces: Piece<S>[]): HighlightSegment<S>[] {
  const segments: HighlightSegment<S>[] = [];
  let position = from;
  let i = 0;
  while (i < pieces.length) {
    const outer = pieces[i++];
    if (outer.start > position) segments.push(textSegment(text, position, outer.start));

    // Everything that starts inside `outer` goes into it; a piece running past its end is cut,
    // and the rest waits its turn among the pieces after `outer`.
    const inner: Piece<S>[] = [];
    while (i < pieces.length && pieces[i].start < outer.end) {
      const piece = pieces[i++];
      if (piece.end <= outer.end) {
        inner.push(piece);
      } else {
        inner.push({ ...piece, end: outer.end, last: false });
        insertSorted(pieces, i, { ...piece, start: outer.end, first: false });
      }
    }
    segments.push({
      type: "mark",
      span: outer.span,
      start: outer.start,
      end: outer.end,
      first: outer.first,
      last: outer.last,
      children: build(text, outer.start, outer.end, inner),
    });
    position = outer.end;
  }
  if (position < to) segments.push(textSegment(text, position, to));
  return segments;
}

function textSegment(text: string, start: number, end: number): TextSegment {
  return { type: "text", start, end, text: text.slice(start, end) };
}

/** The text the segments hold, in order: for the whole tree, the original text. */
export function segmentsText(segments: readonly HighlightSegment[]): string {
  let result = "";
  for (const segment of segments) result += segment.type === "text" ? segment.text : segmentsText(segment.children);
  return result;
}

/** Every mark in the tree, outer before inner, in reading order. */
export function listMarks<S extends HighlightSpan>(segments: readonly HighlightSegment<S>[]): MarkSegment<S>[] {
  const marks: MarkSegment<S>[] = [];
  for (const segment of segments) {
    if (segment.type === "mark") marks.push(segment, ...listMarks(segment.children));
  }
  return marks;
}
