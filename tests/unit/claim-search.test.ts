// Text search over claims through the full-text index (lib/queries/claim-search.ts): word-prefix
// matching with case and accents folded, every other filter applied in the same query, counts that
// agree with the pages, the index kept in step by edits, and no query syntax reaching the engine.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cappedCount, claimCountLabel } from "@/lib/constants";
import { ACCENTED, MAX_SEARCH_TERMS, UNACCENTED, foldAccents, searchTerms } from "@/lib/search-terms";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let claims: typeof import("@/lib/queries/claims");

const TEXT =
  "La Société Kestrel a adopté les puces Zorvane-7 pour ses centres de données. " +
  "Kestrel teste aussi la Zorvane-9, selon un ingénieur. " +
  "Une note interne de Kestrel parle d'un abandon.";

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  claims = await import("@/lib/queries/claims");

  const db = t.db;
  const kestrel = await db.company.create({ data: { slug: "fx-kestrel", name: "Kestrel" } });
  const huawei = await db.company.findUniqueOrThrow({ where: { slug: "huawei" } });
  const z7 = await db.chip.create({ data: { slug: "fx-zorvane-7", name: "Zorvane-7", kind: "accelerator", vendorId: huawei.id } });
  const source = await db.source.create({
    data: {
      slug: "fx-search-source",
      title: "Fixture for search",
      language: "fr",
      retrievedAt: new Date("2026-01-01T00:00:00Z"),
      text: TEXT,
      contentHash: "fx-search-hash",
    },
  });
  const claim = async (slug: string, quote: string, status: string, claimDate: Date | null, chipIds: string[] = []) => {
    const quoteStart = TEXT.indexOf(quote);
    await db.claim.create({
      data: {
        slug,
        sourceId: source.id,
        summary: `Fixture ${slug}`,
        quote,
        quoteStart,
        quoteEnd: quoteStart + quote.length,
        kind: "adoption",
        subjectCompanyId: kestrel.id,
        status,
        claimDate,
        chips: { create: chipIds.map((chipId) => ({ chipId })) },
      },
    });
  };
  await claim("fx-s-adopted", "La Société Kestrel a adopté les puces Zorvane-7 pour ses centres de données.", "published", new Date("2025-02-01T00:00:00Z"), [z7.id]);
  await claim("fx-s-testing", "Kestrel teste aussi la Zorvane-9, selon un ingénieur.", "published", new Date("2025-06-01T00:00:00Z"));
  await claim("fx-s-draft", "Une note interne de Kestrel parle d'un abandon.", "draft", null);
});

afterAll(async () => {
  await t?.cleanup();
});

const slugsOf = async (filters: Parameters<typeof claims.listClaims>[0]) =>
  (await claims.listClaims(filters)).map((claim) => claim.slug);

describe("searchTerms", () => {
  it("keeps lower-cased words of any script and drops everything else", () => {
    expect(searchTerms("Huawei's Ascend-910B")).toEqual(["huawei", "s", "ascend", "910b"]);
    expect(searchTerms('"NEAR(a b)" OR * ^col:x')).toEqual(["near", "a", "b", "or", "col", "x"]);
    expect(searchTerms("华为 昇腾")).toEqual(["华为", "昇腾"]);
    expect(searchTerms("  ---  ")).toEqual([]);
    expect(searchTerms("a a A")).toEqual(["a"]);
  });

  it("folds accents the way PostgreSQL's claim index does", () => {
    expect(foldAccents("Société Générale, Łódź, Øresund, naïve")).toBe("Societe Generale, Lodz, Oresund, naive");
    const migrations = path.join("prisma", "postgres", "migrations");
    const folder = readdirSync(migrations).find((name) => name.endsWith("_claim_search"))!;
    const sql = readFileSync(path.join(migrations, folder, "migration.sql"), "utf8");
    expect(sql).toContain(`'${ACCENTED}', '${UNACCENTED}'`);
    expect([...ACCENTED]).toHaveLength([...UNACCENTED].length);
  });

  it("bounds the number and length of words", () => {
    expect(searchTerms("w ".repeat(50) + Array.from({ length: 20 }, (_, i) => `t${i}`).join(" "))).toHaveLength(MAX_SEARCH_TERMS);
    expect(searchTerms("x".repeat(10_000))[0]).toHaveLength(64);
  });
});

