import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArticle, prepareSources, seedData, sha256 } from "../../prisma/seed-data/load";
import { seed } from "../../prisma/seed";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ seeded: true });
});
afterAll(async () => {
  await t?.cleanup();
});

describe("seeded knowledge base", () => {
  it("stores every claim quote exactly at its offsets in its source text", async () => {
    const claims = await t.db.claim.findMany({ select: { slug: true, quote: true, quoteStart: true, quoteEnd: true, source: { select: { text: true } } } });
    expect(claims.length).toBe(seedData.claims.length);
    expect(claims.length).toBeGreaterThanOrEqual(50);
    for (const c of claims) {
      expect(c.source.text.slice(c.quoteStart, c.quoteEnd), c.slug).toBe(c.quote);
    }
  });

  it("stores every event quote and article-sourced spec at exact offsets", async () => {
    const quotes = await t.db.eventSource.findMany({ select: { quote: true, quoteStart: true, quoteEnd: true, source: { select: { text: true } } } });
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.source.text.slice(q.quoteStart, q.quoteEnd)).toBe(q.quote);
    const specs = await t.db.chipSpec.findMany({
      where: { sourceId: { not: null } },
      select: { quote: true, quoteStart: true, quoteEnd: true, source: { select: { text: true } } },
    });
    for (const s of specs) expect(s.source!.text.slice(s.quoteStart!, s.quoteEnd!)).toBe(s.quote);
  });

  it("gives every claim a source and a subject, and every event at least one quote", async () => {
    const orphans = await t.db.claim.count({ where: { OR: [{ sourceId: "" }, { subjectCompanyId: "" }] } });
    expect(orphans).toBe(0);
    const events = await t.db.exportControlEvent.findMany({ select: { slug: true, _count: { select: { sources: true } } } });
    for (const e of events) expect(e._count.sources, e.slug).toBeGreaterThan(0);
  });

  it("never shares a slug between two records of a kind", () => {
    for (const [kind, records] of Object.entries(seedData)) {
      const slugs = (records as { slug: string }[]).map((r) => r.slug);
      expect(new Set(slugs).size, kind).toBe(slugs.length);
      for (const slug of slugs) expect(slug, kind).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("stores each article as a trimmed, unaltered excerpt of its file, with its hash", async () => {
    const rows = await t.db.source.findMany({ select: { slug: true, text: true, contentHash: true } });
    expect(rows).toHaveLength(5);
    for (const prepared of prepareSources()) {
      const row = rows.find((r) => r.slug === prepared.slug)!;
      expect(readArticle(prepared.file)).toContain(row.text);
      expect(row.contentHash).toBe(sha256(row.text));
    }
    const investing = rows.find((r) => r.slug === "investing-huawei-peine-a-gagner-du-terrain")!;
    expect(investing.text).not.toContain("Renault");
  });

  it("contains the companies and chips the articles are about", async () => {
    const companies = await t.db.company.findMany({ select: { slug: true } });
    const companySlugs = new Set(companies.map((c) => c.slug));
    for (const slug of ["huawei", "nvidia", "alibaba", "baidu", "cambricon", "metax", "bytedance", "tencent", "iflytek", "deepseek"]) {
      expect(companySlugs.has(slug), slug).toBe(true);
    }
    const chips = await t.db.chip.findMany({ select: { slug: true } });
    const chipSlugs = new Set(chips.map((c) => c.slug));
    for (const slug of ["ascend-910c", "ascend-910b", "cloudmatrix-384", "h20", "h100", "kunlun-p800", "siyuan-590"]) {
      expect(chipSlugs.has(slug), slug).toBe(true);
    }
  });

  it("links the claims a reader looks for by chip and company", async () => {
    const on910c = await t.db.claim.findMany({ where: { chips: { some: { chip: { slug: "ascend-910c" } } } }, select: { slug: true } });
    expect(on910c.map((c) => c.slug).sort()).toEqual(["ascend-910c-overheating-and-cann-limits", "bytedance-alibaba-tested-ascend-910c"]);
    const iflytek = await t.db.claim.findMany({
      where: { OR: [{ subject: { slug: "iflytek" } }, { companies: { some: { company: { slug: "iflytek" } } } }] },
      select: { slug: true },
    });
    expect(iflytek.map((c) => c.slug).sort()).toEqual(["huawei-engineers-at-baidu-iflytek-tencent", "iflytek-trained-llm-exclusively-on-huawei-chips"]);
  });

  it("is idempotent: seeding again changes no counts", async () => {
    const count = async () => ({
      companies: await t.db.company.count(),
      aliases: await t.db.companyAlias.count(),
      chips: await t.db.chip.count(),
      specs: await t.db.chipSpec.count(),
      sources: await t.db.source.count(),
      claims: await t.db.claim.count(),
      claimChips: await t.db.claimChip.count(),
      events: await t.db.exportControlEvent.count(),
      eventQuotes: await t.db.eventSource.count(),
    });
    const before = await count();
    await seed(t.db);
    expect(await count()).toEqual(before);
  });
});
