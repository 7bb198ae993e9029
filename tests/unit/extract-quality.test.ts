// The quality bar of issue 5, measured on the five seed articles as stored, with the alias table
// read from a seeded throwaway database: (a) the mentions cover every company and chip the
// knowledge base links to an article and that the article names literally; (b) the candidate
// claims cover at least 90% of the seeded claims' quotes. And the speed: under 200 ms for 20,000
// characters. The numbers and the misses are printed for a reader to judge.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAliasTable, type AliasTable } from "@/lib/extract/aliases";
import { findMentions } from "@/lib/extract/mentions";
import { splitSentences } from "@/lib/extract/sentences";
import { overlapShare, suggest } from "@/lib/extract/suggest";
import { normalizeName } from "@/lib/normalize";
import { prepareSources } from "@/prisma/seed-data/load";
import { createTestDb, type TestDb } from "../setup/test-db";

let testDb: TestDb;
let table: AliasTable;
const sources = prepareSources();

beforeAll(async () => {
  testDb = await createTestDb({ seeded: true });
  table = await loadAliasTable(testDb.db);
});
afterAll(async () => {
  await testDb.cleanup();
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether `text` names `alias` literally, checked apart from the matcher: normalizeName and whole words. */
function namesLiterally(text: string, alias: string): boolean {
  const needle = normalizeName(alias);
  if (!needle) return false;
  const left = cjk.test(needle[0]) ? "" : "(?<![\\p{L}\\p{N}])";
  const right = cjk.test(needle[needle.length - 1]) ? "" : "(?![\\p{L}\\p{N}])";
  return new RegExp(`${left}${escape(needle)}${right}`, "u").test(normalizeName(text));
}

describe("alias table", () => {
  it("is read from the database: every company and chip with its name and aliases", async () => {
    const [companies, chips] = await Promise.all([testDb.db.company.count(), testDb.db.chip.count()]);
    expect(table.companies).toHaveLength(companies);
    expect(table.chips).toHaveLength(chips);
    expect(table.companies.find((c) => c.slug === "huawei")).toMatchObject({ name: "Huawei", roles: expect.arrayContaining(["chip_vendor"]) });
    expect(table.companies.find((c) => c.slug === "huawei")!.aliases).toEqual(expect.arrayContaining(["Huawei", "华为", "d’Huawei"]));
    expect(table.chips.find((c) => c.slug === "ascend-910c")).toMatchObject({ vendorSlug: "huawei", aliases: expect.arrayContaining(["910C", "昇腾910C"]) });
  });

  it("follows the data: an alias added in the database is found at the next load", async () => {
    const zhenwu = await testDb.db.chip.findUniqueOrThrow({ where: { slug: "zhenwu" } });
    await testDb.db.chipAlias.create({ data: { chipId: zhenwu.id, alias: "真武", normalized: normalizeName("真武") } });
    try {
      const fresh = await loadAliasTable(testDb.db);
      expect(findMentions("阿里巴巴的真武芯片", fresh).map((m) => m.entity?.slug)).toEqual(["alibaba", "zhenwu"]);
      expect(findMentions("阿里巴巴的真武芯片", table).map((m) => m.entity?.slug)).toEqual(["alibaba"]);
    } finally {
      await testDb.db.chipAlias.deleteMany({ where: { alias: "真武" } });
    }
  });
});

describe("quality bar on the five seed articles", () => {
  it("(a) the mentions cover every company and chip the knowledge base links to each article and the article names", async () => {
    const [claims, eventQuotes] = await Promise.all([
      testDb.db.claim.findMany({
        select: {
          source: { select: { slug: true } },
          subject: { select: { slug: true } },
          companies: { select: { company: { select: { slug: true } } } },
          chips: { select: { chip: { select: { slug: true } } } },
        },
      }),
      testDb.db.eventSource.findMany({
        select: {
          source: { select: { slug: true } },
          event: {
            select: {
              companies: { select: { company: { select: { slug: true } } } },
              chips: { select: { chip: { select: { slug: true } } } },
            },
          },
        },
      }),
    ]);
    const aliasesOf = new Map<string, string[]>([
      ...table.companies.map((c): [string, string[]] => [`company ${c.slug}`, c.aliases]),
      ...table.chips.map((c): [string, string[]] => [`chip ${c.slug}`, c.aliases]),
    ]);

    let expectedTotal = 0;
    const missing: string[] = [];
    for (const source of sources) {
      const linked = new Set<string>();
      for (const c of claims.filter((c) => c.source.slug === source.slug)) {
        linked.add(`company ${c.subject.slug}`);
        for (const l of c.companies) linked.add(`company ${l.company.slug}`);
        for (const l of c.chips) linked.add(`chip ${l.chip.slug}`);
      }
      for (const q of eventQuotes.filter((q) => q.source.slug === source.slug)) {
        for (const l of q.event.companies) linked.add(`company ${l.company.slug}`);
        for (const l of q.event.chips) linked.add(`chip ${l.chip.slug}`);
      }
      const named = [...linked].filter((e) => aliasesOf.get(e)!.some((alias) => namesLiterally(source.text, alias)));
      const excluded = [...linked].filter((e) => !named.includes(e));
      const found = new Set(
        findMentions(source.text, table)
          .filter((m) => m.entity)
          .map((m) => `${m.entity!.type} ${m.entity!.slug}`),
      );
      const notFound = named.filter((e) => !found.has(e));
      expectedTotal += named.length;
      missing.push(...notFound.map((e) => `${source.slug}: ${e}`));
      console.log(
        `mentions ${source.slug}: ${named.length - notFound.length}/${named.length} linked entities found` +
          (excluded.length ? `; excluded (linked but never named literally): ${excluded.sort().join(", ")}` : ""),
      );
    }
    console.log(`mention coverage: ${expectedTotal - missing.length}/${expectedTotal}${missing.length ? `; missing: ${missing.join("; ")}` : ""}`);
    expect(expectedTotal).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it("(b) the candidate claims cover at least 90% of the seeded claims' quotes", async () => {
    const seeded = await testDb.db.claim.findMany({
      select: { slug: true, kind: true, quote: true, quoteStart: true, quoteEnd: true, source: { select: { slug: true } } },
      orderBy: { slug: "asc" },
    });
    expect(seeded).toHaveLength(64);
    let covered = 0;
    let kindAgrees = 0;
    let candidates = 0;
    let sentences = 0;
    const misses: string[] = [];
    for (const source of sources) {
      const { claims } = suggest(source.text, table);
      candidates += claims.length;
      sentences += splitSentences(source.text).length;
      for (const claim of claims) expect(source.text.slice(claim.start, claim.end)).toBe(claim.quote);
      for (const s of seeded.filter((c) => c.source.slug === source.slug)) {
        const span = { start: s.quoteStart, end: s.quoteEnd };
        const best = claims.reduce<{ share: number; kind: string | null }>(
          (acc, c) => (overlapShare(c, span) > acc.share ? { share: overlapShare(c, span), kind: c.kind } : acc),
          { share: 0, kind: null },
        );
        if (best.share >= 0.5) {
          covered++;
          if (best.kind === s.kind) kindAgrees++;
        } else {
          misses.push(`${s.slug} (best overlap ${(best.share * 100).toFixed(0)}%): “${s.quote.slice(0, 90)}…”`);
        }
      }
    }
    const share = covered / seeded.length;
    console.log(
      `claim-quote coverage: ${covered}/${seeded.length} = ${(share * 100).toFixed(1)}% ` +
        `(proposed kind = seeded kind for ${kindAgrees} of them; ${candidates} candidate claims from ${sentences} sentences)` +
        (misses.length ? `\nmisses:\n  ${misses.join("\n  ")}` : "; no misses"),
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});

describe("speed", () => {
  it("suggests for a 20,000-character article in under 200 ms (median of 5 runs)", () => {
    const extra = [
      "Le 13 mai 2025, le Département du Commerce américain a averti que l'usage des puces Ascend 910C d’Huawei exposait à des sanctions.",
      "ByteDance has ordered thousands of Huawei Ascend 910B chips, while Alibaba keeps testing the Kunlun P900 and 昇腾910C clusters.",
      "华为发布了昇腾950，百度和腾讯正在测试寒武纪思元590。",
    ];
    let text = "";
    for (let i = 0; text.length < 20_000; i++) {
      text += `${sources[i % sources.length].text}\n\n${extra[i % extra.length]}\n\n`;
    }
    text = text.slice(0, 20_000);

    suggest(text, table); // compiles the lexicons and the alias trie once, as a server does on its first request
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const result = suggest(text, table);
      runs.push(performance.now() - t0);
      expect(result.mentions.length).toBeGreaterThan(100);
    }
    const median = runs.sort((a, b) => a - b)[2];
    console.log(`suggest() on ${text.length} characters: median ${median.toFixed(1)} ms (runs ${runs.map((r) => r.toFixed(0)).join(", ")} ms)`);
    expect(median).toBeLessThan(200);
  });
});
