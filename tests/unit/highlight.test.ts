import { describe, expect, it } from "vitest";
import {
  HighlightSpanError,
  highlightText,
  listMarks,
  segmentsText,
  type HighlightSegment,
  type HighlightSpan,
} from "@/lib/highlight";

const TEXT = "Huawei a livré des puces Ascend. Baidu les teste. Alibaba refuse.";
const at = (quote: string, id: string, kind = "claim"): HighlightSpan => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { start, end: start + quote.length, id, kind };
};

/** A compact picture of the tree: text as is, marks as [id:…]; cut pieces with + before/after. */
function sketch(segments: HighlightSegment[]): string {
  return segments
    .map((s) =>
      s.type === "text" ? s.text : `[${s.first ? "" : "+"}${s.span.id}:${sketch(s.children)}${s.last ? "" : "+"}]`,
    )
    .join("");
}

/** The invariants every result must keep, whatever the spans. */
function checkInvariants(text: string, spans: HighlightSpan[], segments: HighlightSegment[]) {
  expect(segmentsText(segments)).toBe(text);

  // Segments tile their parent exactly, and each text segment is the text at its offsets.
  const tile = (list: HighlightSegment[], from: number, to: number) => {
    let position = from;
    for (const s of list) {
      expect(s.start).toBe(position);
      expect(s.end).toBeGreaterThan(s.start);
      if (s.type === "text") expect(s.text).toBe(text.slice(s.start, s.end));
      else tile(s.children, s.start, s.end);
      position = s.end;
    }
    expect(position).toBe(to);
  };
  tile(segments, 0, text.length);

  // Each span: one first piece, one last piece, its pieces cover exactly its span, in order.
  const marks = listMarks(segments);
  for (const span of spans) {
    const pieces = marks.filter((m) => m.span === span).sort((a, b) => a.start - b.start);
    expect(pieces.length, `${span.id} has pieces`).toBeGreaterThan(0);
    expect(pieces.filter((p) => p.first)).toEqual([pieces[0]]);
    expect(pieces.filter((p) => p.last)).toEqual([pieces[pieces.length - 1]]);
    expect(pieces[0].start).toBe(span.start);
    expect(pieces[pieces.length - 1].end).toBe(span.end);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i].start).toBe(pieces[i - 1].end);
    for (const piece of pieces) expect(segmentsText(piece.children)).toBe(text.slice(piece.start, piece.end));
  }
  expect(marks.every((m) => spans.includes(m.span))).toBe(true);
}

