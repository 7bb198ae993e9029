// The suggestions panel's data: the URL pre-fill schemas (bad values ignored) and the suggestions
// query against a throwaway seeded database (every seeded claim is recognised as already a claim).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DismissSuggestionSchema } from "@/lib/validation/suggestions";
import { claimDraftHref, eventDraftHref, parseClaimPrefill, parseEventPrefill } from "@/lib/validation/prefill";
import { createTestDb, type TestDb } from "../setup/test-db";

describe("claim pre-fill from the URL", () => {
  it("reads good values", () => {
    expect(
      parseClaimPrefill({ source: "src1", kind: "testing", company: "baidu", chips: "kunlun-p800, ascend-910c,kunlun-p800", quote: "Baidu teste" }),
    ).toEqual({ sourceId: "src1", kind: "testing", company: "baidu", chips: ["kunlun-p800", "ascend-910c"], quote: "Baidu teste" });
  });

  it("ignores bad values, one by one, without throwing", () => {
    expect(
      parseClaimPrefill({ source: ["a", "b"], kind: "gossip", company: "Not A Slug!", chips: "ok-slug,BAD SLUG", quote: "   " }),
    ).toEqual({ sourceId: undefined, kind: undefined, company: undefined, chips: undefined, quote: undefined });
    expect(parseClaimPrefill({ source: "x".repeat(101), quote: "q".repeat(5001), chips: "," })).toEqual({
      sourceId: undefined,
      kind: undefined,
      company: undefined,
      chips: undefined,
      quote: undefined,
    });
    expect(parseClaimPrefill({})).toEqual({});
  });

  it("round-trips a draft link", () => {
    const href = claimDraftHref({ sourceId: "s 1", kind: "order", company: "bytedance", chips: ["h20"], quote: "« ByteDance a commandé » & co" });
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseClaimPrefill(params)).toEqual({ sourceId: "s 1", kind: "order", company: "bytedance", chips: ["h20"], quote: "« ByteDance a commandé » & co" });
  });
});

describe("event pre-fill from the URL", () => {
  it("reads good values and defaults the precision to day", () => {
    expect(parseEventPrefill({ source: "s", quote: "Washington a interdit", jurisdiction: "US", date: "2025-05-13" })).toEqual({
      sourceId: "s",
      quote: "Washington a interdit",
      jurisdiction: "US",
      date: "2025-05-13",
      precision: "day",
    });
  });

  it("ignores bad values", () => {
    expect(parseEventPrefill({ source: "", jurisdiction: "other", date: "2025-02-30", precision: "month" })).toEqual({
      sourceId: undefined,
      quote: undefined,
      jurisdiction: undefined,
      date: undefined,
      precision: undefined,
    });
    expect(parseEventPrefill({ date: "13/05/2025", jurisdiction: ["US"] }).date).toBeUndefined();
  });

  it("round-trips a draft link with a month-precision date", () => {
    const href = eventDraftHref({ sourceId: "s", quote: "En octobre 2023, Washington…", jurisdiction: "CN", date: { value: "2023-10-01", precision: "month" } });
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseEventPrefill(params)).toMatchObject({ jurisdiction: "CN", date: "2023-10-01", precision: "month" });
  });
});

