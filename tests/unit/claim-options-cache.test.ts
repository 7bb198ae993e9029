// The claims explorer's filter options are kept per server for CHIPWATCH_AGGREGATE_CACHE_SECONDS
// (lib/aggregate-cache.ts), and an editor's write (clearAggregates, called by every revision) drops them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let options: typeof import("@/lib/queries/claim-options");
let cache: typeof import("@/lib/aggregate-cache");

beforeAll(async () => {
  t = await createTestDb({ seeded: true });
  process.env.DATABASE_URL = t.url;
  process.env.CHIPWATCH_AGGREGATE_CACHE_SECONDS = "600"; // read when lib/aggregate-cache is first imported
  cache = await import("@/lib/aggregate-cache");
  options = await import("@/lib/queries/claim-options");
});

afterAll(async () => {
  delete process.env.CHIPWATCH_AGGREGATE_CACHE_SECONDS;
  await t?.cleanup();
});

describe("listClaimFilterOptions' cache", () => {
  it("answers from the cache until a write clears it", async () => {
    const before = await options.listClaimFilterOptions();
    const company = await t.db.company.create({ data: { slug: "fx-cached-co", name: "AAA Cached" } });
    const source = await t.db.source.findFirstOrThrow();
    await t.db.claim.create({
      data: {
        slug: "fx-cached-claim",
        sourceId: source.id,
        summary: "A claim naming a new company",
        quote: source.text.slice(0, 10),
        quoteStart: 0,
        quoteEnd: 10,
        kind: "other",
        subjectCompanyId: company.id,
        status: "published",
      },
    });
    // written behind the app's back (no revision): this server still has the old options
    expect(await options.listClaimFilterOptions()).toEqual(before);
    cache.clearAggregates();
    const after = await options.listClaimFilterOptions();
    expect(after.companies.map((c) => c.slug)).toContain("fx-cached-co");
  });
});