describe("highlightText", () => {
  it("returns the whole text as one plain segment when there are no spans", () => {
    expect(highlightText(TEXT, [])).toEqual([{ type: "text", start: 0, end: TEXT.length, text: TEXT }]);
    expect(highlightText("", [])).toEqual([]);
  });

  it("marks separate spans in reading order, whatever order they are given in", () => {
    const spans = [at("Alibaba refuse.", "c3"), at("Huawei a livré", "c1"), at("Baidu les teste.", "c2")];
    const segments = highlightText(TEXT, spans);
    expect(sketch(segments)).toBe(
      "[c1:Huawei a livré] des puces Ascend. [c2:Baidu les teste.] [c3:Alibaba refuse.]",
    );
    expect(segments.filter((s) => s.type === "mark").map((s) => s.type === "mark" && s.span.id)).toEqual([
      "c1",
      "c2",
      "c3",
    ]);
    checkInvariants(TEXT, spans, segments);
  });

  it("keeps adjacent spans as two marks with no text between them", () => {
    const spans = [at("Huawei a livré des puces Ascend.", "a"), at(" Baidu les teste.", "b")];
    const segments = highlightText(TEXT, spans);
    expect(sketch(segments)).toBe("[a:Huawei a livré des puces Ascend.][b: Baidu les teste.] Alibaba refuse.");
    checkInvariants(TEXT, spans, segments);
  });

  it("handles a span at the very start and one at the very end of the text", () => {
    const spans = [{ start: 0, end: 6, id: "first", kind: "claim" }, at("refuse.", "last")];
    const segments = highlightText(TEXT, spans);
    expect(segments[0]).toMatchObject({ type: "mark", start: 0, end: 6 });
    expect(segments[segments.length - 1]).toMatchObject({ type: "mark", start: TEXT.length - 7, end: TEXT.length });
    expect(sketch(segments)).toBe(
      "[first:Huawei] a livré des puces Ascend. Baidu les teste. Alibaba [last:refuse.]",
    );
    checkInvariants(TEXT, spans, segments);
  });

  it("marks a span that covers the whole text", () => {
    const spans = [{ start: 0, end: TEXT.length, id: "all", kind: "event" }];
    expect(sketch(highlightText(TEXT, spans))).toBe(`[all:${TEXT}]`);
  });

  it("nests a span inside another, so both marks hold their whole quote", () => {
    const spans = [at("puces Ascend", "inner"), at("Huawei a livré des puces Ascend.", "outer")];
    const segments = highlightText(TEXT, spans);
    expect(sketch(segments)).toBe("[outer:Huawei a livré des [inner:puces Ascend].] Baidu les teste. Alibaba refuse.");
    checkInvariants(TEXT, spans, segments);
  });

  it("nests spans that share a start or an end, the longer outside", () => {
    const spans = [at("Baidu", "start"), at("Baidu les teste.", "whole"), at("teste.", "end")];
    const segments = highlightText(TEXT, spans);
    expect(sketch(segments)).toBe(
      "Huawei a livré des puces Ascend. [whole:[start:Baidu] les [end:teste.]] Alibaba refuse.",
    );
    checkInvariants(TEXT, spans, segments);
  });

  it("nests several levels deep", () => {
    const spans = [at("des puces Ascend", "l2"), at("puces", "l3"), at("Huawei a livré des puces Ascend.", "l1")];
    expect(sketch(highlightText(TEXT, spans))).toBe(
      "[l1:Huawei a livré [l2:des [l3:puces] Ascend].] Baidu les teste. Alibaba refuse.",
    );
  });

  it("nests identical spans (a claim and an event quoting the same words), the first listed outside", () => {
    const claim = at("Baidu les teste.", "c1", "claim");
    const event = at("Baidu les teste.", "e1", "event");
    const segments = highlightText(TEXT, [claim, event]);
    expect(sketch(segments)).toBe("Huawei a livré des puces Ascend. [c1:[e1:Baidu les teste.]] Alibaba refuse.");
    expect(sketch(highlightText(TEXT, [event, claim]))).toBe(
      "Huawei a livré des puces Ascend. [e1:[c1:Baidu les teste.]] Alibaba refuse.",
    );
    checkInvariants(TEXT, [claim, event], segments);
  });

  it("allows the same id for different kinds (a claim and an event are different records)", () => {
    const spans = [at("Huawei", "x", "claim"), at("Baidu", "x", "event")];
    expect(listMarks(highlightText(TEXT, spans)).map((m) => `${m.span.kind}:${m.span.id}`)).toEqual([
      "claim:x",
      "event:x",
    ]);
  });

  it("cuts the later of two crossing spans where the earlier ends; only its first piece is the anchor", () => {
    const spans = [at("puces Ascend. Baidu", "a"), at("Baidu les teste.", "b")];
    const segments = highlightText(TEXT, spans);
    expect(sketch(segments)).toBe("Huawei a livré des [a:puces Ascend. [b:Baidu+]][+b: les teste.] Alibaba refuse.");
    const pieces = listMarks(segments).filter((m) => m.span.id === "b");
    expect(pieces.map((p) => [p.first, p.last, TEXT.slice(p.start, p.end)])).toEqual([
      [true, false, "Baidu"],
      [false, true, " les teste."],
    ]);
    checkInvariants(TEXT, spans, segments);
  });

  it("cuts a span that crosses several nested ones into as many pieces as it needs", () => {
    // a ⊃ b, and c starts inside b and runs past the end of a.
    const text = "0123456789abcdefghij";
    const spans = [
      { start: 0, end: 10, id: "a", kind: "claim" },
      { start: 2, end: 8, id: "b", kind: "claim" },
      { start: 5, end: 15, id: "c", kind: "claim" },
    ];
    const segments = highlightText(text, spans);
    expect(sketch(segments)).toBe("[a:01[b:234[c:567+]][+c:89+]][+c:abcde]fghij");
    checkInvariants(text, spans, segments);
  });

  it("rejects spans outside the text, empty, reversed, fractional, or given twice", () => {
    const bad: HighlightSpan[][] = [
      [{ start: -1, end: 3, id: "neg", kind: "claim" }],
      [{ start: 0, end: TEXT.length + 1, id: "long", kind: "claim" }],
      [{ start: TEXT.length, end: TEXT.length + 2, id: "after", kind: "claim" }],
      [{ start: 5, end: 5, id: "empty", kind: "claim" }],
      [{ start: 9, end: 4, id: "reversed", kind: "claim" }],
      [{ start: 1.5, end: 4, id: "fraction", kind: "claim" }],
      [{ start: Number.NaN, end: 4, id: "nan", kind: "claim" }],
      [at("Huawei", "twice"), at("Baidu", "twice")],
    ];
    for (const spans of bad) {
      expect(() => highlightText(TEXT, spans), JSON.stringify(spans)).toThrow(HighlightSpanError);
    }
    expect(() => highlightText("", [{ start: 0, end: 1, id: "x", kind: "claim" }])).toThrow(/outside the text/);
  });

  it("keeps every character exactly once for hundreds of random overlapping spans", () => {
    // A small deterministic generator (no Math.random): failures reproduce.
    let seed = 20260517;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = "Les entreprises chinoises testent les puces d’IA de Huawei — « assez bonnes » — 😀 et refusent le H20.";
    for (let round = 0; round < 300; round++) {
      const count = random(9);
      const spans: HighlightSpan[] = [];
      for (let i = 0; i < count; i++) {
        const start = random(text.length);
        const end = start + 1 + random(Math.min(30, text.length - start));
        spans.push({ start, end, id: `s${i}`, kind: i % 3 === 0 ? "event" : "claim" });
      }
      if (round % 10 === 0 && spans.length > 0) spans.push({ ...spans[0], id: "dup-of-first" });
      checkInvariants(text, spans, highlightText(text, spans));
    }
  });
});