describe("claim text search", () => {
  it("matches whole words and word prefixes, folding case and accents, newest first", async () => {
    expect(await slugsOf({ q: "kestrel" })).toEqual(["fx-s-testing", "fx-s-adopted"]);
    expect(await slugsOf({ q: "KESTREL zorv" })).toEqual(["fx-s-testing", "fx-s-adopted"]);
    expect(await slugsOf({ q: "societe" })).toEqual(["fx-s-adopted"]);
    expect(await slugsOf({ q: "Société" })).toEqual(["fx-s-adopted"]);
    expect(await slugsOf({ q: "ingenieur zorvane" })).toEqual(["fx-s-testing"]);
    // inside a word is not a word prefix
    expect(await slugsOf({ q: "strel" })).toEqual([]);
  });

  it("searches the summary as well as the quote", async () => {
    expect(await slugsOf({ q: "fixture fx" })).toEqual(["fx-s-testing", "fx-s-adopted"]);
  });

  it("applies the other filters and the reader's statuses in the same query, and counts agree", async () => {
    expect(await slugsOf({ q: "kestrel", chip: "fx-zorvane-7" })).toEqual(["fx-s-adopted"]);
    expect(await slugsOf({ q: "kestrel", company: "fx-kestrel", from: "2025-03-01" })).toEqual(["fx-s-testing"]);
    expect(await slugsOf({ q: "kestrel", to: "2025-02-01" })).toEqual(["fx-s-adopted"]);
    expect(await slugsOf({ q: "kestrel", kind: "testing" })).toEqual([]);
    expect(await slugsOf({ q: "abandon kestrel" })).toEqual([]);
    expect(await slugsOf({ q: "abandon kestrel", statuses: ["draft"] })).toEqual(["fx-s-draft"]);
    expect(await claims.countClaims({ q: "kestrel" })).toBe(2);
    expect(await claims.countClaims({ q: "kestrel", chip: "fx-zorvane-7" })).toBe(1);
    expect(await slugsOf({ q: "kestrel", page: 2, pageSize: 1 })).toEqual(["fx-s-adopted"]);
  });

  it("finds the seeded articles' claims by a word of their quotes", async () => {
    const found = await claims.listClaims({ q: "Kunlun", pageSize: 100 });
    expect(found.length).toBeGreaterThan(0);
    for (const claim of found) {
      expect(`${claim.summary} ${claim.quote} ${claim.translation ?? ""}`.toLowerCase()).toContain("kunlun");
    }
    expect(await claims.countClaims({ q: "Kunlun" })).toBe(found.length);
  });

  it("follows edits: a changed quote is found by its new words only", async () => {
    const row = await t.db.claim.findUniqueOrThrow({ where: { slug: "fx-s-testing" } });
    await t.db.claim.update({ where: { id: row.id }, data: { summary: "Fixture renamed Quillon" } });
    expect(await slugsOf({ q: "quillon" })).toEqual(["fx-s-testing"]);
    expect(await slugsOf({ q: "fixture fx s testing" })).toEqual([]);
    await t.db.claim.update({ where: { id: row.id }, data: { summary: `Fixture ${row.slug}` } });
    expect(await slugsOf({ q: "quillon" })).toEqual([]);
  });

  it("treats query syntax as plain words and a query of no words as matching nothing", async () => {
    for (const q of ['"', "*", "NEAR(kestrel", "kestrel OR", "-kestrel", "^kestrel", "col:kestrel", "'; DROP TABLE \"Claim\"; --", "%", "_"]) {
      await expect(claims.listClaims({ q }), q).resolves.toBeInstanceOf(Array);
      await expect(claims.countClaims({ q }), q).resolves.toBeGreaterThanOrEqual(0);
    }
    expect(await slugsOf({ q: "-kestrel" })).toEqual(["fx-s-testing", "fx-s-adopted"]);
    expect(await claims.countClaims({ q: "%" })).toBe(0);
    expect(await t.db.claim.count()).toBeGreaterThan(60);
  });

  it("stops counting past a cap, with or without text search, and says so in words", async () => {
    const all = await claims.countClaims({});
    expect(all).toBeGreaterThan(10);
    expect(await claims.countClaims({}, { cap: 10 })).toBe(11);
    expect(await claims.countClaims({}, { cap: all })).toBe(all);
    expect(await claims.countClaims({ q: "kestrel" }, { cap: 1 })).toBe(2);
    expect(await claims.countClaims({ q: "kestrel" }, { cap: 5 })).toBe(2);
    expect(claimCountLabel(1)).toBe("1 claim");
    expect(claimCountLabel(10_000)).toBe("10,000 claims");
    expect(claimCountLabel(10_001)).toBe("More than 10,000 claims");
    expect(cappedCount(10_001)).toBe("more than 10,000");
  });

  it("gives a broad search (past a thousand matches) the same order and counts as a narrow one", async () => {
    const source = await t.db.source.findUniqueOrThrow({ where: { slug: "fx-search-source" } });
    const kestrel = await t.db.company.findUniqueOrThrow({ where: { slug: "fx-kestrel" } });
    const quote = "Kestrel teste aussi la Zorvane-9, selon un ingénieur.";
    const quoteStart = TEXT.indexOf(quote);
    await t.db.claim.createMany({
      data: Array.from({ length: 1100 }, (_, i) => ({
        slug: `fx-broad-${i}`,
        sourceId: source.id,
        summary: `Vexillum ${i % 2 === 0 ? "pair" : "impair"}`,
        quote,
        quoteStart,
        quoteEnd: quoteStart + quote.length,
        kind: "testing",
        subjectCompanyId: kestrel.id,
        status: i % 10 === 0 ? "draft" : "published",
        claimDate: i % 3 === 0 ? null : new Date(Date.UTC(2024, 0, 1 + (i % 300))),
      })),
    });
    try {
      const broad = await claims.listClaims({ q: "vexillum", pageSize: 500, page: 2 });
      const expected = await t.db.claim.findMany({
        where: { slug: { startsWith: "fx-broad-" }, status: { in: ["published", "disputed"] } },
        orderBy: [{ claimDate: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
        skip: 500,
        take: 500,
        select: { slug: true },
      });
      expect(broad.map((claim) => claim.slug)).toEqual(expected.map((row) => row.slug));
      expect(await claims.countClaims({ q: "vexillum" })).toBe(990);
      expect(await claims.countClaims({ q: "vexillum" }, { cap: 100 })).toBe(101);
      expect(await claims.countClaims({ q: "vexillum pair" }, { cap: 10_000 })).toBe(440);
      expect(await claims.countClaims({ q: "vexillum", kind: "adoption" }, { cap: 10_000 })).toBe(0);
    } finally {
      await t.db.claim.deleteMany({ where: { slug: { startsWith: "fx-broad-" } } });
    }
  });

  it("exports every match in the explorer's order", async () => {
    expect((await claims.listClaimsForExport({ q: "kestrel" })).map((claim) => claim.slug)).toEqual(["fx-s-testing", "fx-s-adopted"]);
  });
});
