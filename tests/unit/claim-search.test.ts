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

  it("pages a common word's claims exactly, at any page size and with other filters, after dates change and claims go", async () => {
    // 1,400 claims with one word over 40 days (35 a day, at three times of day), a quarter undated,
    // some drafts, two kinds, all written in one statement (ties in date and entry time: id decides)
    const source = await t.db.source.findUniqueOrThrow({ where: { slug: "fx-search-source" } });
    const kestrel = await t.db.company.findUniqueOrThrow({ where: { slug: "fx-kestrel" } });
    const quote = "Kestrel teste aussi la Zorvane-9, selon un ingénieur.";
    const quoteStart = TEXT.indexOf(quote);
    await t.db.claim.createMany({
      data: Array.from({ length: 1400 }, (_, i) => ({
        slug: `fx-common-${i}`,
        sourceId: source.id,
        summary: `Quillwort ${i % 4 === 0 ? "alpha" : "beta"}`,
        quote,
        quoteStart,
        quoteEnd: quoteStart + quote.length,
        kind: i % 5 === 0 ? "adoption" : "testing",
        subjectCompanyId: kestrel.id,
        status: i % 7 === 0 ? "draft" : "published",
        claimDate: i % 4 === 1 ? null : new Date(Date.UTC(2024, 0, 1 + (i % 40), (i % 3) * 7)),
      })),
    });
    try {
      // the index follows a claim whose date changes (its key holds the day) and one that is deleted
      await t.db.claim.update({ where: { slug: "fx-common-10" }, data: { claimDate: new Date("2030-01-01T00:00:00Z") } });
      await t.db.claim.update({ where: { slug: "fx-common-22" }, data: { claimDate: null } });
      await t.db.claim.update({ where: { slug: "fx-common-5" }, data: { claimDate: new Date("2024-01-15T12:00:00Z") } });
      await t.db.claim.deleteMany({ where: { slug: { in: ["fx-common-30", "fx-common-31"] } } });
      // and one whose status and kind change (a draft testing claim, published as adoption)
      await t.db.claim.update({ where: { slug: "fx-common-7" }, data: { status: "published", kind: "adoption" } });
      const cases: [Parameters<typeof claims.listClaims>[0], object][] = [
        [{ q: "quillwort" }, {}],
        [{ q: "QUILLW" }, {}],
        [{ q: "quillwort", kind: "adoption" }, { kind: "adoption" }],
        [{ q: "quillwort beta" }, { summary: { contains: "beta" } }],
        [
          { q: "quillwort", from: "2024-01-10", to: "2024-01-20" },
          { claimDate: { gte: new Date("2024-01-10T00:00:00Z"), lte: new Date("2024-01-20T23:59:59.999Z") } },
        ],
        [{ q: "quillwort", statuses: ["draft"] }, { status: { in: ["draft"] } }],
        // filters the index does not hold: each match's claim is read (a common word, then a rarer one)
        [{ q: "quillwort", company: "fx-kestrel" }, {}],
        [{ q: "quillwort", sourceId: source.id, to: "2024-01-20" }, { claimDate: { lte: new Date("2024-01-20T23:59:59.999Z") } }],
      ];
      for (const [filters, where] of cases) {
        const expected = (
          await t.db.claim.findMany({
            where: { slug: { startsWith: "fx-common-" }, status: { in: ["published", "disputed"] }, ...where },
            orderBy: [{ claimDate: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
            select: { slug: true },
          })
        ).map((row) => row.slug);
        expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
        if (Object.keys(where).length === 0) {
          expect(expected[0]).toBe("fx-common-10");
          expect(expected).not.toContain("fx-common-30");
        }
        for (const pageSize of [1, 37, 500]) {
          const last = Math.ceil(expected.length / pageSize);
          const pages = pageSize === 1 ? [1, 2, 3, 29, 30, 31, last, last + 1] : Array.from({ length: last + 1 }, (_, i) => i + 1);
          for (const page of pages) {
            const got = await slugsOf({ ...filters, pageSize, page });
            expect(got, `${JSON.stringify(filters)} page ${page} of ${pageSize}`).toEqual(expected.slice((page - 1) * pageSize, page * pageSize));
          }
        }
        expect(await claims.countClaims(filters)).toBe(expected.length);
      }
      if (!t.url.startsWith("postgres")) {
        // SQLite: every claim is in the index once, under the key the reader expects (lib/claim-search-index.ts),
        // as the triggers wrote it, and again after a rebuild (npm run db:search:rebuild) of an emptied index
        const { claimSearchKeySql, rebuildClaimSearch } = await import("@/lib/claim-search-index");
        const indexed = async () => {
          const [row] = await t.db.$queryRawUnsafe<{ claims: number; entries: number; keyed: number }[]>(
            `SELECT (SELECT count(*) FROM "Claim") AS claims, (SELECT count(*) FROM "ClaimSearch") AS entries,
               (SELECT count(*) FROM "Claim" c WHERE EXISTS (SELECT 1 FROM "ClaimSearch" s WHERE s.rowid = ${claimSearchKeySql("c")})) AS keyed`,
          );
          return { claims: Number(row.claims), entries: Number(row.entries), keyed: Number(row.keyed) };
        };
        const claimCount = await t.db.claim.count();
        expect(await indexed()).toEqual({ claims: claimCount, entries: claimCount, keyed: claimCount });
        const { default: Database } = await import("better-sqlite3");
        const { sqliteFileFromUrl } = await import("@/lib/database-url");
        const before = await slugsOf({ q: "quillwort", pageSize: 37, page: 2 });
        expect(before).toHaveLength(37);
        const raw = new Database(sqliteFileFromUrl(t.url));
        try {
          raw.exec(`INSERT INTO "ClaimSearch"("ClaimSearch") VALUES ('delete-all')`);
          expect(await claims.countClaims({ q: "quillwort" })).toBe(0);
          expect(rebuildClaimSearch(raw)).toBe(claimCount);
        } finally {
          raw.close();
        }
        expect(await indexed()).toEqual({ claims: claimCount, entries: claimCount, keyed: claimCount });
        expect(await slugsOf({ q: "quillwort", pageSize: 37, page: 2 })).toEqual(before);
        // and under its status and kind as facets
        for (const [facet, where] of [["sdraft", { status: "draft" }], ["kadoption", { kind: "adoption" }], ["knonadoption", { kind: "non_adoption" }]] as const) {
          const [{ n }] = await t.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*) AS n FROM "ClaimSearch" WHERE "ClaimSearch" MATCH 'facets : ${facet}'`);
          expect(Number(n), facet).toBe(await t.db.claim.count({ where }));
        }
      }
    } finally {
      await t.db.claim.deleteMany({ where: { slug: { startsWith: "fx-common-" } } });
    }
  });

  it("exports every match in the explorer's order", async () => {
    expect((await claims.listClaimsForExport({ q: "kestrel" })).map((claim) => claim.slug)).toEqual(["fx-s-testing", "fx-s-adopted"]);
  });
});
