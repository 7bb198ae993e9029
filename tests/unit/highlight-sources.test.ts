// Every seeded article, highlighted as its source page shows it: several claims and events quote
// the same or overlapping words, yet the text comes back whole and each quote keeps a mark of
// its own holding exactly its words. Nothing that imports lib/db may be imported statically.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { highlightText, listMarks, segmentsText, type HighlightSpan } from "@/lib/highlight";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let sources: typeof import("@/lib/queries/sources");

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  sources = await import("@/lib/queries/sources");
});

afterAll(async () => {
  await t?.cleanup();
});

describe("highlighting the seeded articles", () => {
  it("keeps each article whole and gives every claim, event and spec quote one mark holding it", async () => {
    const slugs = (await t.db.source.findMany({ select: { slug: true } })).map((s) => s.slug);
    expect(slugs).toHaveLength(5);
    let overlapping = 0;
    for (const slug of slugs) {
      const source = await sources.getSourceForReading(slug);
      expect(source, slug).not.toBeNull();
      const spans: (HighlightSpan & { quote: string })[] = [
        ...source!.claims.map((c) => ({ kind: "claim", id: c.id, start: c.quoteStart, end: c.quoteEnd, quote: c.quote })),
        ...source!.eventQuotes.map((q) => ({ kind: "event", id: q.id, start: q.quoteStart, end: q.quoteEnd, quote: q.quote })),
        ...source!.specQuotes.map((q) => ({ kind: "spec", id: q.id, start: q.quoteStart, end: q.quoteEnd, quote: q.quote })),
      ];
      const segments = highlightText(source!.text, spans);
      expect(segmentsText(segments), slug).toBe(source!.text);

      const marks = listMarks(segments);
      for (const span of spans) {
        const own = marks.filter((mark) => mark.span === span);
        // The seed's overlaps all nest, so no quote is cut in two.
        expect(own, `${span.kind} ${span.id}`).toHaveLength(1);
        expect(segmentsText(own[0].children)).toBe(span.quote);
      }
      overlapping += spans.filter((a) => spans.some((b) => a !== b && a.start < b.end && b.start < a.end)).length;
    }
    // The point of the exercise: the seed does have quotes that share words.
    expect(overlapping).toBeGreaterThan(10);
  });

  it("gives a source's claims, event quotes (with their EventSource id) and article-sourced specs", async () => {
    const source = await sources.getSourceForReading("investing-huawei-peine-a-gagner-du-terrain");
    expect(source).toMatchObject({ publisher: "Investing.com", language: "fr", publishedAt: null, claimCount: 16 });
    expect(source!.claims).toHaveLength(16);
    const eventSource = await t.db.eventSource.findFirstOrThrow({ where: { sourceId: source!.id } });
    expect(source!.eventQuotes.map((q) => q.id)).toEqual([eventSource.id]);
    expect(source!.eventQuotes[0].event).toMatchObject({ slug: "us-commerce-warning-on-huawei-ascend-chips", jurisdiction: "US" });
    expect(source!.specQuotes.map((q) => [q.chip.slug, q.metric])).toEqual([
      ["cloudmatrix-384", "chip_count"],
      ["cloudmatrix-384", "fp8_support"],
    ]);
    expect(await sources.getSourceForReading(source!.id)).toEqual(source);
    expect(await sources.getSourceForReading("no-such-source")).toBeNull();
  });
});