describe("suggestions for a seeded source", () => {
  let t: TestDb;
  let queries: typeof import("@/lib/queries/suggestions");
  let editor: typeof import("@/lib/editor/suggestions");

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    queries = await import("@/lib/queries/suggestions");
    editor = await import("@/lib/editor/suggestions");
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("marks every seeded claim's quote as already a claim and offers no draft for it", async () => {
    const sources = await t.db.source.findMany({
      select: { id: true, claims: { select: { id: true, quote: true, quoteStart: true, quoteEnd: true } } },
    });
    expect(sources.length).toBeGreaterThan(0);
    let checked = 0;
    for (const source of sources) {
      const found = await queries.getSourceSuggestions(source.id);
      expect(found).not.toBeNull();
      const claims = found!.claims.items;
      expect(claims.length).toBeLessThanOrEqual(queries.SUGGESTIONS_LIMIT);
      for (const candidate of claims) {
        // a candidate covering half a seeded quote is that claim, not a new draft
        const covers = source.claims.find((c) => {
          const overlap = Math.min(candidate.end, c.quoteEnd) - Math.max(candidate.start, c.quoteStart);
          return overlap > 0 && overlap / (c.quoteEnd - c.quoteStart) >= 0.5;
        });
        if (covers) {
          expect(candidate.existingClaimId, candidate.quote).not.toBeNull();
          checked += 1;
        }
        if (candidate.existingClaimId) expect(source.claims.map((c) => c.id)).toContain(candidate.existingClaimId);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("names the companies and chips mentioned, with the alias that matched", async () => {
    const source = await t.db.source.findFirstOrThrow({ where: { text: { contains: "Huawei" } }, select: { id: true } });
    const found = await queries.getSourceSuggestions(source.id);
    const huawei = found!.mentions.items.find((m) => m.entity.type === "company" && m.entity.slug === "huawei");
    expect(huawei?.name).toBe("Huawei");
    expect(huawei!.count).toBeGreaterThan(0);
    expect(huawei!.aliases.length).toBeGreaterThan(0);
  });

  it("is null for an unknown source, and turns slugs into display names (unknown slugs dropped)", async () => {
    expect(await queries.getSourceSuggestions("no-such-source")).toBeNull();
    const chip = await t.db.chip.findFirstOrThrow({ select: { slug: true, name: true, vendor: { select: { slug: true, name: true } } } });
    expect(await queries.prefillNames(chip.vendor.slug, [chip.slug, "no-such-chip"])).toEqual({ company: chip.vendor.name, chips: [chip.name] });
    expect(await queries.prefillNames("no-such-company", undefined)).toEqual({ company: undefined, chips: [] });
  });

  it("a dismissed suggestion is no longer offered for that source, with a revision, once", async () => {
    const user = await t.db.user.create({ data: { email: "sug-test@chipwatch.local", name: "Sug test" } });
    const source = await t.db.source.findFirstOrThrow({ where: { text: { contains: "Huawei" } }, select: { id: true } });
    const before = (await queries.getSourceSuggestions(source.id))!;
    const target = before.claims.items[0];
    expect(target).toBeDefined();
    const input = { sourceId: source.id, kind: "claim" as const, start: target.start, end: target.end };
    expect(await editor.dismissSuggestion(t.db, user.id, input)).toEqual({ ok: true });
    expect(await editor.dismissSuggestion(t.db, user.id, input)).toEqual({ ok: true });

    const after = (await queries.getSourceSuggestions(source.id))!;
    expect(after.claims.total).toBe(before.claims.total - 1);
    expect(after.claims.items.some((c) => c.start === target.start && c.end === target.end)).toBe(false);
    expect(after.dismissed).toBe(1);
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "SuggestionDismissal", userId: user.id } });
    expect(await t.db.revision.count({ where: { entityType: "SuggestionDismissal", userId: user.id } })).toBe(1);
    const { labelEntities } = await import("@/lib/queries/history");
    const labels = await labelEntities([{ entityType: "SuggestionDismissal", entityId: revision.entityId }]);
    expect(labels.get(`SuggestionDismissal:${revision.entityId}`)?.href).toBe(`/editor/sources/${source.id}`);

    expect(await editor.dismissSuggestion(t.db, user.id, { ...input, sourceId: "no-such-source" })).toMatchObject({ ok: false });
    expect(await editor.dismissSuggestion(t.db, user.id, { ...input, end: 10_000_000 })).toMatchObject({ ok: false });
  });
});

describe("dismiss schema", () => {
  it("reads a good form and refuses bad values", () => {
    expect(DismissSuggestionSchema.parse({ sourceId: "s", kind: "event", start: "3", end: "10" })).toEqual({ sourceId: "s", kind: "event", start: 3, end: 10 });
    expect(DismissSuggestionSchema.safeParse({ sourceId: "s", kind: "mention", start: "3", end: "10" }).success).toBe(false);
    expect(DismissSuggestionSchema.safeParse({ sourceId: "s", kind: "claim", start: "10", end: "3" }).success).toBe(false);
    expect(DismissSuggestionSchema.safeParse({ sourceId: "", kind: "claim", start: "-1", end: "x" }).success).toBe(false);
  });
});
